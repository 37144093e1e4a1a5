// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorprocessesrunner.h"

#include "core/system/childprocess.h"
#include "core/system/labpaths.h"
#include "core/trace/labthread.h"
#include "core/trace/trace.h"
#include "core/workloads/factorbatchprotocol.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lab::Core {

namespace {

// utime and stime of a process in clock ticks, from /proc/<pid>/stat (fields 14 and 15, counted
// after the command name, which may itself contain spaces and parentheses).
bool readCpuTicks(qint64 pid, qint64 ticks[2])
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = file.readAll();
    const qsizetype paren = stat.lastIndexOf(')');
    if (paren < 0)
        return false;
    const QList<QByteArray> fields = stat.mid(paren + 2).split(' ');
    // fields[0] is field 3 (state): utime is field 14, stime field 15.
    if (fields.size() < 13)
        return false;
    ticks[0] = fields.at(11).toLongLong();
    ticks[1] = fields.at(12).toLongLong();
    return true;
}

QString signalName(int signal)
{
    const char *description = ::strsignal(signal);
    return description ? QString::fromLocal8Bit(description) : QString::number(signal);
}

} // namespace

FactorProcessesRunner::FactorProcessesRunner(int workers, QObject *parent)
    : FactorRunner(parent)
    , m_workers(qMax(1, workers))
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setInterval(250);
    connect(m_watchdog, &QTimer::timeout, this, &FactorProcessesRunner::onWatchdog);
}

FactorProcessesRunner::~FactorProcessesRunner()
{
    // Every QProcess child: pool members and discarded ones not yet reaped.
    killAndReapChildren(this);
}

QList<qint64> FactorProcessesRunner::workerPids() const
{
    QList<qint64> pids;
    for (const auto &worker : m_pool)
        pids.append(worker->pid);
    return pids;
}

FactorProcessesRunner::Worker *FactorProcessesRunner::launchWorker()
{
    auto worker = std::make_unique<Worker>();
    auto *process = new QProcess(this);
    worker->process = process;
    worker->silentSince.start(); // until its start-up ping is answered
    process->setProgram(m_executable);
    process->setArguments({QStringLiteral("batch")});
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const pid_t lab = ::getpid();
    process->setChildProcessModifier([lab] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        LabThread::runAsBackgroundWork(); // like the lab threads: the GUI keeps priority
        if (::getppid() != lab)           // the lab died before prctl took effect
            ::_exit(127);
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] { onReadyRead(process); });
    connect(process, &QProcess::finished, this,
            [this, process](int code, QProcess::ExitStatus status) { onWorkerFinished(process, code, status); });
    connect(process, &QProcess::errorOccurred, this,
            [this, process](QProcess::ProcessError error) { onWorkerError(process, error); });
    // The monitor lists each worker process (and reads its /proc entries) as factor-proc-<n>.
    Trace::watchProcess(process, QStringLiteral("factor-proc-%1").arg(++m_workersLaunched));
    process->start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    worker->pid = process->processId();
    Worker *raw = worker.get();
    m_pool.push_back(std::move(worker));
    if (raw->pid > 0)
        emit workerStarted(raw->pid);
    return raw;
}

FactorProcessesRunner::Worker *FactorProcessesRunner::findWorker(QProcess *process)
{
    for (const auto &worker : m_pool) {
        if (worker->process == process)
            return worker.get();
    }
    return nullptr;
}

