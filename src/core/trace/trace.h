// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadstate.h"

#include <QDeadlineTimer>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QMutex;
class QProcess;
class QSemaphore;
class QThread;
class QWaitCondition;
QT_END_NAMESPACE

namespace Lab::Core {
class LabThread;
class Pacer;
class TraceRecorder;
} // namespace Lab::Core

// Instrumented helpers for code that runs on lab threads. Each reports the textbook state it enters
// and leaves to the calling thread's recorder and passes a Pacer checkpoint, so worker code reads
// naturally:   Trace::sleep(100); { Trace::Locker locker(mutex); ... } Trace::join(other);
// On a thread that is not a lab thread they behave like the plain Qt calls and record nothing.
namespace Lab::Core::Trace {

// --- creating lab threads -------------------------------------------------------------------
// Creates, names and starts a LabThread running `body`. Without a parent it deletes itself when
// finished (hold it in a QPointer). The name must be unique enough to find; the OS keeps 15 bytes.
LabThread *startThread(const QString &name, std::function<void()> body, QObject *parent = nullptr);

// For the worker-object pattern (QObject moved to a QThread): names `thread` (before start(): a
// warning is logged if it already runs, the OS name then stays Qt's) and reports New, Running while
// it processes events, Waiting ("event loop") while its event loop is idle, and Terminated.
// Returns the worker id.
int attachThread(QThread *thread, const QString &name, TraceRecorder *recorder = nullptr, Pacer *pacer = nullptr);

// Makes the calling thread a lab thread until unbindCurrentThread() (e.g. a pool thread for the
// duration of one task). Records Running. Returns the worker id.
int bindCurrentThread(const QString &name, TraceRecorder *recorder = nullptr, Pacer *pacer = nullptr);
// Binds to an already registered worker id (what LabThread does).
void bindCurrentThread(int workerId, TraceRecorder *recorder, Pacer *pacer);
// Records Terminated and unbinds.
void unbindCurrentThread();

// Reports a lab child process: registers it when it has started (pid known) and records its end.
// Call before start(): the child's environment gets ProcessNameVariable=<name>, which
// concurrency-lab-worker takes as its OS name, so the monitor's table, the timeline and `ps -L`
// show the same name ("factor-proc-1", cut to 15 bytes by the kernel).
inline constexpr char ProcessNameVariable[] = "LAB_PROCESS_NAME";
void watchProcess(QProcess *process, const QString &name, TraceRecorder *recorder = nullptr);
// Reports a process that a watched process started (an MPI rank under mpirun), with the parent's
// recorder: registered now, as Running, and recorded as finished when the parent finishes. Does
// nothing when the parent is not watched or has finished.
void watchChildOf(QProcess *parent, const QString &name, qint64 pid);
// The textbook state of a watched process as its owner knows it (a worker that has been given work
// is Running; one blocked reading its next request is Waiting), so the monitor never shows an idle
// worker as running. Repeats of the same state and detail are not recorded; does nothing before
// the process has started or after it has finished.
void setProcessState(QProcess *process, ThreadState state, const QString &detail = {});

// --- state of the calling thread --------------------------------------------------------------
bool isLabThread();
int currentWorkerId(); // -1 outside lab threads
ThreadState currentState();
void setState(ThreadState state, const QString &detail = {});
// A free-form note on the timeline.
void mark(const QString &detail);
// One visible step of an experiment's point ("read 41"): a mark on the timeline, the end of a step
// to the next visible event (the pacer says "<thread> <what>"), a hold of `holdMs` of lab time (a
// lecture speed: Pacer::LectureHoldMs), then a checkpoint. False when the thread should stop.
bool narrate(const QString &what, qint64 holdMs = 0);
// Marks the start and the end of an experiment run on the global recorder (the timeline's "This
// run" fits them); `name` is the topic or command ("factorization").
void markRun(bool started, const QString &name);

// Enters `state` for the scope, then returns to the previous state.
class ScopedState final
{
public:
    explicit ScopedState(ThreadState state, const QString &detail = {});
    ~ScopedState();
    Q_DISABLE_COPY_MOVE(ScopedState)

private:
    ThreadState m_previous;
    QString m_previousDetail;
};

// --- pacing -----------------------------------------------------------------------------------
// Passes a checkpoint of the thread's pacer. False when the thread should stop (interruption).
bool checkpoint();
// Timed sleep (Sleeping, detail "sleep 40 ms", or "eating 40 ms" with `what` "eating": what the thread
// does while it sleeps, for the monitor and a replay), stretched by slow motion. False when interrupted.
bool sleep(qint64 ms, const QString &what = {});

// --- blocking helpers ---------------------------------------------------------------------------
// Locks `mutex`, reporting Blocked ("mutex") only if it has to wait.
void lock(QMutex &mutex);
class Locker final
{
public:
    explicit Locker(QMutex &mutex);
    ~Locker();
    void unlock();
    void relock();
    Q_DISABLE_COPY_MOVE(Locker)

private:
    QMutex &m_mutex;
    bool m_locked = false;
};
// Waiting ("condition") while in QWaitCondition::wait. Returns what wait() returns.
bool wait(QWaitCondition &condition, QMutex &mutex, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
// Waiting ("semaphore") until `n` resources are acquired.
void acquire(QSemaphore &semaphore, int n = 1);
// Waiting ("join") until `thread` has finished. Returns what QThread::wait() returns.
bool join(QThread *thread, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
// Blocked with `detail` (e.g. "read") around a blocking I/O call.
template<typename F>
auto blockingIo(const QString &detail, F &&call)
{
    ScopedState state(ThreadState::Blocked, detail);
    return call();
}

} // namespace Lab::Core::Trace
