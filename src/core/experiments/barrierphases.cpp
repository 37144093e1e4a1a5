// SPDX-License-Identifier: GPL-3.0-or-later
#include "barrierphases.h"

#include "core/trace/trace.h"
#include "core/trace/traceevent.h"

#include <QDeadlineTimer>
#include <QThread>

namespace Lab::Core {

namespace {
const int BarrierPhasesResultMetaType = qRegisterMetaType<BarrierPhases::Result>();

// A worker's share of work-ms in a phase: from 50 % to 100 %, the same on every run.
int phaseMs(int worker, int phase, int workMs)
{
    const int percent = 50 + (worker * 29 + phase * 17 + worker * phase * 7) % 51;
    return workMs * percent / 100;
}
} // namespace

const ParameterSchema &BarrierPhases::schema()
{
    using Spec = ParameterSpec;
    static const ParameterSchema s({
        Spec::integer(QStringLiteral("workers"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Workers"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Threads that meet at the barrier: its parties."), 2,
                      8, 3),
        Spec::integer(QStringLiteral("phases"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Phases"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How often the workers meet at the barrier."), 1, 20,
                      4),
        Spec::integer(
            QStringLiteral("work-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Work per phase"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Each worker works between half and all of it in every phase."),
            0, 10000, 500, QStringLiteral("ms")),
        Spec::integer(QStringLiteral("late-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Straggler's delay"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "The last worker works this much longer in phase 2."),
                      0, 30000, 0, QStringLiteral("ms")),
        Spec::integer(QStringLiteral("timeout-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Timeout"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "How long a worker waits at the barrier before it gives up and breaks it "
                                        "(0: for ever)."),
                      0, 60000, 0, QStringLiteral("ms")),
    });
    return s;
}

BarrierPhases::BarrierPhases(QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(BarrierPhasesResultMetaType)
    connect(&m_crew, &ThreadCrew::finished, this, &BarrierPhases::onFinished);
}

BarrierPhases::~BarrierPhases()
{
    m_crew.stop();
}

bool BarrierPhases::start(const ParameterValues &values)
{
    if (isRunning())
        return false;
    const int workers = int(values.integer(QStringLiteral("workers")));
    Plan plan;
    plan.phases = int(values.integer(QStringLiteral("phases")));
    plan.workMs = int(values.integer(QStringLiteral("work-ms")));
    plan.lateMs = int(values.integer(QStringLiteral("late-ms")));
    plan.timeoutMs = int(values.integer(QStringLiteral("timeout-ms")));

    m_barrier = std::make_unique<SyncBarrier>(QStringLiteral("phase end"), workers);
    m_cancelled = false;
    m_result = {};
    m_result.workers = workers;
    m_result.phases = plan.phases;
    {
        QMutexLocker locker(&m_viewLock);
        m_view = {};
        for (int i = 0; i < workers; ++i)
            m_view.workers.append({QStringLiteral("worker-%1").arg(i + 1), QList<Cell>(plan.phases, Cell::Pending)});
    }
    std::vector<ThreadCrew::Member> members;
    for (int i = 0; i < workers; ++i)
        members.push_back({QStringLiteral("worker-%1").arg(i + 1), [=, this] { work(i, plan); }});
    m_startNs = monotonicNowNs();
    return m_crew.start(std::move(members));
}

void BarrierPhases::cancel()
{
    m_cancelled = true;
    m_crew.interrupt();
}

BarrierPhases::View BarrierPhases::view() const
{
    View view;
    {
        QMutexLocker locker(&m_viewLock);
        view = m_view;
    }
    if (m_barrier)
        view.barrier = m_barrier->snapshot();
    return view;
}

void BarrierPhases::work(int index, const Plan &plan)
{
    const bool straggler = index == m_result.workers - 1;
    for (int phase = 0; phase < plan.phases; ++phase) {
        setCell(index, phase, Cell::Working);
        const int ms = phaseMs(index, phase, plan.workMs) + (straggler && phase == 1 ? plan.lateMs : 0);
        if (!Trace::sleep(ms, QStringLiteral("phase %1: working").arg(phase + 1)))
            return;
        setCell(index, phase, Cell::Waiting);
        const QDeadlineTimer deadline =
            plan.timeoutMs > 0 ? QDeadlineTimer(plan.timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
        const qint64 arrived = monotonicNowNs();
        const int arrival = m_barrier->wait(deadline);
        QMutexLocker locker(&m_viewLock);
        Worker &self = m_view.workers[index];
        self.waitedMs += (monotonicNowNs() - arrived) / 1'000'000;
        if (arrival >= 0) {
            self.phases[phase] = Cell::Through;
            continue;
        }
        if (QThread::currentThread()->isInterruptionRequested())
            return; // cancelled: the cell stays "waiting"
        self.phases[phase] = Cell::Broken;
        if (!m_result.broken) {
            m_result.broken = true;
            m_result.brokenInPhase = phase;
        }
        if (deadline.hasExpired() && m_result.brokenBy.isEmpty()) {
            self.gaveUp = true;
            m_result.brokenBy = self.name;
        }
        return;
    }
}

void BarrierPhases::setCell(int index, int phase, Cell cell)
{
    QMutexLocker locker(&m_viewLock);
    m_view.workers[index].phases[phase] = cell;
}

void BarrierPhases::onFinished()
{
    const View last = view();
    m_result.perWorker = last.workers;
    m_result.completedPhases = last.barrier.phase;
    for (const Worker &worker : last.workers)
        m_result.waitedMs += worker.waitedMs;
    m_result.cancelled = m_cancelled;
    m_result.seconds = double(monotonicNowNs() - m_startNs) / 1e9;
    emit finished(m_result);
}

} // namespace Lab::Core