void FactorProcessesRunner::start()
{
    if (!beginRun())
        return;
    m_lineStore.clear();
    m_errors.clear();
    m_tally = {};
    m_replacements = 0;
    m_pending.clear();

    const qsizetype count = m_workload->numbers.size();
    if (m_workload->keepLines)
        m_lineStore.resize(count);
    // Enough batches per worker to balance uneven batches; big enough that the ~40 us round trip
    // per batch stays small against the work in it.
    m_batchSize = std::clamp<qsizetype>(count / (qsizetype(m_workers) * 32), 1, 4096);
    for (qsizetype begin = 0; begin < count; begin += m_batchSize)
        m_pending.push_back({m_nextBatchId++, begin, qMin(count, begin + m_batchSize), 0});
    emit progressChanged(0, count);

    if (m_executable.isEmpty())
        m_executable = workerExecutable();
    if (m_executable.isEmpty()) {
        finishRun(false, tr("concurrency-lab-worker was not found next to the lab or in its libexec folder"));
        return;
    }

    m_tally.startupTimer.start();
    m_launched = int(m_pool.size()) < m_workers;
    while (int(m_pool.size()) < m_workers) {
        Worker *worker = launchWorker();
        // An empty request: its reply proves the worker is up and answering.
        worker->process->write("B 0 fast\n");
    }
    m_watchdog->start();
    beginWork();
}

void FactorProcessesRunner::beginWork()
{
    if (m_tally.working || !isRunning())
        return;
    for (const auto &worker : m_pool) {
        if (!worker->ready)
            return;
    }
    // Reused workers cost nothing to start: the start-up belongs to the run that launched them.
    m_tally.beginWork(m_launched);
    for (const auto &worker : m_pool) {
        if (!readCpuTicks(worker->pid, worker->cpuTicksAtStart))
            worker->cpuTicksAtStart[0] = worker->cpuTicksAtStart[1] = -1;
    }
    for (const auto &worker : m_pool)
        dispatch(*worker);
    completeIfDone();
}

void FactorProcessesRunner::dispatch(Worker &worker)
{
    const auto &numbers = m_workload->numbers;
    while (m_tally.working && worker.ready && worker.inFlight.size() < 2 && !m_pending.empty()) {
        Batch batch = m_pending.front();
        m_pending.pop_front();
        if (worker.inFlight.empty())
            worker.silentSince.start(); // idle until now: its silence counts from here
        const std::vector<std::uint64_t> slice(numbers.begin() + batch.begin, numbers.begin() + batch.end);
        const std::string request = FactorBatchProtocol::formatRequest(
            batch.id, m_workload->algorithm, m_workload->keepLines, slice.data(), slice.data() + slice.size());
        worker.inFlight.push_back(batch);
        worker.process->write(request.data(), qint64(request.size()));
        Trace::setProcessState(worker.process, ThreadState::Running, tr("factorizing"));
    }
    if (worker.ready && worker.inFlight.empty()) // nothing to do: blocked reading its next request
        Trace::setProcessState(worker.process, ThreadState::Waiting, tr("idle: waiting for a batch"));
}

void FactorProcessesRunner::onReadyRead(QProcess *process)
{
    Worker *worker = findWorker(process);
    if (!worker)
        return;
    worker->buffer += process->readAllStandardOutput();
    worker->silentSince.start(); // it answers
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = worker->buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        handleLine(*worker, QByteArrayView(worker->buffer).sliced(start, newline - start));
        start = newline + 1;
        if (!findWorker(process)) // the line ended the run and discarded this worker
            return;
    }
    worker->buffer.remove(0, start);
}

