// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmarkcase.h"
#include "benchmarkresult.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace Lab::Core {

class Runner;

// Creates the runner for one case; the benchmark owns it (it is given as parent) and reuses it for
// every run of that case, so runners that keep worker processes between runs pay start-up once.
using RunnerFactory = std::function<Runner *(const BenchmarkCase &benchmarkCase, QObject *parent)>;

// Runs every case `warmupRuns` times unmeasured, then `measuredRuns` times measured, and turns the
// runs into a BenchmarkResult: statistics, CPU time, speedup against the baseline strategy with its
// uncertainty, outlier and checksum notes.
//
// Cases are interleaved: A run 1, B run 1, C run 1, A run 2, ... (warm-up runs likewise), not all
// of A then all of B. On a shared machine load comes and goes; interleaving spreads such drift over
// every strategy alike instead of penalising whichever happened to run during the busy minute.
//
// Driven by the event loop of the thread it lives on: start() returns at once, each run is started
// from the event loop after the previous one finished, nothing blocks. cancel() asks the running
// runner to stop; finished() follows within the runner's bound (0.5 s), or after 2 s at the latest
// if a runner does not honour it (that runner is then left to finish on its own and delete itself).
// A run that fails ends the benchmark: the failing case's errors record why, BenchmarkResult::failure
// names the case and run, and finished() is emitted as always. finished() is emitted exactly once
// per start().
//
// CPU time per run: RunResult::userSeconds/sysSeconds when the runner measured them (>= 0); else
// the difference of getrusage(RUSAGE_SELF) + getrusage(RUSAGE_CHILDREN) around the run. That covers
// the whole lab process (its other threads too) and only children that have been waited for, so
// runners with long-lived worker processes should measure their own.
class Benchmark final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Benchmark)
public:
    explicit Benchmark(QObject *parent = nullptr);
    ~Benchmark() override;

    void setExperiment(const QString &experiment) { m_experiment = experiment; }
    // The machine block; when left empty, start() fills it from MachineInfo::read().
    void setEnvironment(const QJsonObject &environment) { m_environment = environment; }
    void setParameters(const QJsonObject &parameters) { m_parameters = parameters; }
    void setCases(const QList<BenchmarkCase> &cases) { m_cases = cases; }
    void setRunnerFactory(RunnerFactory factory) { m_factory = std::move(factory); }
    void setWarmupRuns(int runs) { m_warmupRuns = runs; }
    void setMeasuredRuns(int runs) { m_measuredRuns = runs; }
    // Speedups are relative to this strategy at the same workload size ("sequential" by default).
    void setBaselineStrategy(const QString &strategy) { m_baseline = strategy; }
    // See BenchmarkResult::timesCompared.
    void setTimesCompared(bool compared) { m_timesCompared = compared; }

    QList<BenchmarkCase> cases() const { return m_cases; }
    int warmupRuns() const { return m_warmupRuns; }
    int measuredRuns() const { return m_measuredRuns; }
    bool isRunning() const { return m_running; }
    int totalRuns() const { return int(m_cases.size()) * (m_warmupRuns + m_measuredRuns); }

    // Fills speedup and speedupStddev of every entry against the baseline strategy at the same
    // workload size (the baseline itself gets 1 +- 0; no baseline: 0) and notes checksums that
    // differ from the baseline's. finished() results went through it already; callers that
    // assemble results themselves (a reference row added later) can call it again.
    static void computeSpeedups(QList<StrategyStats> &results, const QString &baselineStrategy);

public slots:
    void start();
    void cancel();

signals:
    void progressChanged(int doneRuns, int totalRuns, const QString &what);
    // The running run's own progress (items done of total), forwarded from its runner.
    void runProgressChanged(qint64 done, qint64 total);
    void runFinished(const Lab::Core::BenchmarkCase &benchmarkCase, const Lab::Core::RunResult &result, bool warmup);
    // After a case's last measured run. speedup is filled when the baseline case has finished already.
    void caseFinished(const Lab::Core::StrategyStats &stats);
    void finished(const Lab::Core::BenchmarkResult &result);

private:
    struct CaseState
    {
        Runner *runner = nullptr;
        QList<RunResult> warmups;
        QList<RunResult> measured;
        QList<double> userSeconds; // per measured run
        QList<double> sysSeconds;
        RunResult failedRun;
        bool failed = false;
        bool finished = false;
    };
    struct Step
    {
        int caseIndex = 0;
        bool warmup = false;
        int repetition = 0; // 0-based within warm-up or measured runs
    };

    void runNext();
    void onRunFinished(Runner *runner, const RunResult &result);
    void onWatchdog();
    void finish();
    StrategyStats statsFor(int caseIndex) const;
    QString stepText(const Step &step) const;

    QString m_experiment;
    QJsonObject m_environment;
    QJsonObject m_parameters;
    QList<BenchmarkCase> m_cases;
    RunnerFactory m_factory;
    int m_warmupRuns = 1;
    int m_measuredRuns = 5;
    QString m_baseline = QStringLiteral("sequential");
    bool m_timesCompared = true;

    QList<CaseState> m_state;
    QList<Step> m_steps;
    int m_nextStep = 0;
    bool m_running = false;
    bool m_runInFlight = false;
    bool m_cancelRequested = false;
    QString m_failure;
    QElapsedTimer m_runTimer;
    double m_cpuUserAtStart = 0;
    double m_cpuSysAtStart = 0;
    QTimer *m_watchdog = nullptr;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::BenchmarkCase)
