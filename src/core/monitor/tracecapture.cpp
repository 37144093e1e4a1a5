// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracecapture.h"

#include "core/sync/syncprimitive.h"
#include "core/trace/tracerecorder.h"
#include "procreader.h"
#include "procsampler.h"
#include "threadsample.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

#include <tuple>
#include <unistd.h>

namespace Lab::Core {

TraceCapture::TraceCapture(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder ? recorder : TraceRecorder::instance())
{
    m_recording.labPid = ::getpid();
    m_recording.labProcessName = QCoreApplication::applicationName().isEmpty() ? QStringLiteral("concurrency-lab")
                                                                               : QCoreApplication::applicationName();
}

TraceCapture::~TraceCapture() = default;

TraceRecording TraceCapture::fromRecorder(TraceRecorder *recorder, const QString &title)
{
    TraceCapture capture(recorder);
    capture.m_recording.title = title;
    capture.m_recording.events = recorder->events();
    capture.m_recording.dropped = recorder->droppedCount();
    capture.sampleSync();
    capture.m_recording.workers = recorder->workers();
    capture.m_recording.endNs = monotonicNowNs();
    return capture.m_recording;
}

void TraceCapture::start()
{
    if (m_active)
        return;
    m_active = true;
    m_lastSequence = m_recorder->lastSequence();
    addEvent(TraceEventKind::RunStarted, m_recording.title);
    m_timer = new QTimer(this);
    m_timer->setInterval(DrainIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        drain();
        sampleSync();
        if (++m_ticks % 2 == 0) // 10 Hz, the monitor's rate
            sampleProcesses();
    });
    m_timer->start();
    sampleSync();
    if (m_sampleProcesses) {
        m_reader = std::make_unique<ProcReader>();
        m_reader->setStatusEvery(4);
        sampleProcesses();
    }
}

void TraceCapture::sampleProcesses()
{
    if (m_reader)
        addSnapshot(ProcSampler::sampleOnce(*m_reader, m_recording.labPid, {}, m_recorder));
}

void TraceCapture::markPhase(const QString &what)
{
    if (!m_active)
        return;
    drain(); // keeps the recording in time order
    addEvent(TraceEventKind::Mark, what);
}

void TraceCapture::addSnapshot(const ThreadSnapshot &snapshot)
{
    if (!snapshot.error.isEmpty())
        return;
    for (const ThreadSample &thread : snapshot.threads) {
        TraceCpuSample sample;
        sample.timeNs = snapshot.timeNs;
        sample.pid = thread.pid;
        sample.tid = thread.tid;
        sample.name = thread.labName.isEmpty() ? thread.osName : thread.labName;
        sample.cpuPercent = thread.cpuPercent;
        sample.kernelState = thread.kernelState;
        m_recording.cpu.append(sample);
    }
}

TraceRecording TraceCapture::stop()
{
    if (m_active) {
        m_active = false;
        sampleProcesses();
        m_reader.reset();
        delete m_timer;
        m_timer = nullptr;
        drain();
        sampleSync();
        addEvent(TraceEventKind::RunFinished, m_recording.title);
        m_recording.endNs = m_recording.events.constLast().timeNs;
        QSet<int> seen;
        for (const TraceEvent &event : std::as_const(m_recording.events))
            seen.insert(event.workerId);
        m_recording.workers.clear();
        for (const LabWorkerStatus &status : m_recorder->workers()) {
            if (seen.contains(status.workerId))
                m_recording.workers.append(status);
        }
    }
    return m_recording;
}

void TraceCapture::drain()
{
    const QList<TraceEvent> events = m_recorder->eventsSince(m_lastSequence);
    if (events.isEmpty())
        return;
    // The ring dropped what it could not hold before this drain.
    if (events.constFirst().sequence > m_lastSequence + 1)
        m_recording.dropped += events.constFirst().sequence - m_lastSequence - 1;
    m_lastSequence = events.constLast().sequence;
    m_recording.events.append(events);
}

void TraceCapture::sampleSync()
{
    const qint64 now = monotonicNowNs();
    for (const SyncSnapshot &snapshot : SyncPrimitive::all()) {
        TraceSyncSample sample;
        sample.timeNs = now;
        sample.name = snapshot.name;
        sample.kind = snapshot.kind;
        sample.waiters = int(snapshot.waiters.size());
        if (snapshot.kind.contains(QLatin1String("semaphore")))
            sample.permits = snapshot.permits;
        if (snapshot.kind == QLatin1String("queue"))
            sample.fill = snapshot.fill;
        // A counter holds its value until the next one: only changes are kept.
        const auto key = std::make_tuple(sample.waiters, sample.permits, sample.fill);
        const QString id = sample.kind + QLatin1Char('/') + sample.name;
        if (const auto it = m_lastSync.constFind(id); it != m_lastSync.cend() && *it == key)
            continue;
        m_lastSync.insert(id, key);
        m_recording.sync.append(sample);
    }
}

void TraceCapture::addEvent(TraceEventKind kind, const QString &detail)
{
    TraceEvent event;
    event.kind = kind;
    event.detail = detail;
    event.timeNs = monotonicNowNs();
    event.pid = m_recording.labPid;
    event.tid = m_recording.labPid;
    m_recording.events.append(event);
}

} // namespace Lab::Core
