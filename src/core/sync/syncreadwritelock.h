// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

namespace Lab::Core {

// A named, instrumented read-write lock (QReadWriteLock, std::shared_mutex; Python has none in its
// standard library): many readers at once, or one writer alone. As QReadWriteLock does, a waiting
// writer keeps new readers out, so a steady stream of readers cannot starve it. Not recursive: the
// writer's second lockForWrite() is refused (a self-deadlock, as SyncMutex refuses it), and so is
// lockForWrite() by a thread that holds a read lock (it would wait for itself).
class SyncReadWriteLock final : public SyncPrimitive
{
public:
    explicit SyncReadWriteLock(const QString &name);

    // True once held. False when cancelled, interrupted, past the deadline or refused.
    bool lockForRead(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool lockForWrite(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool tryLockForRead();
    bool tryLockForWrite();
    // Releases the calling thread's write lock, else one of its read locks; false when it holds none.
    bool unlock();

    int readers() const;
    QString writerName() const;

protected:
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    bool canRead() const { return !m_writer && m_writersWaiting == 0; }
    bool canWrite() const { return !m_writer && m_readers.isEmpty(); }
    bool holdsRead(QThread *thread) const;
    QString holdersText() const;

    QThread *m_writer = nullptr;
    QString m_writerName;
    QList<QThread *> m_readers; // one entry per read lock
    QStringList m_readerNames;
    int m_writersWaiting = 0;
};

} // namespace Lab::Core
