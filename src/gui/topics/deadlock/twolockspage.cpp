// SPDX-License-Identifier: GPL-3.0-or-later
#include "twolockspage.h"

#include "gui/panels/valuetile.h"
#include "gui/topics/replayframe.h"
#include "lockgraphwidget.h"
#include "ui_twolockspage.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

namespace Lab::Gui {

namespace {
using Step = Core::TwoLocks::Step;
const QString VictimKey = QStringLiteral("victim");
} // namespace

TwoLocksPage::TwoLocksPage(QWidget *parent)
    : ScenarioPage(parent)
    , m_ui(std::make_unique<Ui::TwoLocksPage>())
    , m_experiment(new Core::TwoLocks(this))
    , m_body(new QWidget(this))
{
    // Short values in a smaller size than the other pages' tiles: side by side in a presenter's
    // narrow column. The deadlock itself is shown by the graph, the prompt and the explanation.
    const auto tile = [this](const QString &name) {
        auto *tile = new ValueTile(this, 1.6);
        tile->setObjectName(name);
        tileRow()->addWidget(tile, 1);
        return tile;
    };
    for (int i = 0; i < 2; ++i)
        m_threadTiles.append(tile(QStringLiteral("twoLocksThread%1").arg(i + 1)));
    // The body below the tiles (graph, legend, prompt, victim buttons, conditions) is the form
    // ui/twolockspage.ui; ScenarioPage lays out the page itself (tiles, body, explanation).
    m_ui->setupUi(m_body);
    m_graph = m_ui->lockGraph;
    m_conditions = m_ui->twoLocksConditions;
    m_prompt = m_ui->victimPrompt;
    m_victims = {m_ui->victimThread1, m_ui->victimThread2};
    for (int i = 0; i < m_victims.size(); ++i) {
        const QString thread = Core::TwoLocks::threadNames().at(i);
        connect(m_victims.at(i), &QPushButton::clicked, this, [this, thread] { chooseVictim(thread); });
    }
    addBody(m_body);
    connect(m_graph, &LockGraphWidget::threadClicked, this, &TwoLocksPage::chooseVictim);
    connect(m_experiment, &Core::TwoLocks::deadlockDetected, this, &TwoLocksPage::onDeadlock);
    connect(m_experiment, &Core::TwoLocks::finished, this, &TwoLocksPage::onFinished);
    retranslate();
    showConditions(false, false);
}

TwoLocksPage::~TwoLocksPage() = default; // TwoLocks joins its threads

const Core::ParameterSchema &TwoLocksPage::schema() const
{
    static const Core::ParameterSchema s([] {
        QList<Core::ParameterSpec> specs = Core::TwoLocks::schema().specs();
        specs.append(Core::ParameterSpec::choice(
            VictimKey, QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Victim"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                              "ask: you choose whose wait the lab cancels (a button, or a click on the thread); "
                              "thread-1 or thread-2: the lab breaks the deadlock itself after showing it."),
            QStringList{QStringLiteral("ask")} + Core::TwoLocks::threadNames(), QStringLiteral("ask")));
        return specs;
    }());
    return s;
}

QString TwoLocksPage::title() const
{
    return tr("Two locks");
}

bool TwoLocksPage::start(const Core::ParameterValues &values)
{
    if (!m_experiment->start(values))
        return false;
    ++m_run;
    m_autoVictim = values.choice(VictimKey) == QLatin1String("ask") ? QString() : values.choice(VictimKey);
    m_holdAndWaitSeen = false;
    m_graph->setDeadlock({});
    m_graph->setChoosingVictim(false);
    for (QPushButton *button : std::as_const(m_victims))
        button->setEnabled(false);
    m_prompt->clear();
    showConditions(false, false);
    explain({});
    refresh();
    return true;
}

void TwoLocksPage::cancel()
{
    m_experiment->cancel();
}

