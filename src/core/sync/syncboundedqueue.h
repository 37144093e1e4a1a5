// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

#include <QQueue>

#include <algorithm>

namespace Lab::Core {

// A named, instrumented bounded queue for producers and consumers (Python's queue.Queue(maxsize),
// in Qt a QQueue under a QMutex with two QWaitConditions): put() waits while it is full, take()
// while it is empty, items leave in the order they came. close() ends the stream: put() fails at
// once, take() fails once the queue is empty, so consumers finish without a sentinel item.
template<typename T>
class SyncBoundedQueue final : public SyncPrimitive
{
public:
    SyncBoundedQueue(const QString &name, int capacity)
        : SyncPrimitive(name, QStringLiteral("queue"))
        , m_capacity(std::max(1, capacity))
    {}

    // False when closed, cancelled, interrupted or past the deadline (the item is not in the queue).
    bool put(T item, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever))
    {
        if (!checkpoint())
            return false;
        QMutexLocker locker(&m_state);
        const bool waited = !m_closed && m_items.size() >= m_capacity;
        if (waited && !waitUntil(
                          locker, WaitKind::Waiting,
                          [this] {
                              return QStringLiteral("on \"%1\" (queue full: %2 of %3)")
                                  .arg(name())
                                  .arg(m_items.size())
                                  .arg(m_capacity);
                          },
                          [this] { return m_closed || m_items.size() < m_capacity; }, deadline))
            return false;
        if (m_closed)
            return false;
        m_items.enqueue(std::move(item));
        const QString from = m_lastTaker; // who made room, if this thread had to wait for it
        m_lastPutter = currentThreadName();
        return done(locker, waited ? QStringLiteral("taken") : QString(), from);
    }

    // False when closed and empty, cancelled, interrupted or past the deadline.
    bool take(T *item, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever))
    {
        if (!checkpoint())
            return false;
        QMutexLocker locker(&m_state);
        const bool waited = !m_closed && m_items.isEmpty();
        if (waited &&
            !waitUntil(
                locker, WaitKind::Waiting, [this] { return QStringLiteral("on \"%1\" (queue empty)").arg(name()); },
                [this] { return m_closed || !m_items.isEmpty(); }, deadline))
            return false;
        if (m_items.isEmpty())
            return false; // closed
        *item = m_items.dequeue();
        const QString from = m_lastPutter; // who put what this thread waited for
        m_lastTaker = currentThreadName();
        return done(locker, waited ? QStringLiteral("put") : QString(), from);
    }

    void close()
    {
        QMutexLocker locker(&m_state);
        m_closed = true;
        ++m_operations;
        wakeAll();
    }

    int size() const
    {
        QMutexLocker locker(&m_state);
        return int(m_items.size());
    }
    int capacity() const { return m_capacity; }

protected:
    void fillSnapshot(SyncSnapshot &snapshot) const override
    {
        snapshot.fill = int(m_items.size());
        snapshot.capacity = m_capacity;
    }

private:
    // After a put or take: wake the other side; mark the hand-off ("items": put by producer-1 →
    // consumer-2) when this thread had to wait (`verb` is then not empty).
    bool done(QMutexLocker<QMutex> &locker, const QString &verb, const QString &from)
    {
        ++m_operations;
        wakeAll();
        locker.unlock();
        if (!verb.isEmpty())
            markHandOff(verb, from);
        checkpoint();
        return true;
    }

    const int m_capacity;
    QQueue<T> m_items;
    bool m_closed = false;
    QString m_lastPutter;
    QString m_lastTaker;
};

} // namespace Lab::Core
