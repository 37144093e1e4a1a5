// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracerecording.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Lab::Core {

// Reads back a trace file the lab wrote (ChromeTrace::write, plain or gzip-compressed) as a
// TraceRecording for a replay (docs/trace.md, "Replay"):
// - "X" slices become the lab workers' state events: a thread's first slice is its ThreadCreated (New)
//   or, on a worker process's track, its ProcessStarted; every later slice a StateChanged;
// - "i" instants become run starts and ends (scope "g"), phases ("p"), and on a thread its marks,
//   pacer holds and releases and its end (ThreadFinished / ProcessFinished);
// - "C" counters become CPU and primitive samples; "M" names give the processes' names;
// - otherData gives the title, the date and machine of the recording, the lab's pid and the monotonic
//   time of ts 0, so every time reads back to the nanosecond.
// Files another tool wrote, or that are not JSON, are refused with one message naming the field that
// is missing or wrong.
class ChromeTraceReader final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::ChromeTraceReader)

public:
    // A lab trace of 65,536 events and their samples is a few MB; this bounds a wrong file.
    static constexpr qint64 MaxFileBytes = 512ll * 1000 * 1000;

    // Reads `path`. On failure *error is one line without the path ("not a Concurrency Lab trace: ...").
    static std::optional<TraceRecording> read(const QString &path, QString *error);
    // The same for the file's bytes (JSON, or gzip-compressed JSON).
    static std::optional<TraceRecording> parse(const QByteArray &data, QString *error);

    // gzip (RFC 1952) compression of `data`: what the history keeps, and what Perfetto opens as well.
    static QByteArray gzip(const QByteArray &data);
    // The inverse; nothing when `data` is not a complete gzip stream or would exceed `maxBytes`.
    static std::optional<QByteArray> gunzip(const QByteArray &data, qint64 maxBytes = MaxFileBytes);
};

} // namespace Lab::Core
