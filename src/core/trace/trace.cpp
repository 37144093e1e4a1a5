// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace.h"

#include "core/monitor/signaldispositions.h"
#include "labthread.h"
#include "pacer.h"
#include "tracecontext_p.h"
#include "tracelogging_p.h"
#include "tracerecorder.h"

#include <QAbstractEventDispatcher>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSemaphore>
#include <QThread>
#include <QVariant>
#include <QWaitCondition>

#include <sys/syscall.h>
#include <unistd.h>

namespace Lab::Core {

Q_LOGGING_CATEGORY(lcTrace, "lab.core.trace")

namespace Detail {

qint64 currentPid() noexcept
{
    static const qint64 pid = ::getpid();
    return pid;
}

qint64 currentTid() noexcept
{
    thread_local const qint64 tid = ::syscall(SYS_gettid);
    return tid;
}

ThreadContext &threadContext() noexcept
{
    thread_local ThreadContext context;
    return context;
}

} // namespace Detail

namespace Trace {

namespace {

// Dynamic properties of a watched QProcess: its worker id while it runs, and its recorder.
constexpr char ProcessIdProperty[] = "labTraceWorkerId";
constexpr char ProcessRecorderProperty[] = "labTraceRecorder";

Pacer *pacerOrNull()
{
    return Detail::threadContext().pacer;
}

const QString &eventLoopDetail()
{
    static const QString detail = QStringLiteral("event loop");
    return detail;
}

// A worker object's thread idles as Waiting ("event loop"). Qt's glib dispatcher does not always emit
// awake() before delivering an event, so any helper called from a slot first marks the thread Running.
void leaveEventLoopWait()
{
    auto &context = Detail::threadContext();
    if (context.state == ThreadState::Waiting && context.detail == eventLoopDetail())
        setState(ThreadState::Running);
}

// The calling lab thread's name as the monitor shows it.
QString currentThreadLabel()
{
    const QString name = QThread::currentThread()->objectName();
    return name.isEmpty() ? QStringLiteral("thread %1").arg(Detail::currentTid()) : name;
}

void resetClock()
{
    if (Pacer *pacer = pacerOrNull())
        pacer->resetComputeClock();
}

} // namespace

LabThread *startThread(const QString &name, std::function<void()> body, QObject *parent)
{
    auto *thread = new LabThread(name, std::move(body), parent);
    if (!parent)
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

int attachThread(QThread *thread, const QString &name, TraceRecorder *recorder, Pacer *pacer)
{
    Q_ASSERT(thread);
    recorder = recorder ? recorder : TraceRecorder::instance();
    pacer = pacer ? pacer : Pacer::instance();
    if (thread->isRunning())
        qCWarning(lcTrace, "attachThread(\"%s\"): the thread already runs; the OS keeps its old name",
                  qUtf8Printable(name));
    else
        thread->setObjectName(name);
    const int id = recorder->registerThread(name);
    QObject::connect(
        thread, &QThread::started, thread,
        [id, recorder, pacer] {
            bindCurrentThread(id, recorder, pacer);
            if (auto *dispatcher = QAbstractEventDispatcher::instance()) {
                QObject::connect(
                    dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher,
                    [] { setState(ThreadState::Waiting, eventLoopDetail()); }, Qt::DirectConnection);
                QObject::connect(
                    dispatcher, &QAbstractEventDispatcher::awake, dispatcher, [] { setState(ThreadState::Running); },
                    Qt::DirectConnection);
            }
        },
        Qt::DirectConnection);
    QObject::connect(
        thread, &QThread::finished, thread, [] { unbindCurrentThread(); }, Qt::DirectConnection);
    return id;
}

int bindCurrentThread(const QString &name, TraceRecorder *recorder, Pacer *pacer)
{
    recorder = recorder ? recorder : TraceRecorder::instance();
    const int id = recorder->registerThread(name);
    bindCurrentThread(id, recorder, pacer ? pacer : Pacer::instance());
    return id;
}

void bindCurrentThread(int workerId, TraceRecorder *recorder, Pacer *pacer)
{
    auto &context = Detail::threadContext();
    context.recorder = recorder;
    context.pacer = pacer;
    context.workerId = workerId;
    context.state = ThreadState::Running;
    context.detail.clear();
    recorder->recordState(workerId, ThreadState::Running);
    if (pacer)
        pacer->resetComputeClock();
}

void unbindCurrentThread()
{
    auto &context = Detail::threadContext();
    if (!context.recorder)
        return;
    context.recorder->recordState(context.workerId, ThreadState::Terminated);
    context = Detail::ThreadContext();
}

void watchProcess(QProcess *process, const QString &name, TraceRecorder *recorder)
{
    Q_ASSERT(process);
    recorder = recorder ? recorder : TraceRecorder::instance();
    QProcessEnvironment environment = process->processEnvironment();
    if (environment.isEmpty())
        environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ProcessNameVariable), name);
    process->setProcessEnvironment(environment);
    auto id = std::make_shared<int>(-1);
    QObject::connect(process, &QProcess::started, process, [process, name, recorder, id] {
        *id = recorder->registerProcess(name, process->processId());
        process->setProperty(ProcessIdProperty, *id);
        process->setProperty(ProcessRecorderProperty, QVariant::fromValue(static_cast<void *>(recorder)));
    });
    QObject::connect(process, &QProcess::finished, process,
                     [process, recorder, id](int exitCode, QProcess::ExitStatus status) {
                         process->setProperty(ProcessIdProperty, QVariant());
                         if (*id < 0)
                             return;
                         // On Unix, Qt reports the signal that ended a crashed process as its exit code.
                         recorder->recordProcessFinished(
                             *id, status == QProcess::CrashExit
                                      ? QStringLiteral("killed by SIG%1").arg(SignalDispositions::signalName(exitCode))
                                      : QStringLiteral("exit code %1").arg(exitCode));
                         *id = -1;
                     });
}

void watchChildOf(QProcess *parent, const QString &name, qint64 pid)
{
    Q_ASSERT(parent);
    auto *recorder = static_cast<TraceRecorder *>(parent->property(ProcessRecorderProperty).value<void *>());
    if (!recorder || !parent->property(ProcessIdProperty).isValid() || pid <= 0)
        return;
    const int id = recorder->registerProcess(name, pid);
    QObject::connect(parent, &QProcess::finished, parent,
                     [recorder, id] { recorder->recordProcessFinished(id, QStringLiteral("ended with its parent")); });
}

void setProcessState(QProcess *process, ThreadState state, const QString &detail)
{
    const QVariant id = process->property(ProcessIdProperty);
    auto *recorder = static_cast<TraceRecorder *>(process->property(ProcessRecorderProperty).value<void *>());
    if (id.isValid() && recorder)
        recorder->recordProcessState(id.toInt(), state, detail);
}

bool isLabThread()
{
    return Detail::threadContext().recorder != nullptr;
}

int currentWorkerId()
{
    return Detail::threadContext().workerId;
}

ThreadState currentState()
{
    return Detail::threadContext().state;
}

void setState(ThreadState state, const QString &detail)
{
    auto &context = Detail::threadContext();
    if (!context.recorder || (context.state == state && context.detail == detail))
        return;
    context.state = state;
    context.detail = detail;
    context.recorder->recordState(context.workerId, state, detail);
    // A textbook state change is a visible event: it ends a step to the next one.
    if (context.pacer && context.pacer->isActive()) {
        const QString text =
            detail.isEmpty() ? QStringLiteral("%1: %2").arg(currentThreadLabel(), threadStateName(state))
                             : QStringLiteral("%1: %2 (%3)").arg(currentThreadLabel(), threadStateName(state), detail);
        context.pacer->announce(text);
    }
}

void mark(const QString &detail)
{
    leaveEventLoopWait();
    auto &context = Detail::threadContext();
    if (context.recorder)
        context.recorder->recordKind(context.workerId, TraceEventKind::Mark, detail);
}

bool narrate(const QString &what, qint64 holdMs)
{
    auto &context = Detail::threadContext();
    if (!context.recorder)
        return !QThread::currentThread()->isInterruptionRequested();
    mark(what);
    if (context.pacer && (holdMs > 0 || context.pacer->isActive())) {
        if (!context.pacer->announce(QStringLiteral("%1 %2").arg(currentThreadLabel(), what), holdMs, what))
            return false;
    }
    return checkpoint();
}

void markRun(bool started, const QString &name)
{
    TraceEvent event;
    event.kind = started ? TraceEventKind::RunStarted : TraceEventKind::RunFinished;
    event.detail = name;
    TraceRecorder::instance()->record(std::move(event));
}

ScopedState::ScopedState(ThreadState state, const QString &detail)
    : m_previous((leaveEventLoopWait(), currentState()))
    , m_previousDetail(Detail::threadContext().detail)
{
    setState(state, detail);
}

ScopedState::~ScopedState()
{
    setState(m_previous, m_previousDetail);
    resetClock();
}

bool checkpoint()
{
    leaveEventLoopWait();
    Pacer *pacer = pacerOrNull();
    if (!pacer)
        return !QThread::currentThread()->isInterruptionRequested();
    return pacer->checkpoint();
}

bool sleep(qint64 ms, const QString &what)
{
    Pacer *pacer = pacerOrNull();
    if (!pacer) {
        QThread::msleep(quint64(std::max<qint64>(ms, 0)));
        return !QThread::currentThread()->isInterruptionRequested();
    }
    bool ok = true;
    {
        ScopedState state(ThreadState::Sleeping,
                          QStringLiteral("%1 %2 ms").arg(what.isEmpty() ? QStringLiteral("sleep") : what).arg(ms));
        ok = pacer->sleep(ms);
    }
    return ok;
}

void lock(QMutex &mutex)
{
    leaveEventLoopWait();
    if (mutex.tryLock())
        return;
    ScopedState state(ThreadState::Blocked, QStringLiteral("mutex"));
    mutex.lock();
}

Locker::Locker(QMutex &mutex)
    : m_mutex(mutex)
{
    relock();
}

Locker::~Locker()
{
    unlock();
}

void Locker::unlock()
{
    if (m_locked) {
        m_mutex.unlock();
        m_locked = false;
    }
}

void Locker::relock()
{
    if (!m_locked) {
        lock(m_mutex);
        m_locked = true;
    }
}

bool wait(QWaitCondition &condition, QMutex &mutex, QDeadlineTimer deadline)
{
    ScopedState state(ThreadState::Waiting, QStringLiteral("condition"));
    return condition.wait(&mutex, deadline);
}

void acquire(QSemaphore &semaphore, int n)
{
    if (semaphore.tryAcquire(n))
        return;
    ScopedState state(ThreadState::Waiting, QStringLiteral("semaphore"));
    semaphore.acquire(n);
}

bool join(QThread *thread, QDeadlineTimer deadline)
{
    ScopedState state(ThreadState::Waiting, QStringLiteral("join %1").arg(thread->objectName()));
    return thread->wait(deadline);
}

} // namespace Trace
} // namespace Lab::Core
