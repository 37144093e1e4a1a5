// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

namespace Lab::Core {

// A named, instrumented event (Python's threading.Event; in Qt a bool under a mutex with a wait
// condition): a flag that threads wait for. set() wakes every waiter and lets later ones pass at
// once; clear() makes them wait again.
class SyncEvent final : public SyncPrimitive
{
public:
    explicit SyncEvent(const QString &name, bool initiallySet = false);

    void set();
    void clear();
    bool isSet() const;
    // True when the flag is set (at once or before the deadline); false on timeout or cancel.
    bool wait(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

protected:
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    bool m_set = false;
};

} // namespace Lab::Core
