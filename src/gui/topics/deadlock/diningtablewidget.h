// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/diningphilosophers.h"

#include <QWidget>

namespace Lab::Gui {

// The dining philosophers' table, drawn from DiningPhilosophers::Snapshot at 10 Hz: philosophers on
// a circle (coloured by thinking / hungry / eating, with their meals; meals -1: a replay, not shown), a fork between
// each two neighbours, a solid line from a fork to the philosopher holding it and a dashed arrow from a waiting
// philosopher to the fork it waits for. A deadlock report draws its wait-for cycle in red over the table (it stays
// after the lab has ended the deadlock, so the hall sees what it was). Chandy/Misra's clean forks are drawn with a
// heavy outline, dirty ones dotted. A prompt can be written in the middle of the table; a click on a philosopher emits
// philosopherClicked().
class DiningTableWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiningTableWidget)
public:
    explicit DiningTableWidget(QWidget *parent = nullptr);
    ~DiningTableWidget() override;

    void setSnapshot(const Core::DiningPhilosophers::Snapshot &snapshot);
    const Core::DiningPhilosophers::Snapshot &snapshot() const { return m_snapshot; }
    void setDeadlock(const Core::DeadlockReport &report); // an empty report clears it
    const Core::DeadlockReport &deadlock() const { return m_deadlock; }
    // Written in the middle of the table ("Click a philosopher in the red cycle to break it"); empty: none.
    void setPrompt(const QString &prompt);
    QString prompt() const { return m_prompt; }
    // Where philosopher `index` sits (for tests that click it).
    QPointF seatCenter(int index) const;

    static QColor stateColor(Core::DiningPhilosophers::State state);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void philosopherClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double seatRadius() const;

    Core::DiningPhilosophers::Snapshot m_snapshot;
    QString m_prompt;
    Core::DeadlockReport m_deadlock;
};

} // namespace Lab::Gui
