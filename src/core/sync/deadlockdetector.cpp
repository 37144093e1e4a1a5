// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlockdetector.h"

#include "core/trace/trace.h"
#include "core/trace/traceevent.h"
#include "syncownedlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>

namespace Lab::Core {

namespace {

// Bounds on what one epoch stores: a run that deadlocks again and again must not grow without end.
constexpr qsizetype MaxReports = 100;
constexpr qsizetype MaxOrderCycles = 100;
constexpr qsizetype MaxOrderEdges = 10000; // a listing for panels, bounded like the cycles

const int DeadlockReportMetaType = qRegisterMetaType<DeadlockReport>();

// The locks the calling thread holds (ids of first holds, in order) and the lock-order edges it has
// already reported in the current epoch: a known edge costs a lookup here and no shared lock. Ids,
// not pointers: a lock destroyed while held (a mistake) must not be dereferenced later.
struct ThreadLocks
{
    QVarLengthArray<quint64, 8> held;
    quint64 epoch = 0;
    QSet<QPair<quint64, quint64>> known;
};

ThreadLocks &threadLocks()
{
    thread_local ThreadLocks locks;
    return locks;
}

QString describe(const DeadlockReport &report)
{
    QStringList arrows;
    for (const WaitForEdge &edge : report.cycle)
        arrows.append(QStringLiteral("%1 waits on \"%2\" (held by %3)").arg(edge.thread, edge.waitsOn, edge.heldBy));
    return QStringLiteral("deadlock: ") + arrows.join(QStringLiteral(", "));
}

} // namespace

QStringList LockOrderCycle::locks() const
{
    QStringList names;
    for (const LockOrderEdge &edge : edges)
        names.append(edge.from);
    return names;
}

DeadlockDetector::DeadlockDetector()
{
    Q_UNUSED(DeadlockReportMetaType)
    // Often first used by a lab thread's lock: belong to the main thread, which outlives them.
    if (QCoreApplication *app = QCoreApplication::instance())
        moveToThread(app->thread());
}

DeadlockDetector &DeadlockDetector::instance()
{
    static DeadlockDetector detector;
    return detector;
}

void DeadlockDetector::reset()
{
    QMutexLocker locker(&m_mutex);
    ++m_epoch;
    m_reports.clear();
    m_order.clear();
    m_orderEdges.clear();
    m_orderCycles.clear();
    m_orderCycleKeys.clear();
}

quint64 DeadlockDetector::epoch() const
{
    return m_epoch.load();
}

QList<DeadlockReport> DeadlockDetector::deadlocks() const
{
    QMutexLocker locker(&m_mutex);
    return m_reports;
}

QList<LockOrderCycle> DeadlockDetector::lockOrderCycles() const
{
    QMutexLocker locker(&m_mutex);
    return m_orderCycles;
}

QList<LockOrderEdge> DeadlockDetector::lockOrderEdges() const
{
    QMutexLocker locker(&m_mutex);
    return m_orderEdges;
}

bool DeadlockDetector::isOngoing(const DeadlockReport &report) const
{
    QMutexLocker locker(&m_mutex);
    QHash<QString, QString> waitsOn; // thread -> lock, of the threads waiting now
    for (const Waiter &waiter : m_waiting)
        waitsOn.insert(waiter.thread, waiter.lock->name());
    return !report.cycle.isEmpty() &&
           std::all_of(report.cycle.cbegin(), report.cycle.cend(),
                       [&waitsOn](const WaitForEdge &edge) { return waitsOn.value(edge.thread) == edge.waitsOn; });
}

bool DeadlockDetector::cancelWait(const QString &thread)
{
    SyncOwnedLock *lock = nullptr;
    QThread *victim = nullptr;
    {
        QMutexLocker locker(&m_mutex);
        for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
            if (it->thread == thread) {
                victim = it.key();
                lock = it->lock;
                break;
            }
        }
    }
    // Outside m_mutex: cancelWaiter takes the lock's state, which is taken before m_mutex elsewhere.
    // The lock lives while its waiter waits on it (locks outlive the threads that use them).
    if (!lock)
        return false;
    lock->cancelWaiter(victim);
    return true;
}

bool DeadlockDetector::breakDeadlock(const DeadlockReport &report, int victim)
{
    return victim >= 0 && victim < report.cycle.size() && cancelWait(report.cycle.at(victim).thread);
}

std::optional<DeadlockReport> DeadlockDetector::waitStarted(SyncOwnedLock *lock)
{
    if (!isEnabled())
        return std::nullopt;
    noteOrder(lock); // a request while holding other locks is an edge even if it never succeeds
    QMutexLocker locker(&m_mutex);
    QThread *self = QThread::currentThread();
    m_waiting.insert(self, {lock, SyncPrimitive::currentThreadName()});
    return closedCycle(self);
}

