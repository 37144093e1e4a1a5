// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadstate.h"

#include <QCoreApplication>

namespace Lab::Core {

namespace {
const char *const kContext = "Lab::Core::ThreadState";
}

QString threadStateName(ThreadState state)
{
    switch (state) {
    case ThreadState::New:
        return QCoreApplication::translate(kContext, "New");
    case ThreadState::Runnable:
        return QCoreApplication::translate(kContext, "Runnable");
    case ThreadState::Running:
        return QCoreApplication::translate(kContext, "Running");
    case ThreadState::Blocked:
        return QCoreApplication::translate(kContext, "Blocked");
    case ThreadState::Waiting:
        return QCoreApplication::translate(kContext, "Waiting");
    case ThreadState::Sleeping:
        return QCoreApplication::translate(kContext, "Sleeping");
    case ThreadState::Terminated:
        return QCoreApplication::translate(kContext, "Terminated");
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
        return QCoreApplication::translate(kContext, "- (no task)");
    case ThreadState::Runnable:
        return QCoreApplication::translate(kContext, "R (waiting for a CPU)");
    case ThreadState::Running:
        return QCoreApplication::translate(kContext, "R (on a CPU)");
    case ThreadState::Blocked:
        return QCoreApplication::translate(kContext, "S or D");
    case ThreadState::Waiting:
    case ThreadState::Sleeping:
        return QCoreApplication::translate(kContext, "S");
    }
    return {};
}

QString kernelStateWords(char letter)
{
    switch (letter) {
    case 'R':
        return QCoreApplication::translate(kContext, "running or runnable");
    case 'S':
        return QCoreApplication::translate(kContext, "sleeping (interruptible)");
    case 'D':
        return QCoreApplication::translate(kContext, "waiting for I/O (uninterruptible)");
    case 'Z':
        return QCoreApplication::translate(kContext, "zombie (exited, not reaped)");
    case 'T':
        return QCoreApplication::translate(kContext, "stopped by a signal");
    case 't':
        return QCoreApplication::translate(kContext, "stopped by a debugger");
    case 'X':
        return QCoreApplication::translate(kContext, "dead");
    case 'I':
        return QCoreApplication::translate(kContext, "idle kernel thread");
    case 'P':
        return QCoreApplication::translate(kContext, "parked");
    case 'W':
        return QCoreApplication::translate(kContext, "paging or waking");
    case 'K':
        return QCoreApplication::translate(kContext, "wake-kill");
    default:
        return QCoreApplication::translate(kContext, "unknown");
    }
}

} // namespace Lab::Core
