// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"
#include "core/sync/syncbarrier.h"
#include "threadcrew.h"

#include <QMetaType>
#include <QMutex>

#include <memory>

namespace Lab::Core {

// The outline's barrier (9.8): `workers` lab threads (worker-1, ...) work through `phases` phases;
// each phase's work takes between half and all of `work-ms` (every worker and phase its own share,
// the same on every run), and worker-N works `late-ms` longer in phase 2 (a straggler). At the end
// of a phase each waits at the barrier "phase end" until all have arrived, at most `timeout-ms`
// (0: for ever). A worker that gives up breaks the barrier for every waiter, and every later one
// (Python raises BrokenBarrierError): the run then ends.
class BarrierPhases final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarrierPhases)
public:
    enum class Cell
    {
        Pending,
        Working,
        Waiting, // at the barrier
        Through, // the barrier opened
        Broken   // the barrier broke while (or before) this worker waited
    };
    struct Worker
    {
        QString name;
        QList<Cell> phases;  // one cell per phase
        qint64 waitedMs = 0; // at the barrier, all phases
        bool gaveUp = false; // its timeout passed: it broke the barrier
    };
    struct View
    {
        QList<Worker> workers;
        SyncSnapshot barrier;
    };
    struct Result
    {
        int workers = 0;
        int phases = 0;
        int completedPhases = 0; // the barrier opened this often
        bool broken = false;
        int brokenInPhase = -1; // 0-based; -1 when it held
        QString brokenBy;       // the worker that gave up first
        qint64 waitedMs = 0;    // all workers at the barrier, summed
        bool cancelled = false;
        double seconds = 0;
        QList<Worker> perWorker;
    };

    // workers 2..8 (3), phases 1..20 (4), work-ms 0..10000 (500), late-ms 0..30000 (0),
    // timeout-ms 0..60000 (0 = wait for ever).
    static const ParameterSchema &schema();

    explicit BarrierPhases(QObject *parent = nullptr);
    ~BarrierPhases() override; // interrupts and joins

    bool start(const ParameterValues &values); // false while running
    void cancel();
    bool isRunning() const { return m_crew.isRunning(); }
    View view() const; // for the panel at 10 Hz: never waits for the workers

signals:
    void finished(const Lab::Core::BarrierPhases::Result &result);

private:
    struct Plan
    {
        int phases = 0;
        int workMs = 0;
        int lateMs = 0;
        int timeoutMs = 0;
    };
    void work(int index, const Plan &plan);
    void setCell(int index, int phase, Cell cell);
    void onFinished();

    std::unique_ptr<SyncBarrier> m_barrier;
    mutable QMutex m_viewLock; // guards m_view and m_result.broken*: never held across a wait
    View m_view;
    Result m_result;
    qint64 m_startNs = 0;
    bool m_cancelled = false;
    ThreadCrew m_crew;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::BarrierPhases::Result)
