// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <atomic>

namespace Lab::Core {

struct BandwidthPoint
{
    int threads = 0;
    qint64 bytesRead = 0; // all threads, all passes
    double seconds = 0;
    double gbPerSecond = 0; // 1e9 bytes per second
    quint64 checksum = 0;   // the sums, proof that the memory was read
    bool ok = false;
};

// Read bandwidth with 1..N threads (issue 8.3): each named lab thread allocates and first-touches
// its own array (so on NUMA machines it lands on the thread's node), all wait at a barrier, then each
// sums its array `passes` times. Total bytes over the wall time from the barrier to the last thread's
// end: the shared memory bus saturating shows as the curve flattening.
class MemoryBandwidth final
{
public:
    // Synchronous: starts and joins its threads; call it on a worker thread, never the GUI thread.
    static BandwidthPoint measure(int threads, qint64 bytesPerThread, int passes,
                                  const std::atomic<bool> *cancel = nullptr,
                                  const QString &namePrefix = QStringLiteral("membw"));
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::BandwidthPoint)
