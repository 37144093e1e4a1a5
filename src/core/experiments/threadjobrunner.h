// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runners/runner.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <sys/types.h>

class QThread;

namespace Lab::Core {

// Common engine of the concurrency and parallelism experiments (issue 8.1, 8.2): `units` units of
// work shared by `threads` named lab threads (each takes the next unit until none is left),
// optionally all pinned to ONE core, optionally behind a simulated GIL.
//
// Simulated GIL: one mutex per run; a thread holds it while it executes a unit's computation and
// releases it between units and while it waits for I/O, as CPython holds its interpreter lock while
// running bytecode and drops it around blocking calls and at its switch interval. An instrumentation
// counter records how many threads were inside the guarded work at once (maxInsideWork()): with the
// GIL it can never exceed 1.
class ThreadJobRunner : public Runner
{
    Q_OBJECT
public:
    struct Config
    {
        int threads = 1;   // 1..256
        qint64 units = 64; // 1..10,000,000 units of work in total
        int pinCpu = -1;   // -1: free; else every lab thread of the run is pinned to this CPU
        bool simulateGil = false;
        QString strategy = QStringLiteral("threads"); // the name reported in RunResult (e.g. "sequential")
        QString namePrefix;                           // thread names "<prefix>-1".. (OS names, 15 characters)
    };

    // What each lab thread did; read by panels and by the pinning test.
    struct ThreadReport
    {
        pid_t tid = 0;
        QString name;
        qint64 units = 0;
        int lastCpu = -1;       // /proc/self/task/<tid>/stat field 39, read by the thread at its end
        QList<int> affinity;    // the thread's allowed CPUs, read back after pinning
        double userSeconds = 0; // CPU time of this thread (getrusage RUSAGE_THREAD)
        double sysSeconds = 0;
    };

    ~ThreadJobRunner() override;

    void setConfig(const Config &config) { m_config = config; }
    const Config &config() const { return m_config; }
    // Empty when valid, else one line naming the field and the allowed values.
    virtual QString validate() const;

    QString strategy() const override { return m_config.strategy; }
    int workers() const override { return m_config.threads; }
    void start() override;
    void cancel() override;

    // Results of the last finished run.
    QList<ThreadReport> threadReports() const { return m_reports; }
    int maxInsideWork() const { return m_maxInside.load(); }

protected:
    explicit ThreadJobRunner(QObject *parent = nullptr);

    // Helpers for unit implementations (called on the lab threads).
    class UnitContext
    {
    public:
        // Enters/leaves the guarded work: takes the GIL when simulated, counts threads inside.
        void enterWork();
        void leaveWork();
        // Blocks this thread for `ms` like an I/O wait (poll on a timerfd); returns early, false,
        // when the run is cancelled. The GIL is not held here.
        bool waitIo(int ms);
        bool isCancelled() const;

    private:
        friend class ThreadJobRunner;
        struct Shared;
        Shared *m_shared = nullptr;
    };

    // One unit of work; returns a value folded (xor) into the run's checksum.
    virtual quint64 runUnit(qint64 index, UnitContext &context) = 0;
    virtual QString defaultNamePrefix() const = 0;

private:
    void onThreadFinished();

    Config m_config;
    std::shared_ptr<UnitContext::Shared> m_shared;
    QList<QThread *> m_threads;
    QList<ThreadReport> m_reports;
    std::atomic<int> m_maxInside{0};
    int m_running = 0;
};

// CPU-bound job: each unit is `iterationsPerUnit` steps of a hash chain (about 1 ns each).
class CpuBoundRunner final : public ThreadJobRunner
{
    Q_OBJECT
public:
    explicit CpuBoundRunner(QObject *parent = nullptr);
    qint64 iterationsPerUnit = 1000000; // 1..100,000,000; ~1 ms per unit by default
    QString validate() const override;

protected:
    quint64 runUnit(qint64 index, UnitContext &context) override;
    QString defaultNamePrefix() const override { return QStringLiteral("cpu-job"); }
};

// I/O-bound job: each unit waits `waitMs` for a timer in the kernel (the thread sleeps in poll(),
// state S, using no CPU) and then handles the "reply" with `cpuMicrosPerUnit` of computation.
class IoBoundRunner final : public ThreadJobRunner
{
    Q_OBJECT
public:
    explicit IoBoundRunner(QObject *parent = nullptr);
    int waitMs = 50;            // 1..10000
    int cpuMicrosPerUnit = 200; // 0..100000
    QString validate() const override;

protected:
    quint64 runUnit(qint64 index, UnitContext &context) override;
    QString defaultNamePrefix() const override { return QStringLiteral("io-job"); }
};

} // namespace Lab::Core
