// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmark.h"

#include "core/runners/runner.h"
#include "core/system/machineinfo.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcBenchmark, "lab.core.benchmark")

namespace Lab::Core {

namespace {

// A runner that ignores cancel() for this long is abandoned so the benchmark still finishes.
constexpr int CancelWatchdogMs = 2000;
// Errors kept per case: enough to see the pattern, bounded for a run where everything fails.
constexpr int MaxErrors = 50;

double seconds(const timeval &tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

// CPU time of this process and of its waited-for children, user and system.
void processCpuTime(double *user, double *sys)
{
    rusage self{};
    rusage children{};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    *user = seconds(self.ru_utime) + seconds(children.ru_utime);
    *sys = seconds(self.ru_stime) + seconds(children.ru_stime);
}

double meanOf(const QList<double> &values)
{
    return Statistics::of(values).mean;
}

const int MetaTypesRegistered = [] {
    qRegisterMetaType<Lab::Core::BenchmarkCase>();
    qRegisterMetaType<Lab::Core::StrategyStats>();
    qRegisterMetaType<Lab::Core::BenchmarkResult>();
    return 0;
}();

} // namespace

Benchmark::Benchmark(QObject *parent)
    : QObject(parent)
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(CancelWatchdogMs);
    connect(m_watchdog, &QTimer::timeout, this, &Benchmark::onWatchdog);
}

Benchmark::~Benchmark()
{
    // Runners are children and go with us; a runner still running is asked to stop first so its
    // own destructor finds its threads and processes winding down.
    for (const CaseState &state : std::as_const(m_state)) {
        if (state.runner && state.runner->isRunning())
            state.runner->cancel();
    }
}

void Benchmark::start()
{
    if (m_running) {
        qCWarning(lcBenchmark) << "start() while running is ignored";
        return;
    }
    m_running = true;
    m_runInFlight = false;
    m_cancelRequested = false;
    m_failure.clear();
    m_nextStep = 0;
    for (const CaseState &old : std::as_const(m_state)) {
        if (old.runner)
            old.runner->deleteLater();
    }
    m_state = QList<CaseState>(m_cases.size());
    m_steps.clear();
    for (int w = 0; w < m_warmupRuns; ++w) {
        for (int c = 0; c < m_cases.size(); ++c)
            m_steps.append({c, true, w});
    }
    for (int r = 0; r < m_measuredRuns; ++r) {
        for (int c = 0; c < m_cases.size(); ++c)
            m_steps.append({c, false, r});
    }
    if (m_environment.isEmpty())
        m_environment = MachineInfo::read().toEnvironmentJson();

    if (m_cases.isEmpty())
        m_failure = tr("There is nothing to measure: no strategy was chosen.");
    else if (m_measuredRuns < 1 || m_warmupRuns < 0)
        m_failure = tr("The number of runs must be at least 1 and of warm-up runs at least 0.");
    else if (!m_factory)
        m_failure = tr("No runner factory was given.");
    // Even a benchmark that cannot start reports through finished(), from the event loop, so
    // callers handle one path.
    QTimer::singleShot(0, this, &Benchmark::runNext);
}

void Benchmark::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (!m_runInFlight)
        return; // runNext() is queued and will see the request
    // Armed first: a runner may emit finished() from inside cancel().
    m_watchdog->start();
    const Step &step = m_steps.at(m_nextStep);
    if (Runner *runner = m_state.at(step.caseIndex).runner)
        runner->cancel();
}

void Benchmark::runNext()
{
    if (!m_running)
        return;
    if (!m_failure.isEmpty() || m_cancelRequested || m_nextStep >= m_steps.size()) {
        finish();
        return;
    }
    const Step step = m_steps.at(m_nextStep);
    const BenchmarkCase &benchmarkCase = m_cases.at(step.caseIndex);
    CaseState &state = m_state[step.caseIndex];
    if (!state.runner) {
        Runner *runner = m_factory(benchmarkCase, this);
        if (!runner) {
            state.failed = true;
            state.failedRun.failure = tr("The strategy \"%1\" cannot run here.").arg(benchmarkCase.strategy);
            m_failure = tr("%1: %2").arg(benchmarkCase.displayName(), state.failedRun.failure);
            finish();
            return;
        }
        runner->setParent(this);
        state.runner = runner;
        connect(runner, &Runner::finished, this,
                [this, runner](const RunResult &result) { onRunFinished(runner, result); });
        connect(runner, &Runner::progressChanged, this, &Benchmark::runProgressChanged);
    }

    emit progressChanged(m_nextStep, int(m_steps.size()), stepText(step));
    processCpuTime(&m_cpuUserAtStart, &m_cpuSysAtStart);
    m_runInFlight = true;
    m_runTimer.start();
    state.runner->start();
}