void FactorProcessesRunner::handleLine(Worker &worker, QByteArrayView line)
{
    if (!line.isEmpty() && line.front() >= '0' && line.front() <= '9') {
        worker.lines.append(line.toByteArray());
        return;
    }
    FactorBatchReply reply;
    if (!FactorBatchProtocol::parseReply(std::string_view(line.data(), std::size_t(line.size())), &reply)) {
        failRun(tr("worker %1 sent an unexpected reply: %2")
                    .arg(worker.pid)
                    .arg(QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 200)))));
        return;
    }
    if (reply.id == 0) { // the start-up ping
        worker.ready = true;
        worker.lines.clear();
        Trace::setProcessState(worker.process, ThreadState::Waiting, tr("idle: waiting for a batch"));
        if (m_tally.working)
            dispatch(worker); // a replacement joining a run
        else
            beginWork();
        return;
    }
    if (worker.inFlight.empty() || worker.inFlight.front().id != reply.id) {
        failRun(tr("worker %1 answered batch %2 out of turn").arg(worker.pid).arg(reply.id));
        return;
    }
    const Batch batch = worker.inFlight.front();
    worker.inFlight.pop_front();
    const qsizetype size = batch.end - batch.begin;
    if (reply.count != quint64(size) || (m_workload->keepLines && worker.lines.size() != size)) {
        failRun(tr("worker %1 answered %2 of the %3 numbers of batch %4")
                    .arg(worker.pid)
                    .arg(reply.count)
                    .arg(size)
                    .arg(batch.id));
        return;
    }
    if (m_workload->keepLines) {
        for (qsizetype i = 0; i < size; ++i)
            m_lineStore[batch.begin + i] = std::move(worker.lines[i]);
        worker.lines.clear();
    }
    m_tally.add(reply.checksum, size);
    emit progressChanged(m_tally.done, m_workload->numbers.size());
    dispatch(worker);
    completeIfDone();
}

void FactorProcessesRunner::completeIfDone()
{
    if (!m_tally.working || !m_pending.empty())
        return;
    for (const auto &worker : m_pool) {
        if (!worker->inFlight.empty())
            return;
    }
    finishRun(false, QString());
}

void FactorProcessesRunner::onWorkerError(QProcess *process, QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes arrive through finished()
    Worker *worker = findWorker(process);
    if (!worker)
        return;
    const QString message = process->errorString();
    removeWorker(process);
    if (isRunning())
        failRun(tr("could not start %1: %2").arg(m_executable, message));
}

void FactorProcessesRunner::onWorkerFinished(QProcess *process, int exitCode, QProcess::ExitStatus status)
{
    Worker *worker = findWorker(process);
    if (!worker)
        return;
    const qint64 pid = worker->pid;
    const QString killedBecause = worker->killedBecause;
    std::deque<Batch> orphaned = std::move(worker->inFlight);
    removeWorker(process); // `worker` is gone from here on
    if (!isRunning())
        return; // an idle worker that went away: it is replaced at the next start()

    // In Qt 6, exitCode() is the signal number when the process crashed.
    const int signal = status == QProcess::CrashExit ? exitCode : 0;
    const QString how = !killedBecause.isEmpty() ? killedBecause
                        : signal                 ? tr("killed by signal %1 (%2)").arg(signal).arg(signalName(signal))
                                                 : tr("exited with status %1").arg(exitCode);
    qCWarning(lcFactorRunner) << "worker" << pid << how;
    m_errors.append({tr("worker process %1").arg(pid), how});
    emit workerCrashed(pid, signal, how);

    for (auto it = orphaned.rbegin(); it != orphaned.rend(); ++it) {
        if (it->attempts >= 1) {
            failRun(tr("numbers %1 to %2 brought down two workers (the last, pid %3, %4)")
                        .arg(it->begin + 1)
                        .arg(it->end)
                        .arg(pid)
                        .arg(how));
            return;
        }
        Batch retry = *it;
        ++retry.attempts;
        m_pending.push_front(retry);
    }
    if (m_replacements >= 2 * m_workers) {
        failRun(tr("%1 workers died during this run; giving up").arg(m_replacements + 1));
        return;
    }
    ++m_replacements;
    Worker *replacement = launchWorker();
    replacement->process->write("B 0 fast\n");
}

double FactorProcessesRunner::estimatedNs(const Batch &batch) const
{
    // Worst cases: trial division tries odd divisors up to sqrt(n) (about 1 ns each here),
    // Pollard-Brent takes on the order of n^(1/4) steps of about 100 ns.
    const bool naive = m_workload->algorithm == FactorAlgorithm::Naive;
    double ns = 0;
    for (qsizetype i = batch.begin; i < batch.end; ++i) {
        const double n = double(m_workload->numbers.at(i));
        ns += naive ? std::sqrt(n) : 100.0 * std::sqrt(std::sqrt(n));
    }
    return ns;
}

