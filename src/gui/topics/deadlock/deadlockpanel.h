// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/diningphilosophers.h"
#include "gui/panels/experimentpanel.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace Lab::Gui {

class PhilosophersTableView;
class TileGrid;

// Topic 9.2, deadlock: the dining philosophers (Core::DiningPhilosophers, controls from its schema),
// one remedy after another. The table is drawn live; the lab's deadlock detector reports the
// wait-for cycle the moment it closes (drawn in red, kept after the lab has ended the deadlock by
// cancelling one wait); the four conditions are ticked as they hold; per remedy the meals, the
// longest wait, deadlock, livelock and lock-order cycles (potential deadlocks) are listed.
class DeadlockPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlockPanel)
public:
    explicit DeadlockPanel(QWidget *parent = nullptr);
    ~DeadlockPanel() override;

    PhilosophersTableView *table() const { return m_table; }
    TileGrid *philosophers() const { return m_philosophers; }
    QLabel *conditions() const { return m_conditions; }
    QLabel *results() const { return m_results; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void applyPreset(int preset) override;

private:
    void startNext();
    void refresh();
    void onDeadlock(const Core::DeadlockReport &report);
    void onFinished(const Core::DiningPhilosophers::Result &result);
    void showConditions(bool holdAndWait, bool circularWait);
    void onHoldOver();
    void finishDinner(bool lastDeadlocked);
    QString remedyText(Core::DiningPhilosophers::Remedy remedy) const;

    Core::DiningPhilosophers *m_dinner = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_holding = nullptr; // after a deadlock, before the next remedy
    static constexpr int HoldDeadlockMs = 3000;
    PhilosophersTableView *m_table = nullptr;
    QLabel *m_remedy = nullptr;
    QLabel *m_conditions = nullptr;
    TileGrid *m_philosophers = nullptr;
    QLabel *m_results = nullptr;
    QWidget *m_tablePage = nullptr;
    Core::ParameterValues m_values;
    QList<Core::DiningPhilosophers::Remedy> m_queue; // remedies still to run
    Core::DiningPhilosophers::Remedy m_current = Core::DiningPhilosophers::Remedy::None;
    int m_remedies = 0;
    QStringList m_rows; // one results row per finished remedy
    bool m_cancelled = false;
    bool m_holdAndWaitSeen = false;
    // The deadlock of this run, with the table as it stood then (shown again at the end).
    Core::DeadlockReport m_deadlock;
    Core::DiningPhilosophers::Snapshot m_deadlockTable;
};

} // namespace Lab::Gui
