// SPDX-License-Identifier: GPL-3.0-or-later
#include "philosopherspage.h"

#include "diningtablewidget.h"
#include "gui/panels/tilegrid.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/replayframe.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

namespace Lab::Gui {

namespace {
using Dinner = Core::DiningPhilosophers;
using Remedy = Dinner::Remedy;
const QString ChooseVictimKey = QStringLiteral("choose-victim");
} // namespace

PhilosophersPage::PhilosophersPage(QWidget *parent)
    : ScenarioPage(parent)
    , m_dinner(new Dinner(this))
    , m_holding(new QTimer(this))
{
    m_holding->setSingleShot(true);
    m_holding->setInterval(HoldDeadlockMs);
    connect(m_holding, &QTimer::timeout, this, &PhilosophersPage::onHoldOver);
    m_remedy = new QLabel(this);
    m_remedy->setObjectName(QStringLiteral("currentRemedy"));
    m_remedy->setWordWrap(true);
    m_table = new DiningTableWidget(this);
    m_table->setObjectName(QStringLiteral("philosophersTable"));
    m_conditions = new QLabel(this);
    m_conditions->setObjectName(QStringLiteral("deadlockConditions"));
    m_conditions->setWordWrap(true);
    m_philosophers = new TileGrid(QStringLiteral("philosopher"), 5, 1.4, this);
    m_results = new QLabel(this);
    m_results->setObjectName(QStringLiteral("remedyResults"));
    m_results->setWordWrap(true);
    m_results->setTextFormat(Qt::RichText);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_remedy), static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_conditions),
          static_cast<QWidget *>(m_philosophers), static_cast<QWidget *>(m_results)})
        addBody(widget);

    connect(m_dinner, &Dinner::finished, this, &PhilosophersPage::onFinished);
    // Emitted on the thread that closed the cycle: queued to the GUI thread.
    connect(&Core::DeadlockDetector::instance(), &Core::DeadlockDetector::deadlockDetected, this,
            &PhilosophersPage::onDeadlock, Qt::QueuedConnection);
    connect(m_table, &DiningTableWidget::philosopherClicked, this, &PhilosophersPage::onPhilosopherClicked);
    retranslate();
    showConditions(false, false);
}

PhilosophersPage::~PhilosophersPage() = default; // DiningPhilosophers joins its threads

const Core::ParameterSchema &PhilosophersPage::schema() const
{
    // The dinner's own parameters (shared with `run philosophers`), and the panel's choice of victim.
    static const Core::ParameterSchema s([] {
        QList<Core::ParameterSpec> specs = Dinner::schema().specs();
        specs.append(Core::ParameterSpec::flag(
            ChooseVictimKey, QT_TRANSLATE_NOOP("Lab::Core::Parameters", "I choose the victim"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                              "The lab does not end a deadlock itself: click a philosopher in the red cycle and "
                              "the lab cancels that philosopher's wait."),
            false));
        return specs;
    }());
    return s;
}

QString PhilosophersPage::title() const
{
    return tr("Philosophers");
}

bool PhilosophersPage::start(const Core::ParameterValues &values)
{
    if (m_dinner->isRunning() || m_holding->isActive())
        return false;
    m_values = values;
    m_chooseVictim = values.flag(ChooseVictimKey);
    m_queue.clear();
    for (const QString &name : m_values.choices(QStringLiteral("remedies")))
        m_queue.append(Dinner::remedyFromName(name));
    m_remedies = int(m_queue.size());
    m_rows.clear();
    m_cancelled = false;
    m_deadlock = {};
    m_results->clear();
    startNext();
    return true;
}

void PhilosophersPage::startNext()
{
    m_current = m_queue.takeFirst();
    m_holdAndWaitSeen = false;
    m_table->setDeadlock({});
    m_table->setPrompt({});
    showConditions(false, false);
    m_remedy->setText(tr("Remedy %1 of %2: <b>%3</b>. %4")
                          .arg(m_remedies - m_queue.size())
                          .arg(m_remedies)
                          .arg(Dinner::remedyName(m_current), remedyText(m_current)));
    Dinner::Config config = Dinner::configFrom(m_values, m_current);
    config.labBreaksDeadlock = !m_chooseVictim;
    m_dinner->start(config);
    m_live = true;
    refresh();
}

void PhilosophersPage::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    m_table->setPrompt({});
    if (m_holding->isActive()) { // between two remedies: nothing runs
        m_holding->stop();
        finishDinner(false);
        return;
    }
    m_dinner->cancel();
}

