// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/processinfo.h"
#include "gui/panels/experimentpanel.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace Lab::Core {
class WorkerDemoProcess;
struct WorkerDemoExit;
} // namespace Lab::Core

namespace Lab::Gui {

class EventLoopView;
class VerticalScrollArea;

// Topic 2: processes and the event loop.
// "Processes" (what Run starts): K real worker processes (`concurrency-lab-worker daemon-demo`, each
// traced, so the monitor lists it and its threads under its own entry) and their live properties read
// from /proc by Core::ProcessInfo on a timer, beside the lab's own; they live `seconds` or until
// Stop / Cancel, and die with the lab (PR_SET_PDEATHSIG, and the panel's destructor kills them).
// "Event loop": EventLoopView (the 2 s freeze vs the same work in a thread, the event log).
class ProcessesPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessesPanel)

public:
    explicit ProcessesPanel(QWidget *parent = nullptr);
    ~ProcessesPanel() override;

    QTableWidget *processTable() const { return m_table; }
    QPushButton *stopButton() const { return m_stop; }
    EventLoopView *eventLoop() const { return m_eventLoop; }
    QList<qint64> workerPids() const;

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;

private:
    struct Worker
    {
        Core::WorkerDemoProcess *process = nullptr;
        qint64 pid = 0;
        Core::ProcessInfo info;
        QString status;
        bool done = false;
    };

    void stopAll();
    void refresh();
    void onWorkerFinished(int index, const Core::WorkerDemoExit &exit);
    void showColumn(int column, const QString &name, const Core::ProcessInfo &info, const QString &status);
    QString exitText(const Core::WorkerDemoExit &exit) const;

    QWidget *m_processPage = nullptr;
    QLabel *m_processNote = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_stop = nullptr;
    EventLoopView *m_eventLoop = nullptr;
    VerticalScrollArea *m_eventLoopTab = nullptr;
    QList<Worker> m_workers;
    QTimer m_refresh;
    QTimer m_lifetime;
    QTimer m_killTimer;
    QElapsedTimer m_clock;
    QString m_startFailure;
    bool m_stopping = false;
    bool m_starting = false;
    bool m_stoppedByUser = false;
};

} // namespace Lab::Gui
