// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/monitor/threadfilterproxy.h"
#include "gui/monitor/threadtablemodel.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTime>

using namespace Lab::Core;
using namespace Lab::Gui;

class TestThreadTableModel : public QObject
{
    Q_OBJECT
private slots:
    void incrementalUpdates();
    void labWorkersWithoutTask();
    void filterModes_data();
    void filterModes();
    void terminatedThreadsOfThisRunOrAllRuns();
    void stateFilterHidesRows();
    void briefKernelStateWhenNarrow();
    void paintedCellsCostLittle();

private:
    static ThreadSample sample(qint64 pid, qint64 tid, const QString &name, char state, bool child = false)
    {
        ThreadSample s;
        s.pid = pid;
        s.tid = tid;
        s.osName = name;
        s.processName = QStringLiteral("lab");
        s.kernelState = state;
        s.isChildProcess = child;
        s.origin = classifyThread(pid, tid, name);
        return s;
    }
    static ThreadSample lab(qint64 tid, const QString &name, ThreadState state, int workerId)
    {
        ThreadSample s = sample(100, tid, name, state == ThreadState::Running ? 'R' : 'S');
        s.origin = ThreadOrigin::Lab;
        s.labName = name;
        s.labState = state;
        s.workerId = workerId;
        return s;
    }
    static ThreadSnapshot snapshot(QList<ThreadSample> threads, qint64 timeNs = 1'000'000'000)
    {
        ThreadSnapshot s;
        s.selfPid = 100;
        s.timeNs = timeNs;
        s.threads = std::move(threads);
        return s;
    }
    static QModelIndex findTid(const QAbstractItemModel &model, qint64 tid)
    {
        for (int p = 0; p < model.rowCount(); ++p) {
            const QModelIndex parent = model.index(p, 0);
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, 0, parent);
                if (i.data(ThreadTableModel::TidRole).toLongLong() == tid)
                    return i;
            }
        }
        return {};
    }
};

void TestThreadTableModel::incrementalUpdates()
{
    ThreadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ThreadFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setMode(ThreadFilterProxy::Mode::All);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.applySnapshot(snapshot({sample(100, 100, QStringLiteral("lab"), 'S'),
                                  lab(101, QStringLiteral("w-0"), ThreadState::Running, 0),
                                  sample(100, 102, QStringLiteral("QNetworkAccessM"), 'S')}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    const QPersistentModelIndex w0 = findTid(model, 101);
    QVERIFY(w0.isValid());
    QCOMPARE(model.index(w0.row(), ThreadTableModel::LabStateColumn, w0.parent()).data().toString(),
             QStringLiteral("Running"));
    QCOMPARE(findTid(model, 102).siblingAtColumn(ThreadTableModel::KindColumn).data().toString(),
             QStringLiteral("Qt (not a lab thread)"));
    QCOMPARE(findTid(model, 102).data(ThreadTableModel::LabStateRole).toInt(), -1);

    // Same threads, one state change: only dataChanged.
    inserted.clear();
    changed.clear();
    model.applySnapshot(snapshot({sample(100, 100, QStringLiteral("lab"), 'S'),
                                  lab(101, QStringLiteral("w-0"), ThreadState::Waiting, 0),
                                  sample(100, 102, QStringLiteral("QNetworkAccessM"), 'S')}));
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!changed.isEmpty());
    QVERIFY(w0.isValid());
    QCOMPARE(model.index(w0.row(), ThreadTableModel::LabStateColumn, w0.parent()).data().toString(),
             QStringLiteral("Waiting"));

    // A thread leaves, another arrives, a child process appears.
    model.applySnapshot(snapshot({sample(100, 100, QStringLiteral("lab"), 'S'),
                                  lab(101, QStringLiteral("w-0"), ThreadState::Waiting, 0),
                                  lab(103, QStringLiteral("w-1"), ThreadState::Running, 1),
                                  sample(200, 200, QStringLiteral("worker"), 'R', true)}));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!findTid(model, 102).isValid());
    QVERIFY(findTid(model, 103).isValid());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(w0.isValid()); // survives: selection and scroll position too
    // The child process leaves.
    model.applySnapshot(snapshot({sample(100, 100, QStringLiteral("lab"), 'S')}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.size(), 0);
}

void TestThreadTableModel::labWorkersWithoutTask()
{
    ThreadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ThreadSnapshot s = snapshot({sample(100, 100, QStringLiteral("lab"), 'S')}, 10'000'000'000);
    LabWorkerStatus fresh;
    fresh.workerId = 7;
    fresh.name = QStringLiteral("not-started");
    fresh.pid = 100;
    fresh.createdNs = 9'000'000'000;
    LabWorkerStatus ended = fresh;
    ended.workerId = 8;
    ended.name = QStringLiteral("just-ended");
    ended.tid = 555;
    ended.state = ThreadState::Terminated;
    ended.finishedNs = 9'500'000'000;
    LabWorkerStatus old = ended;
    old.workerId = 9;
    old.tid = 556;
    old.finishedNs = 1'000'000'000; // 9 s ago: no longer listed
    s.labWorkers = {fresh, ended, old};
    model.applySnapshot(s);
    const QModelIndex parent = model.index(0, 0);
    QCOMPARE(model.rowCount(parent), 3);
    QStringList names;
    for (int r = 0; r < 3; ++r)
        names << model.index(r, ThreadTableModel::NameColumn, parent).data().toString() + QLatin1Char('=') +
                     model.index(r, ThreadTableModel::LabStateColumn, parent).data().toString();
    QVERIFY(names.contains(QStringLiteral("not-started=New")));
    QVERIFY(names.contains(QStringLiteral("just-ended=Terminated")));
}

void TestThreadTableModel::filterModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QList<qint64>>("tids");
    QTest::newRow("lab threads") << int(ThreadFilterProxy::Mode::LabThreads) << QList<qint64>{101, 200};
    QTest::newRow("this process") << int(ThreadFilterProxy::Mode::ThisProcess) << QList<qint64>{100, 101, 102};
    QTest::newRow("all") << int(ThreadFilterProxy::Mode::All) << QList<qint64>{100, 101, 102, 200};
}

void TestThreadTableModel::filterModes()
{
    QFETCH(int, mode);
    QFETCH(QList<qint64>, tids);
    ThreadTableModel model;
    ThreadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setMode(ThreadFilterProxy::Mode(mode));
    model.applySnapshot(snapshot({sample(100, 100, QStringLiteral("lab"), 'S'),
                                  lab(101, QStringLiteral("w-0"), ThreadState::Running, 0),
                                  sample(100, 102, QStringLiteral("Thread (pooled)"), 'S'),
                                  sample(200, 200, QStringLiteral("worker"), 'R', true)}));
    QList<qint64> shown;
    for (int p = 0; p < proxy.rowCount(); ++p) {
        const QModelIndex parent = proxy.index(p, 0);
        for (int r = 0; r < proxy.rowCount(parent); ++r)
            shown << proxy.index(r, 0, parent).data(ThreadTableModel::TidRole).toLongLong();
    }
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, tids);
}

