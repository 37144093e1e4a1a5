// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/atomicfile.h"
#include "tracerecording.h"

#include <QString>

namespace Lab::Core::ChromeTrace {

// Writes `recording` in the Chrome Trace Event Format (a JSON object with "traceEvents"), which
// ui.perfetto.dev and chrome://tracing open. The mapping (docs/trace.md):
// - "M" process_name / process_sort_index for the lab and each worker process, thread_name /
//   thread_sort_index for every thread that appears in any event;
// - one "X" slice per textbook-state interval of a lab thread or process (name = the state, ts and dur
//   in microseconds from the recording's start, args: state id, detail, the kernel letters the state
//   shows, for Blocked/Waiting the object and its holder where the detail names them, and the kernel
//   letters sampled during the slice where the sampler ran). Slices of one thread never overlap;
// - "C" counters: CPU % per sampled thread, and waiters / permits / fill of the sync primitives;
// - "s"/"f" flow arrows for the primitives' hand-offs (released by -> woke);
// - "i" instants for run boundaries (global), marks and pacer holds (on their thread).
// Written in pieces through `sink` (a few hundred kilobytes at a time), never as one document in
// memory. False when the sink refused a piece.
bool produce(const TraceRecording &recording, const AtomicFileSink &sink);

// produce() into `path` atomically (writeFileAtomically): all or nothing, an existing file is
// replaced only when every byte was written. On failure *error is one line naming the path.
bool write(const TraceRecording &recording, const QString &path, QString *error);

} // namespace Lab::Core::ChromeTrace
