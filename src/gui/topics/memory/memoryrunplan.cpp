// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryrunplan.h"

#include <algorithm>
#include <cmath>

namespace Lab::Gui {

namespace {
qint64 knownLlc(qint64 llcBytes)
{
    return std::max<qint64>(llcBytes, 8LL << 20);
}
} // namespace

QList<qint64> MemoryRunPlan::latencyRuns(const QList<qint64> &sizes, qint64 llcBytes)
{
    const qint64 llc = knownLlc(llcBytes);
    QList<qint64> runs;
    for (qint64 bytes : sizes) {
        const int repeats = bytes <= (1LL << 20) ? 5 : bytes <= llc / 2 ? 2 : 1;
        for (int r = 0; r < repeats; ++r)
            runs.append(bytes);
    }
    return runs;
}

double MemoryRunPlan::latencyNs(qint64 bytes, qint64 accesses, qint64 llcBytes)
{
    const qint64 llc = knownLlc(llcBytes);
    const double ns = bytes <= (64 << 10) ? 1.5 : bytes <= (1 << 20) ? 6 : bytes <= llc / 2 ? 40 : 150;
    // The timed loads, plus building the chain and one warm-up lap over it.
    return (double(accesses) + 3.0 * double(bytes) / 64) * ns;
}

double MemoryRunPlan::bandwidthNs(qint64 bytesPerThread, int threads, int passes)
{
    return double(bytesPerThread) * threads * (passes + 1) / 8.0; // first touch + passes at about 8 GB/s
}

double MemoryRunPlan::falseSharingNs(qint64 increments, int threads, int cpus)
{
    return double(increments) * 2 * std::ceil(double(threads) / std::max(1, cpus)); // ~2 ns per increment
}

} // namespace Lab::Gui
