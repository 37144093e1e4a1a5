// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"
#include "core/history/runhistory.h"
#include "gui/charts/chartview.h"
#include "gui/history/historymodel.h"
#include "gui/history/historywidget.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace Lab;
using namespace Lab::Gui;

class TestHistoryWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsShowsComparesDeletes();
    void emptyAndCorrupt();
    void savedRunIsAddedWithoutReadingAll();
    void headline();
};

void TestHistoryWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryWidget::listsShowsComparesDeletes()
{
    QTemporaryDir dir;
    Core::RunHistory history(dir.path());
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    Core::BenchmarkResult slower = ChartFixtures::workerSweep();
    slower.results[2].meanSeconds = 0.3;
    const auto a = history.save(QStringLiteral("factorization"), ChartFixtures::workerSweep(), nullptr, t0);
    const auto b = history.save(QStringLiteral("factorization"), slower, nullptr, t0.addSecs(3600));
    QVERIFY(a && b);

    HistoryWidget widget(QStringLiteral("factorization"), history);
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.resize(1000, 700);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QCOMPARE(widget.model()->rowCount(), 2);
    QCOMPARE(widget.model()->index(0, 0).data(HistoryModel::IdRole).toString(), b->id); // newest first
    QVERIFY(widget.model()
                ->index(0, HistoryModel::MachineColumn)
                .data()
                .toString()
                .contains(QLatin1String("Test CPU 9000")));
    QVERIFY(widget.model()
                ->index(0, HistoryModel::ParametersColumn)
                .data()
                .toString()
                .contains(QLatin1String("count=10000")));
    // The newest run is plotted on its own.
    QCOMPARE(widget.leftChart()->spec().kind, ChartKind::Runtime);
    QVERIFY(!widget.rightChart()->isVisible());

    QVERIFY(widget.showRun(a->id));
    QCOMPARE(widget.leftChart()->spec().bars.at(2).value, 110.0);

    QVERIFY(widget.compareRuns(b->id, a->id));
    // Runtime overlays: one chart, each entry's A and B bars side by side, the older run as A.
    QVERIFY(!widget.rightChart()->isVisible());
    const ChartSpec overlay = widget.leftChart()->spec();
    QCOMPARE(overlay.bars.size(), 2 * ChartFixtures::workerSweep().results.size());
    QCOMPARE(overlay.bars.at(4).value, 110.0); // entry 2, run A
    QCOMPARE(overlay.bars.at(5).value, 300.0); // entry 2, run B
    QVERIFY2(overlay.bars.at(4).legend.startsWith(QLatin1String("A: 2026-03-01")),
             qPrintable(overlay.bars.at(4).legend));
    QVERIFY(widget.caption(0)->isVisible() && widget.caption(1)->isVisible());
    QVERIFY(widget.caption(1)->text().contains(QLatin1String("<b>B</b>")));
    // The ratio table: B / A of each entry's mean with its spread.
    QVERIFY(widget.ratioTable()->isVisible());
    const QAbstractItemModel *ratios = widget.ratioTable()->model();
    QCOMPARE(ratios->rowCount(), int(ChartFixtures::workerSweep().results.size()));
    QVERIFY2(ratios->index(2, 4).data().toString().startsWith(QStringLiteral("2.73 ± ")),
             qPrintable(ratios->index(2, 4).data().toString()));
    QVERIFY2(ratios->index(0, 4).data().toString().startsWith(QStringLiteral("1.00 ± ")),
             qPrintable(ratios->index(0, 4).data().toString()));

    // A kind that does not overlay: two charts, same width, one scale.
    auto *kind = widget.findChild<QComboBox *>();
    QVERIFY(kind);
    kind->setCurrentIndex(2);
    if (widget.rightChart()->isVisible())
        QCOMPARE(widget.leftChart()->spec().yAxis.max, widget.rightChart()->spec().yAxis.max);
    QVERIFY(!widget.compareRuns(a->id, a->id));

    // Replay: only for a run whose recording was kept; the click asks for that file.
    widget.findChild<QTableView *>(QStringLiteral("historyTable"))->selectRow(1); // a, the older
    QVERIFY(!widget.replayButton()->isEnabled());
    const QString recording = history.recordingPath(QStringLiteral("factorization"), a->id);
    {
        QFile file(recording);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept");
    }
    widget.findChild<QTableView *>(QStringLiteral("historyTable"))->clearSelection();
    widget.findChild<QTableView *>(QStringLiteral("historyTable"))->selectRow(1);
    QVERIFY(widget.replayButton()->isEnabled());
    QSignalSpy replay(&widget, &HistoryWidget::replayRequested);
    QTest::mouseClick(widget.replayButton(), Qt::LeftButton);
    QCOMPARE(replay.size(), 1);
    QCOMPARE(replay.at(0).at(0).toString(), recording);

    QSignalSpy changed(&widget, &HistoryWidget::runsChanged);
    widget.removeRuns({a->id});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(widget.model()->rowCount(), 1);
    QVERIFY(!QFile::exists(a->path));
    QVERIFY(!widget.rightChart()->isVisible());
    QVERIFY(!widget.ratioTable()->isVisible());
}

