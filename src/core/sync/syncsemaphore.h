// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

namespace Lab::Core {

// A named, instrumented counting semaphore (QSemaphore, Python's threading.Semaphore): acquire()
// takes permits and waits while there are not enough; release() gives them back. The count of
// free permits falls on acquire and never goes below zero.
// Bounded (Python's BoundedSemaphore): release() past the initial count is refused (false, nothing
// changes; Python raises ValueError), counted in refusedReleases() and marked on the timeline.
// The snapshot lists the holders (a name per permit held) and the waiters.
class SyncSemaphore final : public SyncPrimitive
{
public:
    SyncSemaphore(const QString &name, int permits, bool bounded = false);

    bool acquire(int n = 1, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool tryAcquire(int n = 1);
    bool release(int n = 1);

    int available() const;
    int refusedReleases() const;
    bool isBounded() const { return m_bounded; }

protected:
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    void takeLocked(int n);

    int m_permits = 0;
    const int m_max = 0;
    const bool m_bounded = false;
    QStringList m_holders;
    int m_refused = 0;
};

} // namespace Lab::Core
