// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncownedlock.h"

namespace Lab::Core {

// A named, instrumented recursive mutex (QRecursiveMutex, Python's threading.RLock): its owner may
// lock it again; it is free once unlocked as often as it was locked. The snapshot shows the owner and
// the hold count rising and falling. See SyncOwnedLock and SyncPrimitive.
class SyncRecursiveMutex final : public SyncOwnedLock
{
public:
    explicit SyncRecursiveMutex(const QString &name)
        : SyncOwnedLock(name, QStringLiteral("rlock"), /*reentrant=*/true)
    {}
};

} // namespace Lab::Core
