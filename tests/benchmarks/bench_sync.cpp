// SPDX-License-Identifier: GPL-3.0-or-later
// What instrumentation costs: an uncontended lock/unlock pair of the lab's SyncMutex against a raw
// QMutex, on a plain thread and on a paced lab thread, and the contended hand-off (two threads taking
// turns on one lock). Ratios measured side by side in one run; target: under 100 ns of overhead per
// uncontended pair. The deadlock detector: its cost per pair (on vs off, one lock and two nested
// locks: the lock-order graph's edge lookup) and its detection latency, from the request that closes
// a two-thread cycle to the report delivered (target: 100 ms). `--quick` runs a short version (CTest).
#include "core/sync/deadlockdetector.h"
#include "core/sync/syncmutex.h"
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/traceevent.h"
#include "core/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Lab::Core;

namespace {

// Best of `rounds` timings of `pairs` calls of `pair`, in ns per call.
double nsPerPair(int rounds, qint64 pairs, const std::function<void()> &pair)
{
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < pairs; ++i)
            pair();
        best = std::min(best, double(timer.nsecsElapsed()) / double(pairs));
    }
    return best;
}

// Two threads each take the lock `perThread` times and hold it for a moment: ns per acquisition.
template<typename Lock, typename Unlock>
double handOff(qint64 perThread, Lock lock, Unlock unlock)
{
    volatile qint64 shared = 0;
    auto body = [&] {
        for (qint64 i = 0; i < perThread; ++i) {
            lock();
            shared = shared + 1;
            unlock();
        }
    };
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QThread> a(QThread::create(body));
    std::unique_ptr<QThread> b(QThread::create(body));
    a->start();
    b->start();
    a->wait();
    b->wait();
    return double(timer.nsecsElapsed()) / double(2 * perThread);
}

struct DetectorCost
{
    double onNs = 0;
    double offNs = 0;
};

// One lock/unlock pair, and a nested pair (two locks in one order: one lock-order edge, known after
// the first time), with the detector on and off. ns per lock/unlock pair.
DetectorCost detectorCost(int rounds, qint64 pairs, bool nested)
{
    SyncMutex outer(QStringLiteral("outer"));
    SyncMutex inner(QStringLiteral("inner"));
    const auto one = [&] {
        outer.lock();
        outer.unlock();
    };
    const auto two = [&] {
        outer.lock();
        inner.lock();
        inner.unlock();
        outer.unlock();
    };
    // Off and on alternate, best of each: a machine whose load drifts affects both alike.
    DetectorCost cost{1e300, 1e300};
    for (int r = 0; r < rounds; ++r) {
        for (bool on : {false, true}) {
            DeadlockDetector::instance().setEnabled(on);
            const double ns = nested ? nsPerPair(1, pairs / 2, two) / 2 : nsPerPair(1, pairs, one);
            double &best = on ? cost.onNs : cost.offNs;
            best = std::min(best, ns);
        }
    }
    DeadlockDetector::instance().setEnabled(true);
    return cost;
}

