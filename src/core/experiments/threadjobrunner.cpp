// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadjobrunner.h"

#include "busywork.h"
#include "core/trace/labthread.h"
#include "core/trace/trace.h"
#include "cpuaffinity.h"
#include "threadidentity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStringList>
#include <QThread>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/timerfd.h>
#include <unistd.h>
#include <vector>

namespace Lab::Core {

Q_LOGGING_CATEGORY(lcThreadJob, "lab.core.experiments.threadjob")

struct ThreadJobRunner::UnitContext::Shared
{
    ~Shared()
    {
        if (cancelFd >= 0)
            ::close(cancelFd);
    }
    std::atomic<bool> cancelled{false};
    int cancelFd = -1; // eventfd: written once on cancel, stays readable, wakes every waiting thread
    bool simulateGil = false;
    QMutex gil;
    std::atomic<int> inside{0};
    std::atomic<int> maxInside{0};
    std::atomic<qint64> nextUnit{0};
    std::atomic<quint64> checksum{0};
    std::atomic<qint64> unitsDone{0};
    qint64 units = 0;
    std::vector<ThreadReport> reports;
    QElapsedTimer timer;
};

void ThreadJobRunner::UnitContext::enterWork()
{
    if (m_shared->simulateGil)
        Trace::lock(m_shared->gil); // Blocked ("mutex") in the monitor while another thread holds it
    const int now = m_shared->inside.fetch_add(1) + 1;
    int seen = m_shared->maxInside.load();
    while (now > seen && !m_shared->maxInside.compare_exchange_weak(seen, now)) {
    }
}

void ThreadJobRunner::UnitContext::leaveWork()
{
    m_shared->inside.fetch_sub(1);
    if (m_shared->simulateGil)
        m_shared->gil.unlock();
}

bool ThreadJobRunner::UnitContext::waitIo(int ms)
{
    const int timer = ::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    if (timer < 0)
        return false;
    itimerspec spec{};
    spec.it_value.tv_sec = ms / 1000;
    spec.it_value.tv_nsec = long(ms % 1000) * 1000000L;
    ::timerfd_settime(timer, 0, &spec, nullptr);
    pollfd fds[2] = {{timer, POLLIN, 0}, {m_shared->cancelFd, POLLIN, 0}};
    Trace::blockingIo(QStringLiteral("timer"), [&fds] {
        int ready;
        do {
            ready = ::poll(fds, 2, -1);
        } while (ready < 0 && errno == EINTR);
        return ready;
    });
    ::close(timer);
    return !(fds[1].revents & POLLIN) && !isCancelled();
}

bool ThreadJobRunner::UnitContext::isCancelled() const
{
    return m_shared->cancelled.load(std::memory_order_relaxed);
}

ThreadJobRunner::ThreadJobRunner(QObject *parent)
    : Runner(parent)
{}

ThreadJobRunner::~ThreadJobRunner()
{
    if (m_shared) {
        m_shared->cancelled = true;
        if (m_shared->cancelFd >= 0)
            ::eventfd_write(m_shared->cancelFd, 1);
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->disconnect(this);
        thread->wait(); // bounded: units are short and waits wake on cancel
        delete thread;
    }
}

QString ThreadJobRunner::validate() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Lab::Core::ThreadJobRunner", text); };
    if (m_config.threads < 1 || m_config.threads > 256)
        return tr("threads: must be an integer from 1 to 256 (got %1)").arg(m_config.threads);
    if (m_config.units < 1 || m_config.units > 10000000)
        return tr("units: must be an integer from 1 to 10000000 (got %1)").arg(m_config.units);
    if (m_config.pinCpu != -1) {
        const QList<int> allowed = CpuAffinity::ofThread(::getpid()); // the process's (main thread's) set
        if (!allowed.contains(m_config.pinCpu)) {
            QStringList names;
            for (int cpu : allowed)
                names.append(QString::number(cpu));
            return tr("pin-cpu: must be -1 (free) or one of the CPUs %1 (got %2)")
                .arg(names.join(QLatin1Char(',')))
                .arg(m_config.pinCpu);
        }
    }
    if (m_config.strategy.isEmpty())
        return tr("strategy: must not be empty");
    return {};
}

