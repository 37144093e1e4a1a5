// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/procreader.h"
#include "core/monitor/procsampler.h"
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"

#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWaitCondition>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Lab::Core;

class TestProcSampler : public QObject
{
    Q_OBJECT
private slots:
    void readsFixtureTree();
    void unreadableProcGivesMessage();
    void vanishedChildIsSilent();
    void liveLabThreadsAreMatched();
    void busyThreadShowsCpu();
    void stopsAndRestarts();
    void parallelReadKeepsEveryThreadInOrder();

private:
    static const ThreadSample *find(const ThreadSnapshot &s, qint64 tid)
    {
        for (const ThreadSample &t : s.threads) {
            if (t.tid == tid)
                return &t;
        }
        return nullptr;
    }
};

void TestProcSampler::readsFixtureTree()
{
    ProcReader reader(QStringLiteral(LAB_TEST_DATA_DIR "/proc/root"));
    const ThreadSnapshot s = reader.read({4242});
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.threads.size(), 2); // 4244's broken stat is skipped silently
    const ThreadSample *main = find(s, 4242);
    const ThreadSample *other = find(s, 4243);
    QVERIFY(main && other);
    QCOMPARE(main->osName, QStringLiteral("lab app"));
    QCOMPARE(main->origin, ThreadOrigin::Main);
    QCOMPARE(main->kernelState, 'S');
    QCOMPARE(main->core, 1);
    QCOMPARE(main->voluntarySwitches, quint64(120));
    QCOMPARE(main->involuntarySwitches, quint64(7));
    QVERIFY(main->switchesKnown);
    QCOMPARE(main->cpuPercent, -1.0); // first sample: no interval yet
    // uptime 1000.5 s, started at tick 90000 (900 s at 100 Hz): 100.5 s ago.
    if (sysconf(_SC_CLK_TCK) == 100)
        QCOMPARE(main->startedMsAgo, qint64(100500));
    QCOMPARE(other->osName, QStringLiteral("a) b) (c"));
    QCOMPARE(other->kernelState, 'R');
    QCOMPARE(other->processName, QStringLiteral("lab app"));
    QCOMPARE(other->origin, ThreadOrigin::Other);
    // Second read: the counters did not move, so CPU % is 0 (not unknown).
    const ThreadSnapshot again = reader.read({4242});
    QCOMPARE(find(again, 4242)->cpuPercent, 0.0);
}

void TestProcSampler::unreadableProcGivesMessage()
{
    QTemporaryDir empty;
    ProcReader reader(empty.path());
    const ThreadSnapshot s = reader.read({4242});
    QVERIFY(s.threads.isEmpty());
    QVERIFY(s.error.contains(QLatin1String("/proc")));
    QVERIFY(s.error.contains(empty.path()));
}

void TestProcSampler::vanishedChildIsSilent()
{
    ProcReader reader(QStringLiteral(LAB_TEST_DATA_DIR "/proc/root"));
    const ThreadSnapshot s = reader.read({4242, 999999});
    QVERIFY(s.error.isEmpty());
    QCOMPARE(s.threads.size(), 2);
}