// Two threads lock "a" and "b" in opposite orders, `rounds` times; each time the latency from the
// closing request (thread two's lock("a")) to the report reaching a listener on that thread. Then
// the lab breaks the cycle (two's wait is cancelled). Latencies in microseconds, sorted.
std::vector<double> detectionLatencies(int rounds)
{
    DeadlockDetector &detector = DeadlockDetector::instance();
    std::atomic<qint64> requestNs = 0, deliveredNs = 0;
    QObject context;
    QObject::connect(
        &detector, &DeadlockDetector::deadlockDetected, &context,
        [&](const DeadlockReport &) { deliveredNs = monotonicNowNs(); }, Qt::DirectConnection);
    std::vector<double> latencies;
    for (int r = 0; r < rounds; ++r) {
        detector.reset();
        SyncMutex a(QStringLiteral("a"));
        SyncMutex b(QStringLiteral("b"));
        QSemaphore aHeld, bHeld;
        std::unique_ptr<QThread> one(QThread::create([&] {
            a.lock();
            aHeld.release();
            bHeld.acquire();
            if (b.lock())
                b.unlock();
            a.unlock();
        }));
        std::unique_ptr<QThread> two(QThread::create([&] {
            b.lock();
            bHeld.release();
            aHeld.acquire();
            while (b.snapshot().waiters.isEmpty()) // until one really waits on b
                QThread::yieldCurrentThread();
            requestNs = monotonicNowNs();
            if (a.lock())
                a.unlock();
            b.unlock();
        }));
        one->setObjectName(QStringLiteral("one"));
        two->setObjectName(QStringLiteral("two"));
        one->start();
        two->start();
        while (detector.deadlocks().isEmpty())
            QThread::usleep(100);
        detector.breakDeadlock(detector.deadlocks().constFirst(), 0);
        one->wait();
        two->wait();
        latencies.push_back(double(deliveredNs - requestNs) / 1e3);
    }
    std::sort(latencies.begin(), latencies.end());
    return latencies;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const qint64 pairs = quick ? 200'000 : 5'000'000;
    const int rounds = quick ? 3 : 7;

    QMutex raw;
    SyncMutex sync(QStringLiteral("bench"));
    const double rawNs = nsPerPair(rounds, pairs, [&] {
        raw.lock();
        raw.unlock();
    });
    const double syncNs = nsPerPair(rounds, pairs, [&] {
        sync.lock();
        sync.unlock();
    });

    // On a lab thread every operation also passes the pacer's checkpoint (slow motion, pause, step).
    double labNs = 0;
    {
        TraceRecorder recorder;
        Pacer pacer;
        LabThread thread(
            QStringLiteral("bench-lab"),
            [&] {
                labNs = nsPerPair(rounds, pairs / 4, [&] {
                    sync.lock();
                    sync.unlock();
                });
            },
            &recorder, &pacer);
        thread.start();
        thread.wait();
    }

    const qint64 perThread = quick ? 50'000 : 1'000'000;
    const double rawHandOff = handOff(
        perThread, [&] { raw.lock(); }, [&] { raw.unlock(); });
    const double syncHandOff = handOff(
        perThread, [&] { sync.lock(); }, [&] { sync.unlock(); });

    const DetectorCost single = detectorCost(rounds, pairs, false);
    const DetectorCost nested = detectorCost(rounds, pairs, true);
    const std::vector<double> latencies = detectionLatencies(quick ? 10 : 200);

    std::printf("uncontended lock/unlock pair (best of %d x %lld):\n", rounds, static_cast<long long>(pairs));
    std::printf("  QMutex                      %8.1f ns\n", rawNs);
    std::printf("  SyncMutex, plain thread     %8.1f ns  (%.1fx, +%.1f ns; target +100 ns: %s)\n", syncNs,
                syncNs / rawNs, syncNs - rawNs, syncNs - rawNs <= 100 ? "met" : "NOT met");
    std::printf("  SyncMutex, paced lab thread %8.1f ns  (%.1fx, +%.1f ns)\n", labNs, labNs / rawNs, labNs - rawNs);
    std::printf("contended hand-off, 2 threads x %lld acquisitions:\n", static_cast<long long>(perThread));
    std::printf("  QMutex                      %8.1f ns per acquisition\n", rawHandOff);
    std::printf("  SyncMutex                   %8.1f ns per acquisition  (%.1fx)\n", syncHandOff,
                syncHandOff / rawHandOff);
    std::printf("deadlock detector (wait-for and lock-order graphs), per lock/unlock pair:\n");
    std::printf("  one lock,  off / on           %8.1f / %8.1f ns  (+%.1f ns)\n", single.offNs, single.onNs,
                single.onNs - single.offNs);
    std::printf("  two nested locks, off / on    %8.1f / %8.1f ns  (+%.1f ns)\n", nested.offNs, nested.onNs,
                nested.onNs - nested.offNs);
    std::printf("deadlock detection latency, request closing the cycle -> report delivered (%zu cycles):\n",
                latencies.size());
    std::printf("  median %.1f us, max %.1f us  (target 100 ms: %s)\n", latencies[latencies.size() / 2],
                latencies.back(), latencies.back() <= 100'000 ? "met" : "NOT met");
    return 0;
}
