// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <functional>

namespace Lab::Core {

class Pacer;
class TraceRecorder;

// A QThread for lab experiments. It names itself in the constructor (Qt gives the OS thread its
// objectName once, at start(), truncated by the kernel to 15 bytes) and reports its life cycle:
// New on construction, Runnable at start(), Running when run() begins, Terminated when it returns.
// Run a function, or derive and override work(). Exceptions never escape run(): they are logged
// and recorded as a mark. The destructor requests interruption and waits: bodies must check
// Trace::checkpoint() / isInterruptionRequested() to stay bounded.
class LabThread : public QThread
{
    Q_OBJECT
public:
    static constexpr int MaxOsNameBytes = 15;
    // The nice value every lab thread (and lab worker process) runs at: the GUI thread keeps 0.
    static constexpr int NiceValue = 5;
    // Puts the calling thread on the lab workers' footing: NiceValue, and the SCHED_BATCH policy
    // (CPU-bound work: no wake-up preemption of others, so the GUI thread gets a core as soon as it
    // wakes; the same share of CPU). Async-signal-safe: worker processes call it between fork and exec,
    // and their threads inherit it.
    static void runAsBackgroundWork();

    explicit LabThread(const QString &name, std::function<void()> body = {}, QObject *parent = nullptr);
    LabThread(const QString &name, std::function<void()> body, TraceRecorder *recorder, Pacer *pacer,
              QObject *parent = nullptr);
    ~LabThread() override;

    int workerId() const { return m_workerId; }
    QString name() const { return objectName(); }
    // The name /proc and ps show: the first 15 bytes of the UTF-8 name.
    QString osName() const;
    static QString osNameFor(const QString &name);

    // Hides QThread::start() to record Runnable first (calling QThread::start() through a base
    // pointer still works; the trace then goes from New straight to Running).
    void start(Priority priority = InheritPriority);

protected:
    void run() override;
    virtual void work();

private:
    std::function<void()> m_body;
    TraceRecorder *m_recorder;
    Pacer *m_pacer;
    int m_workerId = -1;
};

} // namespace Lab::Core