void TestProcSampler::liveLabThreadsAreMatched()
{
    TraceRecorder recorder;
    Pacer pacer;
    QMutex mutex;
    QWaitCondition condition;
    bool done = false;
    LabThread thread(
        QStringLiteral("sampled-wait"),
        [&] {
            Trace::Locker locker(mutex);
            while (!done)
                Trace::wait(condition, mutex);
        },
        &recorder, &pacer);
    thread.start();

    ProcSampler sampler;
    sampler.setRecorder(&recorder);
    sampler.setIntervalMs(50);
    QSignalSpy spy(&sampler, &ProcSampler::sampled);
    sampler.start();
    auto labSample = [&]() -> std::optional<ThreadSample> {
        if (spy.isEmpty())
            return std::nullopt;
        const auto snapshot = spy.last().at(0).value<ThreadSnapshot>();
        for (const ThreadSample &t : snapshot.threads) {
            if (t.workerId == thread.workerId())
                return t;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        labSample() && labSample()->kernelState == 'S' && labSample()->labState == ThreadState::Waiting, 5000);
    const ThreadSample t = *labSample();
    QCOMPARE(t.origin, ThreadOrigin::Lab);
    QCOMPARE(t.osName, QStringLiteral("sampled-wait"));
    QCOMPARE(t.labName, QStringLiteral("sampled-wait"));
    QCOMPARE(t.pid, qint64(getpid()));
    // The main thread is listed as such, never as a lab thread.
    const auto snapshot = spy.last().at(0).value<ThreadSnapshot>();
    const ThreadSample *main = find(snapshot, getpid());
    QVERIFY(main);
    QCOMPARE(main->origin, ThreadOrigin::Main);
    QVERIFY(snapshot.labWorkers.size() == 1);
    {
        QMutexLocker locker(&mutex);
        done = true;
        condition.wakeAll();
    }
    thread.wait();
    sampler.stop();
}

void TestProcSampler::busyThreadShowsCpu()
{
    TraceRecorder recorder;
    Pacer pacer;
    std::atomic<bool> stop = false;
    LabThread thread(
        QStringLiteral("spinner"),
        [&] {
            volatile quint64 x = 0;
            while (!stop.load(std::memory_order_relaxed))
                x = x + 1;
        },
        &recorder, &pacer);
    thread.start();
    ProcSampler sampler;
    sampler.setRecorder(&recorder);
    sampler.setIntervalMs(50);
    QSignalSpy spy(&sampler, &ProcSampler::sampled);
    sampler.start();
    auto cpu = [&] {
        if (spy.isEmpty())
            return -1.0;
        for (const ThreadSample &t : spy.last().at(0).value<ThreadSnapshot>().threads) {
            if (t.workerId == thread.workerId())
                return t.cpuPercent;
        }
        return -1.0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(cpu() > 0.0, 5000);
    stop = true;
    thread.wait();
}

void TestProcSampler::stopsAndRestarts()
{
    ProcSampler sampler;
    sampler.setIntervalMs(50);
    QSignalSpy spy(&sampler, &ProcSampler::sampled);
    QSignalSpy active(&sampler, &ProcSampler::activeChanged);
    sampler.start();
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 5000);
    sampler.stop();
    QCOMPARE(active.size(), 2);
    QVERIFY(!sampler.isActive());
    sampler.requestSample();
    const auto before = spy.size();
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() > before, 5000);
    QCOMPARE(sampler.intervalMs(), 50);
    sampler.setIntervalMs(1);
    QCOMPARE(sampler.intervalMs(), ProcSampler::MinIntervalMs);
}

void TestProcSampler::parallelReadKeepsEveryThreadInOrder()
{
    // 150 sleeping threads: above the threshold where the reader shares the work with its helper.
    constexpr int Count = 150;
    std::mutex mutex;
    std::condition_variable release;
    bool done = false;
    std::vector<std::thread> threads;
    std::atomic<int> started{0};
    for (int i = 0; i < Count; ++i) {
        threads.emplace_back([&, i] {
            pthread_setname_np(pthread_self(), QByteArray("par-" + QByteArray::number(i)).constData());
            std::unique_lock lock(mutex);
            ++started;
            release.wait(lock, [&] { return done; });
        });
    }
    // Released and joined however the test ends (a failed check returns early).
    const auto joinAll = qScopeGuard([&] {
        {
            std::lock_guard lock(mutex);
            done = true;
        }
        release.notify_all();
        for (std::thread &t : threads)
            t.join();
    });
    QTRY_COMPARE_WITH_TIMEOUT(started.load(), Count, 5000);

    ProcReader alone;
    ProcReader parallel;
    alone.setStatusEvery(4);
    parallel.setStatusEvery(4);
    parallel.setParallel(true);
    // The first read starts the helper thread (so the thread list below stays the same); the second
    // gives the helper a previous sample too, so every thread has a CPU figure from then on.
    parallel.read({getpid()});
    parallel.read({getpid()});
    auto tids = [](const ThreadSnapshot &s) {
        QList<qint64> out;
        for (const ThreadSample &t : s.threads)
            out << t.tid;
        return out;
    };
    for (int round = 0; round < 6; ++round) {
        const ThreadSnapshot a = alone.read({getpid()});
        const ThreadSnapshot p = parallel.read({getpid()});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(tids(p), tids(a)); // every thread, once, in the listing's order
        int named = 0;
        for (const ThreadSample &t : p.threads) {
            QCOMPARE(t.pid, qint64(getpid()));
            QVERIFY(t.switchesKnown);
            QVERIFY2(t.cpuPercent >= 0 && t.cpuPercent <= 100,
                     qPrintable(QStringLiteral("%1 %2 %3").arg(round).arg(t.osName).arg(t.cpuPercent)));
            if (t.osName.startsWith(QLatin1String("par-"))) {
                ++named;
                QVERIFY2(t.kernelState == 'S', qPrintable(t.osName));
            }
        }
        QCOMPARE(named, Count);
        QVERIFY(std::any_of(p.threads.cbegin(), p.threads.cend(),
                            [](const ThreadSample &t) { return t.osName == QLatin1String("monitor-reader"); }));
    }
}

LAB_TEST_GUILESS_MAIN(TestProcSampler)
#include "tst_procsampler.moc"
