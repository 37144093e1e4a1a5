// SPDX-License-Identifier: GPL-3.0-or-later
// Time of one monitor sample (ProcReader over /proc/self/task/*) for a process with 10 and with 500
// threads, with and without reading status (context switches), with one reading thread and with two.
// Target G2: <= 5 ms at 500 threads idle, <= 10 ms loaded. "Loaded" is what the monitor meets in the
// lab: an experiment keeping every core busy, its threads on the lab workers' footing
// (LabThread::runAsBackgroundWork); the last phase starts one such spinning thread per core.
#include "core/monitor/procreader.h"
#include "core/monitor/procsampler.h"
#include "core/trace/labthread.h"
#include "core/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Lab::Core;

namespace {

struct Sleepers
{
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false;
    std::vector<std::thread> threads;

    explicit Sleepers(int n)
    {
        for (int i = 0; i < n; ++i) {
            threads.emplace_back([this] {
                std::unique_lock lock(mutex);
                cv.wait(lock, [this] { return done; });
            });
            pthread_setname_np(threads.back().native_handle(), ("sleeper-" + std::to_string(i)).c_str());
        }
    }
    ~Sleepers()
    {
        {
            std::lock_guard lock(mutex);
            done = true;
        }
        cv.notify_all();
        for (auto &t : threads)
            t.join();
    }
};

// One thread per core that spins until destroyed, each on the lab workers' footing.
struct Spinners
{
    std::atomic<bool> done{false};
    std::vector<std::thread> threads;

    Spinners()
    {
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        for (unsigned i = 0; i < cores; ++i) {
            threads.emplace_back([this] {
                LabThread::runAsBackgroundWork();
                unsigned long long spins = 0;
                while (!done.load(std::memory_order_relaxed))
                    ++spins;
                static_cast<void>(spins);
            });
        }
    }
    ~Spinners()
    {
        done = true;
        for (auto &t : threads)
            t.join();
    }
};

struct Stats
{
    double median = 0, mean = 0, p99 = 0, max = 0;
    qsizetype threads = 0;
};

Stats measure(int statusEvery, int samples, bool parallel)
{
    ProcReader reader;
    reader.setStatusEvery(statusEvery);
    reader.setParallel(parallel);
    TraceRecorder recorder;
    std::vector<double> ms;
    qsizetype threads = 0;
    for (int i = 0; i < samples + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ThreadSnapshot s = ProcSampler::sampleOnce(reader, ::getpid(), {}, &recorder);
        const double t = double(timer.nsecsElapsed()) / 1e6;
        threads = s.threads.size();
        if (i > 0) // the first read warms the dentry cache
            ms.push_back(t);
    }
    std::sort(ms.begin(), ms.end());
    Stats out;
    out.median = ms[ms.size() / 2];
    for (double v : ms)
        out.mean += v / double(ms.size());
    out.p99 = ms[std::min(ms.size() - 1, size_t(0.99 * double(ms.size() - 1) + 0.5))];
    out.max = ms.back();
    out.threads = threads;
    return out;
}

// The floor under any /proc sampler: one pread() of this thread's stat through a kept descriptor.
double usPerStatRead(int n)
{
    const int fd = ::open("/proc/thread-self/stat", O_RDONLY | O_CLOEXEC);
    char buffer[4096];
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        if (::pread(fd, buffer, sizeof buffer, 0) <= 0)
            break;
    }
    const double us = double(timer.nsecsElapsed()) / 1e3 / n;
    ::close(fd);
    return us;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int samples = quick ? 5 : 50;
    std::printf("bench_sampler (%s): %d samples each, ms per sample\n", quick ? "quick" : "full", samples);
    // Each configuration is measured twice, interleaved (sequential, parallel, sequential, parallel), so
    // a change in the machine's load hits both; the monitor's setting is status every 4th, parallel.
    Stats monitor;
    for (int extra : {9, 499}) {
        Sleepers sleepers(extra);
        for (int statusEvery : {1, 2, 4}) {
            for (int round = 0; round < 2; ++round) {
                for (bool parallel : {false, true}) {
                    const Stats s = measure(statusEvery, samples, parallel);
                    std::printf("  %4lld threads, status every %d sample(s), %s: median %6.2f  mean %6.2f  p99 %6.2f  "
                                "max %6.2f\n",
                                static_cast<long long>(s.threads), statusEvery, parallel ? "2 readers" : "1 reader ",
                                s.median, s.mean, s.p99, s.max);
                    if (extra == 499 && statusEvery == 4 && parallel && round == 1)
                        monitor = s;
                }
            }
        }
    }
    // Loaded: the monitor's setting again while every core spins on lab-worker priority.
    Stats loaded;
    {
        Sleepers sleepers(499 - int(std::max(1u, std::thread::hardware_concurrency())));
        Spinners spinners;
        loaded = measure(4, samples, true);
        std::printf("  %4lld threads, status every 4 sample(s), 2 readers, every core busy: median %6.2f  mean %6.2f  "
                    "p99 %6.2f  max %6.2f\n",
                    static_cast<long long>(loaded.threads), loaded.median, loaded.mean, loaded.p99, loaded.max);
    }
    const double floorUs = usPerStatRead(quick ? 200 : 5000);
    std::printf("  baseline: one pread of a kept /proc stat descriptor: %.2f us (a 500-thread sample reads ~1,000-1,500"
                " such files: >= %.1f ms on this machine)\n",
                floorUs, floorUs * 1000 / 1000);
    std::printf(
        "G2  the monitor's setting (status every 4th sample, staggered; 2 readers) at %lld threads: median %.2f ms, "
        "max %.2f ms; target max <= 5 ms idle, <= 10 ms loaded (load average now %s)\n",
        static_cast<long long>(monitor.threads), monitor.median, monitor.max, qPrintable(loadAverage()));
    std::printf("G2 loaded: the same while one thread per core spins at the lab workers' priority (nice %d, "
                "SCHED_BATCH): median %.2f ms, max %.2f ms; target max <= 10 ms\n",
                LabThread::NiceValue, loaded.median, loaded.max);
    return 0;
}
