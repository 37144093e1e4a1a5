// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "processendingmodel.h"

#include <QList>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Lab::Core {
class WorkerDemoProcess;
struct WorkerDemoExit;
} // namespace Lab::Core

namespace Lab::Gui {

namespace Ui {
class ProcessEndingWidget;
}

// Ends worker processes (`concurrency-lab-worker daemon-demo`) three ways and shows how each ended:
// politely (end of program: it joins its standard thread and exits with code 0), terminate()
// (SIGTERM, 15) or kill() (SIGKILL, 9). runAll() does the three side by side; the buttons do it by
// hand to one process. Every child is killed and reaped when the view is destroyed. The explanation,
// the buttons and the table are the form ui/processendingwidget.ui.
class ProcessEndingWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessEndingWidget)

public:
    using Ending = ProcessEndingModel::Ending;

    explicit ProcessEndingWidget(QWidget *parent = nullptr);
    ~ProcessEndingWidget() override;

    // Starts three processes, ends each `afterMs` after it has started, one way each; allFinished()
    // follows when the three have ended. False when a previous runAll() is still going.
    bool runAll(int afterMs, int workMs);
    void cancelAll(); // kills what runAll() started (allFinished() follows)
    bool isBusy() const { return m_pending > 0; }

    QTableView *table() const { return m_table; }
    ProcessEndingModel *model() const { return m_model; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *button(Ending ending) const;
    qint64 manualPid() const;
    void setWorkMs(int workMs) { m_workMs = workMs; } // the manual process's standard-thread work

signals:
    void allFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    // afterMs >= 0: one of runAll()'s, ended that long after it started; -1: the manual one.
    Core::WorkerDemoProcess *launch(int workMs, Ending ending, int afterMs);
    void end(Core::WorkerDemoProcess *process, Ending ending);
    void updateButtons();

    std::unique_ptr<Ui::ProcessEndingWidget> m_ui;
    QPushButton *m_start = nullptr;
    QPushButton *m_polite = nullptr;
    QPushButton *m_terminate = nullptr;
    QPushButton *m_kill = nullptr;
    ProcessEndingModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    Core::WorkerDemoProcess *m_manual = nullptr;
    QList<Core::WorkerDemoProcess *> m_automatic;
    int m_pending = 0;
    int m_workMs = 1000;
};

} // namespace Lab::Gui
