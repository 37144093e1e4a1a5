// SPDX-License-Identifier: GPL-3.0-or-later
// Cost of one TraceRecorder event from hot loops: alone, and with 2 and 4 threads recording at once,
// beside the cost of the monotonic clock read every event includes. Prints ns per event.
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

using namespace Lab::Core;

namespace {

double nsPerEvent(int threads, qint64 eventsPerThread, bool withDetail)
{
    TraceRecorder recorder(1 << 16); // smaller than the total: exercises drop-oldest too
    const QString detail = QStringLiteral("mutex");
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (qint64 i = 0; i < eventsPerThread; ++i)
                recorder.recordState(t, ThreadState(i % 6 + 1), withDetail ? detail : QString());
        });
    }
    for (auto &thread : pool)
        thread.join();
    // Wall time per event across all threads, and CPU time per event per thread.
    return double(timer.nsecsElapsed()) * threads / double(threads * eventsPerThread);
}

double nsPerClockRead(qint64 n)
{
    QElapsedTimer timer;
    timer.start();
    qint64 sink = 0;
    for (qint64 i = 0; i < n; ++i)
        sink += monotonicNowNs();
    const double ns = double(timer.nsecsElapsed()) / double(n);
    return sink == 42 ? ns + 1 : ns;
}

double nsPerTraceHelper(qint64 n)
{
    TraceRecorder recorder(1 << 16);
    Pacer pacer;
    double result = 0;
    LabThread thread(
        QStringLiteral("bench"),
        [&] {
            QElapsedTimer timer;
            timer.start();
            for (qint64 i = 0; i < n; ++i) {
                Trace::ScopedState state(ThreadState::Blocked, QStringLiteral("io"));
            }
            result = double(timer.nsecsElapsed()) / double(2 * n); // two events per scope
        },
        &recorder, &pacer);
    thread.start();
    thread.wait();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const qint64 n = quick ? 20'000 : 2'000'000;
    std::printf("bench_recorder (%s): %lld events per thread\n", quick ? "quick" : "full", static_cast<long long>(n));
    std::printf("  clock read (baseline)                  %8.1f ns\n", nsPerClockRead(n));
    std::printf("  recordState, 1 thread                  %8.1f ns/event\n", nsPerEvent(1, n, false));
    std::printf("  recordState + detail, 1 thread         %8.1f ns/event\n", nsPerEvent(1, n, true));
    std::printf("  Trace::ScopedState on a lab thread     %8.1f ns/event\n", nsPerTraceHelper(n / 2));
    for (int threads : {2, 4})
        std::printf("  recordState, %d threads contending      %8.1f ns/event per thread\n", threads,
                    nsPerEvent(threads, n / threads, false));
    return 0;
}