void PhilosophersPage::drawTiles(const Dinner::Snapshot &snapshot, bool replay)
{
    const QLocale locale;
    m_philosophers->setCount(int(snapshot.philosophers.size()));
    for (int i = 0; i < snapshot.philosophers.size(); ++i) {
        const auto &p = snapshot.philosophers.at(i);
        ValueTile *tile = m_philosophers->tile(i);
        tile->setCaption(tr("P%1").arg(i + 1)); // as on the table; the full name in the tool tip
        tile->setToolTip(p.name);
        if (replay) { // a recording holds the states, not the meals (the remedy line says so)
            tile->setValue(QStringLiteral("\u2013"));
            switch (p.state) {
            case Dinner::State::Thinking:
                tile->setDetail(tr("thinking"));
                break;
            case Dinner::State::Hungry:
                tile->setDetail(tr("hungry"));
                break;
            case Dinner::State::Eating:
                tile->setDetail(tr("eating"));
                break;
            case Dinner::State::Done:
                tile->setDetail(tr("left"));
                break;
            }
            tile->setAlert(false);
            continue;
        }
        tile->setValue(locale.toString(p.meals));
        tile->setDetail(tr("longest wait %1 ms").arg(locale.toString(qRound(p.maxWaitMs))));
        tile->setAlert(p.meals == 0 && p.state == Dinner::State::Hungry);
    }
}

void PhilosophersPage::refresh()
{
    if (!m_live || m_replaying)
        return;
    const Dinner::Snapshot snapshot = m_dinner->snapshot();
    m_table->setSnapshot(snapshot);
    drawTiles(snapshot, false);
    // Hold and wait: someone holds a fork while waiting for another.
    QStringList owners;
    for (const Core::SyncSnapshot &fork : snapshot.forks)
        owners.append(fork.owner);
    for (const Core::SyncSnapshot &fork : snapshot.forks) {
        for (const QString &waiter : fork.waiters)
            m_holdAndWaitSeen = m_holdAndWaitSeen || owners.contains(waiter);
    }
    showConditions(m_holdAndWaitSeen, !m_table->deadlock().cycle.isEmpty());
    const int done = m_remedies - int(m_queue.size()) - 1;
    const int seconds = int(m_values.integer(QStringLiteral("seconds")));
    emit progress(
        done, m_remedies,
        tr("%1 (%2 of %3), %4 s each").arg(Dinner::remedyName(m_current)).arg(done + 1).arg(m_remedies).arg(seconds));
}

void PhilosophersPage::onDeadlock(const Core::DeadlockReport &report)
{
    if (!m_dinner->isRunning() || !report.cycle.value(0).thread.startsWith(QLatin1String("philosopher-")))
        return;        // another panel's locks
    if (m_replaying) { // drawn when the replay is left
        m_deadlock = report;
        m_deadlockTable = m_dinner->snapshot();
        m_beforeReplay.deadlock = report;
        return;
    }
    m_table->setDeadlock(report);
    m_deadlock = report;
    m_deadlockTable = m_dinner->snapshot();
    if (m_chooseVictim) {
        m_table->setPrompt(tr("Click a philosopher in the red cycle to break it"));
        m_remedy->setText(tr("<b>Deadlock</b> with remedy %1. You choose the victim: click a philosopher in the "
                             "red cycle. The lab cancels its wait (it kills nothing): it puts its fork down, and "
                             "its neighbour can eat.")
                              .arg(Dinner::remedyName(m_current)));
    }
    refresh();
}

void PhilosophersPage::onPhilosopherClicked(int index)
{
    const Dinner::Snapshot snapshot = m_dinner->snapshot();
    if (!snapshot.awaitingVictim || index < 0 || index >= snapshot.philosophers.size())
        return;
    const QString name = snapshot.philosophers.at(index).name;
    if (!m_dinner->breakDeadlock(name))
        return; // not in the cycle
    m_table->setPrompt({});
    m_remedy->setText(tr("<b>Deadlock</b> with remedy %1, broken by your choice: the lab cancelled the wait of %2.")
                          .arg(Dinner::remedyName(m_current), name));
}

void PhilosophersPage::showConditions(bool holdAndWait, bool circularWait)
{
    m_conditions->setText(tr("The four conditions of a deadlock (break one and none can form):<br>"
                             "%1 <b>Mutual exclusion</b>: a fork has one holder at a time (a mutex).<br>"
                             "%2 <b>No preemption</b>: nobody takes a fork away from its holder.<br>"
                             "%3 <b>Hold and wait</b>: a philosopher holds one fork and waits for the other.<br>"
                             "%4 <b>Circular wait</b>: the waits close a circle round the table.")
                              .arg(conditionMark(true), conditionMark(m_current != Remedy::ChandyMisra),
                                   conditionMark(holdAndWait), conditionMark(circularWait)));
}