// "This run": the threads that ended in the current run stay listed (a 40 ms race's threads are
// gone from the kernel long before anyone reads the table), those of earlier runs do not; "all runs"
// lists every ended thread the recorder remembers.
void TestThreadTableModel::terminatedThreadsOfThisRunOrAllRuns()
{
    ThreadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 s = 1'000'000'000;
    ThreadSnapshot snap = snapshot({sample(100, 100, QStringLiteral("lab"), 'S')}, 60 * s);
    const auto ended = [](int workerId, const QString &name, qint64 finishedNs) {
        LabWorkerStatus w;
        w.workerId = workerId;
        w.name = name;
        w.pid = 100;
        w.tid = 500 + workerId;
        w.state = ThreadState::Terminated;
        w.createdNs = finishedNs - 1'000'000;
        w.finishedNs = finishedNs;
        return w;
    };
    snap.labWorkers = {ended(1, QStringLiteral("earlier-run"), 10 * s), ended(2, QStringLiteral("this-run"), 40 * s)};
    const auto names = [&model] {
        QStringList found;
        const QModelIndex parent = model.index(0, 0);
        for (int r = 0; r < model.rowCount(parent); ++r)
            found << model.index(r, ThreadTableModel::NameColumn, parent).data().toString();
        found.sort();
        return found;
    };
    model.applySnapshot(snap); // by default: those that ended in the last 5 s (neither, 20 s later)
    QCOMPARE(names(), QStringList({QStringLiteral("lab")}));
    model.setTerminatedSince(30 * s); // the current run started at 30 s
    model.applySnapshot(snap);
    QCOMPARE(names(), QStringList({QStringLiteral("lab"), QStringLiteral("this-run")}));
    // Its lifetime is from its creation to its end (1 ms), not until now (20 s later).
    const QModelIndex thisRun = model.index(1, ThreadTableModel::LifetimeColumn, model.index(0, 0));
    QCOMPARE(model.index(1, ThreadTableModel::NameColumn, model.index(0, 0)).data().toString(),
             QStringLiteral("this-run"));
    QCOMPARE(thisRun.data(ThreadTableModel::SortRole).toLongLong(), 1);
    model.setTerminatedSince(0); // all runs
    model.applySnapshot(snap);
    QCOMPARE(names(), QStringList({QStringLiteral("earlier-run"), QStringLiteral("lab"), QStringLiteral("this-run")}));
    model.setTerminatedSince(ThreadTableModel::RecentlyEnded);
    model.applySnapshot(snap);
    QCOMPARE(names(), QStringList({QStringLiteral("lab")}));
}

