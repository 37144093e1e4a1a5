// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadjobbenchmark.h"

#include "core/bench/statistics.h"
#include "cpuaffinity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <unistd.h>

namespace Lab::Core {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::ThreadJobBenchmark)
};

QString recordKey(const QString &strategy, int threads)
{
    return strategy + QLatin1Char('/') + QString::number(threads);
}

QList<int> withBaseline(QList<int> threads)
{
    threads.append(1);
    std::sort(threads.begin(), threads.end());
    threads.erase(std::unique(threads.begin(), threads.end()), threads.end());
    return threads;
}

} // namespace

QString ThreadJobOptions::validate() const
{
    if (series.isEmpty())
        return Tr::tr("series: choose at least one job to measure");
    if (threads.isEmpty())
        return Tr::tr("threads: must be a list of integers from 1 to 256 (got \"\")");
    for (int t : threads) {
        if (t < 1 || t > 256)
            return Tr::tr("threads: must be a list of integers from 1 to 256 (got %1)").arg(t);
    }
    if (warmup < 0 || warmup > 100)
        return Tr::tr("warmup: must be an integer from 0 to 100 (got %1)").arg(warmup);
    if (runs < 1 || runs > 100)
        return Tr::tr("runs: must be an integer from 1 to 100 (got %1)").arg(runs);
    // The runners know their own ranges (and the CPUs this process may use): ask them.
    for (const ThreadJobSeries &s : series) {
        if (s.strategy.isEmpty())
            return Tr::tr("strategy: must not be empty");
        std::unique_ptr<ThreadJobRunner> runner;
        if (s.job == ThreadJobSeries::Job::Io) {
            auto io = std::make_unique<IoBoundRunner>();
            io->waitMs = waitMs;
            io->cpuMicrosPerUnit = cpuMicrosPerUnit;
            runner = std::move(io);
        } else {
            auto cpu = std::make_unique<CpuBoundRunner>();
            cpu->iterationsPerUnit = iterationsPerUnit;
            runner = std::move(cpu);
        }
        ThreadJobRunner::Config config;
        config.threads = threads.constFirst();
        config.units = s.job == ThreadJobSeries::Job::Io ? ioUnits : cpuUnits;
        config.pinCpu = s.pinned ? pinCpu : -1;
        config.strategy = s.strategy;
        runner->setConfig(config);
        if (const QString problem = runner->validate(); !problem.isEmpty())
            return problem;
    }
    return {};
}

ThreadJobBenchmark::ThreadJobBenchmark(QObject *parent)
    : QObject(parent)
    , m_benchmark(new Benchmark(this))
{
    connect(m_benchmark, &Benchmark::finished, this, [this](const BenchmarkResult &result) {
        BenchmarkResult fixed = result;
        computeSpeedupsPerStrategy(fixed.results);
        emit finished(fixed);
    });
}

ThreadJobBenchmark::~ThreadJobBenchmark()
{
    m_benchmark->cancel();
}