QString TwoLocksPage::stepText(const Core::TwoLocks::ThreadView &thread) const
{
    switch (thread.step) {
    case Step::NotStarted:
        return tr("not started");
    case Step::TakingFirst:
        return tr("takes %1").arg(thread.first);
    case Step::HoldingFirst:
        return tr("works with %1").arg(thread.first);
    case Step::WaitingForSecond:
        return tr("waits for %1").arg(thread.second);
    case Step::WorkingWithBoth:
        return tr("works with both");
    case Step::Done:
        return tr("done");
    case Step::GaveUp:
        return tr("gave up, the victim");
    case Step::Cancelled:
        return tr("stopped");
    }
    return {};
}

void TwoLocksPage::drawTiles(const Core::TwoLocks::View &view)
{
    for (int i = 0; i < view.threads.size() && i < m_threadTiles.size(); ++i) {
        const auto &thread = view.threads.at(i);
        QStringList holds;
        for (const Core::SyncSnapshot &lock : view.locks) {
            if (lock.owner == thread.name)
                holds.append(lock.name);
        }
        m_threadTiles.at(i)->setCaption(tr("%1 holds").arg(thread.name));
        m_threadTiles.at(i)->setValue(holds.isEmpty() ? QStringLiteral("\u2013") : holds.join(QStringLiteral(", ")));
        m_threadTiles.at(i)->setDetail(tr("%1 (takes %2, then %3)").arg(stepText(thread), thread.first, thread.second));
        m_threadTiles.at(i)->setAlert(thread.step == Step::WaitingForSecond && !m_graph->deadlock().cycle.isEmpty());
    }
}

void TwoLocksPage::refresh()
{
    if (m_replaying)
        return;
    const Core::TwoLocks::View view = m_experiment->view();
    m_graph->setView(view);
    drawTiles(view);
    // Hold and wait: a thread that holds one lock waits for the other.
    QStringList owners;
    for (const Core::SyncSnapshot &lock : view.locks)
        owners.append(lock.owner);
    for (const Core::SyncSnapshot &lock : view.locks) {
        for (const QString &waiter : lock.waiters)
            m_holdAndWaitSeen = m_holdAndWaitSeen || owners.contains(waiter);
    }
    showConditions(m_holdAndWaitSeen, !m_graph->deadlock().cycle.isEmpty());
    int done = 0;
    for (const auto &thread : view.threads)
        done += thread.step == Step::Done || thread.step == Step::GaveUp ? 1 : 0;
    emit progress(done, 2, tr("%1 of 2 threads through").arg(done));
}

void TwoLocksPage::onDeadlock(const Core::DeadlockReport &report)
{
    if (m_replaying)
        m_deadlockBefore = report; // drawn when the replay is left
    else
        m_graph->setDeadlock(report);
    if (m_autoVictim.isEmpty()) {
        m_graph->setChoosingVictim(true);
        for (QPushButton *button : std::as_const(m_victims))
            button->setEnabled(true);
        m_prompt->setText(tr("<b>Deadlock: break it.</b> Choose the victim below, or click its thread in the "
                             "graph: the lab cancels its wait, it kills nothing. The victim's lock() fails, it puts "
                             "down the lock it holds, and the other thread goes on."));
    } else {
        m_prompt->setText(tr("<b>Deadlock.</b> The lab cancels the wait of %1 in %2 s.")
                              .arg(m_autoVictim)
                              .arg(ShowBeforeBreakMs / 1000));
        QTimer::singleShot(ShowBeforeBreakMs, this, [this, run = m_run] {
            if (run == m_run)
                chooseVictim(m_autoVictim);
        });
    }
    refresh();
}

void TwoLocksPage::chooseVictim(const QString &thread)
{
    if (!m_experiment->breakDeadlock(thread))
        return; // no standing deadlock of this run, or that thread is not in it
    m_graph->setChoosingVictim(false);
    m_graph->setDeadlock({}); // the cycle is open: the graph shows what happens now
    for (QPushButton *button : std::as_const(m_victims))
        button->setEnabled(false);
    m_prompt->setText(tr("The lab cancelled the wait of %1: it puts its lock down, the other takes it.").arg(thread));
    refresh();
}

