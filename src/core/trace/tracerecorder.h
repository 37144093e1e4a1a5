// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traceevent.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <vector>

namespace Lab::Core {

// What the recorder knows now about one lab thread or lab child process (kept even when the ring
// buffer has dropped the events that told it).
struct LabWorkerStatus
{
    int workerId = -1;
    QString name;   // the name the experiment gave (a thread's objectName)
    qint64 pid = 0; // process of the thread, or the child process itself
    qint64 tid = 0; // 0 until the thread runs; 0 for a process
    bool isProcess = false;
    ThreadState state = ThreadState::New;
    QString detail; // why it is in `state` ("mutex", "join", ...)
    qint64 createdNs = 0;
    qint64 stateSinceNs = 0;
    qint64 finishedNs = 0; // 0 while alive
};

// Thread-safe, bounded store of TraceEvents: a ring buffer that drops the oldest event when full and
// counts the drops. Cheap enough for hot loops (one uncontended mutex and a slot assignment; see
// tests/benchmarks/bench_recorder.cpp). Readers poll (the monitor at <= 10 Hz) with eventsSince().
// One process-wide instance(); tests and benchmarks create their own.
class TraceRecorder final
{
public:
    static constexpr qsizetype DefaultCapacity = 1 << 16;
    // Terminated workers whose status is kept for the monitor; older ones are forgotten.
    static constexpr qsizetype KeptFinishedWorkers = 1024;

    explicit TraceRecorder(qsizetype capacity = DefaultCapacity);
    Q_DISABLE_COPY_MOVE(TraceRecorder)

    static TraceRecorder *instance();

    // Registers a lab thread (state New, no tid yet) and returns its worker id.
    int registerThread(const QString &name);
    // Registers a lab child process that has started; returns its worker id.
    int registerProcess(const QString &name, qint64 pid);
    void recordProcessFinished(int workerId, const QString &detail);
    // A state of a registered process that has not finished (Trace::setProcessState); a repeat of
    // its current state and detail is not recorded.
    void recordProcessState(int workerId, ThreadState state, const QString &detail);

    // Records `state` for `workerId`, stamped with the calling thread's tid and the current time.
    // Most code calls the Trace:: helpers instead, which know the calling thread's worker id.
    void recordState(int workerId, ThreadState state, const QString &detail = {});
    void recordKind(int workerId, TraceEventKind kind, const QString &detail = {});
    // Stores an event as given (sequence is assigned; timeNs and pid are filled when 0).
    void record(TraceEvent event);
    // A replay's private recorder (gui/replay): registers a recorded worker under its recorded id, as it
    // was when it began (New, or Running for a process), so the events recorded after it update its
    // status as they did live.
    void restoreWorker(const LabWorkerStatus &status);

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const;
    quint64 droppedCount() const;
    quint64 lastSequence() const;

    QList<TraceEvent> events() const;
    // Events with a sequence number greater than `afterSequence`, oldest first.
    QList<TraceEvent> eventsSince(quint64 afterSequence) const;
    QList<LabWorkerStatus> workers() const;
    LabWorkerStatus worker(int workerId) const;

    void clear();

private:
    void storeLocked(TraceEvent &&event);

    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    std::vector<TraceEvent> m_ring;
    qsizetype m_head = 0; // index of the oldest event
    qsizetype m_size = 0;
    quint64 m_sequence = 0;
    quint64 m_dropped = 0;
    int m_nextWorkerId = 0;
    QHash<int, LabWorkerStatus> m_workers;
    QList<int> m_finishedOrder;
};

} // namespace Lab::Core
