// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsemaphore.h"

#include "core/trace/trace.h"

namespace Lab::Core {

SyncSemaphore::SyncSemaphore(const QString &name, int permits, bool bounded)
    : SyncPrimitive(name, bounded ? QStringLiteral("bounded-semaphore") : QStringLiteral("semaphore"))
    , m_permits(std::max(0, permits))
    , m_max(std::max(0, permits))
    , m_bounded(bounded)
{}

void SyncSemaphore::takeLocked(int n)
{
    m_permits -= n;
    const QString me = currentThreadName();
    for (int i = 0; i < n; ++i)
        m_holders.append(me);
    ++m_operations;
}

bool SyncSemaphore::acquire(int n, QDeadlineTimer deadline)
{
    if (n < 1 || !checkpoint())
        return false;
    QMutexLocker locker(&m_state);
    if (m_permits >= n) {
        takeLocked(n);
        return true;
    }
    const bool ok = waitUntil(
        locker, WaitKind::Waiting,
        [this, n] {
            return QStringLiteral("on \"%1\" (semaphore: %2 of %3 free, needs %4)")
                .arg(name())
                .arg(m_permits)
                .arg(m_max)
                .arg(n);
        },
        [this, n] { return m_permits >= n; }, deadline);
    if (!ok)
        return false;
    takeLocked(n);
    const QString from = m_lastReleaser;
    locker.unlock();
    markHandOff(QStringLiteral("released"), from);
    return true;
}

bool SyncSemaphore::tryAcquire(int n)
{
    if (n < 1)
        return false;
    QMutexLocker locker(&m_state);
    if (m_permits < n)
        return false;
    takeLocked(n);
    return true;
}

bool SyncSemaphore::release(int n)
{
    if (n < 1)
        return false;
    {
        QMutexLocker locker(&m_state);
        if (m_bounded && m_permits + n > m_max) {
            ++m_refused;
            locker.unlock();
            if (Trace::isLabThread())
                Trace::mark(QStringLiteral("release of \"%1\" refused: it would exceed its bound of %2")
                                .arg(name())
                                .arg(m_max));
            return false;
        }
        m_permits += n;
        // A permit is returned by whoever releases it: drop the releaser's own entries first.
        const QString me = currentThreadName();
        for (int i = 0; i < n && !m_holders.isEmpty(); ++i) {
            if (!m_holders.removeOne(me))
                m_holders.removeFirst();
        }
        m_lastReleaser = me;
        ++m_operations;
        wakeAll(); // waiters may need different counts
    }
    checkpoint();
    return true;
}

int SyncSemaphore::available() const
{
    QMutexLocker locker(&m_state);
    return m_permits;
}

int SyncSemaphore::refusedReleases() const
{
    QMutexLocker locker(&m_state);
    return m_refused;
}

void SyncSemaphore::fillSnapshot(SyncSnapshot &snapshot) const
{
    snapshot.permits = m_permits;
    snapshot.maxPermits = m_max;
    snapshot.holders = m_holders;
}

} // namespace Lab::Core
