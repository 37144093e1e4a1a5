// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncmutex.h"

#include "core/trace/trace.h"

#include <QThread>

namespace Lab::Core {

SyncMutex::SyncMutex(const QString &name)
    : SyncPrimitive(name, QStringLiteral("mutex"))
{}

bool SyncMutex::takeLocked()
{
    if (m_owner)
        return false;
    m_owner = QThread::currentThread();
    m_ownerName = currentThreadName();
    ++m_operations;
    return true;
}

bool SyncMutex::lock(QDeadlineTimer deadline)
{
    if (!checkpoint())
        return false;
    QMutexLocker locker(&m_state);
    if (takeLocked())
        return true;
    if (m_owner == QThread::currentThread()) {
        ++m_selfDeadlocks;
        locker.unlock();
        if (Trace::isLabThread())
            Trace::mark(QStringLiteral("self-deadlock: locked \"%1\" again while holding it (refused)").arg(name()));
        return false;
    }
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

bool SyncMutex::tryLock()
{
    QMutexLocker locker(&m_state);
    return takeLocked();
}

bool SyncMutex::unlock()
{
    {
        QMutexLocker locker(&m_state);
        if (m_owner != QThread::currentThread())
            return false;
        m_owner = nullptr;
        m_lastReleaser = m_ownerName;
        m_ownerName.clear();
        ++m_operations;
        m_changed.wakeOne(); // every waiter waits for the same thing: one can take it
    }
    checkpoint(); // pacing only: an interruption is noticed at the thread's next wait
    return true;
}

bool SyncMutex::isHeldByCurrentThread() const
{
    QMutexLocker locker(&m_state);
    return m_owner == QThread::currentThread();
}

QString SyncMutex::ownerName() const
{
    QMutexLocker locker(&m_state);
    return m_ownerName;
}

int SyncMutex::selfDeadlocks() const
{
    QMutexLocker locker(&m_state);
    return m_selfDeadlocks;
}

void SyncMutex::fillSnapshot(SyncSnapshot &snapshot) const
{
    snapshot.owner = m_ownerName;
    snapshot.holdCount = m_owner ? 1 : 0;
}

} // namespace Lab::Core
