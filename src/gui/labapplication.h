// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QElapsedTimer>

namespace Lab::Gui {

// The lab's QApplication. With LAB_SLOW_EVENT_MS=N in the environment it times every event the GUI
// thread delivers (the outermost notify() only, so a nested dispatch is counted in its caller) and logs
// each one that took N ms or more (a paint event, at any depth: N/4) to `lab.gui.slowevents`: the receiver's class and
// object name, the event type, the time and the GUI thread's CPU time in it (the cost, apart from what else ran). This
// is how the frame budget (G1, docs/gui.md) is kept: run a benchmark with it and read what held the loop. Without the
// variable, notify() only forwards.
class LabApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabApplication)

public:
    LabApplication(int &argc, char **argv);
    ~LabApplication() override;

    bool notify(QObject *receiver, QEvent *event) override;

private:
    qint64 m_slowNs = 0; // 0: off
    int m_depth = 0;
};

} // namespace Lab::Gui
