// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

#include <QSet>

namespace Lab::Core {

class SyncMutex;

// A named, instrumented condition variable bound to a SyncMutex (QWaitCondition with its QMutex,
// Python's threading.Condition). wait() releases the mutex, waits for a notification, and takes
// the mutex again before it returns; notifyOne() wakes the longest-waiting thread, notifyAll()
// every waiting thread. A notification with no waiter is lost, which is why a consumer waits in a
// loop on its predicate (`while (queue.isEmpty()) cond.wait();`) and never with a single `if`.
class SyncCondition final : public SyncPrimitive
{
public:
    SyncCondition(const QString &name, SyncMutex &mutex);

    // The caller must hold the mutex (false at once otherwise). True when notified; false on
    // timeout, cancel or interruption. Either way the mutex is held again on return, except when it
    // could not be taken again (the thread was cancelled or interrupted while blocked on it).
    bool wait(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    void notifyOne();
    void notifyAll();

protected:
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    SyncMutex &m_mutex;
    quint64 m_nextTicket = 0;  // tickets in arrival order
    quint64 m_notified = 0;    // tickets below this one are released
    QSet<quint64> m_abandoned; // tickets whose waiter left (timeout, cancel) before being notified
};

} // namespace Lab::Core
