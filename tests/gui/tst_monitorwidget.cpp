// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/procsampler.h"
#include "core/sync/deadlockdetector.h"
#include "core/sync/syncmutex.h"
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "gui/monitor/monitorwidget.h"
#include "gui/monitor/threadfilterproxy.h"
#include "gui/monitor/threadtablemodel.h"
#include "gui/monitor/timelinewidget.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMutex>
#include <QScrollBar>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QWaitCondition>

using namespace Lab::Core;
using namespace Lab::Gui;

class TestMonitorWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void labThreadsAppearWithStates();
    void exportsPngAndSvg();
    void legendFiltersStates();
    void stateChipsHideRowsAndLanes();
    void tableShowsThisRunOrAllRuns();
    void samplingStopsWhenHidden();
    void timelineFollowsTheRun();
    void narrowMonitorShowsTheColumnsThatTeach();
    void deadlockBannerNamesTheCycle();

private:
    static QModelIndex findName(const QAbstractItemModel &model, const QString &name)
    {
        for (int p = 0; p < model.rowCount(); ++p) {
            const QModelIndex parent = model.index(p, 0);
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, ThreadTableModel::NameColumn, parent);
                if (i.data().toString() == name)
                    return i;
            }
        }
        return {};
    }
    static QString cell(const QModelIndex &index, int column)
    {
        return index.isValid() ? index.siblingAtColumn(column).data().toString() : QString();
    }
};

