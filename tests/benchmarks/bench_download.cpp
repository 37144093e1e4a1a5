// SPDX-License-Identifier: GPL-3.0-or-later
// D1: 20 downloads at 200 ms latency from the embedded server, every strategy side by side, as
// ratios to one request's time (D1: threads <= 1.5 x, sequential ~ 20 x; D3: async-uncapped <= 1.5 x;
// async is bounded by Qt 6.4's 6 connections per host, i.e. ceil(20 / 6) = 4 rounds).
// `--quick`: 4 downloads at 50 ms, one run.
#include "core/net/imageserverhost.h"
#include "core/runners/downloadrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Lab::Core;

namespace {

int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// The process's threads halfway through the first round of latency, when every strategy has all its
// threads (and Qt's network helper threads) up.
int s_threadsDuringRun = 0;

RunResult runOnce(DownloadRunner &runner, int latencyMs)
{
    RunResult result;
    QEventLoop loop;
    QTimer::singleShot(latencyMs / 2, &loop, [] { s_threadsDuringRun = threadCount(); });
    QObject::connect(&runner, &Runner::finished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    runner.start();
    loop.exec();
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 4 : 20;
    const int latency = quick ? 50 : 200;
    const int runs = quick ? 1 : 5;
    const int sizeKb = 64;
    const int poolWorkers = 6;

    ImageServerHost host;
    if (!host.start({.latencyMs = latency, .sizeKb = sizeKb}, 0, count)) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(host.errorString()));
        return 1;
    }
    QStringList urls;
    for (int i = 0; i < count; ++i)
        urls.append(host.imageUrl(i).toString());

    // One request's time, the unit of every ratio: a single download through the same client code.
    std::unique_ptr<DownloadRunner> single(DownloadRunner::create(QStringLiteral("sequential"), {urls.first()}, {}, 1));
    QList<double> singleTimes;
    for (int i = 0; i < runs; ++i)
        singleTimes.append(runOnce(*single, latency).wallSeconds);
    const double one = median(singleTimes);
    std::printf("D1: %d downloads of %d KiB at %d ms latency, median of %d runs; one request takes %.1f ms\n", count,
                sizeKb, latency, runs, one * 1000);
    std::printf("+threads: the process's threads halfway through a run, minus those just before the strategy\n");
    std::printf("%-15s %8s %10s %8s %8s %8s  %s\n", "strategy", "workers", "median ms", "x one", "target", "+threads",
                "note");

    bool allOk = true;
    for (const QString &strategy : DownloadRunner::strategies()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last strategy's managers
        const int threadsIdle = threadCount();
        std::unique_ptr<DownloadRunner> runner(DownloadRunner::create(strategy, urls, {}, poolWorkers));
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            const RunResult result = runOnce(*runner, latency);
            allOk = allOk && result.itemsFailed == 0;
            times.append(result.wallSeconds);
        }
        const double wall = median(times);
        const char *target = strategy == QLatin1String("threads") || strategy == QLatin1String("async-uncapped")
                                 ? "<= 1.5"
                             : strategy == QLatin1String("sequential") ? "~ 20"
                                                                       : "-";
        std::printf("%-15s %8d %10.1f %8.2f %8s %8d  %s\n", qPrintable(strategy), runner->workers(), wall * 1000,
                    wall / one, target, s_threadsDuringRun - threadsIdle,
                    qPrintable(DownloadRunner::concurrencyNote(strategy, count, poolWorkers)));
    }
    if (!allOk)
        std::printf("some downloads failed\n");
    return allOk ? 0 : 1;
}
