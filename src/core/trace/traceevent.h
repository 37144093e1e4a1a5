// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadstate.h"

#include <QMetaType>
#include <QString>

namespace Lab::Core {

enum class TraceEventKind : quint8
{
    ThreadCreated,   // a lab thread was registered (state New); detail = its name
    StateChanged,    // a lab thread entered `state`; detail says why ("mutex", "join", ...)
    ThreadFinished,  // state Terminated
    ProcessStarted,  // a lab child process started; pid = its pid, detail = its name
    ProcessFinished, // detail = exit status
    PacerHeld,       // the pacer holds this thread at a checkpoint (pause)
    PacerReleased,   // the pacer let it go
    Mark,            // free-form note from an experiment
    RunStarted,      // an experiment run began (workerId -1); detail = the topic or command
    RunFinished,     // it ended (finished, failed or cancelled)
};

// One event in a lab thread's or process's life. A small value type, cheap to copy.
struct TraceEvent
{
    qint64 timeNs = 0;    // monotonic clock (CLOCK_MONOTONIC, the clock of QElapsedTimer), nanoseconds
    qint64 pid = 0;       // process of the thread (or the child process for Process* events)
    qint64 tid = 0;       // kernel thread id; 0 while a thread is New (it has no task yet)
    int workerId = -1;    // the recorder's id of the lab thread or process; -1 for none
    quint64 sequence = 0; // assigned by the recorder, strictly increasing
    TraceEventKind kind = TraceEventKind::StateChanged;
    ThreadState state = ThreadState::Running;
    QString detail;
};

// Current monotonic time in nanoseconds, the time base of every TraceEvent and sample.
qint64 monotonicNowNs() noexcept;

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::TraceEvent)
