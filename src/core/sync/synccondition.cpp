// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccondition.h"

#include "syncmutex.h"

namespace Lab::Core {

SyncCondition::SyncCondition(const QString &name, SyncMutex &mutex)
    : SyncPrimitive(name, QStringLiteral("condition"))
    , m_mutex(mutex)
{}

bool SyncCondition::wait(QDeadlineTimer deadline)
{
    if (!m_mutex.isHeldByCurrentThread())
        return false;
    QMutexLocker locker(&m_state);
    const quint64 ticket = m_nextTicket++;
    ++m_operations;
    // Released while m_state is held: a notification sent after this cannot be missed.
    m_mutex.unlock();
    const bool notified = waitUntil(
        locker, WaitKind::Waiting,
        [this] { return QStringLiteral("on \"%1\" (condition of \"%2\")").arg(name(), m_mutex.name()); },
        [this, ticket] { return ticket < m_notified; }, deadline);
    if (!notified && ticket >= m_notified)
        m_abandoned.insert(ticket);
    const QString from = m_lastReleaser;
    locker.unlock();
    if (notified)
        markHandOff(QStringLiteral("notified"), from);
    const bool relocked = m_mutex.lock();
    return notified && relocked;
}

void SyncCondition::notifyOne()
{
    {
        QMutexLocker locker(&m_state);
        ++m_operations;
        // Skip waiters that left; release the next one that still waits, if any.
        while (m_notified < m_nextTicket && m_abandoned.remove(m_notified))
            ++m_notified;
        if (m_notified < m_nextTicket) {
            ++m_notified;
            m_lastReleaser = currentThreadName();
            wakeAll();
        }
    }
    checkpoint();
}

void SyncCondition::notifyAll()
{
    {
        QMutexLocker locker(&m_state);
        ++m_operations;
        if (m_notified < m_nextTicket) {
            m_notified = m_nextTicket;
            m_abandoned.clear();
            m_lastReleaser = currentThreadName();
            wakeAll();
        }
    }
    checkpoint();
}

void SyncCondition::fillSnapshot(SyncSnapshot &snapshot) const
{
    Q_UNUSED(snapshot) // the waiters are the state
}

} // namespace Lab::Core