void TestMonitorWidget::labThreadsAppearWithStates()
{
    TraceRecorder recorder;
    Pacer pacer;
    MonitorWidget monitor(&recorder, &pacer);
    QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(monitor.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    monitor.resize(1000, 600);
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));

    QMutex mutex;
    QWaitCondition condition;
    bool done = false;
    LabThread waiter(
        QStringLiteral("gui-waiter"),
        [&] {
            Trace::Locker locker(mutex);
            while (!done)
                Trace::wait(condition, mutex);
        },
        &recorder, &pacer);
    LabThread sleeper(
        QStringLiteral("gui-sleeper"),
        [&] {
            while (Trace::sleep(20)) {
            }
        },
        &recorder, &pacer);
    waiter.start();
    sleeper.start();

    const QAbstractItemModel &proxy = *monitor.proxy();
    QTRY_COMPARE_WITH_TIMEOUT(cell(findName(proxy, QStringLiteral("gui-waiter")), ThreadTableModel::LabStateColumn),
                              QStringLiteral("Waiting (condition)"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(findName(proxy, QStringLiteral("gui-waiter")), ThreadTableModel::KernelStateColumn).left(1),
        QStringLiteral("S"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(cell(findName(proxy, QStringLiteral("gui-sleeper")), ThreadTableModel::LabStateColumn)
                                 .startsWith(QLatin1String("Sleeping")),
                             10000);
    // Lab filter: the main thread is not listed; "this process" lists it, marked as not a lab thread.
    QVERIFY(!findName(proxy, QStringLiteral("tst_monitorwidg")).isValid());
    monitor.proxy()->setMode(ThreadFilterProxy::Mode::ThisProcess);
    QTRY_VERIFY_WITH_TIMEOUT(findName(proxy, QStringLiteral("gui_tst_monitor")).isValid(), 5000);
    QVERIFY(cell(findName(proxy, QStringLiteral("gui_tst_monitor")), ThreadTableModel::KindColumn)
                .contains(QLatin1String("not a lab thread")));
    // The timeline has a lane per lab thread.
    QTRY_COMPARE_WITH_TIMEOUT(monitor.timeline()->laneCount(), 2, 5000);
    QCOMPARE(monitor.timeline()->laneName(0), QStringLiteral("gui-waiter"));

    {
        QMutexLocker locker(&mutex);
        done = true;
        condition.wakeAll();
    }
    sleeper.requestInterruption();
    QVERIFY(waiter.wait(10000));
    QVERIFY(sleeper.wait(10000));
    // They leave as Terminated.
    QTRY_COMPARE_WITH_TIMEOUT(cell(findName(proxy, QStringLiteral("gui-waiter")), ThreadTableModel::LabStateColumn),
                              QStringLiteral("Terminated"), 10000);
    QCOMPARE(monitor.timeline()->stateAt(0, monotonicNowNs()), int(ThreadState::Terminated));
}

void TestMonitorWidget::exportsPngAndSvg()
{
    TraceRecorder recorder;
    Pacer pacer;
    MonitorWidget monitor(&recorder, &pacer);
    LabThread thread(
        QStringLiteral("exported"), [] { Trace::sleep(30); }, &recorder, &pacer);
    thread.start();
    QVERIFY(thread.wait(10000));
    monitor.timeline()->appendEvents(recorder.events());
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("t.png"));
    QVERIFY2(monitor.timeline()->exportTo(png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    QVERIFY2(monitor.timeline()->exportTo(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("exported"));
    QVERIFY(!monitor.timeline()->exportTo(dir.filePath(QStringLiteral("t.bmp")), &error));
    QVERIFY(error.contains(QLatin1String(".png")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.bmp"))));
}

void TestMonitorWidget::legendFiltersStates()
{
    TraceRecorder recorder;
    Pacer pacer;
    MonitorWidget monitor(&recorder, &pacer);
    auto *running = monitor.findChild<QToolButton *>(QStringLiteral("legend-running"));
    QVERIFY(running);
    QVERIFY(monitor.timeline()->isStateVisible(ThreadState::Running));
    running->click();
    QVERIFY(!monitor.timeline()->isStateVisible(ThreadState::Running));
    running->click();
    QVERIFY(monitor.timeline()->isStateVisible(ThreadState::Running));
}

// Each state has a chip (Terminated too); a chip switched off, by a click or by Enter on the focused
// chip, hides the threads now in that state from the table and their lanes from the timeline.
void TestMonitorWidget::stateChipsHideRowsAndLanes()
{
    TraceRecorder recorder;
    Pacer pacer;
    MonitorWidget monitor(&recorder, &pacer);
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));
    for (int i = 0; i < ThreadStateCount; ++i)
        QVERIFY2(monitor.findChild<QToolButton *>(QStringLiteral("legend-%1").arg(threadStateId(ThreadState(i)))),
                 qPrintable(threadStateId(ThreadState(i))));
    TimelineWidget *timeline = monitor.timeline();
    timeline->setZoom(TimelineWidget::Zoom::Last30s);
    const qint64 now = monotonicNowNs();
    const auto event = [](qint64 timeNs, TraceEventKind kind, int workerId, ThreadState state) {
        TraceEvent e;
        e.timeNs = timeNs;
        e.kind = kind;
        e.workerId = workerId;
        e.state = state;
        e.detail = QStringLiteral("t%1").arg(workerId);
        return e;
    };
    timeline->appendEvents({event(now - 3'000'000, TraceEventKind::ThreadCreated, 1, ThreadState::New),
                            event(now - 2'000'000, TraceEventKind::StateChanged, 1, ThreadState::Running),
                            event(now - 3'000'000, TraceEventKind::ThreadCreated, 2, ThreadState::New),
                            event(now - 1'000'000, TraceEventKind::ThreadFinished, 2, ThreadState::Terminated)});
    QCOMPARE(timeline->shownLaneCount(), 2);

    auto *terminated = monitor.findChild<QToolButton *>(QStringLiteral("legend-terminated"));
    terminated->setFocus();
    QTest::keyClick(terminated, Qt::Key_Return);
    QVERIFY(!terminated->isChecked());
    QVERIFY(!monitor.proxy()->isStateVisible(ThreadState::Terminated));
    QCOMPARE(timeline->shownLaneCount(), 1);
    QCOMPARE(timeline->shownLaneName(0), QStringLiteral("t1"));
    monitor.setStateShown(ThreadState::Running, false);
    QVERIFY(!monitor.proxy()->isStateVisible(ThreadState::Running));
    QCOMPARE(timeline->shownLaneCount(), 0);
    QTest::keyClick(terminated, Qt::Key_Enter);
    QVERIFY(terminated->isChecked());
    QCOMPARE(timeline->shownLaneCount(), 1);
    QCOMPARE(timeline->shownLaneName(0), QStringLiteral("t2"));
}

// "This run" (the default) lists the threads that ended since the last run started; "All runs" every
// ended thread the recorder keeps. The switch follows the runs marked in the trace.
void TestMonitorWidget::tableShowsThisRunOrAllRuns()
{
    TraceRecorder recorder;
    Pacer pacer;
    MonitorWidget monitor(&recorder, &pacer);
    QCOMPARE(monitor.runScope(), MonitorWidget::RunScope::ThisRun);
    QCOMPARE(monitor.model()->terminatedSince(), ThreadTableModel::RecentlyEnded); // no run yet
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));
    TraceEvent run;
    run.kind = TraceEventKind::RunStarted;
    run.timeNs = monotonicNowNs();
    recorder.record(run);
    QTRY_COMPARE(monitor.model()->terminatedSince(), run.timeNs);
    auto *scope = monitor.findChild<QComboBox *>(QStringLiteral("runScope"));
    QVERIFY(scope);
    scope->setCurrentIndex(scope->findData(int(MonitorWidget::RunScope::AllRuns)));
    QCOMPARE(monitor.runScope(), MonitorWidget::RunScope::AllRuns);
    QCOMPARE(monitor.model()->terminatedSince(), 0);
    monitor.setRunScope(MonitorWidget::RunScope::ThisRun);
    QCOMPARE(monitor.model()->terminatedSince(), run.timeNs);
}

void TestMonitorWidget::samplingStopsWhenHidden()
{
    MonitorWidget monitor;
    QVERIFY(!monitor.isSampling());
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));
    QVERIFY(monitor.isSampling());
    monitor.hide();
    QVERIFY(!monitor.isSampling());
}

