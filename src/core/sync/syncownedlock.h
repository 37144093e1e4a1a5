// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

#include <atomic>

namespace Lab::Core {

// What SyncMutex and SyncRecursiveMutex share: a lock with an owner. Reentrant or not is the one
// difference: a recursive lock counts its owner's locks (hold count); a plain one refuses its owner's
// second lock (a self-deadlock: the thread would wait for itself forever), counts it and marks it on
// the timeline instead of hanging. See SyncPrimitive for tracing, pacing, snapshots, cancellation.
// Every wait, first acquisition and last release is told to the DeadlockDetector (wait-for and
// lock-order graphs).
class SyncOwnedLock : public SyncPrimitive
{
public:
    // True once held. False (not held) when cancelled, interrupted, past the deadline, or refused as
    // a self-deadlock.
    bool lock(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool tryLock();
    // By the owner only; false (and nothing changes) from any other thread or when not held.
    bool unlock();

    bool isHeldByCurrentThread() const;
    QString ownerName() const;
    int holdCount() const;
    int selfDeadlocks() const;
    // The owning thread, readable without the lock's state (for the deadlock detector's walk).
    QThread *ownerThread() const { return m_owner.load(std::memory_order_acquire); }
    // Unique in the process, never reused (the lock-order graph's node).
    quint64 id() const { return m_id; }

    ~SyncOwnedLock() override;

protected:
    SyncOwnedLock(const QString &name, const QString &kind, bool reentrant);
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    // m_state held: takes the lock if free (or, reentrant, if the caller owns it). `mayWait`: by
    // lock() (a lock-order edge), not tryLock().
    bool takeLocked(bool mayWait);

    const bool m_reentrant;
    const quint64 m_id;
    std::atomic<QThread *> m_owner = nullptr; // written under m_state
    QString m_ownerName;
    int m_count = 0;
    int m_selfDeadlocks = 0;
};

} // namespace Lab::Core
