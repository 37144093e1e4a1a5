// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

namespace Lab::Core {

// A named, instrumented recursive mutex (QRecursiveMutex, Python's threading.RLock): its owner may
// lock it again; it is free once unlocked as often as it was locked. The snapshot shows the owner
// and the hold count rising and falling. See SyncPrimitive for the rest.
class SyncRecursiveMutex final : public SyncPrimitive
{
public:
    explicit SyncRecursiveMutex(const QString &name);

    bool lock(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool tryLock();
    // By the owner only; false from any other thread or when not held.
    bool unlock();
    int holdCount() const;

protected:
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    bool takeLocked();

    QThread *m_owner = nullptr;
    QString m_ownerName;
    int m_count = 0;
};

} // namespace Lab::Core
