// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/system/eventloopprobe.h"

#include <QString>

namespace Lab::Gui {

// What --metrics writes. Linux-only sources (/proc); values are -1 where they could not be read.
struct LaunchMetrics
{
    double startupMs = -1;    // process start to the first painted window
    QString startupReference; // what startupMs counts from ("process start" or "runGui entry")
    Core::EventLoopLatency eventLoop;
    double peakRssMb = -1; // VmHWM
    QString topic;
    QString language;
};

// Milliseconds since the kernel started this process: /proc/self/stat field 22 (starttime, in clock
// ticks since boot, 10 ms resolution) against CLOCK_BOOTTIME. This includes exec, dynamic linking
// and static initialisers, which a timer started in main() would miss. -1 if unreadable.
double millisecondsSinceProcessStart();
// Peak resident set size (VmHWM of /proc/self/status) in MiB; -1 if unreadable.
double peakResidentSetMb();

// Writes the metrics as JSON, atomically (QSaveFile). On failure returns false with *error set.
bool writeLaunchMetrics(const QString &fileName, const LaunchMetrics &metrics, QString *error);

} // namespace Lab::Gui
