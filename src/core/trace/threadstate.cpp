// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadstate.h"

#include <QCoreApplication>

namespace Lab::Core {

// Contexts are written out (not a variable) so that lupdate extracts these strings.
QString threadStateName(ThreadState state)
{
    switch (state) {
    case ThreadState::New:
        return QCoreApplication::translate("Lab::Core::ThreadState", "New");
    case ThreadState::Runnable:
        return QCoreApplication::translate("Lab::Core::ThreadState", "Runnable");
    case ThreadState::Running:
        return QCoreApplication::translate("Lab::Core::ThreadState", "Running");
    case ThreadState::Blocked:
        return QCoreApplication::translate("Lab::Core::ThreadState", "Blocked");
    case ThreadState::Waiting:
        return QCoreApplication::translate("Lab::Core::ThreadState", "Waiting");
    case ThreadState::Sleeping:
        return QCoreApplication::translate("Lab::Core::ThreadState", "Sleeping");
    case ThreadState::Terminated:
        return QCoreApplication::translate("Lab::Core::ThreadState", "Terminated");
    }
    return {};
}

QString threadStateId(ThreadState state)
{
    static const char *const ids[] = {"new", "runnable", "running", "blocked", "waiting", "sleeping", "terminated"};
    return QLatin1String(ids[static_cast<int>(state)]);
}

std::optional<ThreadState> threadStateFromId(QStringView id)
{
    for (int i = 0; i < ThreadStateCount; ++i) {
        const auto state = static_cast<ThreadState>(i);
        if (id == threadStateId(state))
            return state;
    }
    return std::nullopt;
}

QString kernelLettersForState(ThreadState state)
{
    switch (state) {
    case ThreadState::New:
    case ThreadState::Terminated:
        return QCoreApplication::translate("Lab::Core::ThreadState", "- (no task)");
    case ThreadState::Runnable:
        return QCoreApplication::translate("Lab::Core::ThreadState", "R (waiting for a CPU)");
    case ThreadState::Running:
        return QCoreApplication::translate("Lab::Core::ThreadState", "R (on a CPU)");
    case ThreadState::Blocked:
        return QCoreApplication::translate("Lab::Core::ThreadState", "S or D");
    case ThreadState::Waiting:
    case ThreadState::Sleeping:
        return QCoreApplication::translate("Lab::Core::ThreadState", "S");
    }
    return {};
}

QString kernelStateWords(char letter)
{
    switch (letter) {
    case 'R':
        return QCoreApplication::translate("Lab::Core::ThreadState", "running or runnable");
    case 'S':
        return QCoreApplication::translate("Lab::Core::ThreadState", "sleeping (interruptible)");
    case 'D':
        return QCoreApplication::translate("Lab::Core::ThreadState", "waiting for I/O (uninterruptible)");
    case 'Z':
        return QCoreApplication::translate("Lab::Core::ThreadState", "zombie (exited, not reaped)");
    case 'T':
        return QCoreApplication::translate("Lab::Core::ThreadState", "stopped by a signal");
    case 't':
        return QCoreApplication::translate("Lab::Core::ThreadState", "stopped by a debugger");
    case 'X':
        return QCoreApplication::translate("Lab::Core::ThreadState", "dead");
    case 'I':
        return QCoreApplication::translate("Lab::Core::ThreadState", "idle kernel thread");
    case 'P':
        return QCoreApplication::translate("Lab::Core::ThreadState", "parked");
    case 'W':
        return QCoreApplication::translate("Lab::Core::ThreadState", "paging or waking");
    case 'K':
        return QCoreApplication::translate("Lab::Core::ThreadState", "wake-kill");
    default:
        return QCoreApplication::translate("Lab::Core::ThreadState", "unknown");
    }
}

} // namespace Lab::Core
