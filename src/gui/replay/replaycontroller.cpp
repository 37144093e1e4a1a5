// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaycontroller.h"

#include "core/trace/tracerecorder.h"

#include <QTimer>

#include <algorithm>

namespace Lab::Gui {

using namespace Core;

namespace {

// A thread the sampler saw is listed until this long after its last sample (the capture samples at 10 Hz).
constexpr qint64 SampleValidNs = 350'000'000;

} // namespace

ReplayController::ReplayController(QObject *parent)
    : QObject(parent)
    , m_recorder(std::make_unique<TraceRecorder>(1))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(FrameIntervalMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReplayController::onFrame);
}

ReplayController::~ReplayController() = default;

void ReplayController::setRecording(TraceRecording recording)
{
    pause();
    m_recording = std::move(recording);
    // Sorted by time (the reader's order; a recording made in this process may have late stamps).
    std::stable_sort(m_recording.events.begin(), m_recording.events.end(),
                     [](const TraceEvent &a, const TraceEvent &b) { return a.timeNs < b.timeNs; });
    m_cpuByTid.clear();
    for (qsizetype i = 0; i < m_recording.cpu.size(); ++i)
        m_cpuByTid[m_recording.cpu.at(i).tid].push_back(i);
    for (auto &list : m_cpuByTid) {
        std::stable_sort(list.begin(), list.end(), [this](qsizetype a, qsizetype b) {
            return m_recording.cpu.at(a).timeNs < m_recording.cpu.at(b).timeNs;
        });
    }
    m_maxPermits.clear();
    m_threadNames.clear();
    m_primitiveNames.clear();
    for (const LabWorkerStatus &w : std::as_const(m_recording.workers)) {
        if (!w.isProcess && !m_threadNames.contains(w.name))
            m_threadNames.append(w.name);
    }
    for (const TraceSyncSample &sample : std::as_const(m_recording.sync)) {
        if (!m_primitiveNames.contains(sample.name))
            m_primitiveNames.append(sample.name);
        if (sample.permits >= 0)
            m_maxPermits[sample.name] = std::max(m_maxPermits.value(sample.name, 0), sample.permits);
    }
    m_startNs = m_recording.events.isEmpty() ? 0 : m_recording.events.first().timeNs;
    m_endNs = std::max(m_startNs, m_recording.events.isEmpty() ? 0 : m_recording.events.last().timeNs);
    m_endNs = std::max(m_endNs, m_recording.endNs);
    m_loaded = true;
    m_cursorNs = m_startNs;
    refill(0);
    emit recordingChanged();
    setCursor(m_startNs);
    emit cursorMoved(m_cursorNs, true);
}

void ReplayController::refill(qsizetype upTo)
{
    m_recorder = std::make_unique<TraceRecorder>(std::max<qsizetype>(m_recording.events.size(), 1));
    m_restored.clear();
    m_filled = 0;
    feed(upTo);
}

void ReplayController::feed(qsizetype upTo)
{
    for (; m_filled < upTo; ++m_filled) {
        const TraceEvent &event = m_recording.events.at(m_filled);
        if (event.workerId >= 0 && !m_restored.contains(event.workerId)) {
            // The worker as it began, then every event after it updates it as it did live.
            for (const LabWorkerStatus &status : std::as_const(m_recording.workers)) {
                if (status.workerId == event.workerId)
                    m_recorder->restoreWorker(status);
            }
            m_restored.insert(event.workerId);
        }
        m_recorder->record(event);
    }
}

void ReplayController::setCursor(qint64 timeNs)
{
    if (!m_loaded)
        return;
    timeNs = std::clamp(timeNs, m_startNs, m_endNs);
    const auto after = std::upper_bound(m_recording.events.cbegin(), m_recording.events.cend(), timeNs,
                                        [](qint64 t, const TraceEvent &e) { return t < e.timeNs; });
    const qsizetype upTo = after - m_recording.events.cbegin();
    const bool rewound = upTo < m_filled;
    if (rewound)
        refill(upTo);
    else
        feed(upTo);
    if (timeNs == m_cursorNs && !rewound)
        return;
    m_cursorNs = timeNs;
    emit cursorMoved(m_cursorNs, rewound);
}

void ReplayController::stepNext()
{
    pause();
    const auto after = std::upper_bound(m_recording.events.cbegin(), m_recording.events.cend(), m_cursorNs,
                                        [](qint64 t, const TraceEvent &e) { return t < e.timeNs; });
    setCursor(after != m_recording.events.cend() ? after->timeNs : m_endNs);
}

void ReplayController::stepPrevious()
{
    pause();
    const auto at = std::lower_bound(m_recording.events.cbegin(), m_recording.events.cend(), m_cursorNs,
                                     [](const TraceEvent &e, qint64 t) { return e.timeNs < t; });
    setCursor(at != m_recording.events.cbegin() ? (at - 1)->timeNs : m_startNs);
}

void ReplayController::play()
{
    if (!m_loaded || m_playing)
        return;
    if (m_cursorNs >= m_endNs)
        setCursor(m_startNs); // from the end, Play starts again
    m_playing = true;
    m_lastFrameNs = monotonicNowNs();
    m_timer->start();
    emit playingChanged(true);
}

void ReplayController::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer->stop();
    emit playingChanged(false);
}

void ReplayController::togglePlay()
{
    m_playing ? pause() : play();
}

void ReplayController::setSpeed(double recordedSecondsPerSecond)
{
    m_speed = std::clamp(recordedSecondsPerSecond, 0.01, 100.0);
}

