// SPDX-License-Identifier: GPL-3.0-or-later
#include "procsampler.h"

#include "core/trace/tracerecorder.h"
#include "procreader.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

#include <unistd.h>

namespace Lab::Core {

// Runs on the sampler thread: owns the reader and the timer.
class SamplerWorker final : public QObject
{
    Q_OBJECT
public:
    SamplerWorker(const QString &root, qint64 selfPid, TraceRecorder *recorder)
        : m_reader(root)
        , m_selfPid(selfPid)
        , m_recorder(recorder)
    {
        m_reader.setStatusEvery(4);
        m_reader.setParallel(true);
    }

    void setInterval(int ms) { ensureTimer()->setInterval(ms); }
    void startTimer(int ms)
    {
        ensureTimer()->start(ms);
        sample();
    }
    void stopTimer()
    {
        if (m_timer)
            m_timer->stop();
    }
    void addPid(qint64 pid)
    {
        if (!m_extra.contains(pid))
            m_extra.append(pid);
    }
    void removePid(qint64 pid) { m_extra.removeAll(pid); }

    void sample() { emit sampled(ProcSampler::sampleOnce(m_reader, m_selfPid, m_extra, m_recorder)); }

signals:
    void sampled(const Lab::Core::ThreadSnapshot &snapshot);

private:
    QTimer *ensureTimer()
    {
        if (!m_timer) {
            m_timer = new QTimer(this);
            m_timer->setTimerType(Qt::PreciseTimer);
            connect(m_timer, &QTimer::timeout, this, &SamplerWorker::sample);
        }
        return m_timer;
    }

    ProcReader m_reader;
    qint64 m_selfPid;
    TraceRecorder *m_recorder;
    QList<qint64> m_extra;
    QTimer *m_timer = nullptr;
};

ProcSampler::ProcSampler(QObject *parent)
    : QObject(parent)
    , m_selfPid(::getpid())
    , m_recorder(TraceRecorder::instance())
{
    qRegisterMetaType<ThreadSnapshot>();
    m_thread.setObjectName(QStringLiteral("monitor-sampler"));
}

ProcSampler::~ProcSampler()
{
    m_thread.quit();
    m_thread.wait();
}

void ProcSampler::setProcRoot(const QString &root)
{
    Q_ASSERT(!m_worker);
    m_procRoot = root;
}

void ProcSampler::setSelfPid(qint64 pid)
{
    Q_ASSERT(!m_worker);
    m_selfPid = pid;
}

void ProcSampler::setRecorder(TraceRecorder *recorder)
{
    Q_ASSERT(!m_worker);
    m_recorder = recorder;
}

void ProcSampler::ensureThread()
{
    if (m_worker)
        return;
    m_worker = new SamplerWorker(m_procRoot, m_selfPid, m_recorder);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SamplerWorker::sampled, this, &ProcSampler::sampled, Qt::QueuedConnection);
    m_thread.start(QThread::LowPriority);
}

void ProcSampler::setIntervalMs(int ms)
{
    m_intervalMs = std::clamp(ms, MinIntervalMs, MaxIntervalMs);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, ms = m_intervalMs] { w->setInterval(ms); });
}

void ProcSampler::addProcess(qint64 pid)
{
    ensureThread();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, pid] { w->addPid(pid); });
}

void ProcSampler::removeProcess(qint64 pid)
{
    ensureThread();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, pid] { w->removePid(pid); });
}

void ProcSampler::start()
{
    ensureThread();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ms = m_intervalMs] { w->startTimer(ms); });
    if (!m_active) {
        m_active = true;
        emit activeChanged(true);
    }
}

void ProcSampler::stop()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stopTimer(); });
    if (m_active) {
        m_active = false;
        emit activeChanged(false);
    }
}

void ProcSampler::requestSample()
{
    ensureThread();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->sample(); });
}

ThreadSnapshot ProcSampler::sampleOnce(ProcReader &reader, qint64 selfPid, const QList<qint64> &extraPids,
                                       TraceRecorder *recorder)
{
    QList<qint64> pids{selfPid};
    QList<LabWorkerStatus> workers;
    if (recorder)
        workers = recorder->workers();
    for (const LabWorkerStatus &worker : std::as_const(workers)) {
        if (worker.isProcess && worker.finishedNs == 0 && !pids.contains(worker.pid))
            pids.append(worker.pid);
    }
    for (qint64 pid : extraPids) {
        if (!pids.contains(pid))
            pids.append(pid);
    }
    ThreadSnapshot snapshot = reader.read(pids);
    QHash<qint64, const LabWorkerStatus *> byTid;
    for (const LabWorkerStatus &worker : std::as_const(workers)) {
        if (!worker.isProcess && worker.tid != 0 && worker.finishedNs == 0)
            byTid.insert(worker.tid, &worker);
    }
    for (ThreadSample &sample : snapshot.threads) {
        const LabWorkerStatus *worker = byTid.value(sample.tid);
        if (!worker || worker->pid != sample.pid)
            continue;
        sample.origin = ThreadOrigin::Lab;
        sample.workerId = worker->workerId;
        sample.labName = worker->name;
        sample.labState = worker->state;
        sample.labDetail = worker->detail;
    }
    snapshot.labWorkers = std::move(workers);
    return snapshot;
}

} // namespace Lab::Core

#include "procsampler.moc"
