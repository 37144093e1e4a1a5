// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockdemowidget.h"

#include "core/experiments/lockdemo.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/replayframe.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Lab::Gui {

LockDemoWidget::LockDemoWidget(QWidget *parent)
    : QWidget(parent)
    , m_demo(new Core::LockDemo(this))
    , m_explanation(new QLabel(this))
    , m_plain(new QPushButton(this))
    , m_recursive(new QPushButton(this))
    , m_owner(new ValueTile(this))
    , m_hold(new ValueTile(this))
    , m_steps(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_explanation->setWordWrap(true);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setObjectName(QStringLiteral("lockDemoSteps"));
    m_plain->setObjectName(QStringLiteral("lockTwice"));
    m_recursive->setObjectName(QStringLiteral("rlockAccount"));
    m_hold->setObjectName(QStringLiteral("holdCount"));
    m_owner->setObjectName(QStringLiteral("lockOwner"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_plain);
    buttons->addWidget(m_recursive);
    buttons->addStretch(1);
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(m_owner, 1);
    tiles->addWidget(m_hold, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(buttons);
    layout->addLayout(tiles);
    layout->addWidget(m_steps);
    layout->addStretch(1);

    const auto startDemo = [this](Core::LockDemo::Kind kind) {
        m_stepLines.clear();
        m_steps->clear();
        if (m_demo->start(kind, m_stepMs)) {
            m_plain->setEnabled(false);
            m_recursive->setEnabled(false);
            m_timer->start();
        }
    };
    connect(m_plain, &QPushButton::clicked, this, [startDemo] { startDemo(Core::LockDemo::Kind::PlainTwice); });
    connect(m_recursive, &QPushButton::clicked, this,
            [startDemo] { startDemo(Core::LockDemo::Kind::RecursiveAccount); });
    connect(m_demo, &Core::LockDemo::step, this, &LockDemoWidget::addStep);
    connect(m_demo, &Core::LockDemo::finished, this, [this](bool refused, bool cancelled) {
        m_timer->stop();
        refresh();
        if (cancelled)
            addStep(tr("Stopped."));
        else if (refused)
            addStep(tr("<b>Lesson:</b> use an RLock (QRecursiveMutex) when a function that holds the lock calls "
                       "another that takes it, or restructure so the inner function expects the lock held."));
        m_plain->setEnabled(true);
        m_recursive->setEnabled(true);
    });
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &LockDemoWidget::refresh);
    retranslate();
    refresh();
}

LockDemoWidget::~LockDemoWidget() = default;

QString LockDemoWidget::stepsText() const
{
    return m_stepLines.join(QLatin1Char('\n'));
}

void LockDemoWidget::addStep(const QString &what)
{
    m_stepLines.append(what);
    QStringList items;
    for (const QString &line : std::as_const(m_stepLines))
        items.append(QStringLiteral("<li>%1</li>").arg(line));
    m_steps->setText(QStringLiteral("<ol>%1</ol>").arg(items.join(QString())));
}

bool LockDemoWidget::showReplay(const ReplayFrame *frame)
{
    const QString account = QStringLiteral("account");
    const bool ours =
        frame && (frame->threadNames.contains(QStringLiteral("account-holder")) || frame->primitive(account));
    if (!ours) {
        if (m_replaying) {
            m_replaying = false;
            m_owner->setDetail({});
            m_hold->setDetail({});
            refresh();
        }
        return false;
    }
    m_replaying = true;
    const ReplayPrimitive *lock = frame->primitive(account);
    const Core::LabWorkerStatus *holder = frame->worker(QStringLiteral("account-holder"));
    if (lock && !lock->holder.isEmpty()) {
        m_owner->setValue(lock->holder);
        m_owner->setDetail(lock->waiters.isEmpty() ? QString()
                                                   : tr("waiting: %1").arg(lock->waiters.join(QStringLiteral(", "))));
    } else {
        // Only a wait records who holds a lock; this demo's thread never waits (the lab refuses the self-deadlock).
        m_owner->setValue(tr("not recorded"));
        m_owner->setDetail(
            holder && holder->finishedNs == 0
                ? tr("account-holder: %1")
                      .arg(holder->detail.isEmpty() ? Core::threadStateName(holder->state) : holder->detail)
                : QString());
    }
    m_hold->setValue(tr("not recorded"));
    m_hold->setDetail(tr("replay at %1 s").arg(QLocale().toString(frame->secondsIn(), 'f', 3)));
    return true;
}

void LockDemoWidget::refresh()
{
    if (m_replaying)
        return;
    const Core::SyncSnapshot s = m_demo->snapshot();
    m_owner->setValue(s.owner.isEmpty() ? tr("free") : s.owner);
    m_hold->setValue(QString::number(s.holdCount));
}

void LockDemoWidget::retranslate()
{
    m_explanation->setText(
        tr("deposit() takes the account's lock and calls show_balance(), which takes the same lock again. "
           "Run it with a plain lock, then with an RLock, and watch the owner and the hold count."));
    m_plain->setText(tr("Plain lock, taken twice"));
    m_recursive->setText(tr("RLock: deposit calls show_balance"));
    m_owner->setCaption(tr("Owner of \"account\""));
    m_hold->setCaption(tr("Hold count"));
    refresh();
}

void LockDemoWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
