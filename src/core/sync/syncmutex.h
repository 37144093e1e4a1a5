// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

namespace Lab::Core {

// A named, instrumented mutex (QMutex, Python's threading.Lock). Not reentrant: the owner locking
// it again would wait for itself forever. The lab refuses that second lock() (it returns false),
// counts it as a self-deadlock and marks it on the timeline, so a lesson can show the mistake
// without hanging the lab. See SyncPrimitive for tracing, pacing, snapshots and cancellation.
class SyncMutex final : public SyncPrimitive
{
public:
    explicit SyncMutex(const QString &name);

    // True once held. False (not held) when cancelled, interrupted, past the deadline, or a
    // self-deadlock (the caller already holds it).
    bool lock(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool tryLock();
    // By the owner only; false (and nothing changes) from any other thread.
    bool unlock();

    bool isHeldByCurrentThread() const;
    QString ownerName() const;
    int selfDeadlocks() const;

protected:
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    bool takeLocked(); // m_state held: takes the mutex if free

    QThread *m_owner = nullptr;
    QString m_ownerName;
    int m_selfDeadlocks = 0;
};

} // namespace Lab::Core
