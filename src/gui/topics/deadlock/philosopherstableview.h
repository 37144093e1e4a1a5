// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/diningphilosophers.h"

#include <QWidget>

namespace Lab::Gui {

// The dining philosophers' table, drawn from DiningPhilosophers::Snapshot at 10 Hz: philosophers on
// a circle (coloured by thinking / hungry / eating, with their meals), a fork between each two
// neighbours, a solid line from a fork to the philosopher holding it and a dashed arrow from a
// waiting philosopher to the fork it waits for. A deadlock report draws its wait-for cycle in red
// over the table (it stays after the lab has ended the deadlock, so the hall sees what it was).
class PhilosophersTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhilosophersTableView)
public:
    explicit PhilosophersTableView(QWidget *parent = nullptr);
    ~PhilosophersTableView() override;

    void setSnapshot(const Core::DiningPhilosophers::Snapshot &snapshot);
    void setDeadlock(const Core::DeadlockReport &report); // an empty report clears it
    const Core::DeadlockReport &deadlock() const { return m_deadlock; }

    static QColor stateColor(Core::DiningPhilosophers::State state);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Core::DiningPhilosophers::Snapshot m_snapshot;
    Core::DeadlockReport m_deadlock;
};

} // namespace Lab::Gui