void ReplayController::onFrame()
{
    // Moves by the time that really passed since the last frame, so a slow frame does not slow the replay.
    const qint64 now = monotonicNowNs();
    const auto advance = qint64(double(now - m_lastFrameNs) * m_speed);
    m_lastFrameNs = now;
    setCursor(m_cursorNs + advance);
    if (m_cursorNs >= m_endNs)
        pause();
}

LabWorkerStatus ReplayController::worker(int workerId) const
{
    return m_recorder->worker(workerId);
}

ThreadSnapshot ReplayController::snapshot() const
{
    ThreadSnapshot snapshot;
    snapshot.timeNs = m_cursorNs;
    snapshot.selfPid = m_recording.labPid;
    snapshot.labWorkers = m_recorder->workers();
    // The last CPU sample of `tid` at or before the cursor, if recent.
    const auto lastSample = [this](qint64 tid) -> const TraceCpuSample * {
        const auto it = m_cpuByTid.constFind(tid);
        if (it == m_cpuByTid.cend())
            return nullptr;
        const auto after = std::upper_bound(it->cbegin(), it->cend(), m_cursorNs,
                                            [this](qint64 t, qsizetype i) { return t < m_recording.cpu.at(i).timeNs; });
        if (after == it->cbegin())
            return nullptr;
        const TraceCpuSample &sample = m_recording.cpu.at(*(after - 1));
        return m_cursorNs - sample.timeNs <= SampleValidNs ? &sample : nullptr;
    };
    QSet<qint64> labTids;
    for (const LabWorkerStatus &w : std::as_const(snapshot.labWorkers)) {
        const bool alive = w.finishedNs == 0 && (w.isProcess || (w.tid != 0 && w.state != ThreadState::New));
        if (!alive)
            continue;
        ThreadSample s;
        s.pid = w.pid;
        s.tid = w.isProcess ? w.pid : w.tid;
        s.isChildProcess = w.isProcess;
        s.processName = w.isProcess ? w.name : m_recording.labProcessName;
        s.osName = w.name.left(15); // what Qt gives the kernel (DESIGN.md)
        s.origin = ThreadOrigin::Lab;
        s.workerId = w.workerId;
        s.labName = w.name;
        s.labState = w.state;
        s.labDetail = w.detail;
        s.startedMsAgo = (m_cursorNs - w.createdNs) / 1'000'000;
        if (const TraceCpuSample *sample = lastSample(s.tid)) {
            s.kernelState = sample->kernelState;
            s.cpuPercent = sample->cpuPercent;
        }
        labTids.insert(s.tid);
        snapshot.threads.append(s);
    }
    // The other threads the sampler saw (Qt's, the main thread), while their samples last.
    for (auto it = m_cpuByTid.cbegin(); it != m_cpuByTid.cend(); ++it) {
        if (labTids.contains(it.key()))
            continue;
        const TraceCpuSample *sample = lastSample(it.key());
        if (!sample || sample->pid != m_recording.labPid)
            continue;
        ThreadSample s;
        s.pid = sample->pid;
        s.tid = sample->tid;
        s.processName = m_recording.labProcessName;
        s.osName = sample->name;
        s.kernelState = sample->kernelState;
        s.cpuPercent = sample->cpuPercent;
        s.origin = s.tid == s.pid ? ThreadOrigin::Main : classifyThread(s.pid, s.tid, s.osName);
        snapshot.threads.append(s);
    }
    return snapshot;
}

QList<ReplayController::Primitive> ReplayController::primitives() const
{
    QList<Primitive> out;
    const auto find = [&out](const QString &name) -> Primitive & {
        for (Primitive &p : out) {
            if (p.name == name)
                return p;
        }
        out.append(Primitive{{}, name, {}, {}, -1, -1});
        return out.last();
    };
    // The last sample of each primitive at or before the cursor (permits; the kind).
    for (const TraceSyncSample &sample : m_recording.sync) {
        if (sample.timeNs > m_cursorNs)
            continue;
        Primitive &p = find(sample.name);
        p.kind = sample.kind;
        p.permits = sample.permits;
        p.maxPermits = m_maxPermits.value(sample.name, -1);
    }
    // Owners and waiters from what the lab threads wait on at the cursor, the longest waiting first.
    QList<LabWorkerStatus> workers = m_recorder->workers();
    std::stable_sort(workers.begin(), workers.end(), [](const LabWorkerStatus &a, const LabWorkerStatus &b) {
        return a.stateSinceNs < b.stateSinceNs;
    });
    for (const LabWorkerStatus &w : std::as_const(workers)) {
        if (w.finishedNs != 0 || (w.state != ThreadState::Blocked && w.state != ThreadState::Waiting))
            continue;
        QString object;
        QString holder;
        if (!splitReplayWait(w.detail, &object, &holder))
            continue;
        Primitive &p = find(object);
        p.waiters.append(w.name);
        if (!holder.isEmpty())
            p.holder = holder;
    }
    return out;
}

ReplayFrame ReplayController::frame() const
{
    ReplayFrame frame;
    frame.startNs = m_startNs;
    frame.cursorNs = m_cursorNs;
    frame.title = m_recording.title;
    frame.workers = m_recorder->workers();
    frame.primitives = primitives();
    frame.threadNames = m_threadNames;
    frame.primitiveNames = m_primitiveNames;
    return frame;
}

} // namespace Lab::Gui
