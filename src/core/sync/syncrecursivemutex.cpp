// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrecursivemutex.h"

#include <QThread>

namespace Lab::Core {

SyncRecursiveMutex::SyncRecursiveMutex(const QString &name)
    : SyncPrimitive(name, QStringLiteral("rlock"))
{}

bool SyncRecursiveMutex::takeLocked()
{
    QThread *self = QThread::currentThread();
    if (m_owner && m_owner != self)
        return false;
    if (!m_owner) {
        m_owner = self;
        m_ownerName = currentThreadName();
    }
    ++m_count;
    ++m_operations;
    return true;
}

bool SyncRecursiveMutex::lock(QDeadlineTimer deadline)
{
    if (!checkpoint())
        return false;
    QMutexLocker locker(&m_state);
    if (takeLocked())
        return true;
    const bool ok = waitUntil(
        locker, WaitKind::Blocked, [this] { return QStringLiteral("on \"%1\" (held by %2)").arg(name(), m_ownerName); },
        [this] { return m_owner == nullptr; }, deadline);
    if (!ok)
        return false;
    takeLocked();
    const QString from = m_lastReleaser;
    locker.unlock();
    markHandOff(QStringLiteral("released"), from);
    return true;
}

bool SyncRecursiveMutex::tryLock()
{
    QMutexLocker locker(&m_state);
    return takeLocked();
}

bool SyncRecursiveMutex::unlock()
{
    {
        QMutexLocker locker(&m_state);
        if (m_owner != QThread::currentThread() || m_count == 0)
            return false;
        ++m_operations;
        if (--m_count == 0) {
            m_owner = nullptr;
            m_lastReleaser = m_ownerName;
            m_ownerName.clear();
            m_changed.wakeOne();
        }
    }
    checkpoint();
    return true;
}

int SyncRecursiveMutex::holdCount() const
{
    QMutexLocker locker(&m_state);
    return m_count;
}

void SyncRecursiveMutex::fillSnapshot(SyncSnapshot &snapshot) const
{
    snapshot.owner = m_ownerName;
    snapshot.holdCount = m_count;
}

} // namespace Lab::Core
