// SPDX-License-Identifier: GPL-3.0-or-later
// The downloads panel as a student uses it: a small real run against the embedded server (thumbnails,
// table, timeline, explanation), failures named in words, cancel, bad values, a custom URL list.
#include "core/history/runhistory.h"
#include "core/net/imageserverhost.h"
#include "gui/charts/chartview.h"
#include "gui/labresources.h"
#include "gui/panels/benchmarkresultmodel.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/downloads/downloadspanel.h"
#include "gui/topics/downloads/downloadsthumbnailgrid.h"
#include "gui/topics/downloads/downloadsurleditor.h"
#include "gui/topics/downloadsthumbnailmodel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>

using namespace Lab::Gui;
using State = DownloadsThumbnailModel::State;
using DownloadsColumn = BenchmarkResultModel::Column;

namespace {

// One cell of the results table, read through its model by column.
QString downloadsCell(const BenchmarkResultModel *model, int row, BenchmarkResultModel::Column column)
{
    return model->index(row, column).data().toString();
}

void set(DownloadsPanel &panel, const QString &key, const QString &value)
{
    QString error;
    QVERIFY2(panel.setParameter(key, value, &error), qPrintable(error));
}

int thumbnailsShown(const DownloadsThumbnailModel *model)
{
    int shown = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        shown += model->index(row).data(Qt::DecorationRole).isNull() ? 0 : 1;
    return shown;
}

QLabel *explanation(DownloadsPanel &panel)
{
    return panel.thumbnails()->explanation();
}

} // namespace

class TestDownloadsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void smallRunShowsThumbnails();
    void failuresAreNamed();
    void cancelMidRun();
    void cancelWhilePreparing();
    void destroyedWhilePreparing();
    void closeMidRun();
    void badValuesRejected();
    void customUrlList();
    void codeListing();
};

void TestDownloadsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    Lab::Core::RunHistory history;
    for (const Lab::Core::HistoryEntry &entry : history.list(QStringLiteral("downloads")))
        history.remove(entry.topic, entry.id);
}