void TwoLocksPage::showConditions(bool holdAndWait, bool circularWait)
{
    m_conditions->setText(
        tr("The four conditions of a deadlock (break one and none can form):<br>"
           "%1 <b>Mutual exclusion</b>: a lock has one holder at a time.<br>"
           "%2 <b>No preemption</b>: nobody takes a lock away from its holder.<br>"
           "%3 <b>Hold and wait</b>: a thread holds one lock and waits for the other.<br>"
           "%4 <b>Circular wait</b>: the waits close a circle.")
            .arg(conditionMark(true), conditionMark(true), conditionMark(holdAndWait), conditionMark(circularWait)));
}

void TwoLocksPage::onFinished(const Core::TwoLocks::Result &result)
{
    m_graph->setChoosingVictim(false);
    for (QPushButton *button : std::as_const(m_victims))
        button->setEnabled(false);
    refresh();
    const QLocale locale;
    const QString potential =
        result.lockOrderCycles.isEmpty()
            ? tr("The lock-order graph has no cycle: every thread that held one lock asked for the other in the "
                 "same order, so the waits can never close a circle.")
            : tr("The lock-order graph has a cycle (A before B in one thread, B before A in the other): a "
                 "<b>potential deadlock</b>, found whether or not this run hung.");
    if (result.cancelled) {
        explain(tr("Stopped. %1").arg(potential));
        emit finished(tr("Cancelled."));
        return;
    }
    if (result.deadlocked) {
        explain(tr("<b>Deadlock after %1 ms</b>, found by the lab's detector the moment the second wait closed "
                   "the circle. %2 was the victim: its wait was cancelled and it gave up; %3 finished its work. "
                   "%4")
                    .arg(locale.toString(qRound(result.deadlockAfterMs)), result.victim,
                         result.completed.isEmpty() ? tr("nobody") : result.completed.join(QStringLiteral(", ")),
                         potential));
        emit finished(tr("Done: deadlock, %1 was the victim.").arg(result.victim));
        return;
    }
    explain(tr("<b>No deadlock: both threads finished.</b> %1").arg(potential));
    emit finished(result.lockOrderCycles.isEmpty() ? tr("Done: no deadlock.")
                                                   : tr("Done: no deadlock this time, but a potential one."));
}

void TwoLocksPage::retranslate()
{
    for (int i = 0; i < m_threadTiles.size(); ++i) {
        m_threadTiles.at(i)->setCaption(tr("%1 holds").arg(Core::TwoLocks::threadNames().at(i)));
        if (m_threadTiles.at(i)->value().isEmpty())
            m_threadTiles.at(i)->setValue(QStringLiteral("\u2013"));
    }
    for (int i = 0; i < m_victims.size(); ++i) {
        const QString thread = Core::TwoLocks::threadNames().at(i);
        m_victims.at(i)->setText(thread); // short: two side by side in a presenter's narrow column
        m_victims.at(i)->setToolTip(tr("Cancel the wait of %1: it gives up and puts its lock down.").arg(thread));
    }
}

void TwoLocksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(m_body);
    ScenarioPage::changeEvent(event);
}

