// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncreadwritelock.h"

#include "core/trace/trace.h"

#include <QThread>

namespace Lab::Core {

SyncReadWriteLock::SyncReadWriteLock(const QString &name)
    : SyncPrimitive(name, QStringLiteral("rwlock"))
{}

bool SyncReadWriteLock::holdsRead(QThread *thread) const
{
    return m_readers.contains(thread);
}

QString SyncReadWriteLock::holdersText() const
{
    if (m_writer)
        return QStringLiteral("written by %1").arg(m_writerName);
    return QStringLiteral("read by %1").arg(m_readerNames.join(QStringLiteral(", ")));
}

bool SyncReadWriteLock::lockForRead(QDeadlineTimer deadline)
{
    if (!checkpoint())
        return false;
    QMutexLocker locker(&m_state);
    QThread *me = QThread::currentThread();
    if (m_writer == me)
        return false; // the writer would wait for itself
    // A reader that holds a read lock gets another at once: made to wait behind a writer that
    // waits for it, it would deadlock with itself.
    if (!canRead() && !holdsRead(me)) {
        const bool ok = waitUntil(
            locker, WaitKind::Blocked,
            [this] {
                return QStringLiteral("on \"%1\" (rwlock, to read: %2%3)")
                    .arg(name(), holdersText(),
                         m_writersWaiting > 0 ? QStringLiteral("; a writer waits first") : QString());
            },
            [this] { return canRead(); }, deadline);
        if (!ok)
            return false;
        m_readers.append(me);
        m_readerNames.append(currentThreadName());
        ++m_operations;
        const QString from = m_lastReleaser;
        locker.unlock();
        markHandOff(QStringLiteral("released"), from);
        return true;
    }
    m_readers.append(me);
    m_readerNames.append(currentThreadName());
    ++m_operations;
    return true;
}

bool SyncReadWriteLock::lockForWrite(QDeadlineTimer deadline)
{
    if (!checkpoint())
        return false;
    QMutexLocker locker(&m_state);
    QThread *me = QThread::currentThread();
    if (m_writer == me || holdsRead(me)) {
        locker.unlock();
        if (Trace::isLabThread())
            Trace::mark(QStringLiteral("lockForWrite on \"%1\" refused: this thread holds it already").arg(name()));
        return false;
    }
    if (!canWrite()) {
        ++m_writersWaiting;
        const bool ok = waitUntil(
            locker, WaitKind::Blocked,
            [this] { return QStringLiteral("on \"%1\" (rwlock, to write: %2)").arg(name(), holdersText()); },
            [this] { return canWrite(); }, deadline);
        --m_writersWaiting;
        if (!ok) {
            wakeAll(); // readers held back by this writer may go now
            return false;
        }
        m_writer = me;
        m_writerName = currentThreadName();
        ++m_operations;
        const QString from = m_lastReleaser;
        locker.unlock();
        markHandOff(QStringLiteral("released"), from);
        return true;
    }
    m_writer = me;
    m_writerName = currentThreadName();
    ++m_operations;
    return true;
}

bool SyncReadWriteLock::tryLockForRead()
{
    QMutexLocker locker(&m_state);
    if (!canRead())
        return false;
    m_readers.append(QThread::currentThread());
    m_readerNames.append(currentThreadName());
    ++m_operations;
    return true;
}

bool SyncReadWriteLock::tryLockForWrite()
{
    QMutexLocker locker(&m_state);
    if (!canWrite())
        return false;
    m_writer = QThread::currentThread();
    m_writerName = currentThreadName();
    ++m_operations;
    return true;
}

bool SyncReadWriteLock::unlock()
{
    {
        QMutexLocker locker(&m_state);
        QThread *me = QThread::currentThread();
        if (m_writer == me) {
            m_writer = nullptr;
            m_writerName.clear();
        } else if (const qsizetype index = m_readers.lastIndexOf(me); index >= 0) {
            m_readers.removeAt(index);
            m_readerNames.removeAt(index);
        } else {
            return false;
        }
        m_lastReleaser = currentThreadName();
        ++m_operations;
        wakeAll();
    }
    checkpoint();
    return true;
}

int SyncReadWriteLock::readers() const
{
    QMutexLocker locker(&m_state);
    return int(m_readers.size());
}

QString SyncReadWriteLock::writerName() const
{
    QMutexLocker locker(&m_state);
    return m_writerName;
}

void SyncReadWriteLock::fillSnapshot(SyncSnapshot &snapshot) const
{
    snapshot.owner = m_writerName;
    snapshot.holdCount = m_writer ? 1 : 0;
    snapshot.holders = m_readerNames;
}

} // namespace Lab::Core
