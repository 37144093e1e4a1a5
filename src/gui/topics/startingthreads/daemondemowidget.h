// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Lab::Core {
class WorkerDemoProcess;
struct WorkerDemoExit;
} // namespace Lab::Core

namespace Lab::Gui {

// Runs `concurrency-lab-worker daemon-demo`: a child program with a heartbeat daemon thread
// (demo-daemon, detached) and a standard thread (demo-worker, joined). "End the program" closes its
// stdin: its main thread waits for the standard thread and abandons the daemon mid-beat. Both
// threads are in the monitor under the child's entry until it exits.
class DaemonDemoWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DaemonDemoWidget)

public:
    explicit DaemonDemoWidget(QWidget *parent = nullptr);
    ~DaemonDemoWidget() override;

    bool start(int beatMs, int workMs);
    void endProgram();
    bool isRunning() const;
    qint64 pid() const;
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *endButton() const { return m_endButton; }
    QLabel *daemonLabel() const { return m_daemon; }
    QLabel *workerLabel() const { return m_worker; }
    QLabel *summary() const { return m_summary; }
    QPlainTextEdit *log() const { return m_log; }

signals:
    void demoFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onEvent(const QJsonObject &event);
    void onFinished(const Core::WorkerDemoExit &exit);
    void showThreads();
    void retranslate();

    Core::WorkerDemoProcess *m_process = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_endButton = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_daemonTitle = nullptr;
    QLabel *m_daemon = nullptr;
    QLabel *m_workerTitle = nullptr;
    QLabel *m_worker = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_summary = nullptr;
    int m_daemonTid = 0;
    int m_workerTid = 0;
    int m_beats = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_workerFinished = false;
    bool m_ending = false;
    bool m_exited = false;
};

} // namespace Lab::Gui
