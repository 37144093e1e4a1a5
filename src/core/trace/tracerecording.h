// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traceevent.h"
#include "tracerecorder.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Lab::Core {

// One thread's CPU use and kernel state as the /proc sampler saw it at one instant.
struct TraceCpuSample
{
    qint64 timeNs = 0; // monotonic
    qint64 pid = 0;
    qint64 tid = 0;
    QString name;           // lab name when it is a lab thread, else the OS name
    double cpuPercent = -1; // -1: not known yet (a thread's first sample)
    char kernelState = '?'; // the stat letter
};

// One instrumented primitive (core/sync) at one instant: what the counter tracks show.
struct TraceSyncSample
{
    qint64 timeNs = 0;
    QString name; // "fork-2"
    QString kind; // "mutex", "semaphore", ...
    int waiters = 0;
    int permits = -1; // semaphores only; -1 for the others
    int fill = -1;    // bounded queues only
};

// Everything the lab knows about one run, as a value: the trace events in recording order, the
// status of every lab worker (names, pids), and where a sampler ran, CPU and primitive samples.
// What ChromeTrace writes and ChromeTraceReader reads back for a replay (docs/trace.md).
struct TraceRecording
{
    QString title;          // the command or topic ("run factorize")
    qint64 labPid = 0;      // the lab's own process
    QString labProcessName; // "concurrency-lab"
    QList<TraceEvent> events;
    QList<LabWorkerStatus> workers;
    QList<TraceCpuSample> cpu;
    QList<TraceSyncSample> sync;
    quint64 dropped = 0;  // events lost before they were collected (the recorder's ring was full)
    qint64 endNs = 0;     // when the recording stopped; 0: the last event's time
    QDateTime recordedAt; // when it was recorded; invalid: the writer writes the time of writing
    QString machine;      // "host (CPU model, N logical cores)"; empty: the writer names this machine
};

// "host (CPU model, N logical cores)" for this machine, read once.
QString thisMachineDescription();

} // namespace Lab::Core