qint64 FactorProcessesRunner::allowedSilenceMs(const Worker &worker) const
{
    double work = 0;
    for (const Batch &batch : worker.inFlight)
        work += estimatedNs(batch);
    return m_silenceFloorMs + qint64(10.0 * work / 1e6);
}

void FactorProcessesRunner::onWatchdog()
{
    if (!isRunning()) {
        m_watchdog->stop();
        return;
    }
    for (const auto &worker : m_pool) {
        const bool waitedFor = !worker->ready || !worker->inFlight.empty();
        if (!waitedFor || !worker->killedBecause.isEmpty())
            continue;
        const qint64 silent = worker->silentSince.elapsed();
        const qint64 allowed = allowedSilenceMs(*worker);
        if (silent <= allowed)
            continue;
        const QString what = !worker->ready ? tr("the start-up request")
                                            : tr("batch %1 (numbers %2 to %3)")
                                                  .arg(worker->inFlight.front().id)
                                                  .arg(worker->inFlight.front().begin + 1)
                                                  .arg(worker->inFlight.front().end);
        worker->killedBecause = tr("did not answer %1 within %2 s (stopped or hung); the lab killed it")
                                    .arg(what)
                                    .arg(double(allowed) / 1000.0, 0, 'f', 1);
        worker->process->kill(); // SIGKILL ends a stopped process too; finished() re-runs its batches
    }
}

void FactorProcessesRunner::removeWorker(QProcess *process)
{
    for (auto it = m_pool.begin(); it != m_pool.end(); ++it) {
        if ((*it)->process == process) {
            process->disconnect(this);
            process->deleteLater();
            m_pool.erase(it);
            return;
        }
    }
}

void FactorProcessesRunner::discardWorker(Worker &worker)
{
    // A worker in an unknown state (busy when cancelled, or out of step): kill it without waiting;
    // its QProcess deletes itself once the child is reaped.
    QProcess *process = worker.process;
    process->disconnect(this);
    for (auto it = m_pool.begin(); it != m_pool.end(); ++it) {
        if ((*it)->process == process) {
            m_pool.erase(it);
            break;
        }
    }
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

void FactorProcessesRunner::failRun(const QString &message)
{
    finishRun(false, message);
}

void FactorProcessesRunner::cancel()
{
    if (isRunning())
        finishRun(true, QString());
}

void FactorProcessesRunner::finishRun(bool cancelled, const QString &failure)
{
    if (!isRunning())
        return;
    RunResult result = m_tally.result(strategy(), m_workers, m_workload->numbers.size(), cancelled, failure);
    result.errors = m_errors;

    // CPU time of the workers during the work (clock ticks of /proc, 10 ms resolution).
    const double tick = 1.0 / double(::sysconf(_SC_CLK_TCK));
    bool cpuKnown = m_tally.working;
    double cpu[2] = {0, 0};
    for (const auto &worker : m_pool) {
        qint64 now[2];
        if (worker->cpuTicksAtStart[0] < 0 || !readCpuTicks(worker->pid, now)) {
            cpuKnown = false;
            continue;
        }
        cpu[0] += double(now[0] - worker->cpuTicksAtStart[0]) * tick;
        cpu[1] += double(now[1] - worker->cpuTicksAtStart[1]) * tick;
    }
    if (cpuKnown && m_errors.isEmpty()) {
        result.userSeconds = cpu[0];
        result.sysSeconds = cpu[1];
    }

    // Workers still holding work (or never ready) are in an unknown state: replace them next time.
    std::vector<Worker *> stale;
    for (const auto &worker : m_pool) {
        if (!worker->inFlight.empty() || !worker->ready)
            stale.push_back(worker.get());
    }
    for (Worker *worker : stale)
        discardWorker(*worker);
    m_pending.clear();
    m_tally.working = false;
    m_watchdog->stop();
    if (result.succeeded() && m_workload->keepLines)
        m_lines = std::move(m_lineStore);
    m_lineStore.clear();
    finish(result);
}

} // namespace Lab::Core