void ThreadJobRunner::start()
{
    if (isRunning())
        return;
    markStarted();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_reports.clear();
    m_maxInside = 0;

    const QString invalid = validate();
    if (!invalid.isEmpty()) {
        RunResult result;
        result.strategy = strategy();
        result.workers = workers();
        result.failure = invalid;
        // Still asynchronous: finished() never arrives inside start().
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }

    auto shared = std::make_shared<UnitContext::Shared>();
    shared->cancelFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    shared->simulateGil = m_config.simulateGil;
    shared->units = m_config.units;
    shared->reports.resize(size_t(m_config.threads));
    m_shared = shared;

    const QString prefix = m_config.namePrefix.isEmpty() ? defaultNamePrefix() : m_config.namePrefix;
    const int pinCpu = m_config.pinCpu;
    for (int i = 0; i < m_config.threads; ++i) {
        UnitContext::Shared *s = shared.get();
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i + 1);
        QThread *thread = new LabThread(name, [this, s, i, pinCpu] {
            ThreadReport &report = s->reports[size_t(i)];
            report.tid = ThreadIdentity::currentTid();
            report.name = QThread::currentThread()->objectName();
            if (pinCpu >= 0) {
                QString error;
                if (!CpuAffinity::pinCurrentThread(pinCpu, &error))
                    qCWarning(lcThreadJob) << "pinning failed:" << error;
            }
            report.affinity = CpuAffinity::ofThread(0);
            UnitContext context;
            context.m_shared = s;
            quint64 checksum = 0;
            qint64 index;
            while (!context.isCancelled() && Trace::checkpoint() && (index = s->nextUnit.fetch_add(1)) < s->units) {
                checksum ^= runUnit(index, context);
                ++report.units;
                const qint64 done = s->unitsDone.fetch_add(1) + 1;
                if (done % qMax<qint64>(1, s->units / 100) == 0 || done == s->units)
                    emit progressChanged(done, s->units);
            }
            s->checksum.fetch_xor(checksum);
            report.lastCpu = ThreadIdentity::lastCpu(report.tid);
            rusage usage{};
            if (::getrusage(RUSAGE_THREAD, &usage) == 0) {
                report.userSeconds = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
                report.sysSeconds = double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
            }
        });
        connect(thread, &QThread::finished, this, &ThreadJobRunner::onThreadFinished);
        m_threads.append(thread);
    }
    m_running = m_config.threads;
    shared->timer.start();
    for (QThread *thread : std::as_const(m_threads))
        thread->start();
}

void ThreadJobRunner::cancel()
{
    if (m_shared && !m_shared->cancelled.exchange(true))
        ::eventfd_write(m_shared->cancelFd, 1);
    for (QThread *thread : std::as_const(m_threads))
        thread->requestInterruption(); // a thread held by the pacer is let go and stops
}

void ThreadJobRunner::onThreadFinished()
{
    if (--m_running > 0)
        return;
    UnitContext::Shared &s = *m_shared;
    RunResult result;
    result.strategy = strategy();
    result.workers = workers();
    result.wallSeconds = double(s.timer.nsecsElapsed()) / 1e9;
    result.cancelled = s.cancelled.load();
    result.itemsOk = qMin(s.unitsDone.load(), s.units);
    result.checksum = QString::number(s.checksum.load(), 16);
    result.userSeconds = 0;
    result.sysSeconds = 0;
    for (const ThreadReport &report : s.reports) {
        m_reports.append(report);
        result.userSeconds += report.userSeconds; // the lab threads' own CPU time, not the whole process
        result.sysSeconds += report.sysSeconds;
    }
    m_maxInside = s.maxInside.load();
    for (QThread *thread : std::as_const(m_threads))
        thread->wait(); // finished() was emitted: returns at once
    m_shared.reset();
    finish(result);
}

CpuBoundRunner::CpuBoundRunner(QObject *parent)
    : ThreadJobRunner(parent)
{}

QString CpuBoundRunner::validate() const
{
    if (iterationsPerUnit < 1 || iterationsPerUnit > 100000000)
        return QCoreApplication::translate("Lab::Core::ThreadJobRunner",
                                           "iterations: must be an integer from 1 to 100000000 (got %1)")
            .arg(iterationsPerUnit);
    return ThreadJobRunner::validate();
}

quint64 CpuBoundRunner::runUnit(qint64 index, UnitContext &context)
{
    context.enterWork();
    const quint64 value = BusyWork::compute(quint64(index) + 1, iterationsPerUnit);
    context.leaveWork();
    return value;
}

IoBoundRunner::IoBoundRunner(QObject *parent)
    : ThreadJobRunner(parent)
{}

QString IoBoundRunner::validate() const
{
    if (waitMs < 1 || waitMs > 10000)
        return QCoreApplication::translate("Lab::Core::ThreadJobRunner",
                                           "wait-ms: must be an integer from 1 to 10000 (got %1)")
            .arg(waitMs);
    if (cpuMicrosPerUnit < 0 || cpuMicrosPerUnit > 100000)
        return QCoreApplication::translate("Lab::Core::ThreadJobRunner",
                                           "cpu-us: must be an integer from 0 to 100000 (got %1)")
            .arg(cpuMicrosPerUnit);
    return ThreadJobRunner::validate();
}

quint64 IoBoundRunner::runUnit(qint64 index, UnitContext &context)
{
    if (!context.waitIo(waitMs)) // the GIL is not held while waiting, as in CPython
        return 0;
    context.enterWork();
    // Fixed work per unit (not timed), so that the checksum is the same for every thread count.
    const quint64 value = BusyWork::compute(quint64(index) + 1, qint64(cpuMicrosPerUnit) * 1000);
    context.leaveWork();
    return value;
}

} // namespace Lab::Core
