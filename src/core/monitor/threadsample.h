// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tracerecorder.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Lab::Core {

// Who a thread belongs to, for the monitor's honesty about "not a lab thread".
enum class ThreadOrigin : quint8
{
    Lab,   // created and traced by an experiment
    Main,  // the process's main thread (the GUI thread in the lab)
    Qt,    // one of Qt's own helpers (QNetworkAccessManager, pool, XCB, D-Bus...)
    Other, // anything else (library threads, the monitor's sampler)
};

// One thread as seen in one sample of /proc. Immutable value type.
struct ThreadSample
{
    qint64 pid = 0;
    qint64 tid = 0;
    QString processName; // OS name of the process's main thread
    QString osName;      // comm: what ps -L shows
    char kernelState = '?';
    bool onCpu = true;      // for 'R': ran more than it waited for a CPU in the interval
    double cpuPercent = -1; // over the last interval; -1 on the first sample of a thread
    int core = -1;          // last CPU it ran on
    quint64 voluntarySwitches = 0;
    quint64 involuntarySwitches = 0;
    bool switchesKnown = false;
    qint64 startedMsAgo = 0; // lifetime in milliseconds
    bool isChildProcess = false;
    ThreadOrigin origin = ThreadOrigin::Other;
    // Lab threads only (origin Lab): what the trace says.
    int workerId = -1;
    QString labName;
    ThreadState labState = ThreadState::Running;
    QString labDetail;
};

// One sample: every thread of the lab's process and of its registered child processes, plus the
// recorder's view of every lab worker (including New threads that have no task yet and recently
// Terminated ones).
struct ThreadSnapshot
{
    qint64 timeNs = 0; // monotonic
    qint64 selfPid = 0;
    double intervalMs = 0; // since the previous sample (0 on the first)
    QList<ThreadSample> threads;
    QList<LabWorkerStatus> labWorkers;
    QString error; // non-empty when /proc could not be read
};

// "R+on CPU" -> Running, "R+waiting" -> Runnable: the kernel's letter in words, finer than ps.
QString kernelStateDescription(const ThreadSample &sample);
// The same in a few words, for a narrow column ("S: sleeping", "R: on a CPU", "D: I/O wait").
QString kernelStateBrief(const ThreadSample &sample);
QString threadOriginName(ThreadOrigin origin);
// Classifies a thread that is not a lab thread by its OS name.
ThreadOrigin classifyThread(qint64 pid, qint64 tid, const QString &osName);

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::ThreadSnapshot)
