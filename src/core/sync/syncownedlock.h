// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

namespace Lab::Core {

// What SyncMutex and SyncRecursiveMutex share: a lock with an owner. Reentrant or not is the one
// difference: a recursive lock counts its owner's locks (hold count); a plain one refuses its owner's
// second lock (a self-deadlock: the thread would wait for itself forever), counts it and marks it on
// the timeline instead of hanging. See SyncPrimitive for tracing, pacing, snapshots, cancellation.
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

protected:
    SyncOwnedLock(const QString &name, const QString &kind, bool reentrant);
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    bool takeLocked(); // m_state held: takes the lock if free (or, reentrant, if the caller owns it)

    const bool m_reentrant;
    QThread *m_owner = nullptr;
    QString m_ownerName;
    int m_count = 0;
    int m_selfDeadlocks = 0;
};

} // namespace Lab::Core
