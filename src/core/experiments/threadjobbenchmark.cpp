// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadjobbenchmark.h"

#include "core/bench/benchmarkcase.h"
#include "core/bench/statistics.h"
#include "cpuaffinity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <memory>
#include <unistd.h>

namespace Lab::Core {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct ThreadJobBenchmarkTr
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

namespace {

using Spec = ParameterSpec;

Spec pinCpuSpec()
{
    return Spec::integer(QStringLiteral("pin-cpu"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Pin to CPU"),
                         QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                           "Every pinned lab thread of the run is allowed to run on this CPU only."),
                         0, 1023, ThreadJobBenchmark::defaultPinCpu());
}

Spec iterationsSpec(const char *label)
{
    return Spec::integer(QStringLiteral("iterations"), label,
                         QT_TRANSLATE_NOOP("Lab::Core::Parameters", "About 1 ns per step on a current core."), 1,
                         100000000, 3000000)
        .folded();
}

Spec warmupSpec()
{
    return Spec::integer(QStringLiteral("warmup"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Warm-up runs"),
                         QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Unmeasured runs per strategy."), 0, 100, 0)
        .folded();
}

Spec runsSpec(qint64 defaultRuns)
{
    return Spec::integer(QStringLiteral("runs"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Measured runs"),
                         QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Measured runs per strategy."), 1, 100, defaultRuns)
        .folded();
}

} // namespace

const ParameterSchema &ThreadJobOptions::concurrencySchema()
{
    static const ParameterSchema declared({
        Spec::intList(QStringLiteral("threads"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Threads (e.g. 1,2,4,8)"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "Each job runs once with each of these thread counts; 1 is always measured "
                                        "too, as the baseline."),
                      1, 256, {1, 2, 4, 8}),
        pinCpuSpec(),
        Spec::integer(QStringLiteral("io-units"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "I/O job: units"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "Units of the I/O-bound job, shared by its threads; each waits, then "
                                        "computes a little."),
                      1, 100000, 24)
            .folded(),
        Spec::integer(QStringLiteral("wait-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "I/O job: wait per unit"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "Each unit waits this long for a kernel timer (timerfd + poll): no CPU is "
                                        "used."),
                      1, 10000, 20, QStringLiteral("ms")),
        Spec::integer(
            QStringLiteral("cpu-us"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "I/O job: CPU work per unit"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters", "The little computing each I/O unit does after its wait."), 0,
            100000, 200, QStringLiteral("µs"))
            .folded(),
        Spec::integer(QStringLiteral("cpu-units"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "CPU job: units"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "Units of the CPU-bound job, shared by its threads; each is a hash chain."),
                      1, 100000, 24)
            .folded(),
        iterationsSpec(QT_TRANSLATE_NOOP("Lab::Core::Parameters", "CPU job: hash steps per unit")),
        warmupSpec(),
        runsSpec(3),
    });
    return declared;
}

const ParameterSchema &ThreadJobOptions::parallelismSchema()
{
    static const ParameterSchema declared({
        Spec::intList(QStringLiteral("threads"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Threads (e.g. 1,2,3,4)"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "The job runs once with each of these thread counts; 1 is always measured "
                                        "too, as the baseline. The default goes to twice the core count."),
                      1, 256, workerCountSweep(QThread::idealThreadCount(), 2)),
        Spec::choiceList(
            QStringLiteral("modes"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Where the threads may run"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                              "free: the scheduler may use every core; pinned: every thread on the CPU "
                              "below."),
            {QStringLiteral("free"), QStringLiteral("pinned")}, {QStringLiteral("free"), QStringLiteral("pinned")}),
        Spec::flag(QStringLiteral("gil"),
                   QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Simulate a GIL (adds a run behind one global lock)"),
                   QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                     "One more series: free threads that must hold one global lock to compute, as "
                                     "CPython's threads hold the GIL."),
                   true),
        pinCpuSpec(),
        Spec::integer(QStringLiteral("units"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Units of work"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "Units of the job, shared by its threads; each is a hash chain."),
                      1, 100000, 48)
            .folded(),
        iterationsSpec(QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Hash steps per unit")),
        warmupSpec(),
        runsSpec(2),
    });
    return declared;
}

ThreadJobOptions ThreadJobOptions::fromValues(const ParameterValues &values)
{
    ThreadJobOptions options;
    options.threads = values.intList(QStringLiteral("threads"));
    options.pinCpu = int(values.integer(QStringLiteral("pin-cpu")));
    if (values.contains(QStringLiteral("io-units")))
        options.ioUnits = values.integer(QStringLiteral("io-units"));
    if (values.contains(QStringLiteral("wait-ms")))
        options.waitMs = int(values.integer(QStringLiteral("wait-ms")));
    if (values.contains(QStringLiteral("cpu-us")))
        options.cpuMicrosPerUnit = int(values.integer(QStringLiteral("cpu-us")));
    options.cpuUnits = values.integer(values.contains(QStringLiteral("units")) ? QStringLiteral("units")
                                                                               : QStringLiteral("cpu-units"));
    options.iterationsPerUnit = values.integer(QStringLiteral("iterations"));
    options.warmup = int(values.integer(QStringLiteral("warmup")));
    options.runs = int(values.integer(QStringLiteral("runs")));
    return options;
}

QString ThreadJobOptions::validate() const
{
    if (series.isEmpty())
        return ThreadJobBenchmarkTr::tr("series: choose at least one job to measure");
    if (threads.isEmpty())
        return ThreadJobBenchmarkTr::tr("threads: must be a list of integers from 1 to 256 (got \"\")");
    for (int t : threads) {
        if (t < 1 || t > 256)
            return ThreadJobBenchmarkTr::tr("threads: must be a list of integers from 1 to 256 (got %1)").arg(t);
    }
    if (warmup < 0 || warmup > 100)
        return ThreadJobBenchmarkTr::tr("warmup: must be an integer from 0 to 100 (got %1)").arg(warmup);
    if (runs < 1 || runs > 100)
        return ThreadJobBenchmarkTr::tr("runs: must be an integer from 1 to 100 (got %1)").arg(runs);
    // The runners know their own ranges (and the CPUs this process may use): ask them.
    for (const ThreadJobSeries &s : series) {
        if (s.strategy.isEmpty())
            return ThreadJobBenchmarkTr::tr("strategy: must not be empty");
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
        *error = ThreadJobBenchmarkTr::tr("a benchmark is running");
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
