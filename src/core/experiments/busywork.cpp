// SPDX-License-Identifier: GPL-3.0-or-later
#include "busywork.h"

#include <QElapsedTimer>

namespace Lab::Core {

quint64 BusyWork::compute(quint64 seed, qint64 iterations)
{
    // splitmix64 of the seed: every seed bit counts (a bare `seed | 1` made seeds 2k and 2k+1 equal)
    // and the xorshift state is never 0.
    quint64 x = seed + 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    x ^= x >> 31;
    if (x == 0)
        x = 1;
    for (qint64 i = 0; i < iterations; ++i) {
        // xorshift64*: each step depends on the previous one, so it cannot be vectorised away.
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        x *= 0x2545F4914F6CDD1DULL;
    }
    return x;
}

quint64 BusyWork::computeFor(qint64 nanoseconds, quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    quint64 x = seed;
    do {
        x = compute(x, 4096);
    } while (timer.nsecsElapsed() < nanoseconds);
    return x;
}

BusyWork::SlicedResult BusyWork::runSliced(int totalMs, int sliceMs, const std::atomic<bool> *cancel,
                                           const std::function<void(int, int)> &onSlice)
{
    SlicedResult result;
    sliceMs = qMax(1, sliceMs);
    result.slicesTotal = qMax(1, (qMax(0, totalMs) + sliceMs - 1) / sliceMs);
    QElapsedTimer timer;
    timer.start();
    quint64 x = 1;
    for (int i = 0; i < result.slicesTotal; ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        x = computeFor(qint64(sliceMs) * 1000000, x);
        result.slicesDone = i + 1;
        if (onSlice)
            onSlice(result.slicesDone, result.slicesTotal);
    }
    result.elapsedNs = timer.nsecsElapsed();
    result.checksum = x;
    return result;
}

} // namespace Lab::Core