void Benchmark::onRunFinished(Runner *runner, const RunResult &result)
{
    if (!m_running || !m_runInFlight || m_nextStep >= m_steps.size())
        return;
    const Step step = m_steps.at(m_nextStep);
    CaseState &state = m_state[step.caseIndex];
    if (runner != state.runner)
        return; // a stray signal from an abandoned runner
    m_runInFlight = false;
    m_watchdog->stop();

    const double elapsed = double(m_runTimer.nsecsElapsed()) / 1e9;
    RunResult run = result;
    if (run.userSeconds < 0 || run.sysSeconds < 0) {
        double user = 0;
        double sys = 0;
        processCpuTime(&user, &sys);
        run.userSeconds = std::max(0.0, user - m_cpuUserAtStart);
        run.sysSeconds = std::max(0.0, sys - m_cpuSysAtStart);
    }
    if (run.wallSeconds <= 0)
        run.wallSeconds = std::max(0.0, elapsed - run.startupSeconds);

    const BenchmarkCase &benchmarkCase = m_cases.at(step.caseIndex);
    emit runFinished(benchmarkCase, run, step.warmup);

    if (!run.succeeded()) {
        if (run.cancelled && m_cancelRequested) {
            finish();
            return;
        }
        state.failed = true;
        state.failedRun = run;
        const QString why = run.failure.isEmpty() ? tr("the run was cancelled") : run.failure;
        const QString which =
            step.warmup ? tr("warm-up run %1").arg(step.repetition + 1) : tr("run %1").arg(step.repetition + 1);
        m_failure = tr("%1, %2: %3").arg(benchmarkCase.displayName(), which, why);
        finish();
        return;
    }

    if (step.warmup) {
        state.warmups.append(run);
    } else {
        state.measured.append(run);
        state.userSeconds.append(run.userSeconds);
        state.sysSeconds.append(run.sysSeconds);
        if (state.measured.size() == m_measuredRuns) {
            state.finished = true;
            QList<StrategyStats> done;
            int self = -1;
            for (int c = 0; c < m_cases.size(); ++c) {
                if (m_state.at(c).finished) {
                    if (c == step.caseIndex)
                        self = int(done.size());
                    done.append(statsFor(c));
                }
            }
            computeSpeedups(done, m_baseline);
            emit caseFinished(done.at(self));
        }
    }
    ++m_nextStep;
    emit progressChanged(m_nextStep, int(m_steps.size()), stepText(step));
    QTimer::singleShot(0, this, &Benchmark::runNext);
}

void Benchmark::onWatchdog()
{
    if (!m_running || !m_runInFlight)
        return;
    const Step step = m_steps.at(m_nextStep);
    CaseState &state = m_state[step.caseIndex];
    qCWarning(lcBenchmark) << "runner" << m_cases.at(step.caseIndex).displayName() << "ignored cancel() for"
                           << CancelWatchdogMs << "ms; abandoning it";
    // Deleting a runner whose threads still run would be worse than letting it finish alone.
    Runner *runner = state.runner;
    state.runner = nullptr;
    runner->disconnect(this);
    runner->setParent(nullptr);
    connect(runner, &Runner::finished, runner, &QObject::deleteLater);
    m_runInFlight = false;
    finish();
}

void Benchmark::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_runInFlight = false;
    m_watchdog->stop();

    BenchmarkResult result;
    result.experiment = m_experiment;
    result.environment = m_environment;
    result.parameters = m_parameters;
    result.timesCompared = m_timesCompared;
    result.cancelled = m_cancelRequested && m_failure.isEmpty();
    result.failure = m_failure;
    for (int c = 0; c < m_state.size(); ++c) {
        const CaseState &state = m_state.at(c);
        // Cancelled or failed part-way: keep what was measured, and the case that failed.
        if (!state.measured.isEmpty() || state.failed)
            result.results.append(statsFor(c));
    }
    computeSpeedups(result.results, m_baseline);
    emit progressChanged(m_nextStep, int(m_steps.size()),
                         result.cancelled      ? tr("Cancelled")
                         : m_failure.isEmpty() ? tr("Done")
                                               : tr("Failed"));
    emit finished(result);
}

