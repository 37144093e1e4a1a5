// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncevent.h"

namespace Lab::Core {

SyncEvent::SyncEvent(const QString &name, bool initiallySet)
    : SyncPrimitive(name, QStringLiteral("event"))
    , m_set(initiallySet)
{}

void SyncEvent::set()
{
    {
        QMutexLocker locker(&m_state);
        m_set = true;
        m_lastReleaser = currentThreadName();
        ++m_operations;
        wakeAll();
    }
    checkpoint();
}

void SyncEvent::clear()
{
    {
        QMutexLocker locker(&m_state);
        m_set = false;
        ++m_operations;
    }
    checkpoint();
}

bool SyncEvent::isSet() const
{
    QMutexLocker locker(&m_state);
    return m_set;
}

bool SyncEvent::wait(QDeadlineTimer deadline)
{
    if (!checkpoint())
        return false;
    QMutexLocker locker(&m_state);
    ++m_operations;
    if (m_set)
        return true;
    const bool ok = waitUntil(
        locker, WaitKind::Waiting, [this] { return QStringLiteral("on \"%1\" (event)").arg(name()); },
        [this] { return m_set; }, deadline);
    if (!ok)
        return false;
    const QString from = m_lastReleaser;
    locker.unlock();
    markHandOff(QStringLiteral("set"), from);
    return true;
}

void SyncEvent::fillSnapshot(SyncSnapshot &snapshot) const
{
    snapshot.isSet = m_set;
}

} // namespace Lab::Core
