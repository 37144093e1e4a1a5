// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Lab::Core {

// The textbook life-cycle state of a lab thread (DESIGN.md, "Thread-state vocabulary").
enum class ThreadState : quint8
{
    New,        // object created, not started
    Runnable,   // started, ready, waiting for a CPU
    Running,    // executing
    Blocked,    // waiting for a lock or I/O
    Waiting,    // waiting for a condition, event, barrier, join
    Sleeping,   // timed sleep
    Terminated, // run() returned
};
inline constexpr int ThreadStateCount = 7;

// Translated name for the UI ("Running").
QString threadStateName(ThreadState state);
// Stable lower-case id for JSON, settings and lesson files ("running").
QString threadStateId(ThreadState state);
std::optional<ThreadState> threadStateFromId(QStringView id);
// The kernel letters a thread in this state shows in /proc/<pid>/task/<tid>/stat ("S or D"),
// translated; "-" where there is no task (New, Terminated).
QString kernelLettersForState(ThreadState state);

// Translated words for a kernel state letter from /proc stat: 'R' -> "running or runnable".
QString kernelStateWords(char letter);

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::ThreadState)
