// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <sys/types.h>

namespace Lab::Core {

// Issue 7.5, graceful half: a named lab thread computes in 1 ms steps and checks
// isInterruptionRequested() between them; stop() asks it to end, and the thread finishes its step,
// runs its clean-up and returns. Compare WorkerDemoProcess::terminate()/kill() for processes.
class GracefulStopDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GracefulStopDemo)
public:
    struct Report
    {
        pid_t tid = 0;
        qint64 stepsDone = 0;
        double stopLatencyMs = -1; // from requestInterruption() to the end of run(); -1 if it ended alone
        bool cleanedUp = false;    // the thread's clean-up code ran (it always does on a graceful stop)
        bool stoppedByRequest = false;
        quint64 checksum = 0; // the work's result
    };

    explicit GracefulStopDemo(QObject *parent = nullptr);
    ~GracefulStopDemo() override;

    // maxSeconds bounds the run (1..3600) in case nobody calls stop().
    bool start(const QString &name = QStringLiteral("graceful-stop"), int maxSeconds = 600);
    void stop(); // requestInterruption()
    bool isRunning() const;
    pid_t tid() const;

signals:
    void started(int tid);
    void finished(const Lab::Core::GracefulStopDemo::Report &report);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::GracefulStopDemo::Report)
