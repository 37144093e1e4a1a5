// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/processinfo.h"
#include "gui/panels/experimentpanel.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QJsonObject;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Lab::Core {
class WorkerDemoProcess;
struct WorkerDemoExit;
} // namespace Lab::Core

namespace Lab::Gui {

class EventLoopWidget;
class ProcessInfoModel;
class VerticalScrollArea;

namespace Ui {
class ProcessesPanel;
}

// Topic 2: processes and the event loop.
// "Processes" (what Run starts): K real worker processes (`concurrency-lab-worker daemon-demo`, each
// traced, so the monitor lists it and its threads under its own entry) and their live properties read
// from /proc by Core::ProcessInfo on a timer, beside the lab's own; they live `seconds` or until
// Stop / Cancel, and die with the lab (PR_SET_PDEATHSIG, and the panel's destructor kills them).
// "Crash one worker" asks one of them to crash (a thread in it writes through a null pointer): the
// kernel ends that process with SIGSEGV, the panel names the worker, its pid and the signal, and
// pings the others, which answer: a crash kills one process, not the others.
// "Event loop": EventLoopWidget (the 2 s freeze vs the same work in a thread, the event log).
// The "Processes" page is the form ui/processespanel.ui.
class ProcessesPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessesPanel)

public:
    explicit ProcessesPanel(QWidget *parent = nullptr);
    ~ProcessesPanel() override;

    QTableView *processTable() const { return m_table; }
    ProcessInfoModel *processModel() const { return m_model; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *crashButton() const { return m_crash; }
    QLabel *crashNote() const { return m_crashNote; }
    EventLoopWidget *eventLoop() const { return m_eventLoop; }
    QList<qint64> workerPids() const;

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    struct Worker
    {
        Core::WorkerDemoProcess *process = nullptr;
        qint64 pid = 0;
        Core::ProcessInfo info;
        QString status;
        bool done = false;
        bool crashRequested = false;
        bool crashed = false;  // ended by a signal while the run went on (not by Stop)
        bool answered = false; // answered a ping sent after the last crash
    };
    struct Crash
    {
        int index = -1;
        qint64 pid = 0;
        int signal = 0;
        QString signalName;
        bool requested = false; // by "Crash one worker" (not killed from outside)
    };

    void stopAll();
    void refresh();
    void onWorkerFinished(int index, const Core::WorkerDemoExit &exit);
    void onWorkerEvent(int index, const QJsonObject &event);
    void crashOneWorker();
    void updateCrashControls();
    int liveWorkers() const;
    bool crashPending() const;
    QString exitText(const Core::WorkerDemoExit &exit) const;

    std::unique_ptr<Ui::ProcessesPanel> m_ui;
    QWidget *m_processPage = nullptr;
    QLabel *m_processNote = nullptr;
    ProcessInfoModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_crashNote = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_crash = nullptr;
    EventLoopWidget *m_eventLoop = nullptr;
    VerticalScrollArea *m_eventLoopTab = nullptr;
    QList<Worker> m_workers;
    Crash m_lastCrash;
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
