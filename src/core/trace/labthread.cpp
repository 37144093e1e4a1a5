// SPDX-License-Identifier: GPL-3.0-or-later
#include "labthread.h"

#include "pacer.h"
#include "trace.h"
#include "tracelogging_p.h"
#include "tracerecorder.h"

#include <exception>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Lab::Core {

LabThread::LabThread(const QString &name, std::function<void()> body, QObject *parent)
    : LabThread(name, std::move(body), nullptr, nullptr, parent)
{}

LabThread::LabThread(const QString &name, std::function<void()> body, TraceRecorder *recorder, Pacer *pacer,
                     QObject *parent)
    : QThread(parent)
    , m_body(std::move(body))
    , m_recorder(recorder ? recorder : TraceRecorder::instance())
    , m_pacer(pacer ? pacer : Pacer::instance())
{
    const QString effective = name.isEmpty() ? QStringLiteral("lab-thread") : name;
    setObjectName(effective);
    if (effective.toUtf8().size() > MaxOsNameBytes)
        qCWarning(lcTrace, "thread name \"%s\" is longer than 15 bytes; the OS will show \"%s\"",
                  qUtf8Printable(effective), qUtf8Printable(osNameFor(effective)));
    m_workerId = m_recorder->registerThread(effective);
}

LabThread::~LabThread()
{
    requestInterruption();
    wait();
}

QString LabThread::osName() const
{
    return osNameFor(objectName());
}

QString LabThread::osNameFor(const QString &name)
{
    QByteArray bytes = name.toUtf8();
    if (bytes.size() > MaxOsNameBytes)
        bytes.truncate(MaxOsNameBytes);
    return QString::fromUtf8(bytes);
}

void LabThread::start(Priority priority)
{
    // Recorded with tid 0: the thread has no task yet, and the caller's tid would make the sampler
    // take the caller (the GUI or main thread) for this lab thread until it runs, or for ever when
    // pthread_create fails (`threads --spawn` under `ulimit -u`).
    auto record = [this](ThreadState state, const QString &detail) {
        TraceEvent event;
        event.kind = state == ThreadState::Terminated ? TraceEventKind::ThreadFinished : TraceEventKind::StateChanged;
        event.state = state;
        event.workerId = m_workerId;
        event.detail = detail;
        m_recorder->record(std::move(event));
    };
    if (isRunning())
        return;
    record(ThreadState::Runnable, QStringLiteral("start()"));
    QThread::start(priority);
    if (!isRunning() && !isFinished())
        record(ThreadState::Terminated, QStringLiteral("could not be started"));
}

void LabThread::runAsBackgroundWork()
{
    // A little nicer than the GUI thread, and batch work, so that a window showing experiments that
    // keep every core busy still gets its frame in time (DESIGN.md G1). All lab threads (and worker
    // processes) get the same, so comparisons between strategies are unaffected; only other programs
    // gain. On Linux PRIO_PROCESS with a thread id, and sched_setscheduler with a thread id, act on
    // that one thread. Both are allowed without privileges (raising nice, SCHED_BATCH at priority 0).
    const auto tid = pid_t(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, id_t(tid), NiceValue);
    sched_param param{};
    param.sched_priority = 0;
    ::sched_setscheduler(tid, SCHED_BATCH, &param);
}

void LabThread::run()
{
    runAsBackgroundWork();
    Trace::bindCurrentThread(m_workerId, m_recorder, m_pacer);
    try {
        work();
    } catch (const std::exception &e) {
        qCWarning(lcTrace, "lab thread \"%s\" threw: %s", qUtf8Printable(objectName()), e.what());
        Trace::mark(QStringLiteral("exception: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        qCWarning(lcTrace, "lab thread \"%s\" threw an unknown exception", qUtf8Printable(objectName()));
        Trace::mark(QStringLiteral("exception"));
    }
    Trace::unbindCurrentThread();
}

void LabThread::work()
{
    if (m_body)
        m_body();
}

} // namespace Lab::Core