StrategyStats Benchmark::statsFor(int caseIndex) const
{
    const BenchmarkCase &benchmarkCase = m_cases.at(caseIndex);
    const CaseState &state = m_state.at(caseIndex);
    StrategyStats stats;
    stats.strategy = benchmarkCase.strategy;
    stats.workers = benchmarkCase.workers;
    stats.workloadSize = benchmarkCase.workloadSize;
    stats.reference = benchmarkCase.reference;

    QHash<QString, QJsonArray> perRun;
    for (const RunResult &run : state.measured) {
        stats.runsSeconds.append(run.wallSeconds);
        for (auto it = run.entryValues.begin(); it != run.entryValues.end(); ++it)
            stats.extra.insert(it.key(), it.value());
        for (auto it = run.perRunValues.begin(); it != run.perRunValues.end(); ++it)
            perRun[it.key() + QStringLiteral("_runs")].append(it.value());
    }
    for (auto it = perRun.cbegin(); it != perRun.cend(); ++it)
        stats.extra.insert(it.key(), it.value());
    const Statistics s = Statistics::of(stats.runsSeconds);
    stats.meanSeconds = s.mean;
    stats.stddevSeconds = s.stddev;
    stats.medianSeconds = s.median;
    stats.minSeconds = s.min;
    stats.maxSeconds = s.max;
    stats.userSeconds = meanOf(state.userSeconds);
    stats.sysSeconds = meanOf(state.sysSeconds);

    // Start-up is paid by the run that starts the workers (often a warm-up run): average the runs
    // that paid it, so kept-alive workers do not dilute it to zero.
    QList<double> startups;
    const QList<RunResult> completed = state.warmups + state.measured;
    QList<RunResult> all = completed;
    if (state.failed)
        all.append(state.failedRun);
    for (const RunResult &run : std::as_const(all)) {
        if (run.startupSeconds > 0)
            startups.append(run.startupSeconds);
    }
    stats.startupSeconds = meanOf(startups);

    QStringList notes;
    if (const QString outliers = s.outlierNote(); !outliers.isEmpty())
        notes.append(outliers);

    // Items: every run processes the same items; report the worst run and every distinct error.
    QSet<QString> checksums;
    for (const RunResult &run : completed) {
        if (stats.checksum.isEmpty())
            stats.checksum = run.checksum;
        if (!run.checksum.isEmpty())
            checksums.insert(run.checksum);
    }
    if (checksums.size() > 1)
        notes.append(tr("The checksum differed between runs of this strategy: the results were not the same "
                        "every time."));
    const QList<RunResult> &counted = state.measured.isEmpty() ? state.warmups : state.measured;
    for (const RunResult &run : counted) {
        if (run.itemsFailed > stats.itemsFailed || (run.itemsFailed == stats.itemsFailed && stats.itemsOk == 0)) {
            stats.itemsFailed = run.itemsFailed;
            stats.itemsOk = run.itemsOk;
        }
    }
    auto addErrors = [&stats](const QList<ItemError> &errors) {
        for (const ItemError &error : errors) {
            if (stats.errors.size() < MaxErrors && !stats.errors.contains(error))
                stats.errors.append(error);
        }
    };
    for (const RunResult &run : counted)
        addErrors(run.errors);
    if (state.failed) {
        const QString why = state.failedRun.failure.isEmpty() ? tr("the run was cancelled") : state.failedRun.failure;
        stats.errors.prepend({tr("run %1").arg(state.warmups.size() + state.measured.size() + 1), why});
        addErrors(state.failedRun.errors);
        // A failed run left items undone: count at least one so "items failed" is never 0 here.
        stats.itemsFailed = std::max<qint64>({stats.itemsFailed, state.failedRun.itemsFailed, 1});
        if (stats.itemsOk == 0)
            stats.itemsOk = state.failedRun.itemsOk;
        notes.append(tr("This strategy failed: %1").arg(why));
    }
    stats.note = notes.join(QLatin1Char(' '));
    return stats;
}

void Benchmark::computeSpeedups(QList<StrategyStats> &results, const QString &baselineStrategy)
{
    for (StrategyStats &stats : results) {
        const auto baseline = std::find_if(results.cbegin(), results.cend(), [&](const StrategyStats &b) {
            return b.strategy == baselineStrategy && b.workloadSize == stats.workloadSize && !b.runsSeconds.isEmpty();
        });
        if (baseline == results.cend() || stats.runsSeconds.isEmpty()) {
            stats.speedup = 0;
            stats.speedupStddev = 0;
            continue;
        }
        if (&*baseline == &stats) {
            stats.speedup = 1;
            stats.speedupStddev = 0;
            continue;
        }
        const Ratio ratio =
            speedupOf(baseline->meanSeconds, baseline->stddevSeconds, stats.meanSeconds, stats.stddevSeconds);
        stats.speedup = ratio.value;
        stats.speedupStddev = ratio.stddev;
        const QString mismatch =
            tr("The checksum differs from %1's: this strategy computed something else.").arg(baselineStrategy);
        if (!stats.checksum.isEmpty() && !baseline->checksum.isEmpty() && stats.checksum != baseline->checksum &&
            !stats.note.contains(mismatch)) {
            stats.note = stats.note.isEmpty() ? mismatch : stats.note + QLatin1Char(' ') + mismatch;
        }
    }
}

QString Benchmark::stepText(const Step &step) const
{
    const QString name = m_cases.at(step.caseIndex).displayName();
    if (step.warmup)
        return tr("%1: warm-up run %2 of %3").arg(name).arg(step.repetition + 1).arg(m_warmupRuns);
    return tr("%1: run %2 of %3").arg(name).arg(step.repetition + 1).arg(m_measuredRuns);
}

} // namespace Lab::Core
