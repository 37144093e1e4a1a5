// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockdemowidget.h"

#include "core/experiments/lockdemo.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/replayframe.h"
#include "ui_lockdemowidget.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace Lab::Gui {

LockDemoWidget::LockDemoWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockDemoWidget>())
    , m_demo(new Core::LockDemo(this))
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_plain = m_ui->lockTwice;
    m_recursive = m_ui->rlockAccount;
    m_owner = m_ui->lockOwner;
    m_hold = m_ui->holdCount;
    m_steps = m_ui->lockDemoSteps;

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

void LockDemoWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh(); // "free" is the one text the form does not hold
    }
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
