// SPDX-License-Identifier: GPL-3.0-or-later
// Concurrency and parallelism (issue 8.1, 8.2): an I/O-bound and a CPU-bound job with 1..N threads,
// free vs pinned to ONE core, and with a simulated GIL. Ratios side by side in one run; prints only.
#include "core/experiments/cpuaffinity.h"
#include "core/experiments/threadjobrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace Lab::Core;

static RunResult run(ThreadJobRunner &runner)
{
    RunResult result;
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    runner.start();
    loop.exec();
    return result;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QLatin1String("--quick"));
    const int cores = QThread::idealThreadCount();
    const int pinCpu = CpuAffinity::ofThread(getpid()).value(0, 0);
    QList<int> threadCounts = {1, 2, 4};
    if (!quick && cores * 2 > 4)
        threadCounts.append(cores * 2);
    std::printf("logical CPUs: %d; pinned runs use CPU %d only\n", cores, pinCpu);

    std::printf("\n# I/O-bound: %s units, each a 20 ms timer wait + 100 us of CPU\n", quick ? "8" : "64");
    std::printf("%8s %10s %10s %10s %10s %10s\n", "threads", "free s", "speedup", "pinned s", "speedup", "cpu/wall");
    double ioBase = 0, ioPinnedBase = 0;
    for (int threads : threadCounts) {
        double seconds[2] = {0, 0};
        double cpuShare = 0;
        for (int pinned = 0; pinned < 2; ++pinned) {
            IoBoundRunner runner;
            ThreadJobRunner::Config config;
            config.threads = threads;
            config.units = quick ? 8 : 64;
            config.pinCpu = pinned ? pinCpu : -1;
            runner.setConfig(config);
            runner.waitMs = 20;
            runner.cpuMicrosPerUnit = 100;
            const RunResult r = run(runner);
            seconds[pinned] = r.wallSeconds;
            if (pinned)
                cpuShare = (r.userSeconds + r.sysSeconds) / r.wallSeconds;
        }
        if (threads == 1) {
            ioBase = seconds[0];
            ioPinnedBase = seconds[1];
        }
        std::printf("%8d %10.3f %10.2f %10.3f %10.2f %10.3f\n", threads, seconds[0], ioBase / seconds[0], seconds[1],
                    ioPinnedBase / seconds[1], cpuShare);
    }

    const qint64 units = quick ? 16 : 400;
    std::printf("\n# CPU-bound: %lld units of 2,000,000 hash steps\n", static_cast<long long>(units));
    std::printf("%8s %10s %10s %10s %10s %10s %10s %8s\n", "threads", "free s", "speedup", "pinned s", "speedup",
                "GIL s", "speedup", "max in");
    double base[3] = {0, 0, 0};
    for (int threads : threadCounts) {
        double seconds[3] = {0, 0, 0};
        int maxInside = 0;
        for (int mode = 0; mode < 3; ++mode) { // free, pinned, GIL (free)
            CpuBoundRunner runner;
            ThreadJobRunner::Config config;
            config.threads = threads;
            config.units = units;
            config.pinCpu = mode == 1 ? pinCpu : -1;
            config.simulateGil = mode == 2;
            runner.setConfig(config);
            runner.iterationsPerUnit = 2000000;
            seconds[mode] = run(runner).wallSeconds;
            if (mode == 2)
                maxInside = runner.maxInsideWork();
        }
        if (threads == 1)
            std::copy(seconds, seconds + 3, base);
        std::printf("%8d %10.3f %10.2f %10.3f %10.2f %10.3f %10.2f %8d\n", threads, seconds[0], base[0] / seconds[0],
                    seconds[1], base[1] / seconds[1], seconds[2], base[2] / seconds[2], maxInside);
    }
    return 0;
}
