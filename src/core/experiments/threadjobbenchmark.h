// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmark.h"
#include "core/params/parameterschema.h"
#include "threadjobrunner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Lab::Core {

// One line of a concurrency / parallelism benchmark: a job kind run with 1..N threads, free or
// pinned to one CPU, with or without the simulated GIL. `strategy` names it in the result.
struct ThreadJobSeries
{
    enum class Job
    {
        Io,
        Cpu
    };
    QString strategy;
    Job job = Job::Cpu;
    bool pinned = false;
    bool simulateGil = false;
    QString namePrefix; // lab thread names "<prefix>-1", ... (at most 12 characters)
};

// Everything that shapes the benchmark of the concurrency and parallelism panels (issue 8.1, 8.2).
struct ThreadJobOptions
{
    QList<ThreadJobSeries> series;
    QList<int> threads{1, 2, 4}; // 1 is always measured too: it is each series' baseline
    int pinCpu = 0;              // the CPU of the pinned series
    qint64 ioUnits = 24;         // I/O job: units, each a timer wait plus a little CPU work
    int waitMs = 25;
    int cpuMicrosPerUnit = 200;
    qint64 cpuUnits = 40; // CPU job: units of `iterationsPerUnit` hash steps
    qint64 iterationsPerUnit = 2000000;
    int warmup = 0;
    int runs = 3;

    // One line naming the first invalid field and its allowed values (the runners' wording), or empty.
    QString validate() const;

    // The parameters of the two panels that run this benchmark, declared once here (the panels build
    // their forms from them): concurrency (threads, pin-cpu, io-units, wait-ms, cpu-us, cpu-units,
    // iterations, warmup, runs) and parallelism (threads, modes, gil, pin-cpu, units, iterations,
    // warmup, runs; "modes" and "gil" choose the series).
    static const ParameterSchema &concurrencySchema();
    static const ParameterSchema &parallelismSchema();
    // The numbers of checked values of either schema ("units" is parallelism's name for cpu-units);
    // the series are the caller's.
    static ThreadJobOptions fromValues(const ParameterValues &values);
};

// Builds and runs a Core::Benchmark over ThreadJobRunners: every series at every thread count,
// interleaved by the engine. Speedups are per series against the same series with one thread
// (the Benchmark's "sequential" baseline does not fit here: an I/O job and a CPU job each need
// their own). Keeps what the threads of each case reported in their last run, so a panel or a
// test can show that pinning really pinned and that the GIL really serialised.
class ThreadJobBenchmark final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadJobBenchmark)

public:
    struct CaseRecord
    {
        QList<ThreadJobRunner::ThreadReport> reports;
        int maxInsideWork = 0;
        bool valid = false;
    };

    explicit ThreadJobBenchmark(QObject *parent = nullptr);
    ~ThreadJobBenchmark() override;

    // False with *error (one line) when the options are invalid or a benchmark is running.
    bool prepare(const QString &experiment, const ThreadJobOptions &options, QString *error);
    Benchmark *benchmark() const { return m_benchmark; }
    const ThreadJobOptions &options() const { return m_options; }
    const ThreadJobSeries *series(const QString &strategy) const;

    // The last finished run of a case (strategy at a thread count); valid false when none ran.
    CaseRecord lastRecord(const QString &strategy, int threads) const;

    // Per strategy: speedup (and its error) against the same strategy's 1-thread entry.
    static void computeSpeedupsPerStrategy(QList<StrategyStats> &results);
    // CPU time (user + sys of the lab threads) over wall time: 1.0 = one core busy the whole time.
    static double cpuShare(const StrategyStats &stats);
    // The first CPU this process may run on: the default for pinning.
    static int defaultPinCpu();

signals:
    // The benchmark's result with the per-strategy speedups filled in.
    void finished(const Lab::Core::BenchmarkResult &result);

private:
    Runner *createRunner(const BenchmarkCase &benchmarkCase, QObject *parent);
    void configure(ThreadJobRunner *runner, const ThreadJobSeries &series, int threads) const;

    Benchmark *m_benchmark = nullptr;
    ThreadJobOptions m_options;
    QHash<QString, CaseRecord> m_records;
};

} // namespace Lab::Core
