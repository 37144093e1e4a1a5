// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/threadstate.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <sys/types.h>

class QThread;

namespace Lab::Core {

// Issue 7.3: one named lab thread that starts, runs (CPU work), sleeps, runs again and ends, so
// that a panel can light each state of the textbook diagram beside the kernel's letter and Qt's
// isRunning()/isFinished() for the same thread.
class LifecycleDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleDemo)
public:
    // The lab's state vocabulary (DESIGN.md); this thread goes New, Runnable, Running, Sleeping,
    // Running, Terminated. The same states reach the monitor through the trace (it is a LabThread).
    using Phase = ThreadState;

    struct Config
    {
        int firstRunMs = 1500; // 0..60,000 each
        int sleepMs = 1500;
        int secondRunMs = 1500;
        QString name = QStringLiteral("lifecycle-demo"); // the OS name, set before start
    };

    struct Snapshot
    {
        Phase phase = Phase::New;
        int runNumber = 0;      // 1 or 2 while Running
        pid_t tid = 0;          // 0 until the thread has run its first instruction
        QChar kernelState;      // /proc/self/task/<tid>/stat letter; null when there is no task
        bool isRunning = false; // QThread::isRunning()
        bool isFinished = false;
    };

    explicit LifecycleDemo(QObject *parent = nullptr);
    ~LifecycleDemo() override; // interrupts and waits (bounded: the thread checks every few ms)

    static QString validate(const Config &config);
    bool start(const Config &config); // false when already started or the config is invalid
    void cancel();                    // requestInterruption(): the thread skips to its end

    Phase phase() const { return Phase(m_phase.load()); }
    pid_t tid() const { return m_tid.load(); }
    QThread *workerThread() const; // null before start(); stays valid (finished) after the end
    Snapshot snapshot() const;     // reads /proc: call from a timer, not in a tight loop

signals:
    // Emitted from the demo thread (queued to receivers elsewhere) and, for Runnable and
    // Terminated, from the owner's thread.
    void phaseChanged(Lab::Core::LifecycleDemo::Phase phase, int runNumber, int tid);
    void finished(bool cancelled);

private:
    class DemoThread;
    friend class DemoThread;
    void setPhase(Phase phase, int runNumber);

    std::unique_ptr<DemoThread> m_thread;
    std::atomic<int> m_phase{int(Phase::New)};
    std::atomic<int> m_runNumber{0};
    std::atomic<pid_t> m_tid{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace Lab::Core
