// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockdemoview.h"

#include "core/experiments/lockdemo.h"
#include "gui/panels/valuetile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Lab::Gui {

LockDemoView::LockDemoView(QWidget *parent)
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
    connect(m_demo, &Core::LockDemo::step, this, &LockDemoView::addStep);
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
    connect(m_timer, &QTimer::timeout, this, &LockDemoView::refresh);
    retranslate();
    refresh();
}

LockDemoView::~LockDemoView() = default;

QString LockDemoView::stepsText() const
{
    return m_stepLines.join(QLatin1Char('\n'));
}

void LockDemoView::addStep(const QString &what)
{
    m_stepLines.append(what);
    QStringList items;
    for (const QString &line : std::as_const(m_stepLines))
        items.append(QStringLiteral("<li>%1</li>").arg(line));
    m_steps->setText(QStringLiteral("<ol>%1</ol>").arg(items.join(QString())));
}

void LockDemoView::refresh()
{
    const Core::SyncSnapshot s = m_demo->snapshot();
    m_owner->setValue(s.owner.isEmpty() ? tr("free") : s.owner);
    m_hold->setValue(QString::number(s.holdCount));
}

void LockDemoView::retranslate()
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

void LockDemoView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