// A 40 ms run is not a one-pixel sliver: "This run" (the default) fits the last run, at least 1 s
// wide, and shows only the lanes of threads alive during it; the other presets show every lane.
void TestMonitorWidget::timelineFollowsTheRun()
{
    TimelineWidget timeline;
    QCOMPARE(timeline.zoom(), TimelineWidget::Zoom::ThisRun);
    const qint64 t0 = monotonicNowNs() - 10'000'000'000; // ten seconds ago
    const auto event = [](qint64 timeNs, TraceEventKind kind, int workerId, ThreadState state, const QString &detail) {
        TraceEvent e;
        e.timeNs = timeNs;
        e.kind = kind;
        e.workerId = workerId;
        e.state = state;
        e.detail = detail;
        return e;
    };
    const qint64 ms = 1'000'000;
    timeline.appendEvents({
        event(t0, TraceEventKind::ThreadCreated, 1, ThreadState::New, QStringLiteral("earlier")),
        event(t0 + 10 * ms, TraceEventKind::ThreadFinished, 1, ThreadState::Terminated, {}),
        event(t0 + 2000 * ms, TraceEventKind::RunStarted, -1, ThreadState::Running, QStringLiteral("threads")),
        event(t0 + 2001 * ms, TraceEventKind::ThreadCreated, 2, ThreadState::New, QStringLiteral("racer")),
        event(t0 + 2002 * ms, TraceEventKind::StateChanged, 2, ThreadState::Running, {}),
        event(t0 + 2040 * ms, TraceEventKind::ThreadFinished, 2, ThreadState::Terminated, {}),
        event(t0 + 2041 * ms, TraceEventKind::RunFinished, -1, ThreadState::Running, QStringLiteral("threads")),
    });
    QCOMPARE(timeline.laneCount(), 2);
    QCOMPARE(timeline.shownLaneCount(), 1);
    QCOMPARE(timeline.shownLaneName(0), QStringLiteral("racer"));
    const auto range = timeline.visibleRange();
    QVERIFY2(range.first > 1.9 && range.first < 2.0, qPrintable(QString::number(range.first)));
    QVERIFY2(range.second > 2.9 && range.second < 3.1, qPrintable(QString::number(range.second)));

    timeline.setZoom(TimelineWidget::Zoom::Last30s);
    QCOMPARE(timeline.shownLaneCount(), 2);
    timeline.setZoom(TimelineWidget::Zoom::ThisRun);
    QCOMPARE(timeline.shownLaneCount(), 1);
    // A new run starts: its range starts there, and grows with it.
    timeline.appendEvents({event(monotonicNowNs(), TraceEventKind::RunStarted, -1, ThreadState::Running, {})});
    QVERIFY(timeline.visibleRange().first > 9.0);
    QCOMPARE(timeline.shownLaneCount(), 0);
}