void TestHistoryWidget::emptyAndCorrupt()
{
    QTemporaryDir dir;
    Core::RunHistory history(dir.path());
    QVERIFY(QDir().mkpath(history.folder(QStringLiteral("downloads"))));
    QVERIFY(QFile::copy(QStringLiteral(LAB_TEST_DATA_DIR "/results/not-json.json"),
                        QDir(history.folder(QStringLiteral("downloads"))).filePath(QStringLiteral("broken.json"))));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping .*broken.json")));
    HistoryWidget widget(QStringLiteral("downloads"), history);
    QVERIFY(widget.skipped().isEmpty()); // nothing is read before the tab is shown
    widget.show();
    QCOMPARE(widget.model()->rowCount(), 0);
    QCOMPARE(widget.skipped().size(), 1);
    QVERIFY(widget.leftChart()->spec().isEmpty());
}

void TestHistoryWidget::savedRunIsAddedWithoutReadingAll()
{
    QTemporaryDir dir;
    Core::RunHistory history(dir.path());
    const QString topic = QStringLiteral("factorization");
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const auto first = history.save(topic, ChartFixtures::workerSweep(), nullptr, t0);
    QVERIFY(first);

    HistoryWidget widget(topic, history);
    // Not read yet: a run saved now is simply there when the tab is first shown.
    const auto second = history.save(topic, ChartFixtures::workerSweep(), nullptr, t0.addSecs(60));
    QVERIFY(second);
    widget.addSaved(*second);
    QCOMPARE(widget.model()->rowCount(), 0);
    widget.resize(1000, 700);
    widget.show();
    QCOMPARE(widget.model()->rowCount(), 2);

    // Read: a run saved now is added in its place, and no other file is read again (one that turned
    // unreadable on disk meanwhile stays listed until Refresh).
    QVERIFY(QFile::remove(first->path));
    const auto third = history.save(topic, ChartFixtures::workerSweep(), nullptr, t0.addSecs(120));
    QVERIFY(third);
    widget.addSaved(*third);
    QCOMPARE(widget.model()->rowCount(), 3);
    QCOMPARE(widget.model()->index(0, 0).data(HistoryModel::IdRole).toString(), third->id); // newest first
    QCOMPARE(widget.model()->index(2, 0).data(HistoryModel::IdRole).toString(), first->id);
    widget.reload();
    QCOMPARE(widget.model()->rowCount(), 2);
}

void TestHistoryWidget::headline()
{
    const QString text = HistoryModel::headline(ChartFixtures::workerSweep());
    QVERIFY2(text.contains(QLatin1String("sequential 400.0 ms")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("threads ×4 110.0 ms (3.60×)")), qPrintable(text));
}

LAB_TEST_MAIN(TestHistoryWidget)
#include "tst_historywidget.moc"
