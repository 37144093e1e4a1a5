// SPDX-License-Identifier: GPL-3.0-or-later
// Soak: many small runs of every experiment engine in one process, and what the process holds before
// and after them: threads (/proc/self/task), file descriptors (/proc/self/fd) and resident memory
// (VmRSS). Engines: the factorization (sequential, threads, worker processes), the downloader
// (sequential, threads, async, pool, against the embedded image server), the threads race (every
// synchronisation), and the primitives (the dining philosophers on SyncMutex forks, ordering and
// Chandy/Misra). A leak shows as growth that does not stop; the run fails (exit 1) when threads or
// descriptors end more than a small bound above the start. `--quick` (CTest): 20 runs each; the full
// run: 1,000 (the philosophers, whose runs last a second, 50).
#include "core/experiments/diningphilosophers.h"
#include "core/experiments/philosophersrunner.h"
#include "core/experiments/racerunner.h"
#include "core/net/imageserver.h"
#include "core/runners/downloadrunner.h"
#include "core/runners/factorrunner.h"
#include "core/runners/runresult.h"
#include "core/workloads/numbergenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Lab::Core;

namespace {

struct Usage
{
    qsizetype threads = 0;
    qsizetype fds = 0;
    qint64 rssKb = 0;
};

Usage usage()
{
    Usage u;
    u.threads = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
    u.fds =
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size();
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                u.rssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return u;
}

// Runs one runner to its end (its events on this thread's loop); false on a failed run or a timeout.
bool runOnce(Runner *runner, QString *failure)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(runner, &Runner::finished, &loop, [&](const RunResult &result) {
        ok = result.succeeded();
        if (!ok)
            *failure = result.failure;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, [&] {
        *failure = QStringLiteral("timed out");
        loop.quit();
    });
    runner->start();
    loop.exec();
    return ok;
}

// `runs` runs of runners made by `make` (a new one each time, destroyed after it), then the usage.
bool soak(const char *name, int runs, const std::function<Runner *()> &make, const Usage &start)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i) {
        std::unique_ptr<Runner> runner(make());
        QString failure;
        if (!runOnce(runner.get(), &failure)) {
            std::printf("%-28s run %d failed: %s\n", name, i + 1, qPrintable(failure));
            return false;
        }
        runner.reset();
        QCoreApplication::processEvents(); // deleteLater()s of the run's objects
    }
    const Usage end = usage();
    std::printf("%-28s %5d runs %7.1f s   threads %3lld -> %3lld   fds %3lld -> %3lld   RSS %6lld -> %6lld KiB\n", name,
                runs, double(timer.elapsed()) / 1000.0, qlonglong(start.threads), qlonglong(end.threads),
                qlonglong(start.fds), qlonglong(end.fds), qlonglong(start.rssKb), qlonglong(end.rssKb));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 20 : 1000;
    const int philosopherRuns = quick ? 2 : 50;

    ImageServerOptions serverOptions;
    serverOptions.latencyMs = 0;
    serverOptions.sizeKb = 8;
    ImageServer server(serverOptions);
    if (!server.listen()) {
        std::printf("bench_soak: the image server did not start: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QStringList urls;
    for (int i = 0; i < 8; ++i)
        urls.append(server.imageUrl(i).toString());
    auto workload = std::make_shared<FactorWorkload>();
    workload->numbers = generateNumbers(300, 1000000, 1000000000, 7);
    workload->algorithm = FactorAlgorithm::Fast;

    // One warm-up run of each kind first: Qt's network and thread pools start once and stay.
    const auto factor = [&](const QString &strategy) {
        return [&workload, strategy]() -> Runner * {
            auto runner = FactorRunner::create(strategy, 2);
            runner->setWorkload(workload);
            return runner.release();
        };
    };
    const auto download = [&](const QString &strategy) {
        return [&urls, strategy]() -> Runner * { return DownloadRunner::create(strategy, urls, DownloadOptions{}, 4); };
    };
    const auto race = [](CounterSync sync) { return [sync]() -> Runner * { return new RaceRunner(sync, 2, 2000); }; };
    const auto philosophers = [](DiningPhilosophers::Remedy remedy) {
        return [remedy]() -> Runner * {
            DiningPhilosophers::Config config;
            config.remedy = remedy;
            config.seconds = 1;
            config.thinkMs = 2;
            config.eatMs = 2;
            return new PhilosophersRunner(config);
        };
    };
    struct Engine
    {
        const char *name;
        int runs;
        std::function<Runner *()> make;
    };
    const QList<Engine> engines = {
        {"factorize sequential", runs, factor(QStringLiteral("sequential"))},
        {"factorize threads", runs, factor(QStringLiteral("threads"))},
        {"factorize processes", runs, factor(QStringLiteral("processes"))},
        {"download sequential", runs, download(QStringLiteral("sequential"))},
        {"download threads", runs, download(QStringLiteral("threads"))},
        {"download async", runs, download(QStringLiteral("async"))},
        {"download pool", runs, download(QStringLiteral("pool"))},
        {"race none", runs, race(CounterSync::None)},
        {"race mutex", runs, race(CounterSync::Mutex)},
        {"race atomic", runs, race(CounterSync::Atomic)},
        {"race rlock", runs, race(CounterSync::RecursiveMutex)},
        {"philosophers ordering", philosopherRuns, philosophers(DiningPhilosophers::Remedy::Ordering)},
        {"philosophers chandy-misra", philosopherRuns, philosophers(DiningPhilosophers::Remedy::ChandyMisra)},
    };
    for (const Engine &engine : engines) {
        std::unique_ptr<Runner> warmUp(engine.make());
        QString failure;
        if (!runOnce(warmUp.get(), &failure)) {
            std::printf("bench_soak: %s failed its warm-up run: %s\n", engine.name, qPrintable(failure));
            return 1;
        }
    }
    QCoreApplication::processEvents();

    const Usage before = usage();
    std::printf("bench_soak: %d small runs of each engine (philosophers: %d of 1 s), usage after each\n", runs,
                philosopherRuns);
    for (const Engine &engine : engines) {
        if (!soak(engine.name, engine.runs, engine.make, usage()))
            return 1;
    }
    const Usage after = usage();
    // Bounds: a thread pool may keep a thread or two it did not need at the start, the sampler-free
    // process opens no descriptor it keeps.
    constexpr qsizetype ThreadSlack = 4;
    constexpr qsizetype FdSlack = 4;
    const bool ok = after.threads <= before.threads + ThreadSlack && after.fds <= before.fds + FdSlack;
    std::printf(
        "in all: threads %lld -> %lld (bound +%lld), fds %lld -> %lld (bound +%lld), RSS %lld -> %lld KiB: %s\n",
        qlonglong(before.threads), qlonglong(after.threads), qlonglong(ThreadSlack), qlonglong(before.fds),
        qlonglong(after.fds), qlonglong(FdSlack), qlonglong(before.rssKb), qlonglong(after.rssKb),
        ok ? "held" : "GREW");
    return ok ? 0 : 1;
}