// The state chips: a hidden textbook state hides the lab threads in it; threads the lab does not
// trace have no textbook state and stay.
void TestThreadTableModel::stateFilterHidesRows()
{
    ThreadTableModel model;
    ThreadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setMode(ThreadFilterProxy::Mode::ThisProcess);
    model.applySnapshot(snapshot({sample(100, 100, QStringLiteral("lab"), 'S'),
                                  lab(101, QStringLiteral("w-0"), ThreadState::Running, 0),
                                  lab(102, QStringLiteral("w-1"), ThreadState::Blocked, 1),
                                  lab(103, QStringLiteral("w-2"), ThreadState::Running, 2)}));
    const auto shown = [&proxy] {
        QList<qint64> tids;
        for (int p = 0; p < proxy.rowCount(); ++p) {
            const QModelIndex parent = proxy.index(p, 0);
            for (int r = 0; r < proxy.rowCount(parent); ++r)
                tids << proxy.index(r, 0, parent).data(ThreadTableModel::TidRole).toLongLong();
        }
        std::sort(tids.begin(), tids.end());
        return tids;
    };
    QCOMPARE(shown(), (QList<qint64>{100, 101, 102, 103}));
    proxy.setStateVisible(ThreadState::Running, false);
    QVERIFY(!proxy.isStateVisible(ThreadState::Running));
    QCOMPARE(shown(), (QList<qint64>{100, 102}));
    proxy.setStateVisible(ThreadState::Blocked, false);
    QCOMPARE(shown(), (QList<qint64>{100}));
    proxy.setMode(ThreadFilterProxy::Mode::LabThreads); // nothing left to show, not even the process row
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setStateVisible(ThreadState::Running, true);
    QCOMPARE(shown(), (QList<qint64>{101, 103}));
}

// A narrow table (presenter mode) says the kernel state in a few words, never elided; the tool tip keeps
// the whole description.
void TestThreadTableModel::briefKernelStateWhenNarrow()
{
    ThreadTableModel model;
    model.applySnapshot(snapshot(
        {sample(100, 100, QStringLiteral("lab"), 'S'), lab(101, QStringLiteral("w-0"), ThreadState::Waiting, 0)}));
    const auto kernel = [&model] {
        return findTid(model, 101).siblingAtColumn(ThreadTableModel::KernelStateColumn).data().toString();
    };
    QCOMPARE(kernel(), QStringLiteral("S: sleeping (interruptible)"));
    model.setShortHeaders(true);
    model.applySnapshot(snapshot(
        {sample(100, 100, QStringLiteral("lab"), 'S'), lab(101, QStringLiteral("w-0"), ThreadState::Waiting, 0)},
        2'000'000'000));
    QCOMPARE(kernel(), QStringLiteral("S: sleeping"));
    QVERIFY(
        findTid(model, 101).data(Qt::ToolTipRole).toString().contains(QLatin1String("S: sleeping (interruptible)")));

    // The process row: its name alone when narrow, the whole description in the tooltip.
    const QModelIndex process = model.index(0, ThreadTableModel::NameColumn);
    QVERIFY(process.data(ThreadTableModel::IsProcessRole).toBool());
    QCOMPARE(process.data().toString(), QStringLiteral("lab"));
    QVERIFY2(process.data(Qt::ToolTipRole).toString().contains(QLatin1String("(this process")),
             qPrintable(process.data(Qt::ToolTipRole).toString()));
    model.setShortHeaders(false);
    QVERIFY(
        model.index(0, ThreadTableModel::NameColumn).data().toString().startsWith(QLatin1String("lab (this process")));
}

LAB_TEST_MAIN(TestThreadTableModel)
void TestThreadTableModel::paintedCellsCostLittle()
{
    // The monitor repaints its rows ten times a second: a cell's data makes no new pixmap and reads
    // no clock (the start time is the sample's time less the thread's age).
    ThreadTableModel model;
    ThreadSample worker = lab(101, QStringLiteral("factor-1"), ThreadState::Running, 1);
    worker.startedMsAgo = 1500;
    model.applySnapshot(snapshot({worker}));
    const QModelIndex row = findTid(model, 101);
    QVERIFY(row.isValid());
    const QModelIndex state = row.siblingAtColumn(ThreadTableModel::LabStateColumn);
    const auto swatch = [&state] { return state.data(Qt::DecorationRole).value<QIcon>(); };
    QVERIFY(!swatch().isNull());
    QCOMPARE(swatch().cacheKey(), swatch().cacheKey());
    const QString started = row.siblingAtColumn(ThreadTableModel::StartedColumn).data().toString();
    QTest::qWait(20);
    QCOMPARE(row.siblingAtColumn(ThreadTableModel::StartedColumn).data().toString(), started);
    const QTime at = QTime::fromString(started, QStringLiteral("hh:mm:ss.zzz"));
    QVERIFY2(at.isValid(), qPrintable(started));
    int ageMs = at.msecsTo(QTime::currentTime());
    if (ageMs < 0)
        ageMs += 24 * 3600 * 1000; // across midnight
    QVERIFY2(ageMs >= 1500 && ageMs < 60'000, qPrintable(QString::number(ageMs)));
}

#include "tst_threadtablemodel.moc"
