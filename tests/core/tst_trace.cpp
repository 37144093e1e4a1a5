// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"

#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>

#include <thread>
#include <vector>

using namespace Lab::Core;

class TestTrace : public QObject
{
    Q_OBJECT
private slots:
    void stateNames();
    void recorderUnderThreads_data();
    void recorderUnderThreads();
    void ringDropsOldest();
    void eventsSince();
    void labThreadLifecycle();
    void blockedOnlyWhenContended();
    void osNameTruncation_data();
    void osNameTruncation();
    void attachedWorkerThread();
    void helpersOutsideLabThreads();
    void watchProcess();

private:
    static QList<ThreadState> statesOf(const TraceRecorder &recorder, int workerId)
    {
        QList<ThreadState> out;
        for (const TraceEvent &e : recorder.events()) {
            if (e.workerId == workerId &&
                (e.kind == TraceEventKind::ThreadCreated || e.kind == TraceEventKind::StateChanged ||
                 e.kind == TraceEventKind::ThreadFinished))
                out.append(e.state);
        }
        return out;
    }
};

void TestTrace::stateNames()
{
    for (int i = 0; i < ThreadStateCount; ++i) {
        const auto state = ThreadState(i);
        QVERIFY(!threadStateName(state).isEmpty());
        QCOMPARE(threadStateFromId(threadStateId(state)), state);
    }
    QVERIFY(!threadStateFromId(u"nonsense"));
    QCOMPARE(kernelStateWords('R'), QStringLiteral("running or runnable"));
    QCOMPARE(kernelStateWords('?'), QStringLiteral("unknown"));
}

void TestTrace::recorderUnderThreads_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("events");
    QTest::newRow("1x10000") << 1 << 10000;
    QTest::newRow("4x5000") << 4 << 5000;
    QTest::newRow("16x1000") << 16 << 1000;
}

void TestTrace::recorderUnderThreads()
{
    QFETCH(int, threads);
    QFETCH(int, events);
    TraceRecorder recorder(qsizetype(threads) * events);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&recorder, t, events] {
            for (int i = 0; i < events; ++i) {
                TraceEvent e;
                e.workerId = t;
                e.timeNs = i + 1; // per-thread order marker
                e.kind = TraceEventKind::Mark;
                recorder.record(e);
            }
        });
    }
    for (auto &thread : pool)
        thread.join();
    const QList<TraceEvent> all = recorder.events();
    QCOMPARE(all.size(), qsizetype(threads) * events);
    QCOMPARE(recorder.droppedCount(), quint64(0));
    std::vector<qint64> last(size_t(threads), 0);
    quint64 sequence = 0;
    for (const TraceEvent &e : all) {
        QVERIFY(e.sequence > sequence);
        sequence = e.sequence;
        QCOMPARE(e.timeNs, last[size_t(e.workerId)] + 1); // nothing lost, order kept per thread
        last[size_t(e.workerId)] = e.timeNs;
    }
}

void TestTrace::ringDropsOldest()
{
    TraceRecorder recorder(100);
    for (int i = 1; i <= 1000; ++i) {
        TraceEvent e;
        e.timeNs = i;
        recorder.record(e);
    }
    QCOMPARE(recorder.size(), qsizetype(100));
    QCOMPARE(recorder.droppedCount(), quint64(900));
    const auto events = recorder.events();
    QCOMPARE(events.size(), qsizetype(100));
    QCOMPARE(events.first().timeNs, qint64(901));
    QCOMPARE(events.last().timeNs, qint64(1000));
    recorder.clear();
    QCOMPARE(recorder.size(), qsizetype(0));
    QCOMPARE(recorder.lastSequence(), quint64(1000));
}

void TestTrace::eventsSince()
{
    TraceRecorder recorder(10);
    for (int i = 0; i < 5; ++i)
        recorder.record(TraceEvent());
    QCOMPARE(recorder.eventsSince(3).size(), qsizetype(2));
    QCOMPARE(recorder.eventsSince(5).size(), qsizetype(0));
    for (int i = 0; i < 20; ++i)
        recorder.record(TraceEvent());
    // A reader that fell behind gets what is left, oldest first.
    const auto behind = recorder.eventsSince(3);
    QCOMPARE(behind.size(), qsizetype(10));
    QCOMPARE(behind.first().sequence, quint64(16));
}

