// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishsubscribepage.h"

#include "gui/panels/tilegrid.h"
#include "gui/panels/valuetile.h"

#include <QLabel>
#include <QLocale>

namespace Lab::Gui {

PublishSubscribePage::PublishSubscribePage(QWidget *parent)
    : ScenarioPage(parent)
    , m_experiment(new Core::PublishSubscribe(this))
    , m_waiters(new QLabel(this))
    , m_subscribers(new TileGrid(QStringLiteral("subscriber"), 4, 1.6, this))
{
    m_published = addTile(QStringLiteral("published"));
    m_queue = addTile(QStringLiteral("queued"));
    m_received = addTile(QStringLiteral("received"));
    m_failures = addTile(QStringLiteral("failures"));
    m_waiters->setObjectName(QStringLiteral("conditionWaiters"));
    m_waiters->setWordWrap(true);
    addBody(m_waiters);
    addBody(m_subscribers);
    connect(m_experiment, &Core::PublishSubscribe::finished, this, &PublishSubscribePage::onFinished);
    retranslate();
}

PublishSubscribePage::~PublishSubscribePage() = default;

QString PublishSubscribePage::title() const
{
    return tr("Condition");
}

bool PublishSubscribePage::start(const Core::ParameterValues &values)
{
    if (!m_experiment->start(values))
        return false;
    m_whileCheck = values.choice(QStringLiteral("check")) == QLatin1String("while");
    explain({});
    retranslate();
    refresh();
    return true;
}

void PublishSubscribePage::cancel()
{
    m_experiment->cancel();
}

QString PublishSubscribePage::stateText(const QString &state) const
{
    if (state == QLatin1String("waiting"))
        return tr("waiting on \"items\"");
    if (state == QLatin1String("reading"))
        return tr("reading");
    return tr("done");
}

void PublishSubscribePage::refresh()
{
    const Core::PublishSubscribe::View view = m_experiment->view();
    const QLocale locale;
    m_published->setValue(locale.toString(view.published));
    m_published->setDetail(tr("of %1 messages").arg(view.messages));
    m_queue->setValue(locale.toString(view.queue.size()));
    QStringList queued;
    for (int message : view.queue)
        queued.append(QString::number(message));
    m_queue->setDetail(queued.isEmpty() ? tr("empty") : tr("messages %1").arg(queued.join(QStringLiteral(", "))));
    int received = 0;
    int empty = 0;
    m_subscribers->setCount(int(view.subscribers.size()));
    for (int i = 0; i < view.subscribers.size(); ++i) {
        const auto &subscriber = view.subscribers.at(i);
        received += subscriber.received;
        empty += subscriber.emptyWakeUps;
        ValueTile *tile = m_subscribers->tile(i);
        tile->setCaption(subscriber.name);
        tile->setValue(locale.toString(subscriber.received));
        tile->setDetail(tr("%1; woken %2×, %3 to an empty queue")
                            .arg(stateText(subscriber.state))
                            .arg(subscriber.wakeUps)
                            .arg(subscriber.emptyWakeUps));
        tile->setAlert(!m_whileCheck && subscriber.emptyWakeUps > 0);
    }
    m_received->setValue(locale.toString(received));
    m_received->setDetail(tr("by all subscribers"));
    m_failures->setValue(locale.toString(m_whileCheck ? 0 : empty));
    m_failures->setDetail(m_whileCheck ? tr("%1 empty wake-ups re-checked").arg(empty)
                                       : tr("pop() from an empty queue"));
    m_failures->setAlert(!m_whileCheck && empty > 0);
    const QString holder = view.lock.owner.isEmpty() ? tr("free") : tr("held by %1").arg(view.lock.owner);
    m_waiters->setText(view.items.waiters.isEmpty()
                           ? tr("Nobody waits on the condition \"items\". The lock \"queue\" is %1.").arg(holder)
                           : tr("Waiting on the condition \"items\" (in arrival order): %1. The lock \"queue\" is %2.")
                                 .arg(view.items.waiters.join(QStringLiteral(", ")), holder));
    emit progress(received, view.messages, tr("%1 of %2 messages received").arg(received).arg(view.messages));
}

void PublishSubscribePage::onFinished(const Core::PublishSubscribe::Result &result)
{
    refresh();
    QString text;
    if (result.cancelled)
        text = tr("Stopped after %1 of %2 messages.").arg(result.published).arg(result.messages);
    else if (result.failures() > 0)
        text = tr("<b>%1 times a subscriber woke to an empty queue and would have popped nothing</b> (Python: "
                  "IndexError; the lab counts it and lets the subscriber go on). Waking %2 for one message, the "
                  "first one took it; the others checked with <i>if</i> before they slept and not again after. "
                  "Wait in a <i>while</i> loop (check = while) and run it again.")
                   .arg(result.failures())
                   .arg(result.notifyAll ? tr("every subscriber") : tr("one subscriber"));
    else if (result.whileCheck && result.emptyWakeUps > 0)
        text = tr("<b>All %1 messages received, no failure.</b> %2 wake-ups found the queue empty (another "
                  "subscriber was first); the <i>while</i> loop checked again and went back to waiting. With "
                  "notify = one a message wakes one subscriber: fewer wasted wake-ups.")
                   .arg(result.received)
                   .arg(result.emptyWakeUps);
    else
        text = tr("<b>All %1 messages received, no failure, no wasted wake-up.</b> Each notification woke one "
                  "waiting subscriber, which found its message. A notification with nobody waiting is lost: that "
                  "is why a subscriber checks the queue before it waits.")
                   .arg(result.received);
    explain(text);
    emit finished(result.cancelled ? tr("Cancelled.")
                                   : tr("Done: %1 of %2 messages received, %3 failures.")
                                         .arg(result.received)
                                         .arg(result.messages)
                                         .arg(result.failures()));
}

void PublishSubscribePage::retranslate()
{
    m_published->setCaption(tr("Published"));
    m_queue->setCaption(tr("In the queue"));
    m_received->setCaption(tr("Received"));
    m_failures->setCaption(tr("Failures"));
}

} // namespace Lab::Gui