QString PhilosophersPage::remedyText(Remedy remedy) const
{
    switch (remedy) {
    case Remedy::None:
        return tr("Left fork, then right: when all take their left fork at once, each waits for a neighbour: a "
                  "circle.");
    case Remedy::Ordering:
        return tr("The lower-numbered fork first: one global order, so the waits can never close a circle.");
    case Remedy::Arbitrator:
        return tr("A semaphore lets at most N-1 sit down: one of them always gets both forks.");
    case Remedy::Backoff:
        return tr("No second fork? Put the first one down and wait a random time: no hold and wait.");
    case Remedy::FixedBackoff:
        return tr("The same with a fixed wait: the philosophers may retry in step and never eat (a livelock).");
    case Remedy::ChandyMisra:
        return tr("Chandy/Misra: a dirty fork (dotted) is handed over on request, even by a hungry philosopher, a "
                  "clean one (outlined) is kept until eaten with: no preemption no longer holds, and nobody "
                  "starves.");
    }
    return {};
}

void PhilosophersPage::onFinished(const Dinner::Result &result)
{
    if (result.deadlocked && m_deadlock.cycle.isEmpty()) {
        // The detector's queued report did not arrive while the dinner ran: draw the run's own.
        m_deadlock = result.deadlock;
        m_deadlockTable = m_dinner->snapshot();
        m_table->setDeadlock(m_deadlock);
    }
    const QLocale locale;
    int fewest = result.meals.isEmpty() ? 0 : result.meals.first();
    int most = fewest;
    double longest = 0;
    for (int meals : result.meals) {
        fewest = std::min(fewest, meals);
        most = std::max(most, meals);
    }
    for (double wait : result.maxWaitMs)
        longest = std::max(longest, wait);
    QString outcome;
    if (result.deadlocked) {
        QStringList cycle;
        for (const Core::WaitForEdge &edge : result.deadlock.cycle)
            cycle.append(tr("%1 waits on %2 held by %3").arg(edge.thread, edge.waitsOn, edge.heldBy));
        outcome = m_chooseVictim
                      ? tr("<b>deadlock</b> after %1 ms: %2; ended by your choice: the lab cancelled the wait of %3")
                            .arg(locale.toString(result.deadlockAfterMs, 'f', 1), cycle.join(QStringLiteral(", ")),
                                 result.victim.isEmpty() ? tr("nobody (cancelled)") : result.victim)
                      : tr("<b>deadlock</b> after %1 ms: %2; ended by the lab, which cancelled one wait")
                            .arg(locale.toString(result.deadlockAfterMs, 'f', 1), cycle.join(QStringLiteral(", ")));
    } else if (result.livelocked) {
        outcome = tr("<b>livelock</b>: everyone busy, no meal");
    } else {
        outcome = result.everyoneAte() ? tr("everyone ate") : tr("someone never ate");
    }
    if (!result.lockOrderCycles.isEmpty())
        outcome += result.lockOrderCycles.size() == 1
                       ? tr("; 1 lock-order cycle: a potential deadlock")
                       : tr("; %1 lock-order cycles: potential deadlocks").arg(result.lockOrderCycles.size());
    m_rows.append(tr("<b>%1</b>: meals %2 to %3 per philosopher, longest wait %4 ms; %5.")
                      .arg(Dinner::remedyName(result.remedy))
                      .arg(fewest)
                      .arg(most)
                      .arg(locale.toString(qRound(longest)))
                      .arg(outcome));
    m_results->setText(m_rows.join(QStringLiteral("<br>")));
    if (!m_cancelled && !result.cancelled && !m_queue.isEmpty()) {
        if (!result.deadlocked) {
            startNext();
            return;
        }
        // Hold the deadlock on the table for a moment: it forms in milliseconds.
        m_remedy->setText(tr("<b>Deadlock</b> with remedy %1: the circle of waits in red, ended by the lab. "
                             "The next remedy starts in %2 s.")
                              .arg(Dinner::remedyName(result.remedy))
                              .arg(HoldDeadlockMs / 1000));
        m_live = false;
        m_table->setSnapshot(m_deadlockTable);
        showConditions(true, true);
        m_holding->start();
        return;
    }
    finishDinner(result.deadlocked);
}

void PhilosophersPage::onHoldOver()
{
    if (m_cancelled) {
        finishDinner(false);
        return;
    }
    startNext();
}

void PhilosophersPage::finishDinner(bool lastDeadlocked)
{
    m_live = true;
    refresh();
    m_live = false;
    if (lastDeadlocked && !m_deadlock.cycle.isEmpty()) { // show the deadlock as it stood
        m_table->setSnapshot(m_deadlockTable);
        m_table->setDeadlock(m_deadlock);
        showConditions(true, true);
    }
    emit finished(m_cancelled          ? tr("Cancelled.")
                  : m_rows.size() == 1 ? tr("Done: 1 remedy tried.")
                                       : tr("Done: %1 remedies tried.").arg(m_rows.size()));
}

void PhilosophersPage::retranslate() {}

