// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorthreadsrunner.h"

#include "core/trace/labthread.h"
#include "core/trace/trace.h"
#include "core/workloads/factorchecksum.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <sys/resource.h>

namespace Lab::Core {

namespace {

double toSeconds(const timeval &tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

using Clock = std::chrono::steady_clock;

} // namespace

struct FactorThreadsRunner::Shared
{
    std::shared_ptr<const FactorWorkload> workload;
    qsizetype chunk = 1;
    std::atomic<qsizetype> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> cancel{false};
    QByteArray *lines = nullptr; // one slot per number when the workload keeps lines

    struct PerThread
    {
        quint64 checksum = 0;
        qint64 ok = 0;
        double userSeconds = 0;
        double sysSeconds = 0;
        Clock::time_point end;
    };
    QList<PerThread> perThread;
    QList<QByteArray> lineStore;
    Clock::time_point begin;
};

FactorThreadsRunner::FactorThreadsRunner(int workers, bool sequential, QObject *parent)
    : FactorRunner(parent)
    , m_workers(sequential ? 1 : qMax(1, workers))
    , m_sequential(sequential)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &FactorThreadsRunner::reportProgress);
}

FactorThreadsRunner::~FactorThreadsRunner()
{
    if (m_shared)
        m_shared->cancel = true;
    for (QThread *thread : std::as_const(m_threads)) {
        thread->requestInterruption();
        thread->wait(); // bounded: the kernels poll the cancel flag
        delete thread;
    }
}

QString FactorThreadsRunner::strategy() const
{
    return m_sequential ? QStringLiteral("sequential") : QStringLiteral("threads");
}

void FactorThreadsRunner::start()
{
    if (!beginRun())
        return;

    auto shared = std::make_shared<Shared>();
    shared->workload = m_workload;
    const qsizetype count = m_workload->numbers.size();
    // Small chunks balance the load (an uneven chunk cannot stall the run); large enough that the
    // atomic counter is touched rarely.
    shared->chunk = std::clamp<qsizetype>(count / (qsizetype(m_workers) * 64), 1, 4096);
    shared->perThread.resize(m_workers);
    if (m_workload->keepLines) {
        shared->lineStore.resize(count);
        shared->lines = shared->lineStore.data();
    }
    m_shared = shared;

    m_threadsLeft = m_workers;
    shared->begin = Clock::now();
    for (int index = 0; index < m_workers; ++index) {
        // A traced lab thread, named before start() (Qt names the OS thread once, at start()): the
        // monitor shows factor-1 .. factor-N Running, and the pacer can slow, pause and step them.
        const QString name = m_sequential ? QStringLiteral("factor-seq") : QStringLiteral("factor-%1").arg(index + 1);
        QThread *thread = new LabThread(name, [shared, index] {
            Shared::PerThread &mine = shared->perThread[index];
            const FactorWorkload &workload = *shared->workload;
            const qsizetype total = workload.numbers.size();
            FactorChecksum checksum;
            char line[MaxFactorLine];
            while (!shared->cancel.load(std::memory_order_relaxed)) {
                if (!Trace::checkpoint()) // pacer: slow motion, pause, step; false when interrupted
                    break;
                const qsizetype begin = shared->next.fetch_add(shared->chunk, std::memory_order_relaxed);
                if (begin >= total)
                    break;
                const qsizetype end = qMin(total, begin + shared->chunk);
                qsizetype i = begin;
                for (; i < end; ++i) {
                    const quint64 n = workload.numbers[i];
                    const Factors factors = factorize(n, workload.algorithm, &shared->cancel);
                    if (factors.cancelled)
                        break;
                    const int length = formatFactorLine(n, factors, line);
                    checksum.addLine(std::string_view(line, std::size_t(length)));
                    if (shared->lines)
                        shared->lines[i] = QByteArray(line, length);
                }
                mine.ok += i - begin;
                shared->done.fetch_add(i - begin, std::memory_order_relaxed);
            }
            mine.checksum = checksum.value();
            mine.end = Clock::now();
            rusage usage{};
            if (getrusage(RUSAGE_THREAD, &usage) == 0) {
                mine.userSeconds = toSeconds(usage.ru_utime);
                mine.sysSeconds = toSeconds(usage.ru_stime);
            }
        });
        connect(thread, &QThread::finished, this, &FactorThreadsRunner::onThreadFinished, Qt::QueuedConnection);
        m_threads.append(thread);
    }
    for (QThread *thread : std::as_const(m_threads))
        static_cast<LabThread *>(thread)->start();
    m_progressTimer.start();
    emit progressChanged(0, count);
}

void FactorThreadsRunner::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
    for (QThread *thread : std::as_const(m_threads))
        thread->requestInterruption(); // lets a thread the pacer holds go at once
}

void FactorThreadsRunner::reportProgress()
{
    if (m_shared)
        emit progressChanged(m_shared->done.load(), m_shared->workload->numbers.size());
}

void FactorThreadsRunner::onThreadFinished()
{
    if (--m_threadsLeft > 0)
        return;
    m_progressTimer.stop();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();

    const std::shared_ptr<Shared> shared = std::move(m_shared);
    RunResult result;
    result.strategy = strategy();
    result.workers = m_workers;
    result.userSeconds = 0;
    result.sysSeconds = 0;
    FactorChecksum checksum;
    Clock::time_point end = shared->begin;
    for (const Shared::PerThread &t : std::as_const(shared->perThread)) {
        checksum.mergeValue(t.checksum);
        result.itemsOk += t.ok;
        result.userSeconds += t.userSeconds;
        result.sysSeconds += t.sysSeconds;
        end = std::max(end, t.end);
    }
    result.wallSeconds = std::chrono::duration<double>(end - shared->begin).count();
    result.checksum = checksum.toString();
    result.cancelled = shared->cancel.load();
    const qint64 total = shared->workload->numbers.size();
    emit progressChanged(result.itemsOk, total);
    if (!result.cancelled && result.itemsOk != total)
        result.failure = tr("only %1 of %2 numbers were factorized").arg(result.itemsOk).arg(total);
    if (result.succeeded() && shared->lines)
        m_lines = std::move(shared->lineStore);
    finish(result);
}

} // namespace Lab::Core
