// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;
class QProcess;

namespace Lab::Core {

// The end of a child process whose owner is being destroyed (a runner, a panel's demo): disconnected
// from the owner, SIGKILL, and reaped before the owner is gone, so no child outlives what started it
// and none is left a zombie. The wait is synchronous on purpose (the one exception to "no waitFor* on
// the GUI thread", docs/ARCHITECTURE.md): it follows SIGKILL, which the kernel delivers at once, so it
// lasts milliseconds, and QProcess's own destructor would otherwise do the same wait with a warning.
// An asynchronous reap would let the child outlive its owner. Ordinary stops (cancel, end of a run)
// stay asynchronous: terminate, then a timer.
void killAndReap(QProcess *process, const QObject *owner);
// killAndReap() for every QProcess that is a direct child of `owner`.
void killAndReapChildren(const QObject *owner);

} // namespace Lab::Core
