// SPDX-License-Identifier: GPL-3.0-or-later
#include "twolocks.h"

#include "core/sync/syncmutex.h"
#include "core/trace/trace.h"
#include "core/trace/traceevent.h"

#include <QThread>

#include <algorithm>

namespace Lab::Core {

namespace {
const int TwoLocksResultMetaType = qRegisterMetaType<TwoLocks::Result>();
} // namespace

QString TwoLocks::stepName(Step step)
{
    static const QStringList names{QStringLiteral("not-started"),       QStringLiteral("taking-first"),
                                   QStringLiteral("holding-first"),     QStringLiteral("waiting-for-second"),
                                   QStringLiteral("working-with-both"), QStringLiteral("done"),
                                   QStringLiteral("gave-up"),           QStringLiteral("cancelled")};
    return names.value(int(step));
}

QStringList TwoLocks::threadNames()
{
    return {QStringLiteral("thread-1"), QStringLiteral("thread-2")};
}

const ParameterSchema &TwoLocks::schema()
{
    using Spec = ParameterSpec;
    static const ParameterSchema s({
        Spec::choice(QStringLiteral("order"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Lock order"),
                     QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                       "opposite: thread-1 takes A then B, thread-2 B then A (deadlocks); same: both "
                                       "take A then B (the second waits, no cycle)."),
                     {QStringLiteral("opposite"), QStringLiteral("same")}, QStringLiteral("opposite")),
        Spec::integer(QStringLiteral("hold-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Hold the first lock"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "How long each thread works with its first lock before it asks for the "
                                        "second: long enough for the other to take its first lock too."),
                      0, 10000, 1000, QStringLiteral("ms")),
        Spec::integer(QStringLiteral("work-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Work with both"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How long a thread holds both locks."), 0, 10000, 500,
                      QStringLiteral("ms")),
        Spec::integer(QStringLiteral("stagger-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Start thread-2 later"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "thread-2 starts this much after thread-1. Longer than thread-1's work and "
                                        "the opposite orders do not hang: a lucky run, still a potential deadlock."),
                      0, 20000, 0, QStringLiteral("ms"))
            .folded(),
    });
    return s;
}

TwoLocks::TwoLocks(QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(TwoLocksResultMetaType)
    connect(&m_crew, &ThreadCrew::finished, this, &TwoLocks::onFinished);
    // Queued: the report is made on the thread whose request closed the cycle.
    connect(&DeadlockDetector::instance(), &DeadlockDetector::deadlockDetected, this, &TwoLocks::onDeadlock,
            Qt::QueuedConnection);
}

TwoLocks::~TwoLocks()
{
    m_crew.stop();
}

bool TwoLocks::start(const ParameterValues &values)
{
    if (isRunning())
        return false;
    const bool same = values.choice(QStringLiteral("order")) == QLatin1String("same");
    const int holdMs = int(values.integer(QStringLiteral("hold-ms")));
    const int workMs = int(values.integer(QStringLiteral("work-ms")));
    const int staggerMs = int(values.integer(QStringLiteral("stagger-ms")));
    m_a = std::make_unique<SyncMutex>(QStringLiteral("A"));
    m_b = std::make_unique<SyncMutex>(QStringLiteral("B"));
    SyncMutex *second2 = same ? m_b.get() : m_a.get();
    SyncMutex *first2 = same ? m_a.get() : m_b.get();
    const QStringList names = threadNames();
    m_shape = {};
    m_shape.sameOrder = same;
    m_shape.threads = {{names.at(0), m_a->name(), m_b->name()}, {names.at(1), first2->name(), second2->name()}};
    for (auto &step : m_step)
        step = Step::NotStarted;
    {
        QMutexLocker locker(&m_completedLock);
        m_completed.clear();
    }
    m_result = {};
    m_result.sameOrder = same;
    m_cancelled = false;
    // Without a stagger both reach for their first lock at the same moment.
    m_startLine = std::make_unique<std::latch>(staggerMs > 0 ? 1 : 2);
    DeadlockDetector::instance().reset(); // this run's reports and lock-order graph only
    m_epoch = DeadlockDetector::instance().epoch();
    std::vector<ThreadCrew::Member> members;
    members.push_back({names.at(0), [=, this] { work(0, m_a.get(), m_b.get(), 0, holdMs, workMs); }});
    members.push_back({names.at(1), [=, this] { work(1, first2, second2, staggerMs, holdMs, workMs); }});
    m_startNs = monotonicNowNs();
    return m_crew.start(std::move(members));
}

void TwoLocks::work(int index, SyncMutex *first, SyncMutex *second, int staggerMs, int holdMs, int workMs)
{
    std::atomic<Step> &step = m_step[size_t(index)];
    if (staggerMs > 0) {
        if (!Trace::sleep(staggerMs)) {
            step = Step::Cancelled;
            return;
        }
    } else {
        m_startLine->arrive_and_wait(); // the other is started by the same crew: never long
    }
    step = Step::TakingFirst;
    if (!first->lock()) { // only interruption: holding nothing, it cannot be in a cycle
        step = Step::Cancelled;
        return;
    }
    step = Step::HoldingFirst;
    if (!Trace::sleep(holdMs, QStringLiteral("holding %1").arg(first->name()))) {
        first->unlock();
        step = Step::Cancelled;
        return;
    }
    step = Step::WaitingForSecond;
    if (!second->lock()) {
        // The victim (or a cancel): its wait failed; it puts down what it holds, the cycle opens.
        first->unlock();
        step = QThread::currentThread()->isInterruptionRequested() ? Step::Cancelled : Step::GaveUp;
        return;
    }
    step = Step::WorkingWithBoth;
    const bool worked =
        Trace::sleep(workMs, QStringLiteral("working with %1 and %2").arg(first->name(), second->name()));
    second->unlock();
    first->unlock();
    if (!worked) {
        step = Step::Cancelled;
        return;
    }
    {
        QMutexLocker locker(&m_completedLock);
        m_completed.append(threadNames().at(index));
    }
    step = Step::Done;
}

void TwoLocks::cancel()
{
    m_cancelled = true;
    m_crew.interrupt();
}

TwoLocks::View TwoLocks::view() const
{
    View view = m_shape;
    for (int i = 0; i < view.threads.size(); ++i)
        view.threads[i].step = m_step[size_t(i)].load();
    if (m_a && m_b)
        view.locks = {m_a->snapshot(), m_b->snapshot()};
    view.lockOrder = myLockOrder();
    return view;
}

QList<LockOrderEdge> TwoLocks::myLockOrder() const
{
    const QStringList names = threadNames();
    QList<LockOrderEdge> edges;
    for (const LockOrderEdge &edge : DeadlockDetector::instance().lockOrderEdges()) {
        if (names.contains(edge.thread) && DeadlockDetector::instance().epoch() == m_epoch)
            edges.append(edge);
    }
    return edges;
}

void TwoLocks::onDeadlock(const DeadlockReport &report)
{
    if (!isRunning() || m_result.deadlocked || report.epoch != m_epoch)
        return;
    const QStringList names = threadNames();
    for (const WaitForEdge &edge : report.cycle) {
        if (!names.contains(edge.thread))
            return; // another experiment's locks
    }
    m_result.deadlocked = true;
    m_result.deadlock = report;
    m_result.deadlockAfterMs = double(report.detectedNs - m_startNs) / 1e6;
    emit deadlockDetected(report);
}

bool TwoLocks::breakDeadlock(const QString &thread)
{
    if (!isRunning() || !m_result.deadlocked || !m_result.victim.isEmpty())
        return false;
    const auto &cycle = m_result.deadlock.cycle;
    const auto victim =
        std::find_if(cycle.cbegin(), cycle.cend(), [&](const WaitForEdge &edge) { return edge.thread == thread; });
    if (victim == cycle.cend() ||
        !DeadlockDetector::instance().breakDeadlock(m_result.deadlock, int(victim - cycle.cbegin())))
        return false;
    m_result.victim = thread;
    return true;
}

void TwoLocks::onFinished()
{
    m_result.cancelled = m_cancelled;
    m_result.seconds = double(monotonicNowNs() - m_startNs) / 1e9;
    {
        QMutexLocker locker(&m_completedLock);
        m_result.completed = m_completed;
    }
    m_result.lockOrder = myLockOrder();
    const QStringList names = threadNames();
    if (!m_result.deadlocked) { // cancelled before the detector's queued report arrived
        for (const DeadlockReport &report : DeadlockDetector::instance().deadlocks()) {
            if (report.epoch == m_epoch && std::all_of(report.cycle.cbegin(), report.cycle.cend(),
                                                       [&](const auto &e) { return names.contains(e.thread); })) {
                m_result.deadlocked = true;
                m_result.deadlock = report;
                m_result.deadlockAfterMs = double(report.detectedNs - m_startNs) / 1e6;
                break;
            }
        }
    }
    for (const LockOrderCycle &cycle : DeadlockDetector::instance().lockOrderCycles()) {
        if (std::all_of(cycle.edges.cbegin(), cycle.edges.cend(),
                        [&](const LockOrderEdge &edge) { return names.contains(edge.thread); }))
            m_result.lockOrderCycles.append(cycle);
    }
    emit finished(m_result);
}

} // namespace Lab::Core
