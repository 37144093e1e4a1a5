// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QProcess>
#include <QString>

namespace Lab::Core {

// How a worker demo process ended: a normal exit with a code, or death by a signal.
struct WorkerDemoExit
{
    qint64 pid = 0;
    bool crashed = false;      // QProcess::CrashExit: ended by a signal
    int exitCode = 0;          // valid when !crashed
    int signal = 0;            // SIGTERM 15, SIGKILL 9, ... when crashed
    QString signalName;        // "SIGTERM", ...
    QString errorOutput;       // what the worker wrote on stderr
    QList<QJsonObject> events; // every JSON line it printed, in order
};

// Runs `concurrency-lab-worker fork-demo` / `daemon-demo` (issue 7.4) or any long demo process that
// 7.5 terminates or kills, without ever blocking the caller's thread. Each JSON line on the
// worker's stdout arrives as eventReceived(); finished() always follows, also after start failures.
// The child dies with the thread that started it (PR_SET_PDEATHSIG): start it from the GUI thread.
class WorkerDemoProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerDemoProcess)
public:
    explicit WorkerDemoProcess(QObject *parent = nullptr);
    ~WorkerDemoProcess() override; // kills a child that still runs

    // fork-demo: one JSON object {parent_pid, child_pid, child_parent_pid, ...}; holdMs keeps the
    // child alive that long so that the monitor can show the tree.
    bool startForkDemo(int holdMs = 0);
    // daemon-demo: JSON lines; runMs = 0 runs until endProgram().
    bool startDaemonDemo(int runMs = 0, int beatMs = 200, int workMs = 3000);
    // Any worker mode; `program` defaults to workerExecutable().
    bool start(const QStringList &arguments, const QString &program = {});

    void endProgram(); // closes the child's stdin: daemon-demo's "end of the program" (graceful)
    // Writes one request line to the child's stdin (daemon-demo: "ping", "crash"); false when it has ended.
    bool request(const QByteArray &line);
    void terminate(); // SIGTERM
    void kill();      // SIGKILL

    bool isRunning() const;
    qint64 pid() const;
    QList<QJsonObject> events() const { return m_exit.events; }

    static QString signalName(int signal);

signals:
    void started(qint64 pid);
    void eventReceived(const QJsonObject &event);
    void finished(const Lab::Core::WorkerDemoExit &exit);
    void failed(const QString &message); // could not start, or a line that is not JSON

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    WorkerDemoExit m_exit;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::WorkerDemoExit)
