// SPDX-License-Identifier: GPL-3.0-or-later
// Memory experiments (issue 8.3): latency curve, read bandwidth with 1..N threads, false sharing.
// Prints measurements only; never fails on a timing. --quick: a few tiny points to prove it runs.
#include "core/experiments/falsesharing.h"
#include "core/experiments/memorybandwidth.h"
#include "core/experiments/memoryexperiment.h"
#include "core/experiments/pointerchase.h"
#include "core/system/machineinfo.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace Lab::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QLatin1String("--quick"));
    const qint64 llc = MemoryExperiment::lastLevelCacheBytes(MachineInfo::read());
    std::printf("last-level cache instance (MachineInfo): %lld KB\n", static_cast<long long>(llc / 1024));
    std::printf("\n# latency: pointer chasing, one random cycle, one node per 64-byte line\n");
    std::printf("%12s %12s\n", "bytes", "ns/access");
    const QList<qint64> sizes =
        quick ? PointerChase::workingSetSizes(4096, 256 * 1024, 1) : PointerChase::defaultSizes(llc, 2);
    const qint64 accesses = quick ? 20000 : 4000000;
    for (qint64 bytes : sizes) {
        const LatencyPoint p = PointerChase::measure(bytes, accesses);
        std::printf("%12lld %12.2f\n", static_cast<long long>(p.bytes), p.nsPerAccess);
    }

    const int cores = QThread::idealThreadCount();
    std::printf("\n# read bandwidth (%d logical CPUs)\n%8s %12s %10s\n", cores, "threads", "GB/s", "x 1 thread");
    const qint64 perThread = quick ? (1 << 20) : (128LL << 20);
    double one = 0;
    for (int t = 1; t <= qMax(2, cores); ++t) {
        const BandwidthPoint p = MemoryBandwidth::measure(t, perThread, quick ? 1 : 5);
        if (t == 1)
            one = p.gbPerSecond;
        std::printf("%8d %12.2f %10.2f\n", t, p.gbPerSecond, one > 0 ? p.gbPerSecond / one : 0.0);
    }

    std::printf("\n# false sharing: each thread increments its own counter\n");
    const qint64 increments = quick ? 100000 : 100000000;
    const int threads = qMax(2, cores);
    const FalseSharingResult adjacent = FalseSharing::measure(threads, increments, false);
    const FalseSharingResult padded = FalseSharing::measure(threads, increments, true);
    std::printf("%d threads x %lld increments\n", threads, static_cast<long long>(increments));
    std::printf("adjacent (8 bytes apart):   %.3f s\n", adjacent.seconds);
    std::printf("padded (128 bytes apart):   %.3f s\n", padded.seconds);
    std::printf("ratio adjacent / padded:    %.2f\n", padded.seconds > 0 ? adjacent.seconds / padded.seconds : 0.0);
    return adjacent.ok && padded.ok ? 0 : 1;
}