// Docked beside the experiment (presenter mode), the table keeps name, textbook state, kernel state,
// CPU and core, all in the width: the textbook-beside-kernel comparison is never cut off.
void TestMonitorWidget::narrowMonitorShowsTheColumnsThatTeach()
{
    TraceRecorder recorder;
    Pacer pacer;
    MonitorWidget monitor(&recorder, &pacer);
    monitor.resize(520, 700);
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));
    monitor.setCompact(true);
    QTreeView *view = monitor.view();
    for (int column : {ThreadTableModel::NameColumn, ThreadTableModel::LabStateColumn,
                       ThreadTableModel::KernelStateColumn, ThreadTableModel::CpuColumn, ThreadTableModel::CoreColumn})
        QVERIFY(!view->isColumnHidden(column));
    for (int column : {ThreadTableModel::TidColumn, ThreadTableModel::KindColumn, ThreadTableModel::SwitchesColumn})
        QVERIFY(view->isColumnHidden(column));
    QTRY_VERIFY(!view->horizontalScrollBar()->isVisible());
    const int kernelRight = view->header()->sectionViewportPosition(ThreadTableModel::KernelStateColumn) +
                            view->header()->sectionSize(ThreadTableModel::KernelStateColumn);
    QVERIFY2(kernelRight <= view->viewport()->width(), qPrintable(QString::number(kernelRight)));
    monitor.setCompact(false);
    QVERIFY(view->isColumnHidden(ThreadTableModel::KindColumn)); // still too narrow for every column
    monitor.resize(1800, 700);
    QTRY_VERIFY(!view->isColumnHidden(ThreadTableModel::KindColumn)); // wide: every column again
}

// Two threads take two instrumented locks in opposite orders: the monitor's banner names the
// circle of waits while it stands, and says the lab ended it once the victim's wait is cancelled.
void TestMonitorWidget::deadlockBannerNamesTheCycle()
{
    TraceRecorder recorder;
    Pacer pacer;
    MonitorWidget monitor(&recorder, &pacer);
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));
    QVERIFY(monitor.deadlockBanner()->isHidden());
    DeadlockDetector::instance().reset();
    SyncMutex a(QStringLiteral("lock-a"));
    SyncMutex b(QStringLiteral("lock-b"));
    QSemaphore heldA, heldB;
    const auto take = [](SyncMutex &first, QSemaphore &held, QSemaphore &other, SyncMutex &second) {
        first.lock();
        held.release();
        other.acquire(); // both hold their first lock before either asks for the second
        other.release();
        if (second.lock())
            second.unlock();
        first.unlock();
    };
    std::unique_ptr<QThread> one(QThread::create([&] { take(a, heldA, heldB, b); }));
    std::unique_ptr<QThread> two(QThread::create([&] { take(b, heldB, heldA, a); }));
    one->setObjectName(QStringLiteral("thread-one"));
    two->setObjectName(QStringLiteral("thread-two"));
    one->start();
    two->start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.deadlockBanner()->isVisible(), 30000);
    const QString text = monitor.deadlockBanner()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Deadlock: ")) && text.contains(QStringLiteral("\"lock-a\"")) &&
                 text.contains(QStringLiteral("thread-one")) && text.contains(QStringLiteral("thread-two")),
             qPrintable(text));
    QVERIFY(DeadlockDetector::instance().breakDeadlock(DeadlockDetector::instance().deadlocks().constFirst(), 0));
    QVERIFY(one->wait(30000));
    QVERIFY(two->wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.deadlockBanner()->text().startsWith(QStringLiteral("Deadlock, ended by the lab")),
                             30000);
}

LAB_TEST_MAIN(TestMonitorWidget)
#include "tst_monitorwidget.moc"
