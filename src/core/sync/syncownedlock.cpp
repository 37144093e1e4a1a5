// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncownedlock.h"

#include "core/trace/trace.h"
#include "deadlockdetector.h"

#include <QThread>

namespace Lab::Core {

namespace {
std::atomic<quint64> s_nextId = 1;
} // namespace

SyncOwnedLock::SyncOwnedLock(const QString &name, const QString &kind, bool reentrant)
    : SyncPrimitive(name, kind)
    , m_reentrant(reentrant)
    , m_id(s_nextId.fetch_add(1))
{
    DeadlockDetector::instance().lockCreated(m_id, name);
}

SyncOwnedLock::~SyncOwnedLock()
{
    DeadlockDetector::instance().lockDestroyed(m_id);
}

bool SyncOwnedLock::takeLocked(bool mayWait)
{
    QThread *self = QThread::currentThread();
    QThread *owner = m_owner.load(std::memory_order_relaxed);
    if (owner && (owner != self || !m_reentrant))
        return false;
    if (!owner) {
        m_owner.store(self, std::memory_order_release);
        m_ownerName = currentThreadName();
        DeadlockDetector::instance().acquired(this, mayWait);
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
    if (takeLocked(true))
        return true;
    if (m_owner.load(std::memory_order_relaxed) == QThread::currentThread()) {
        ++m_selfDeadlocks;
        locker.unlock();
        if (Trace::isLabThread())
            Trace::mark(QStringLiteral("self-deadlock: locked \"%1\" again while holding it (refused)").arg(name()));
        return false;
    }
    DeadlockDetector &detector = DeadlockDetector::instance();
    if (const std::optional<DeadlockReport> report = detector.waitStarted(this)) {
        locker.unlock(); // listeners may look at this lock
        detector.publish(*report);
        locker.relock();
    }
    const bool ok = waitUntil(
        locker, WaitKind::Blocked, [this] { return QStringLiteral("on \"%1\" (held by %2)").arg(name(), m_ownerName); },
        [this] { return m_owner.load(std::memory_order_relaxed) == nullptr; }, deadline);
    detector.waitEnded(); // before taking it: a registered waiter never owns what it waits on
    if (!ok)
        return false;
    takeLocked(true);
    const QString from = m_lastReleaser;
    locker.unlock();
    markHandOff(QStringLiteral("released"), from);
    return true;
}

bool SyncOwnedLock::tryLock()
{
    QMutexLocker locker(&m_state);
    return takeLocked(false);
}

bool SyncOwnedLock::unlock()
{
    {
        QMutexLocker locker(&m_state);
        if (m_owner.load(std::memory_order_relaxed) != QThread::currentThread() || m_count == 0)
            return false;
        ++m_operations;
        if (--m_count == 0) {
            m_owner.store(nullptr, std::memory_order_release);
            DeadlockDetector::instance().released(this);
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
    return m_owner.load(std::memory_order_relaxed) == QThread::currentThread();
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