Core::TwoLocks::View TwoLocksPage::replayView(const ReplayFrame &frame)
{
    Core::TwoLocks::View view;
    const QStringList names = Core::TwoLocks::threadNames();
    const QStringList lockNames{QStringLiteral("A"), QStringLiteral("B")};
    bool ours = false;
    for (const QString &name : names)
        ours = ours || frame.threadNames.contains(name);
    if (!ours || !(frame.primitiveNames.contains(lockNames.at(0)) || frame.primitive(lockNames.at(0))))
        return view;
    for (const QString &lock : lockNames)
        view.locks.append(frame.syncSnapshot(lock));
    const auto own = [&view](const QString &lock, const QString &thread) {
        for (Core::SyncSnapshot &s : view.locks) {
            if (s.name == lock && s.owner.isEmpty()) {
                s.owner = thread;
                s.holdCount = 1;
            }
        }
    };
    static const QRegularExpression holding(QStringLiteral("^holding (\\S+) "));
    static const QRegularExpression working(QStringLiteral("^working with (\\S+) and (\\S+) "));
    for (int i = 0; i < names.size(); ++i) {
        Core::TwoLocks::ThreadView thread;
        thread.name = names.at(i);
        // thread-1 takes A, then B; thread-2's order is the run's setting: known once it holds one.
        thread.first = i == 0 ? lockNames.at(0) : QString();
        const Core::LabWorkerStatus *w = frame.worker(thread.name);
        const QString waitsOn = w ? frame.waitsOn(*w) : QString();
        if (!w || w->state == Core::ThreadState::New) {
            thread.step = Step::NotStarted;
        } else if (w->finishedNs != 0) {
            thread.step = Step::Done;
        } else if (const QRegularExpressionMatch m = holding.match(w->detail); m.hasMatch()) {
            thread.step = Step::HoldingFirst;
            thread.first = m.captured(1);
            own(thread.first, thread.name);
        } else if (const QRegularExpressionMatch m = working.match(w->detail); m.hasMatch()) {
            thread.step = Step::WorkingWithBoth;
            thread.first = m.captured(1);
            own(m.captured(1), thread.name);
            own(m.captured(2), thread.name);
        } else if (!waitsOn.isEmpty()) {
            // Waiting for a lock while holding the other (someone's "held by" says so): its second.
            bool holdsOther = false;
            for (const Core::SyncSnapshot &s : std::as_const(view.locks))
                holdsOther = holdsOther || (s.name != waitsOn && s.owner == thread.name);
            thread.step = holdsOther ? Step::WaitingForSecond : Step::TakingFirst;
            if (!holdsOther)
                thread.first = waitsOn;
            else
                thread.first = waitsOn == lockNames.at(0) ? lockNames.at(1) : lockNames.at(0);
        } else {
            thread.step = Step::NotStarted; // a stagger's sleep, or between two recorded steps
        }
        if (thread.first.isEmpty())
            thread.first = lockNames.at(1); // not known yet: drawn as the opposite order
        thread.second = thread.first == lockNames.at(0) ? lockNames.at(1) : lockNames.at(0);
        view.threads.append(thread);
    }
    view.sameOrder = view.threads.size() == 2 && view.threads.at(0).first == view.threads.at(1).first;
    return view;
}

bool TwoLocksPage::showReplay(const ReplayFrame *frame)
{
    const Core::TwoLocks::View view = frame ? replayView(*frame) : Core::TwoLocks::View();
    if (view.threads.isEmpty()) {
        if (m_replaying) {
            m_replaying = false;
            m_graph->setView(m_viewBefore);
            m_graph->setDeadlock(m_deadlockBefore);
            m_prompt->setText(m_promptBefore);
            m_conditions->setText(m_conditionsBefore);
            drawTiles(m_viewBefore);
            if (m_experiment->isRunning())
                refresh();
        }
        return false;
    }
    if (!m_replaying) {
        m_viewBefore = m_graph->view();
        m_deadlockBefore = m_graph->deadlock();
        m_promptBefore = m_prompt->text();
        m_conditionsBefore = m_conditions->text();
        m_replaying = true;
    }
    Core::DeadlockReport cycle = frame->waitCycle();
    if (!cycle.cycle.isEmpty() && !Core::TwoLocks::threadNames().contains(cycle.cycle.first().thread))
        cycle = {};
    m_graph->setView(view);
    m_graph->setDeadlock(cycle);
    m_graph->setChoosingVictim(false);
    drawTiles(view);
    bool holdAndWait = false;
    for (const Core::SyncSnapshot &lock : view.locks) {
        for (const QString &waiter : lock.waiters) {
            for (const Core::SyncSnapshot &other : view.locks)
                holdAndWait = holdAndWait || (other.name != lock.name && other.owner == waiter);
        }
    }
    showConditions(holdAndWait, !cycle.cycle.isEmpty());
    m_prompt->setText(tr("<b>Replay</b> at %1 s: the wait-for graph as recorded; the lock-order graph is not "
                         "recorded.")
                          .arg(QLocale().toString(frame->secondsIn(), 'f', 3)));
    return true;
}

} // namespace Lab::Gui
