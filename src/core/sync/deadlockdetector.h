// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

class QThread;

namespace Lab::Core {

class SyncOwnedLock;

// One arrow of a wait-for cycle: `thread` waits on the lock `waitsOn`, which `heldBy` holds.
struct WaitForEdge
{
    QString thread;
    QString waitsOn;
    QString heldBy;

    friend bool operator==(const WaitForEdge &, const WaitForEdge &) = default;
};

// A deadlock: a cycle of the wait-for graph, reported once, when the request that closes it is made.
struct DeadlockReport
{
    QList<WaitForEdge> cycle; // starts with the thread whose request closed the cycle
    qint64 detectedNs = 0;    // monotonicNowNs() when the report was made
    quint64 epoch = 0;        // DeadlockDetector::epoch() at that time
};

// One arrow of the lock-order graph: `to` was taken while `from` was held, first by `thread`.
struct LockOrderEdge
{
    QString from;
    QString to;
    QString thread;

    friend bool operator==(const LockOrderEdge &, const LockOrderEdge &) = default;
};

// A cycle of the lock-order graph: a *potential* deadlock, found even when the run did not hang.
// Each edge is one code path: the thread that took `from` and then `to`.
struct LockOrderCycle
{
    QList<LockOrderEdge> edges; // edges[i].to == edges[i + 1].from, the last leads back to the first
    QStringList locks() const;  // "fork-1", "fork-2", ...: each edge's `from`, in order
};

// The process-wide wait-for and lock-order graphs of the lab's owned locks (SyncMutex,
// SyncRecursiveMutex), which inform it of every wait, acquisition and release (SyncOwnedLock).
//
// Wait-for graph: a thread that must wait for a lock registers the wait; the detector then walks
// lock -> owner -> the lock that owner waits on -> ... (linear: a blocked thread waits on one lock).
// Coming back to the requesting thread is a deadlock: it is reported at once, in that request
// (stored, see deadlocks(), and emitted as deadlockDetected(), never while a lock's state is held).
// Each cycle is reported by the one request that closes it. A waiting thread never releases what it
// holds, so the owners seen along the walk cannot change under it.
//
// Lock-order graph: per thread, the locks it holds; requesting B with lock() (which may wait) while
// holding A adds the edge A -> B, remembered with the first thread that made it (on the request, as
// Linux's lockdep does, so a run that deadlocked shows its cycle too). An edge that closes
// a cycle is a potential deadlock (lockOrderCycles()), even if the run never hung: two code paths
// take the same locks in opposite orders. tryLock() adds no edge into the lock it takes (it cannot
// wait). Edges already known to a thread cost a lookup in a thread-local set.
//
// Ending a deadlock without killing anything: cancelWait(victim) cancels the victim's wait
// (SyncPrimitive::cancelWaiter): its lock() returns false, its code releases what it holds.
//
// reset() starts a new epoch (one per experiment run): it forgets the reports and the lock-order
// graph; the live state (who waits on what) stays true.
class DeadlockDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlockDetector)
public:
    static DeadlockDetector &instance();

    // On by default. Off: locks tell it nothing new (to measure its cost).
    void setEnabled(bool enabled) { m_enabled.store(enabled, std::memory_order_relaxed); }
    bool isEnabled() const { return m_enabled.load(std::memory_order_relaxed); }

    void reset();
    quint64 epoch() const;
    QList<DeadlockReport> deadlocks() const;       // since reset(), oldest first
    QList<LockOrderCycle> lockOrderCycles() const; // since reset(), in the order found
    QList<LockOrderEdge> lockOrderEdges() const;   // the whole lock-order graph since reset(), in the order found
    // True while every thread of `report`'s cycle still waits on its lock (a banner's lifetime).
    bool isOngoing(const DeadlockReport &report) const;

    // Ends `thread`'s current wait on an owned lock (its lock() returns false). False when that
    // thread waits on none now.
    bool cancelWait(const QString &thread);
    // Breaks `report`'s cycle by cancelling the wait of cycle[victim].thread.
    bool breakDeadlock(const DeadlockReport &report, int victim = 0);

    // --- hooks for SyncOwnedLock (called with the lock's state held) ----------------------------
    // The calling thread must wait for `lock`: registers the wait; a report if it closes a cycle
    // (the caller publishes it once its own state is unlocked).
    std::optional<DeadlockReport> waitStarted(SyncOwnedLock *lock);
    void waitEnded();
    // The calling thread took `lock` (first hold); `mayWait`: with lock() rather than tryLock().
    void acquired(const SyncOwnedLock *lock, bool mayWait);
    void released(const SyncOwnedLock *lock); // the last hold
    void lockCreated(quint64 id, const QString &name);
    void lockDestroyed(quint64 id);
    // Stores and emits a report made by waitStarted(). Call with no lock state held.
    void publish(const DeadlockReport &report);

signals:
    // Emitted on the thread whose request closed the cycle: connect queued (the default across
    // threads) to show it.
    void deadlockDetected(const Lab::Core::DeadlockReport &report);

private:
    DeadlockDetector();
    struct Waiter
    {
        SyncOwnedLock *lock = nullptr;
        QString thread;
    };
    std::optional<DeadlockReport> closedCycle(QThread *self) const;
    void noteOrder(const SyncOwnedLock *lock); // edges from the locks the caller holds to `lock`
    void addOrderEdge(quint64 from, quint64 to);
    std::optional<LockOrderCycle> pathBack(quint64 from, quint64 to) const;

    std::atomic_bool m_enabled = true;
    std::atomic<quint64> m_epoch = 1;
    mutable QMutex m_mutex; // innermost: taken under a lock's state, never the other way round
    QHash<QThread *, Waiter> m_waiting;
    QHash<quint64, QString> m_lockNames; // live owned locks, by id
    QList<DeadlockReport> m_reports;
    // Lock-order graph of this epoch, by lock id: from -> (to -> edge).
    QHash<quint64, QHash<quint64, LockOrderEdge>> m_order;
    QList<LockOrderEdge> m_orderEdges; // the same edges, in the order found
    QList<LockOrderCycle> m_orderCycles;
    QSet<QString> m_orderCycleKeys;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::DeadlockReport)