void TestTrace::labThreadLifecycle()
{
    TraceRecorder recorder;
    Pacer pacer;
    QMutex mutex;
    mutex.lock(); // held by the test: the thread must block on it
    LabThread other(
        QStringLiteral("other"), [] { Trace::sleep(30); }, &recorder, &pacer);
    LabThread thread(
        QStringLiteral("life"),
        [&] {
            Trace::sleep(5);
            {
                Trace::Locker locker(mutex);
            }
            other.start();
            Trace::join(&other);
        },
        &recorder, &pacer);
    QCOMPARE(recorder.worker(thread.workerId()).state, ThreadState::New);
    QCOMPARE(recorder.worker(thread.workerId()).tid, qint64(0));
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.worker(thread.workerId()).state, ThreadState::Blocked, 5000);
    QCOMPARE(recorder.worker(thread.workerId()).detail, QStringLiteral("mutex"));
    mutex.unlock();
    QVERIFY(thread.wait(10000));
    const QList<ThreadState> expected = {ThreadState::New,       ThreadState::Runnable, ThreadState::Running,
                                         ThreadState::Sleeping,  ThreadState::Running,  ThreadState::Blocked,
                                         ThreadState::Running,   ThreadState::Waiting,  ThreadState::Running,
                                         ThreadState::Terminated};
    QCOMPARE(statesOf(recorder, thread.workerId()), expected);
    const LabWorkerStatus status = recorder.worker(thread.workerId());
    QCOMPARE(status.state, ThreadState::Terminated);
    QVERIFY(status.tid > 0);
    QVERIFY(status.finishedNs >= status.createdNs);
    QCOMPARE(statesOf(recorder, other.workerId()).last(), ThreadState::Terminated);
}

void TestTrace::blockedOnlyWhenContended()
{
    TraceRecorder recorder;
    Pacer pacer;
    QMutex mutex;
    LabThread thread(
        QStringLiteral("free"), [&] { Trace::Locker locker(mutex); }, &recorder, &pacer);
    thread.start();
    QVERIFY(thread.wait(10000));
    QVERIFY(!statesOf(recorder, thread.workerId()).contains(ThreadState::Blocked));
}

void TestTrace::osNameTruncation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("os");
    QTest::newRow("short") << QStringLiteral("worker-1") << QStringLiteral("worker-1");
    QTest::newRow("exactly 15") << QStringLiteral("factor-worker-1") << QStringLiteral("factor-worker-1");
    QTest::newRow("16") << QStringLiteral("factor-worker-12") << QStringLiteral("factor-worker-1");
    QTest::newRow("long") << QStringLiteral("a very long thread name") << QStringLiteral("a very long thr");
}

void TestTrace::osNameTruncation()
{
    QFETCH(QString, name);
    QFETCH(QString, os);
    QCOMPARE(LabThread::osNameFor(name), os);
    TraceRecorder recorder;
    Pacer pacer;
    QString seen;
    LabThread thread(
        name,
        [&] {
            QFile comm(QStringLiteral("/proc/thread-self/comm"));
            if (comm.open(QIODevice::ReadOnly))
                seen = QString::fromUtf8(comm.readAll()).trimmed();
        },
        &recorder, &pacer);
    thread.start();
    QVERIFY(thread.wait(10000));
    QCOMPARE(seen, os); // what the kernel really shows
    QCOMPARE(thread.osName(), os);
}

void TestTrace::attachedWorkerThread()
{
    TraceRecorder recorder;
    Pacer pacer;
    QThread thread;
    const int id = Trace::attachThread(&thread, QStringLiteral("evloop"), &recorder, &pacer);
    QCOMPARE(thread.objectName(), QStringLiteral("evloop"));
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.worker(id).state, ThreadState::Waiting, 5000);
    QCOMPARE(recorder.worker(id).detail, QStringLiteral("event loop"));
    auto *context = new QObject;
    context->moveToThread(&thread);
    connect(&thread, &QThread::finished, context, &QObject::deleteLater);
    bool lab = false;
    ThreadState state = ThreadState::New;
    QMetaObject::invokeMethod(
        context,
        [&] {
            lab = Trace::isLabThread();
            Trace::checkpoint();
            state = Trace::currentState();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(lab);
    QCOMPARE(state, ThreadState::Running); // a slot that uses the helpers is Running
    thread.quit();
    QVERIFY(thread.wait(10000));
    QCOMPARE(recorder.worker(id).state, ThreadState::Terminated);
}

void TestTrace::helpersOutsideLabThreads()
{
    QVERIFY(!Trace::isLabThread());
    QCOMPARE(Trace::currentWorkerId(), -1);
    QMutex mutex;
    Trace::lock(mutex);
    mutex.unlock();
    QVERIFY(Trace::checkpoint());
    Trace::setState(ThreadState::Blocked); // no recorder bound: nothing happens
    QCOMPARE(Trace::currentState(), ThreadState::Running);
}

void TestTrace::watchProcess()
{
    TraceRecorder recorder;
    QProcess process;
    Trace::watchProcess(&process, QStringLiteral("sleeper"), &recorder);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 3")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto workers = recorder.workers();
    QCOMPARE(workers.size(), qsizetype(1));
    QVERIFY(workers.first().isProcess);
    QVERIFY(workers.first().pid > 0);
    QCOMPARE(workers.first().state, ThreadState::Terminated);
    QCOMPARE(workers.first().detail, QStringLiteral("exit code 3"));
}

LAB_TEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
