// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/deadlockdetector.h"
#include "core/sync/syncprimitive.h"
#include "core/trace/tracerecorder.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lab::Gui {

// One instrumented primitive at a replay's cursor, as far as the recording tells it (docs/trace.md,
// "What follows the cursor"): the kind and permits from its last counter sample, the holder from the
// waiters' "held by", the waiters from the lab threads Blocked or Waiting on it.
struct ReplayPrimitive
{
    QString kind; // "mutex", "semaphore", ...; empty when it was never sampled
    QString name;
    QString holder;      // empty when unknown (nobody waits for it) or free
    QStringList waiters; // lab threads Blocked or Waiting on it at the cursor, longest waiting first
    int permits = -1;    // semaphores: free permits at the cursor; -1 unknown
    int maxPermits = -1; // semaphores: the most free permits any sample of the recording shows
};

// What a replay shows at its cursor, given to every topic's experiment panel on each cursor move
// (Experiment::showReplay, from ReplaySession). Values only: a panel keeps what it needs.
struct ReplayFrame
{
    qint64 startNs = 0;  // the recording's first event
    qint64 cursorNs = 0; // monotonic time of the recording
    QString title;       // the recording's title ("run philosophers --seconds 2")
    // Every lab worker known at the cursor (finished ones too: finishedNs != 0), with the textbook
    // state and detail it had at the cursor.
    QList<Core::LabWorkerStatus> workers;
    QList<ReplayPrimitive> primitives;
    // The names of every lab thread in the whole recording (also those after the cursor): a panel
    // tells from them whether the recording is one of its own runs.
    QStringList threadNames;
    // The names of every primitive sampled anywhere in the recording.
    QStringList primitiveNames;

    // nullptr when not in the recording (at the cursor).
    const ReplayPrimitive *primitive(const QString &name) const;
    // The lab thread of that name alive at the cursor, else the last one that ended (runs may reuse names).
    const Core::LabWorkerStatus *worker(const QString &name) const;
    // The primitive in the form the live views draw: owner = the holder, the waiters, kind, permits
    // and maxPermits (the most seen). Only the fields the recording holds are set.
    Core::SyncSnapshot syncSnapshot(const QString &name) const;
    // What `worker` waits on at the cursor (Blocked or Waiting "on "x" ..."); empty when it does not.
    QString waitsOn(const Core::LabWorkerStatus &worker) const;
    // A circle of waits at the cursor (A waits on x held by B, B waits on y held by A, ...), as the
    // live detector reports it; an empty cycle when there is none. detectedNs is the cursor.
    Core::DeadlockReport waitCycle() const;
    // "Replay at 1.234 s: " for the panels' captions.
    double secondsIn() const { return double(cursorNs - startNs) / 1e9; }
};

// Splits a wait's detail as core/sync records it: `on "fork-2" (held by philosopher-1)` -> fork-2,
// philosopher-1; `on "items"` -> items, "". False when the detail does not name an object.
bool splitReplayWait(const QString &detail, QString *object, QString *holder);

} // namespace Lab::Gui
