// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracerecorder.h"

#include "tracecontext_p.h"

#include <QMutexLocker>

#include <algorithm>
#include <ctime>

namespace Lab::Core {

qint64 monotonicNowNs() noexcept
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

namespace {

// An event of the calling thread, now; the caller sets the state.
TraceEvent eventOfThisThread(int workerId, TraceEventKind kind, const QString &detail)
{
    TraceEvent event;
    event.kind = kind;
    event.workerId = workerId;
    event.tid = Detail::currentTid();
    event.pid = Detail::currentPid();
    event.detail = detail;
    event.timeNs = monotonicNowNs();
    return event;
}

} // namespace

TraceRecorder::TraceRecorder(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 1))
{
    m_ring.resize(size_t(m_capacity));
}

TraceRecorder *TraceRecorder::instance()
{
    static TraceRecorder recorder;
    return &recorder;
}

int TraceRecorder::registerThread(const QString &name)
{
    TraceEvent event;
    event.kind = TraceEventKind::ThreadCreated;
    event.state = ThreadState::New;
    event.detail = name;
    event.timeNs = monotonicNowNs();
    event.pid = Detail::currentPid();
    QMutexLocker lock(&m_mutex);
    const int id = m_nextWorkerId++;
    LabWorkerStatus status;
    status.workerId = id;
    status.name = name;
    status.pid = event.pid;
    status.createdNs = event.timeNs;
    status.stateSinceNs = event.timeNs;
    m_workers.insert(id, status);
    event.workerId = id;
    storeLocked(std::move(event));
    return id;
}

int TraceRecorder::registerProcess(const QString &name, qint64 pid)
{
    TraceEvent event;
    event.kind = TraceEventKind::ProcessStarted;
    event.state = ThreadState::Running;
    event.detail = name;
    event.timeNs = monotonicNowNs();
    event.pid = pid;
    QMutexLocker lock(&m_mutex);
    const int id = m_nextWorkerId++;
    LabWorkerStatus status;
    status.workerId = id;
    status.name = name;
    status.pid = pid;
    status.isProcess = true;
    status.state = ThreadState::Running;
    status.createdNs = event.timeNs;
    status.stateSinceNs = event.timeNs;
    m_workers.insert(id, status);
    event.workerId = id;
    storeLocked(std::move(event));
    return id;
}

void TraceRecorder::recordProcessState(int workerId, ThreadState state, const QString &detail)
{
    TraceEvent event;
    event.kind = TraceEventKind::StateChanged;
    event.state = state;
    event.workerId = workerId;
    event.detail = detail;
    QMutexLocker lock(&m_mutex);
    const auto it = m_workers.constFind(workerId);
    if (it == m_workers.cend() || !it->isProcess || it->finishedNs != 0 || (it->state == state && it->detail == detail))
        return;
    event.pid = it->pid;
    event.timeNs = monotonicNowNs();
    storeLocked(std::move(event));
}

void TraceRecorder::recordProcessFinished(int workerId, const QString &detail)
{
    TraceEvent event;
    event.kind = TraceEventKind::ProcessFinished;
    event.state = ThreadState::Terminated;
    event.workerId = workerId;
    event.detail = detail;
    QMutexLocker lock(&m_mutex);
    const auto it = m_workers.constFind(workerId);
    event.pid = it != m_workers.cend() ? it->pid : 0;
    event.timeNs = monotonicNowNs();
    storeLocked(std::move(event));
}

void TraceRecorder::recordState(int workerId, ThreadState state, const QString &detail)
{
    TraceEvent event = eventOfThisThread(
        workerId, state == ThreadState::Terminated ? TraceEventKind::ThreadFinished : TraceEventKind::StateChanged,
        detail);
    event.state = state;
    QMutexLocker lock(&m_mutex);
    storeLocked(std::move(event));
}

void TraceRecorder::recordKind(int workerId, TraceEventKind kind, const QString &detail)
{
    TraceEvent event = eventOfThisThread(workerId, kind, detail);
    QMutexLocker lock(&m_mutex);
    const auto it = m_workers.constFind(workerId);
    event.state = it != m_workers.cend() ? it->state : ThreadState::Running;
    storeLocked(std::move(event));
}

