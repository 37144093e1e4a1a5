// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

#include <atomic>
#include <cstddef>

namespace Lab::Core {

struct LatencyPoint
{
    qint64 bytes = 0;    // working-set size
    qint64 accesses = 0; // dependent loads timed
    double nsPerAccess = 0;
};

// Memory latency by pointer chasing (issue 8.3): the working set is an array of cache-line-sized
// nodes linked in ONE random cycle (Sattolo's algorithm), so every load depends on the previous one
// and the hardware prefetcher cannot guess the next line. As the working set outgrows each cache
// level, the time per access steps up.
class PointerChase final
{
public:
    static constexpr qint64 LineBytes = 64; // one node per cache line (x86-64, most ARM64)

    // Working-set sizes from minBytes to maxBytes (both included), `pointsPerOctave` per doubling,
    // each a whole number of cache lines.
    static QList<qint64> workingSetSizes(qint64 minBytes, qint64 maxBytes, int pointsPerOctave = 2);
    // 4 KB up to 4 x the last-level cache (at least 64 MB, at most 512 MB); llcBytes from MachineInfo, <= 0 if unknown.
    static QList<qint64> defaultSizes(qint64 llcBytes, int pointsPerOctave = 2);

    // Next-node indices of a random cyclic permutation of `nodes` elements: following next from any
    // node visits every node exactly once before returning. Deterministic for a given seed.
    static QList<qint64> cyclicPermutation(qint64 nodes, quint64 seed);

    // Builds the chain over `bytes` and times `accesses` dependent loads (after one warm-up lap).
    // Returns a point with nsPerAccess < 0 when cancelled or the memory could not be allocated.
    static LatencyPoint measure(qint64 bytes, qint64 accesses, quint64 seed = 42,
                                const std::atomic<bool> *cancel = nullptr);
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::LatencyPoint)
