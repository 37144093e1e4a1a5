// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Lab::Core {

// Parsers for the files of /proc/<pid>/task/<tid>/. Pure functions over the file contents.
class StatParser final
{
public:
    struct Stat
    {
        qint64 pid = 0;
        QString comm; // the OS name (at most 15 bytes; may contain spaces and parentheses)
        char state = '?';
        qint64 ppid = 0;
        quint64 utimeTicks = 0;
        quint64 stimeTicks = 0;
        qint64 numThreads = 0;
        quint64 startTimeTicks = 0; // since boot
        int processor = -1;         // last CPU it ran on (field 39)
    };
    struct SchedStat
    {
        quint64 onCpuNs = 0;    // time spent running
        quint64 runDelayNs = 0; // time spent runnable, waiting for a CPU
        quint64 timeslices = 0;
    };
    struct Switches
    {
        quint64 voluntary = 0;
        quint64 involuntary = 0;
    };

    // `stat`: the name is between the first '(' and the LAST ')' (names may contain both).
    static std::optional<Stat> parseStat(QByteArrayView text);
    static std::optional<SchedStat> parseSchedStat(QByteArrayView text);
    // `status`: voluntary_ctxt_switches / nonvoluntary_ctxt_switches.
    static std::optional<Switches> parseStatusSwitches(QByteArrayView text);
};

} // namespace Lab::Core