void TraceRecorder::record(TraceEvent event)
{
    if (event.timeNs == 0)
        event.timeNs = monotonicNowNs();
    if (event.pid == 0)
        event.pid = Detail::currentPid();
    QMutexLocker lock(&m_mutex);
    storeLocked(std::move(event));
}

void TraceRecorder::restoreWorker(const LabWorkerStatus &status)
{
    LabWorkerStatus begun;
    begun.workerId = status.workerId;
    begun.name = status.name;
    begun.pid = status.pid;
    begun.isProcess = status.isProcess;
    begun.state = status.isProcess ? ThreadState::Running : ThreadState::New;
    begun.createdNs = status.createdNs;
    begun.stateSinceNs = status.createdNs;
    QMutexLocker lock(&m_mutex);
    m_workers.insert(status.workerId, begun);
    m_nextWorkerId = std::max(m_nextWorkerId, status.workerId + 1);
}

void TraceRecorder::storeLocked(TraceEvent &&event)
{
    event.sequence = ++m_sequence;
    if (event.workerId >= 0) {
        auto it = m_workers.find(event.workerId);
        if (it != m_workers.end()) {
            const bool changesState = event.kind == TraceEventKind::StateChanged ||
                                      event.kind == TraceEventKind::ThreadFinished ||
                                      event.kind == TraceEventKind::ProcessFinished;
            if (changesState) {
                if (event.tid != 0)
                    it->tid = event.tid;
                if (it->state != event.state)
                    it->stateSinceNs = event.timeNs;
                it->state = event.state;
                it->detail = event.detail;
                if (event.state == ThreadState::Terminated && it->finishedNs == 0) {
                    it->finishedNs = event.timeNs;
                    m_finishedOrder.append(event.workerId);
                    if (m_finishedOrder.size() > KeptFinishedWorkers)
                        m_workers.remove(m_finishedOrder.takeFirst());
                }
            }
        }
    }
    const qsizetype slot = (m_head + m_size) % m_capacity;
    m_ring[size_t(slot)] = std::move(event);
    if (m_size < m_capacity) {
        ++m_size;
    } else {
        m_head = (m_head + 1) % m_capacity;
        ++m_dropped;
    }
}

qsizetype TraceRecorder::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_size;
}

quint64 TraceRecorder::droppedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

quint64 TraceRecorder::lastSequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_sequence;
}

QList<TraceEvent> TraceRecorder::events() const
{
    return eventsSince(0);
}

QList<TraceEvent> TraceRecorder::eventsSince(quint64 afterSequence) const
{
    QMutexLocker lock(&m_mutex);
    // Sequences in the ring are consecutive: the oldest is m_sequence - m_size + 1.
    const quint64 oldest = m_sequence - quint64(m_size) + 1;
    const quint64 first = std::max(oldest, afterSequence + 1);
    QList<TraceEvent> out;
    if (first > m_sequence)
        return out;
    const qsizetype count = qsizetype(m_sequence - first + 1);
    out.reserve(count);
    const qsizetype skip = qsizetype(first - oldest);
    for (qsizetype i = 0; i < count; ++i)
        out.append(m_ring[size_t((m_head + skip + i) % m_capacity)]);
    return out;
}

QList<LabWorkerStatus> TraceRecorder::workers() const
{
    QMutexLocker lock(&m_mutex);
    QList<LabWorkerStatus> out = m_workers.values();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.workerId < b.workerId; });
    return out;
}

LabWorkerStatus TraceRecorder::worker(int workerId) const
{
    QMutexLocker lock(&m_mutex);
    return m_workers.value(workerId);
}

void TraceRecorder::clear()
{
    QMutexLocker lock(&m_mutex);
    for (auto &slot : m_ring)
        slot = TraceEvent();
    m_head = 0;
    m_size = 0;
    m_dropped = 0;
    // Sequence numbers keep growing so readers holding an old sequence never miss new events.
    // Live workers keep their status; finished ones are forgotten.
    for (int id : std::as_const(m_finishedOrder))
        m_workers.remove(id);
    m_finishedOrder.clear();
}

} // namespace Lab::Core
