// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace Lab::Core {

// What a process does with each signal, from the SigCgt / SigIgn / SigBlk lines of /proc/<pid>/status:
// 64-bit hexadecimal masks in which bit n-1 stands for signal n. A signal that is neither caught nor
// ignored takes its default action (for SIGSEGV: the kernel ends the process). SigBlk is the mask of
// the thread the status file belongs to (the main thread for /proc/<pid>/status).
struct SignalDispositions
{
    quint64 caught = 0;  // a handler is installed
    quint64 ignored = 0; // SIG_IGN
    quint64 blocked = 0; // held back while blocked (the main thread's mask)
    bool valid = false;  // all three lines were found and parsed

    // Parses the text of a status file; `valid` stays false when a line is missing or malformed.
    static SignalDispositions parseStatus(QByteArrayView status);
    // Reads /proc/<pid>/status (procRoot lets tests point at fixture trees).
    static SignalDispositions read(pid_t pid, const QString &procRoot = QStringLiteral("/proc"));

    // "SEGV" for 11, "RTMIN+2" for a real-time signal, "CANCEL" and "SETXID" for the two that glibc
    // keeps for itself (32, 33), the number for anything else.
    static QString signalName(int signal);
    // The names of the signals in `mask`, lowest number first: {"INT", "PIPE", "TERM"}.
    static QStringList names(quint64 mask);
};

} // namespace Lab::Core
