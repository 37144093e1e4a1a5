// SPDX-License-Identifier: GPL-3.0-or-later
// What instrumentation costs: an uncontended lock/unlock pair of the lab's SyncMutex against a raw
// QMutex, on a plain thread and on a paced lab thread, and the contended hand-off (two threads taking
// turns on one lock). Ratios measured side by side in one run; target: under 100 ns of overhead per
// uncontended pair. `--quick` runs a short version (CTest).
#include "core/sync/syncmutex.h"
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
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

    std::printf("uncontended lock/unlock pair (best of %d x %lld):\n", rounds, static_cast<long long>(pairs));
    std::printf("  QMutex                      %8.1f ns\n", rawNs);
    std::printf("  SyncMutex, plain thread     %8.1f ns  (%.1fx, +%.1f ns; target +100 ns: %s)\n", syncNs,
                syncNs / rawNs, syncNs - rawNs, syncNs - rawNs <= 100 ? "met" : "NOT met");
    std::printf("  SyncMutex, paced lab thread %8.1f ns  (%.1fx, +%.1f ns)\n", labNs, labNs / rawNs, labNs - rawNs);
    std::printf("contended hand-off, 2 threads x %lld acquisitions:\n", static_cast<long long>(perThread));
    std::printf("  QMutex                      %8.1f ns per acquisition\n", rawHandOff);
    std::printf("  SyncMutex                   %8.1f ns per acquisition  (%.1fx)\n", syncHandOff,
                syncHandOff / rawHandOff);
    return 0;
}
