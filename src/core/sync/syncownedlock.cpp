// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncownedlock.h"

#include "core/trace/trace.h"

#include <QThread>

namespace Lab::Core {

SyncOwnedLock::SyncOwnedLock(const QString &name, const QString &kind, bool reentrant)
    : SyncPrimitive(name, kind)
    , m_reentrant(reentrant)
{}

bool SyncOwnedLock::takeLocked()
{
    QThread *self = QThread::currentThread();
    if (m_owner && (m_owner != self || !m_reentrant))
        return false;
    if (!m_owner) {
        m_owner = self;
        m_ownerName = currentThreadName();
    }
    ++m_count;
    ++m_operations;
    return true;
}

bool SyncOwnedLock::lock(QDeadlineTimer deadline)
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

bool SyncOwnedLock::tryLock()
{
    QMutexLocker locker(&m_state);
    return takeLocked();
}

bool SyncOwnedLock::unlock()
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
            m_changed.wakeOne(); // every waiter waits for the same thing: one can take it
        }
    }
    checkpoint(); // pacing only: an interruption is noticed at the thread's next wait
    return true;
}

bool SyncOwnedLock::isHeldByCurrentThread() const
{
    QMutexLocker locker(&m_state);
    return m_owner == QThread::currentThread();
}

QString SyncOwnedLock::ownerName() const
{
    QMutexLocker locker(&m_state);
    return m_ownerName;
}

int SyncOwnedLock::holdCount() const
{
    QMutexLocker locker(&m_state);
    return m_count;
}

int SyncOwnedLock::selfDeadlocks() const
{
    QMutexLocker locker(&m_state);
    return m_selfDeadlocks;
}

void SyncOwnedLock::fillSnapshot(SyncSnapshot &snapshot) const
{
    snapshot.owner = m_ownerName;
    snapshot.holdCount = m_count;
}

} // namespace Lab::Core