bool ThreadJobBenchmark::prepare(const QString &experiment, const ThreadJobOptions &options, QString *error)
{
    if (m_benchmark->isRunning()) {
        *error = Tr::tr("a benchmark is running");
        return false;
    }
    if (const QString problem = options.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_options = options;
    m_options.threads = withBaseline(options.threads);
    m_records.clear();

    QList<BenchmarkCase> cases;
    QJsonArray seriesJson;
    for (const ThreadJobSeries &s : std::as_const(m_options.series)) {
        const bool io = s.job == ThreadJobSeries::Job::Io;
        for (int t : std::as_const(m_options.threads))
            cases.append({s.strategy, t, io ? m_options.ioUnits : m_options.cpuUnits, QString(), false});
        seriesJson.append(QJsonObject{{QStringLiteral("strategy"), s.strategy},
                                      {QStringLiteral("job"), io ? QStringLiteral("io") : QStringLiteral("cpu")},
                                      {QStringLiteral("pinned"), s.pinned},
                                      {QStringLiteral("simulate_gil"), s.simulateGil}});
    }
    QJsonArray threadsJson;
    for (int t : std::as_const(m_options.threads))
        threadsJson.append(t);
    QJsonObject parameters{{QStringLiteral("series"), seriesJson},
                           {QStringLiteral("threads"), threadsJson},
                           {QStringLiteral("pin_cpu"), m_options.pinCpu},
                           {QStringLiteral("warmup"), m_options.warmup},
                           {QStringLiteral("runs"), m_options.runs},
                           {QStringLiteral("speedup_baseline"), QStringLiteral("the same strategy with 1 thread")}};
    bool hasIo = false;
    bool hasCpu = false;
    for (const ThreadJobSeries &s : std::as_const(m_options.series))
        (s.job == ThreadJobSeries::Job::Io ? hasIo : hasCpu) = true;
    if (hasIo) {
        parameters.insert(QStringLiteral("io_units"), double(m_options.ioUnits));
        parameters.insert(QStringLiteral("wait_ms"), m_options.waitMs);
        parameters.insert(QStringLiteral("cpu_us_per_io_unit"), m_options.cpuMicrosPerUnit);
    }
    if (hasCpu) {
        parameters.insert(QStringLiteral("cpu_units"), double(m_options.cpuUnits));
        parameters.insert(QStringLiteral("iterations_per_unit"), double(m_options.iterationsPerUnit));
    }

    m_benchmark->setExperiment(experiment);
    m_benchmark->setParameters(parameters);
    m_benchmark->setCases(cases);
    m_benchmark->setWarmupRuns(m_options.warmup);
    m_benchmark->setMeasuredRuns(m_options.runs);
    // No "sequential" entry: speedups are filled per strategy when the benchmark finishes.
    m_benchmark->setRunnerFactory(
        [this](const BenchmarkCase &c, QObject *parent) -> Runner * { return createRunner(c, parent); });
    return true;
}

const ThreadJobSeries *ThreadJobBenchmark::series(const QString &strategy) const
{
    for (const ThreadJobSeries &s : m_options.series) {
        if (s.strategy == strategy)
            return &s;
    }
    return nullptr;
}

ThreadJobBenchmark::CaseRecord ThreadJobBenchmark::lastRecord(const QString &strategy, int threads) const
{
    return m_records.value(recordKey(strategy, threads));
}

void ThreadJobBenchmark::configure(ThreadJobRunner *runner, const ThreadJobSeries &series, int threads) const
{
    ThreadJobRunner::Config config;
    config.threads = threads;
    config.units = series.job == ThreadJobSeries::Job::Io ? m_options.ioUnits : m_options.cpuUnits;
    config.pinCpu = series.pinned ? m_options.pinCpu : -1;
    config.simulateGil = series.simulateGil;
    config.strategy = series.strategy;
    config.namePrefix = series.namePrefix;
    runner->setConfig(config);
}

Runner *ThreadJobBenchmark::createRunner(const BenchmarkCase &benchmarkCase, QObject *parent)
{
    const ThreadJobSeries *s = series(benchmarkCase.strategy);
    if (!s)
        return nullptr;
    ThreadJobRunner *runner = nullptr;
    if (s->job == ThreadJobSeries::Job::Io) {
        auto *io = new IoBoundRunner(parent);
        io->waitMs = m_options.waitMs;
        io->cpuMicrosPerUnit = m_options.cpuMicrosPerUnit;
        runner = io;
    } else {
        auto *cpu = new CpuBoundRunner(parent);
        cpu->iterationsPerUnit = m_options.iterationsPerUnit;
        runner = cpu;
    }
    configure(runner, *s, benchmarkCase.workers);
    const QString key = recordKey(benchmarkCase.strategy, benchmarkCase.workers);
    connect(runner, &Runner::finished, this, [this, runner, key](const RunResult &result) {
        if (result.cancelled || !result.failure.isEmpty())
            return;
        m_records.insert(key, CaseRecord{runner->threadReports(), runner->maxInsideWork(), true});
    });
    return runner;
}

void ThreadJobBenchmark::computeSpeedupsPerStrategy(QList<StrategyStats> &results)
{
    for (StrategyStats &stats : results) {
        const auto baseline = std::find_if(results.cbegin(), results.cend(), [&](const StrategyStats &b) {
            return b.strategy == stats.strategy && b.workers == 1 && !b.runsSeconds.isEmpty();
        });
        stats.speedup = 0;
        stats.speedupStddev = 0;
        if (baseline == results.cend() || stats.runsSeconds.isEmpty())
            continue;
        if (&*baseline == &stats) {
            stats.speedup = 1;
            continue;
        }
        const Ratio ratio =
            speedupOf(baseline->meanSeconds, baseline->stddevSeconds, stats.meanSeconds, stats.stddevSeconds);
        stats.speedup = ratio.value;
        stats.speedupStddev = ratio.stddev;
    }
}

double ThreadJobBenchmark::cpuShare(const StrategyStats &stats)
{
    return stats.meanSeconds > 0 ? (stats.userSeconds + stats.sysSeconds) / stats.meanSeconds : 0;
}

int ThreadJobBenchmark::defaultPinCpu()
{
    return CpuAffinity::ofThread(::getpid()).value(0, 0);
}

} // namespace Lab::Core
