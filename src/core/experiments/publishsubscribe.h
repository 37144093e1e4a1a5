// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"
#include "core/sync/synccondition.h"
#include "core/sync/syncmutex.h"
#include "threadcrew.h"

#include <QMetaType>
#include <QMutex>
#include <QQueue>

#include <memory>

namespace Lab::Core {

// The outline's condition variable (9.4) as publisher and subscribers: the lab thread "publisher"
// puts `messages` numbered messages into a queue, one every `publish-ms`, each under the mutex
// "queue", and notifies the condition "items" (notify one or notify all); `subscribers` threads
// (subscriber-1, ...) take them and read each for `read-ms` outside the lock.
// A subscriber waits for a message either the right way, `while (queue.isEmpty()) items.wait();`, or
// with `if`: woken to an empty queue (another subscriber took the message first: notify all wakes
// every subscriber for one message) the `if` version would pop from an empty queue. The lab counts
// that as a failure (Python raises IndexError) and lets the subscriber go on; with `while` the same
// wake-up is only a re-check.
class PublishSubscribe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishSubscribe)
public:
    struct Subscriber
    {
        QString name;
        QString state;        // "waiting", "reading", "done" (English keys; the panel translates)
        int received = 0;     // messages taken
        int wakeUps = 0;      // returns from items.wait()
        int emptyWakeUps = 0; // of those, to an empty queue (a re-check with while, a failure with if)
    };
    struct View
    {
        QList<int> queue; // the messages waiting, oldest first
        int published = 0;
        int messages = 0;
        QList<Subscriber> subscribers;
        SyncSnapshot lock;  // the mutex "queue"
        SyncSnapshot items; // the condition
    };
    struct Result
    {
        int messages = 0;
        int published = 0;
        int received = 0;
        int emptyWakeUps = 0;
        int wakeUps = 0;
        bool notifyAll = false;
        bool whileCheck = true;
        bool cancelled = false;
        double seconds = 0;
        QList<Subscriber> subscribers;
        // Pops from an empty queue: only the `if` check fails on an empty wake-up.
        int failures() const { return whileCheck ? 0 : emptyWakeUps; }
    };

    // subscribers 1..8 (3), messages 1..500 (12), publish-ms 0..5000 (300), read-ms 0..5000 (100),
    // notify one|all (one), check while|if (while).
    static const ParameterSchema &schema();

    explicit PublishSubscribe(QObject *parent = nullptr);
    ~PublishSubscribe() override; // interrupts and joins

    bool start(const ParameterValues &values); // false while running
    void cancel();
    bool isRunning() const { return m_crew.isRunning(); }
    View view() const; // for the panel at 10 Hz: never waits for the queue's lock

signals:
    void finished(const Lab::Core::PublishSubscribe::Result &result);

private:
    void publish(int messages, int publishMs, bool notifyAll);
    void subscribe(int index, int readMs, bool whileCheck);
    bool waitForMessage(int index, bool whileCheck); // with "queue" held; false when interrupted
    void setState(int index, const char *state);
    void onFinished();

    std::unique_ptr<SyncMutex> m_lock;
    std::unique_ptr<SyncCondition> m_items;
    QQueue<int> m_queue; // under m_lock
    bool m_closed = false;

    mutable QMutex m_viewLock; // guards m_view: held for a copy or one update, never across a wait
    View m_view;
    Result m_result;
    qint64 m_startNs = 0;
    bool m_cancelled = false;
    ThreadCrew m_crew;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::PublishSubscribe::Result)