Dinner::Snapshot PhilosophersPage::replaySnapshot(const ReplayFrame &frame)
{
    static const QRegularExpression philosopher(QStringLiteral("^philosopher-(\\d+)$"));
    int count = 0;
    for (const QString &name : frame.threadNames) {
        if (const QRegularExpressionMatch match = philosopher.match(name); match.hasMatch())
            count = std::max(count, match.captured(1).toInt());
    }
    Dinner::Snapshot snapshot;
    if (count < 2)
        return snapshot;
    const auto forkName = [count](int index) { return QStringLiteral("fork-%1").arg(index % count + 1); };
    for (int i = 0; i < count; ++i)
        snapshot.forks.append(frame.syncSnapshot(forkName(i)));
    for (int i = 0; i < count; ++i) {
        Dinner::PhilosopherView view;
        view.name = QStringLiteral("philosopher-%1").arg(i + 1);
        view.meals = -1; // not recorded
        const Core::LabWorkerStatus *w = frame.worker(view.name);
        if (!w || w->state == Core::ThreadState::New) {
            view.state = Dinner::State::Thinking; // not at the table yet
        } else if (w->finishedNs != 0 || w->state == Core::ThreadState::Terminated) {
            view.state = Dinner::State::Done;
        } else if (w->state == Core::ThreadState::Sleeping) {
            if (w->detail.startsWith(QLatin1String("eating")))
                view.state = Dinner::State::Eating;
            else if (w->detail.startsWith(QLatin1String("thinking")))
                view.state = Dinner::State::Thinking;
            else // a recording made before the sleeps were named: asleep with a fork in hand is eating
                view.state =
                    snapshot.forks.at(i).owner == view.name || snapshot.forks.at((i + 1) % count).owner == view.name
                        ? Dinner::State::Eating
                        : Dinner::State::Thinking;
        } else {
            view.state = Dinner::State::Hungry; // waiting for a fork or a seat, or reaching for one
        }
        if (view.state == Dinner::State::Eating) { // one eats with both neighbouring forks
            for (int f : {i, (i + 1) % count}) {
                if (snapshot.forks[f].owner.isEmpty()) {
                    snapshot.forks[f].owner = view.name;
                    snapshot.forks[f].holdCount = 1;
                }
            }
        }
        snapshot.philosophers.append(view);
    }
    if (frame.primitive(QStringLiteral("seats")))
        snapshot.seats = frame.syncSnapshot(QStringLiteral("seats"));
    const Core::DeadlockReport cycle = frame.waitCycle();
    if (!cycle.cycle.isEmpty() && cycle.cycle.first().thread.startsWith(QLatin1String("philosopher-"))) {
        snapshot.deadlocked = true;
        snapshot.deadlock = cycle;
    }
    return snapshot;
}

bool PhilosophersPage::showReplay(const ReplayFrame *frame)
{
    const Dinner::Snapshot snapshot = frame ? replaySnapshot(*frame) : Dinner::Snapshot();
    if (snapshot.philosophers.isEmpty()) {
        leaveReplay();
        return false;
    }
    if (!m_replaying) {
        m_beforeReplay = {m_table->snapshot(), m_table->deadlock(), m_table->prompt(), m_remedy->text(),
                          m_conditions->text()};
        m_replaying = true;
    }
    m_table->setPrompt({});
    m_table->setSnapshot(snapshot);
    m_table->setDeadlock(snapshot.deadlock);
    drawTiles(snapshot, true);
    bool holdAndWait = false;
    for (const Core::SyncSnapshot &fork : snapshot.forks) {
        for (const QString &waiter : fork.waiters) {
            for (const Core::SyncSnapshot &other : snapshot.forks)
                holdAndWait = holdAndWait || other.owner == waiter;
        }
    }
    showConditions(holdAndWait, snapshot.deadlocked);
    const QLocale locale;
    m_remedy->setText(
        tr("<b>Replay</b> at %1 s: the table as recorded. A fork's holder is known while someone waits for it or "
           "its philosopher eats; meals are not recorded.")
            .arg(locale.toString(frame->secondsIn(), 'f', 3)) +
        (snapshot.deadlocked ? QLatin1Char(' ') + tr("<b>Deadlock</b>: the waits close a circle (red).") : QString()));
    return true;
}

void PhilosophersPage::leaveReplay()
{
    if (!m_replaying)
        return;
    m_replaying = false;
    m_table->setSnapshot(m_beforeReplay.table);
    m_table->setDeadlock(m_beforeReplay.deadlock);
    m_table->setPrompt(m_beforeReplay.prompt);
    m_remedy->setText(m_beforeReplay.remedy);
    m_conditions->setText(m_beforeReplay.conditions);
    drawTiles(m_beforeReplay.table, false);
    refresh(); // a dinner still running draws itself again
}

} // namespace Lab::Gui
