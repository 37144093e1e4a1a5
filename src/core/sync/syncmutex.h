// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncownedlock.h"

namespace Lab::Core {

// A named, instrumented mutex (QMutex, Python's threading.Lock). Not reentrant: the owner locking it
// again would wait for itself forever; the lab refuses that second lock() (it returns false), counts
// it as a self-deadlock and marks it on the timeline, so a lesson can show the mistake without
// hanging. See SyncOwnedLock and SyncPrimitive.
class SyncMutex final : public SyncOwnedLock
{
public:
    explicit SyncMutex(const QString &name)
        : SyncOwnedLock(name, QStringLiteral("mutex"), /*reentrant=*/false)
    {}
};

} // namespace Lab::Core
