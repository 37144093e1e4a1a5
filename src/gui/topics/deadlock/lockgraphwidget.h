// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/twolocks.h"

#include <QWidget>

namespace Lab::Gui {

// "Two threads, two locks" drawn from TwoLocks::View at 10 Hz, in two parts side by side.
// Left (or above, in a narrow column), the live wait-for graph: the threads (coloured by their state) and the locks as
// nodes; a lock points to the thread that holds it with a solid arrow ("holds"), a waiting thread points to the lock it
// waits for with a dashed arrow ("waits for"); a deadlock report draws its cycle in red. Right (or below), the run's
// lock-order graph: an arrow A -> B when B was requested while A was held, named after the thread that did it; a cycle
// (A -> B and B -> A) is drawn in red: a potential deadlock, even when the run did not hang. A click on a thread node
// emits threadClicked() (choosing the victim).
class LockGraphWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockGraphWidget)
public:
    explicit LockGraphWidget(QWidget *parent = nullptr);
    ~LockGraphWidget() override;

    void setView(const Core::TwoLocks::View &view);
    const Core::TwoLocks::View &view() const { return m_view; }
    void setDeadlock(const Core::DeadlockReport &report); // an empty report clears it
    const Core::DeadlockReport &deadlock() const { return m_deadlock; }
    // While true, thread nodes in the cycle look clickable (a pointing hand).
    void setChoosingVictim(bool choosing);

    // Where a thread's node is drawn (for tests that click it); empty when not drawn.
    QRectF threadRect(int index) const;
    // True when the lock-order part shows a cycle.
    bool showsLockOrderCycle() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void threadClicked(const QString &thread);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    bool stacked() const; // too narrow for side by side: the lock-order graph goes under the other
    QRectF waitForArea() const;
    QRectF lockOrderArea() const;
    QRectF lockRect(int index) const; // 0: A, 1: B (wait-for part)
    int threadAt(QPointF point) const;
    bool inCycle(const QString &thread) const;
    void paintWaitFor(QPainter &painter);
    void paintLockOrder(QPainter &painter);

    Core::TwoLocks::View m_view;
    Core::DeadlockReport m_deadlock;
    bool m_choosingVictim = false;
};

} // namespace Lab::Gui