std::optional<DeadlockReport> DeadlockDetector::closedCycle(QThread *self) const
{
    // A blocked thread waits on one lock, a lock has one owner: the walk is a path, not a search.
    QList<WaitForEdge> cycle;
    QThread *thread = self;
    for (qsizetype step = 0; step < m_waiting.size(); ++step) {
        const auto waiter = m_waiting.constFind(thread);
        QThread *holder = waiter->lock->ownerThread();
        const auto next = m_waiting.constFind(holder);
        if (!holder || holder == thread || next == m_waiting.cend())
            return std::nullopt; // the holder runs: it will release the lock
        cycle.append({waiter->thread, waiter->lock->name(), next->thread});
        if (holder == self)
            return DeadlockReport{cycle, monotonicNowNs(), m_epoch.load()};
        thread = holder;
    }
    return std::nullopt;
}

void DeadlockDetector::waitEnded()
{
    QMutexLocker locker(&m_mutex);
    m_waiting.remove(QThread::currentThread());
}

void DeadlockDetector::publish(const DeadlockReport &report)
{
    {
        QMutexLocker locker(&m_mutex);
        if (report.epoch == m_epoch.load() && m_reports.size() < MaxReports)
            m_reports.append(report);
    }
    if (Trace::isLabThread())
        Trace::mark(describe(report));
    emit deadlockDetected(report);
}

void DeadlockDetector::acquired(const SyncOwnedLock *lock, bool mayWait)
{
    if (!isEnabled())
        return;
    if (mayWait)
        noteOrder(lock);
    threadLocks().held.append(lock->id());
}

void DeadlockDetector::noteOrder(const SyncOwnedLock *lock)
{
    ThreadLocks &mine = threadLocks();
    if (mine.held.isEmpty())
        return;
    const quint64 epoch = m_epoch.load(std::memory_order_relaxed);
    if (mine.epoch != epoch) {
        mine.known.clear();
        mine.epoch = epoch;
    }
    for (const quint64 held : std::as_const(mine.held)) {
        const QPair<quint64, quint64> key(held, lock->id());
        if (held != lock->id() && !mine.known.contains(key)) {
            mine.known.insert(key);
            addOrderEdge(held, lock->id());
        }
    }
}

void DeadlockDetector::released(const SyncOwnedLock *lock)
{
    // Also when disabled: a lock taken while enabled leaves the list.
    ThreadLocks &mine = threadLocks();
    for (qsizetype i = mine.held.size() - 1; i >= 0; --i) {
        if (mine.held.at(i) == lock->id()) {
            mine.held.remove(i);
            return;
        }
    }
}

void DeadlockDetector::lockCreated(quint64 id, const QString &name)
{
    QMutexLocker locker(&m_mutex);
    m_lockNames.insert(id, name);
}

void DeadlockDetector::lockDestroyed(quint64 id)
{
    QMutexLocker locker(&m_mutex);
    m_lockNames.remove(id);
}

void DeadlockDetector::addOrderEdge(quint64 from, quint64 to)
{
    QMutexLocker locker(&m_mutex);
    if (!m_lockNames.contains(from))
        return; // destroyed while this thread held it
    QHash<quint64, LockOrderEdge> &out = m_order[from];
    if (out.contains(to))
        return;
    const LockOrderEdge edge{m_lockNames.value(from), m_lockNames.value(to), SyncPrimitive::currentThreadName()};
    out.insert(to, edge);
    if (m_orderEdges.size() < MaxOrderEdges)
        m_orderEdges.append(edge);
    std::optional<LockOrderCycle> cycle = pathBack(to, from);
    if (!cycle || m_orderCycles.size() >= MaxOrderCycles)
        return;
    cycle->edges.prepend(edge);
    QStringList arrows;
    for (const LockOrderEdge &e : std::as_const(cycle->edges))
        arrows.append(e.from + QStringLiteral("->") + e.to);
    arrows.sort();
    const QString key = arrows.join(QLatin1Char(' '));
    if (m_orderCycleKeys.contains(key))
        return;
    m_orderCycleKeys.insert(key);
    m_orderCycles.append(*cycle);
}

std::optional<LockOrderCycle> DeadlockDetector::pathBack(quint64 from, quint64 to) const
{
    // Breadth-first from `from` to `to` (m_mutex held): the shortest chain of edges.
    QHash<quint64, quint64> cameFrom{{from, from}};
    QList<quint64> queue{from};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const quint64 at = queue.at(i);
        if (at == to) {
            LockOrderCycle path;
            for (quint64 node = to; node != from; node = cameFrom.value(node))
                path.edges.prepend(m_order.value(cameFrom.value(node)).value(node));
            return path;
        }
        const QHash<quint64, LockOrderEdge> out = m_order.value(at);
        for (auto it = out.cbegin(); it != out.cend(); ++it) {
            if (!cameFrom.contains(it.key())) {
                cameFrom.insert(it.key(), at);
                queue.append(it.key());
            }
        }
    }
    return std::nullopt;
}

} // namespace Lab::Core