void TestDownloadsPanel::registered()
{
    const Topic *topic = findTopic(u"downloads");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<DownloadsPanel *>(experiment.get()));
    const QStringList keys = experiment->parameterNames();
    for (const char *key :
         {"images", "latency-ms", "size-kb", "bandwidth-kbps", "failure-rate", "strategies", "workers", "urls"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
}

void TestDownloadsPanel::smallRunShowsThumbnails()
{
    DownloadsPanel panel;
    panel.resize(1400, 1000);
    panel.show();
    set(panel, QStringLiteral("images"), QStringLiteral("6"));
    set(panel, QStringLiteral("latency-ms"), QStringLiteral("20"));
    set(panel, QStringLiteral("size-kb"), QStringLiteral("8"));
    set(panel, QStringLiteral("runs"), QStringLiteral("1"));
    set(panel, QStringLiteral("warmup"), QStringLiteral("0"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QVERIFY(!panel.form()->editor(QStringLiteral("images"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Done")), qPrintable(panel.statusLabel()->text()));

    // Every strategy fetched the same six images.
    const BenchmarkResultModel *table = panel.results()->model();
    QCOMPARE(table->rowCount(), 4);
    const QString checksum = downloadsCell(table, 0, DownloadsColumn::ChecksumColumn);
    QCOMPARE(checksum.size(), 16);
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(downloadsCell(table, row, DownloadsColumn::ItemsDoneColumn), QStringLiteral("6"));
        QCOMPARE(downloadsCell(table, row, DownloadsColumn::ChecksumColumn), checksum);
    }

    // The grid shows the last run's images, decoded off the GUI thread.
    const DownloadsThumbnailModel *model = panel.thumbnails()->model();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->count(State::Done), 6);
    QTRY_COMPARE_WITH_TIMEOUT(thumbnailsShown(model), 6, 5000);
    QVERIFY(panel.thumbnails()->headline()->text().contains(QStringLiteral("6 of 6 images arrived")));
    QVERIFY(panel.thumbnails()->failures()->isHidden());

    // Runtime bars and a timeline of 4 x 6 items; the explanation says why async is capped.
    QCOMPARE(panel.results()->chart(ChartKind::Runtime)->spec().bars.size(), 4);
    const ChartSpec timeline = panel.results()->chart(ChartKind::Timeline)->spec();
    QCOMPARE(timeline.timeline.size(), 24);
    QCOMPARE(timeline.timelineGroups, QStringList({QStringLiteral("sequential"), QStringLiteral("threads"),
                                                   QStringLiteral("async"), QStringLiteral("pool")}));
    const QString text = explanation(panel)->text();
    QVERIFY2(text.contains(QStringLiteral("at most 6 connections per host")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("one request")));
    QVERIFY(panel.history());
    // The history keeps the concurrency notes, as `run download` writes them.
    const QList<Lab::Core::HistoryEntry> saved = Lab::Core::RunHistory().list(QStringLiteral("downloads"));
    QVERIFY(!saved.isEmpty());
    QCOMPARE(saved.first().result.results.size(), 4);
    QVERIFY(saved.first().result.results.at(2).note.contains(QStringLiteral("6 connections per host")));
}

void TestDownloadsPanel::failuresAreNamed()
{
    DownloadsPanel panel;
    set(panel, QStringLiteral("strategies"), QStringLiteral("sequential"));
    set(panel, QStringLiteral("images"), QStringLiteral("8"));
    set(panel, QStringLiteral("latency-ms"), QStringLiteral("0"));
    set(panel, QStringLiteral("size-kb"), QStringLiteral("4"));
    set(panel, QStringLiteral("failure-rate"), QStringLiteral("0.5"));
    set(panel, QStringLiteral("runs"), QStringLiteral("1"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const DownloadsThumbnailModel *model = panel.thumbnails()->model();
    const int failed = model->count(State::Failed);
    QVERIFY(failed > 0 && failed < 8); // seeded: some, not all
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("failed")), qPrintable(panel.statusLabel()->text()));
    QVERIFY(!panel.thumbnails()->failures()->isHidden());
    QVERIFY(panel.thumbnails()->failures()->text().contains(QStringLiteral(".png: HTTP 500 (Internal Server Error)")));
    QCOMPARE(downloadsCell(panel.results()->model(), 0, DownloadsColumn::ItemsDoneColumn),
             QStringLiteral("%1 ok, %2 failed").arg(8 - failed).arg(failed));
    QVERIFY(explanation(panel)->text().contains(QStringLiteral("HTTP 500")));
    int hatched = 0;
    for (const TimelineItem &item : panel.results()->chart(ChartKind::Timeline)->spec().timeline)
        hatched += item.failed ? 1 : 0;
    QCOMPARE(hatched, failed);
}

void TestDownloadsPanel::cancelMidRun()
{
    DownloadsPanel panel;
    set(panel, QStringLiteral("strategies"), QStringLiteral("sequential,threads"));
    set(panel, QStringLiteral("images"), QStringLiteral("20"));
    set(panel, QStringLiteral("latency-ms"), QStringLiteral("3000"));
    set(panel, QStringLiteral("size-kb"), QStringLiteral("4"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(panel.thumbnails()->model()->count(State::Downloading) > 0, 10000);
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Cancelled")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.runButton()->isEnabled());
    QVERIFY(panel.form()->editor(QStringLiteral("images"))->isEnabled());
}

void TestDownloadsPanel::destroyedWhilePreparing()
{
    // The embedded server is started on the pool; the panel (and its benchmark) is gone before it
    // is up. The late server is dropped without touching the dead benchmark (asan preset).
    for (int i = 0; i < 3; ++i) {
        auto panel = std::make_unique<DownloadsPanel>();
        set(*panel, QStringLiteral("images"), QStringLiteral("50"));
        panel->start();
    }
    QThreadPool::globalInstance()->waitForDone(10000);
    QCoreApplication::processEvents();
}

void TestDownloadsPanel::cancelWhilePreparing()
{
    DownloadsPanel panel;
    set(panel, QStringLiteral("images"), QStringLiteral("50"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    panel.cancel(); // the server is still being started on the thread pool
    QCOMPARE(finished.size(), 1);
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
    QTest::qWait(200); // the late server is dropped, not run
    QCOMPARE(finished.size(), 1);
    QCOMPARE(panel.thumbnails()->model()->rowCount(), 0);

    // Closed while the server is being prepared: the late server is stopped wherever it ends up.
    auto *closing = new DownloadsPanel;
    closing->start();
    QVERIFY(closing->isRunning());
    delete closing;
    QTest::qWait(300);
}

void TestDownloadsPanel::closeMidRun()
{
    auto *panel = new DownloadsPanel;
    set(*panel, QStringLiteral("strategies"), QStringLiteral("threads"));
    set(*panel, QStringLiteral("images"), QStringLiteral("10"));
    set(*panel, QStringLiteral("latency-ms"), QStringLiteral("5000"));
    panel->show();
    panel->start();
    QTRY_VERIFY_WITH_TIMEOUT(panel->thumbnails()->model()->count(State::Downloading) > 0, 10000);
    delete panel; // joins the download threads and stops the server; must not hang or crash
}

void TestDownloadsPanel::badValuesRejected()
{
    DownloadsPanel panel;
    QString error;
    QVERIFY(!panel.setParameter(QStringLiteral("images"), QStringLiteral("0"), &error));
    QCOMPARE(error, QStringLiteral("images: must be an integer from 1 to 1000 (got \"0\")"));
    QVERIFY(!panel.setParameter(QStringLiteral("latency-ms"), QStringLiteral("60001"), &error));
    QCOMPARE(error, QStringLiteral("latency-ms: must be an integer from 0 to 60000 (got \"60001\")"));
    QVERIFY(!panel.setParameter(QStringLiteral("failure-rate"), QStringLiteral("1.5"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("failure-rate: must be")), qPrintable(error));
    QVERIFY(!panel.setParameter(QStringLiteral("strategies"), QStringLiteral("sequential,ftp"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("strategies: must be")), qPrintable(error));
    QVERIFY(!panel.setParameter(QStringLiteral("urls"), QStringLiteral("/nonexistent/urls.txt"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("urls: must be a readable file (got \"/nonexistent/urls.txt\"")),
             qPrintable(error));
    QVERIFY(!panel.urlEditor()->isUsed());

    // An empty URL list starts nothing and says why.
    panel.urlEditor()->setUsed(true);
    panel.urlEditor()->setText(QStringLiteral("# only a comment\n\n"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(!panel.isRunning());
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("urls: must list at least one URL (got none)"));
}

void TestDownloadsPanel::customUrlList()
{
    Lab::Core::ImageServerHost host;
    Lab::Core::ImageServerOptions options;
    options.latencyMs = 0;
    options.sizeKb = 4;
    QVERIFY(host.start(options, 0, 2));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("urls.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("# two images and a bad line\n%1\n\n%2\nftp://127.0.0.1/bad.png\n")
                   .arg(host.imageUrl(0).toString(), host.imageUrl(1).toString())
                   .toUtf8());
    file.close();

    DownloadsPanel panel;
    set(panel, QStringLiteral("urls"), path);
    QVERIFY(panel.urlEditor()->isUsed());
    set(panel, QStringLiteral("strategies"), QStringLiteral("sequential,threads"));
    set(panel, QStringLiteral("runs"), QStringLiteral("1"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const BenchmarkResultModel *table = panel.results()->model();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(downloadsCell(table, 0, DownloadsColumn::ItemsDoneColumn), QStringLiteral("2 ok, 1 failed"));
    QCOMPARE(downloadsCell(table, 1, DownloadsColumn::ItemsDoneColumn), QStringLiteral("2 ok, 1 failed"));
    QCOMPARE(panel.thumbnails()->model()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(thumbnailsShown(panel.thumbnails()->model()), 2, 5000);
    QVERIFY2(panel.thumbnails()->failures()->text().contains(
                 QStringLiteral("bad.png: unsupported scheme \"ftp\" (only http and https)")),
             qPrintable(panel.thumbnails()->failures()->text()));

    // Back to the embedded server.
    set(panel, QStringLiteral("urls"), QString());
    QVERIFY(!panel.urlEditor()->isUsed());
}

void TestDownloadsPanel::codeListing()
{
    DownloadsPanel panel;
    auto *code = panel.findChild<QWidget *>(QStringLiteral("codeComparison"));
    QVERIFY(code);
    auto *cpp = code->findChild<QPlainTextEdit *>(QStringLiteral("cppListing"));
    auto *python = code->findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"));
    QVERIFY(cpp->toPlainText().startsWith(QStringLiteral("// src/core/runners/downloadthreadedrunner.cpp")));
    QVERIFY(cpp->toPlainText().contains(QStringLiteral("QNetworkAccessManager")));
    QVERIFY(python->toPlainText().contains(QStringLiteral("threading.Thread")));
}

LAB_TEST_MAIN(TestDownloadsPanel)
#include "tst_downloadspanel.moc"
