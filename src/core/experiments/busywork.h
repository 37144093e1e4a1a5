// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace Lab::Core {

// CPU work that really computes (a 64-bit hash chain the compiler cannot remove), in time slices.
// Callable on any thread: the event-loop experiment (issue 7.2) calls it on the GUI thread on
// purpose ("the window freezes") and in a worker thread ("it stays smooth"); the lifecycle demo and
// the CPU-bound runners use the same kernel so every panel's "CPU work" means the same thing.
class BusyWork final
{
public:
    // Hashes `iterations` times starting from `seed`; returns the result (use it: it is the proof
    // the work ran). About 1 ns per iteration on a current core.
    static quint64 compute(quint64 seed, qint64 iterations);

    // Computes for about `nanoseconds` of wall time, checking the clock every few microseconds.
    static quint64 computeFor(qint64 nanoseconds, quint64 seed = 1);

    struct SlicedResult
    {
        int slicesDone = 0;
        int slicesTotal = 0;
        qint64 elapsedNs = 0;
        quint64 checksum = 0;
        bool cancelled = false;
    };
    // totalMs of work cut into slices of sliceMs; between slices `cancel` is checked and
    // `onSlice(done, total)` is called (on the calling thread) if given.
    static SlicedResult runSliced(int totalMs, int sliceMs, const std::atomic<bool> *cancel = nullptr,
                                  const std::function<void(int, int)> &onSlice = {});
};

} // namespace Lab::Core
