// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Lab::Gui {

// What a memory-panel run measures and roughly how long each measurement takes, so the progress
// bar's ETA knows that the last, largest working sets take the longest.
class MemoryRunPlan final
{
public:
    // Each size, repeated: 5 times up to 1 MiB, twice up to half the last-level cache, else once. The
    // panel keeps the best time per size (a few ms of L1 loads are easily stretched by another program).
    static QList<qint64> latencyRuns(const QList<qint64> &sizes, qint64 llcBytes);
    // Estimated nanoseconds of one measurement (time per load guessed by level).
    static double latencyNs(qint64 bytes, qint64 accesses, qint64 llcBytes);
    static double bandwidthNs(qint64 bytesPerThread, int threads, int passes);
    static double falseSharingNs(qint64 increments, int threads, int cpus);
};

} // namespace Lab::Gui
