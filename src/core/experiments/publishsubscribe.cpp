// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishsubscribe.h"

#include "core/trace/trace.h"
#include "core/trace/traceevent.h"

namespace Lab::Core {

namespace {
const int PublishSubscribeResultMetaType = qRegisterMetaType<PublishSubscribe::Result>();
} // namespace

const ParameterSchema &PublishSubscribe::schema()
{
    using Spec = ParameterSpec;
    static const ParameterSchema s({
        Spec::integer(QStringLiteral("subscribers"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Subscribers"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Threads that wait for messages on the condition."), 1,
                      8, 3),
        Spec::integer(QStringLiteral("messages"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Messages"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How many messages the publisher puts in the queue."),
                      1, 500, 12),
        Spec::integer(QStringLiteral("publish-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Between messages"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "The publisher's pause between two messages."), 0,
                      5000, 300, QStringLiteral("ms")),
        Spec::integer(
            QStringLiteral("read-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Reading a message"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters", "A subscriber's time for one message, outside the lock."), 0,
            5000, 100, QStringLiteral("ms")),
        Spec::choice(QStringLiteral("notify"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Notify"),
                     QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                       "one: wake one waiting subscriber per message; all: wake every one."),
                     {QStringLiteral("one"), QStringLiteral("all")}, QStringLiteral("one")),
        Spec::choice(QStringLiteral("check"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Waiting with"),
                     QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                       "while: re-check the queue after every wake-up; if: check once, then take."),
                     {QStringLiteral("while"), QStringLiteral("if")}, QStringLiteral("while")),
    });
    return s;
}

PublishSubscribe::PublishSubscribe(QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(PublishSubscribeResultMetaType)
    connect(&m_crew, &ThreadCrew::finished, this, &PublishSubscribe::onFinished);
}

PublishSubscribe::~PublishSubscribe()
{
    m_crew.stop();
}

bool PublishSubscribe::start(const ParameterValues &values)
{
    if (isRunning())
        return false;
    const int subscribers = int(values.integer(QStringLiteral("subscribers")));
    const int messages = int(values.integer(QStringLiteral("messages")));
    const int publishMs = int(values.integer(QStringLiteral("publish-ms")));
    const int readMs = int(values.integer(QStringLiteral("read-ms")));
    const bool notifyAll = values.choice(QStringLiteral("notify")) == QLatin1String("all");
    const bool whileCheck = values.choice(QStringLiteral("check")) == QLatin1String("while");

    m_lock = std::make_unique<SyncMutex>(QStringLiteral("queue"));
    m_items = std::make_unique<SyncCondition>(QStringLiteral("items"), *m_lock);
    m_queue.clear();
    m_closed = false;
    m_cancelled = false;
    m_result = {};
    m_result.messages = messages;
    m_result.notifyAll = notifyAll;
    m_result.whileCheck = whileCheck;
    {
        QMutexLocker locker(&m_viewLock);
        m_view = {};
        m_view.messages = messages;
        for (int i = 0; i < subscribers; ++i)
            m_view.subscribers.append({QStringLiteral("subscriber-%1").arg(i + 1), QStringLiteral("waiting")});
    }
    std::vector<ThreadCrew::Member> members;
    members.push_back({QStringLiteral("publisher"), [=, this] { publish(messages, publishMs, notifyAll); }});
    for (int i = 0; i < subscribers; ++i)
        members.push_back(
            {QStringLiteral("subscriber-%1").arg(i + 1), [=, this] { subscribe(i, readMs, whileCheck); }});
    m_startNs = monotonicNowNs();
    return m_crew.start(std::move(members));
}

void PublishSubscribe::cancel()
{
    m_cancelled = true;
    m_crew.interrupt();
}

PublishSubscribe::View PublishSubscribe::view() const
{
    View view;
    {
        QMutexLocker locker(&m_viewLock);
        view = m_view;
    }
    if (m_lock) {
        view.lock = m_lock->snapshot();
        view.items = m_items->snapshot();
    }
    return view;
}

void PublishSubscribe::publish(int messages, int publishMs, bool notifyAll)
{
    for (int message = 1; message <= messages; ++message) {
        if (!Trace::sleep(publishMs) || !m_lock->lock())
            return; // cancelled
        m_queue.enqueue(message);
        {
            QMutexLocker locker(&m_viewLock);
            m_view.queue.append(message);
            m_view.published = message;
        }
        if (notifyAll)
            m_items->notifyAll();
        else
            m_items->notifyOne();
        m_lock->unlock();
    }
    if (!m_lock->lock())
        return;
    m_closed = true; // no more messages: wake everyone to finish
    m_items->notifyAll();
    m_lock->unlock();
}

bool PublishSubscribe::waitForMessage(int index, bool whileCheck)
{
    const auto wait = [&] {
        setState(index, "waiting");
        const bool woken = m_items->wait();
        QMutexLocker locker(&m_viewLock);
        Subscriber &self = m_view.subscribers[index];
        ++self.wakeUps;
        if (woken && m_queue.isEmpty() && !m_closed)
            ++self.emptyWakeUps;
        return woken;
    };
    if (whileCheck) {
        while (m_queue.isEmpty() && !m_closed) {
            if (!wait())
                return false;
        }
    } else if (m_queue.isEmpty() && !m_closed) {
        if (!wait())
            return false;
    }
    return true;
}

void PublishSubscribe::subscribe(int index, int readMs, bool whileCheck)
{
    for (;;) {
        if (!m_lock->lock())
            return;
        if (!waitForMessage(index, whileCheck)) {
            m_lock->unlock(); // a no-op when the interrupted wait could not take the lock again
            return;
        }
        if (m_queue.isEmpty()) {
            const bool closed = m_closed;
            m_lock->unlock();
            if (closed)
                break;
            // Only the `if` version gets here: it would pop from an empty queue.
            Trace::mark(QStringLiteral("woke to an empty queue: pop() fails"));
            continue;
        }
        m_queue.dequeue();
        {
            QMutexLocker locker(&m_viewLock);
            m_view.queue.removeFirst();
            ++m_view.subscribers[index].received;
        }
        m_lock->unlock();
        setState(index, "reading");
        if (!Trace::sleep(readMs))
            return;
    }
    setState(index, "done");
}

void PublishSubscribe::setState(int index, const char *state)
{
    QMutexLocker locker(&m_viewLock);
    m_view.subscribers[index].state = QString::fromLatin1(state);
}

void PublishSubscribe::onFinished()
{
    const View last = view();
    m_result.published = last.published;
    m_result.subscribers = last.subscribers;
    for (const Subscriber &subscriber : last.subscribers) {
        m_result.received += subscriber.received;
        m_result.wakeUps += subscriber.wakeUps;
        m_result.emptyWakeUps += subscriber.emptyWakeUps;
    }
    m_result.cancelled = m_cancelled;
    m_result.seconds = double(monotonicNowNs() - m_startNs) / 1e9;
    emit finished(m_result);
}

} // namespace Lab::Core
