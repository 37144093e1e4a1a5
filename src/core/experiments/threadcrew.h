// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace Lab::Core {

class LabThread;

// The named lab threads of one experiment run (sellers, philosophers, cars): started together,
// interrupted together, joined when the next run starts or the crew is destroyed; finished() once the
// last one has returned. The bodies must stay bounded after interrupt() (every wait on a lab
// primitive and every Trace::sleep ends on interruption).
class ThreadCrew final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadCrew)
public:
    struct Member
    {
        QString name; // the thread's name in the monitor ("seller-1")
        std::function<void()> body;
    };

    explicit ThreadCrew(QObject *parent = nullptr);
    ~ThreadCrew() override; // interrupts and joins

    // Starts one lab thread per member. False (nothing started) while the previous crew runs.
    bool start(std::vector<Member> members);
    // Requests every thread's interruption.
    void interrupt();
    // interrupt(), then waits for every thread. For destructors of the objects the bodies use.
    void stop();
    bool isRunning() const { return m_running > 0; }

signals:
    void finished();

private:
    void clear();
    void onThreadFinished();

    std::vector<LabThread *> m_threads;
    int m_running = 0;
};

} // namespace Lab::Core
