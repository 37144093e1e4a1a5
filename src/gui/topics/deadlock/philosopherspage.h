// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/diningphilosophers.h"
#include "gui/panels/scenariopage.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace Lab::Gui {

class DiningTableWidget;
class TileGrid;

// 9.2, the dining philosophers (Core::DiningPhilosophers, controls from its schema), one remedy after
// another. The table is drawn live; the lab's deadlock detector reports the wait-for cycle the moment
// it closes (drawn in red, held for a moment after the lab has ended the deadlock by cancelling one
// wait); the four conditions are ticked as they hold; per remedy the meals, the longest wait,
// deadlock, livelock and lock-order cycles (potential deadlocks) are listed. With "I choose the
// victim" the lab does not end a deadlock itself: the table asks for a click on a philosopher in the
// red cycle, and the lab cancels that philosopher's wait.
class PhilosophersPage final : public ScenarioPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhilosophersPage)
public:
    explicit PhilosophersPage(QWidget *parent = nullptr);
    ~PhilosophersPage() override;

    QString scenario() const override { return QStringLiteral("philosophers"); }
    const Core::ParameterSchema &schema() const override;
    QString title() const override;
    bool start(const Core::ParameterValues &values) override;
    void cancel() override;
    void refresh() override;
    void retranslate() override;
    // A recording of philosophers (threads philosopher-1, ...): the table, the tiles and the four
    // conditions at the cursor (docs/trace.md, "What follows the cursor").
    bool showReplay(const ReplayFrame *frame) override;
    // The table a frame gives: philosophers' states from their recorded states (Blocked or Waiting:
    // hungry; asleep "eating": eating; "thinking": thinking; ended: done), forks' holders from the
    // waiters' "held by" and from who eats, waiters from who is Blocked on them. Empty when the
    // recording has no philosophers.
    static Core::DiningPhilosophers::Snapshot replaySnapshot(const ReplayFrame &frame);
    DiningTableWidget *table() const { return m_table; }
    TileGrid *philosophers() const { return m_philosophers; }
    QLabel *conditions() const { return m_conditions; }
    QLabel *results() const { return m_results; }
    QLabel *currentRemedy() const { return m_remedy; }
    static constexpr int HoldDeadlockMs = 3000;

private:
    void startNext();
    void drawTiles(const Core::DiningPhilosophers::Snapshot &snapshot, bool replay);
    void leaveReplay();
    void onDeadlock(const Core::DeadlockReport &report);
    void onFinished(const Core::DiningPhilosophers::Result &result);
    void showConditions(bool holdAndWait, bool circularWait);
    void onHoldOver();
    void onPhilosopherClicked(int index);
    void finishDinner(bool lastDeadlocked);
    QString remedyText(Core::DiningPhilosophers::Remedy remedy) const;

    Core::DiningPhilosophers *m_dinner = nullptr;
    QTimer *m_holding = nullptr; // after a deadlock, before the next remedy
    DiningTableWidget *m_table = nullptr;
    QLabel *m_remedy = nullptr;
    QLabel *m_conditions = nullptr;
    TileGrid *m_philosophers = nullptr;
    QLabel *m_results = nullptr;
    Core::ParameterValues m_values;
    QList<Core::DiningPhilosophers::Remedy> m_queue; // remedies still to run
    Core::DiningPhilosophers::Remedy m_current = Core::DiningPhilosophers::Remedy::None;
    int m_remedies = 0;
    QStringList m_rows; // one results row per finished remedy
    bool m_cancelled = false;
    bool m_holdAndWaitSeen = false;
    bool m_chooseVictim = false;
    bool m_live = false; // refresh() draws the running dinner (not during the hold, not after the end)
    // The deadlock of this run, with the table as it stood then (shown again at the end).
    Core::DeadlockReport m_deadlock;
    Core::DiningPhilosophers::Snapshot m_deadlockTable;
    // While a replay is drawn: what the page showed before, given back when it is left.
    struct Shown
    {
        Core::DiningPhilosophers::Snapshot table;
        Core::DeadlockReport deadlock;
        QString prompt;
        QString remedy;
        QString conditions;
    };
    bool m_replaying = false;
    Shown m_beforeReplay;
};

} // namespace Lab::Gui
