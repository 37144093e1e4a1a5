// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/imagegenerator.h"
#include "gui/topics/downloadsthumbnailmodel.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QPixmap>
#include <QSignalSpy>
#include <QThreadPool>

#include <memory>

using namespace Lab::Gui;
using Lab::Core::DownloadItemResult;

class TestDownloadsThumbnailModel : public QObject
{
    Q_OBJECT
private slots:
    void fillsInLive();
    void lateResultsOfAnOldRunAreDropped();
    void destroyedWhileDecoding();
};

namespace {
DownloadItemResult item(int index, const QString &source, const QByteArray &data, const QString &error = {})
{
    DownloadItemResult r;
    r.index = index;
    r.source = source;
    r.data = data;
    r.bytes = data.size();
    r.error = error;
    r.worker = QStringLiteral("pool-1");
    return r;
}
} // namespace

void TestDownloadsThumbnailModel::fillsInLive()
{
    DownloadsThumbnailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList sources = {QStringLiteral("http://h/images/0.png"), QStringLiteral("http://h/images/1.png"),
                                 QStringLiteral("http://h/notes.txt")};
    model.reset(sources);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.count(DownloadsThumbnailModel::State::Waiting), 3);

    QSignalSpy ready(&model, &DownloadsThumbnailModel::thumbnailReady);
    model.markStarted(0, QStringLiteral("pool-1"));
    QCOMPARE(model.index(0).data(DownloadsThumbnailModel::StateRole).value<DownloadsThumbnailModel::State>(),
             DownloadsThumbnailModel::State::Downloading);
    model.markFinished(item(0, sources[0], Lab::Core::ImageGenerator::png(0, 20000)));
    model.markFinished(item(1, sources[1], {}, QStringLiteral("HTTP 500 (Internal Server Error)")));
    model.markFinished(item(2, sources[2], QByteArrayLiteral("plain text, not an image")));
    QTRY_COMPARE(ready.size(), 2);

    const QPixmap thumbnail = model.index(0).data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!thumbnail.isNull());
    QVERIFY(thumbnail.width() <= DownloadsThumbnailModel::ThumbnailSize.width());
    QVERIFY(thumbnail.height() <= DownloadsThumbnailModel::ThumbnailSize.height());
    QCOMPARE(model.index(1).data(DownloadsThumbnailModel::ErrorRole).toString(),
             QStringLiteral("HTTP 500 (Internal Server Error)"));
    QVERIFY(model.index(1).data(Qt::DisplayRole).toString().contains(QStringLiteral("HTTP 500")));
    QVERIFY(
        model.index(2).data(DownloadsThumbnailModel::ErrorRole).toString().contains(QStringLiteral("not an image")));
    QCOMPARE(model.count(DownloadsThumbnailModel::State::Done), 2);
    QCOMPARE(model.count(DownloadsThumbnailModel::State::Failed), 1);
}

void TestDownloadsThumbnailModel::lateResultsOfAnOldRunAreDropped()
{
    DownloadsThumbnailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString source = QStringLiteral("http://h/images/0.png");
    model.reset({source});
    model.markFinished(item(0, source, Lab::Core::ImageGenerator::png(0, 1)));
    model.reset({source, source}); // a new run, usually before the decode came back
    // The decode may finish before the reset (then it is shown and cleared by it) or after (then it
    // is dropped): either way nothing of the old run may arrive from here on.
    QSignalSpy ready(&model, &DownloadsThumbnailModel::thumbnailReady);
    QTest::qWait(200);
    QCOMPARE(ready.size(), 0);
    QVERIFY(model.index(0).data(Qt::DecorationRole).isNull());
    // Out-of-range and foreign items are ignored.
    model.markFinished(item(5, source, {}));
    model.markFinished(item(0, QStringLiteral("http://other/"), {}));
    QCOMPARE(model.count(DownloadsThumbnailModel::State::Waiting), 2);
}

void TestDownloadsThumbnailModel::destroyedWhileDecoding()
{
    // The decode runs on the pool; the model goes away first (the panel closed mid-run). Nothing may
    // touch the dead model afterwards (checked by the asan preset).
    const QString source = QStringLiteral("http://h/images/0.png");
    const QByteArray png = Lab::Core::ImageGenerator::png(0, 400000);
    for (int i = 0; i < 20; ++i) {
        auto model = std::make_unique<DownloadsThumbnailModel>();
        model->reset({source});
        model->markFinished(item(0, source, png));
    }
    QThreadPool::globalInstance()->waitForDone(10000);
    QCoreApplication::processEvents();
}

LAB_TEST_MAIN(TestDownloadsThumbnailModel)
#include "tst_downloadsthumbnailmodel.moc"
