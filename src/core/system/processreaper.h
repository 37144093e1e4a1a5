// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;
class QProcess;

namespace Lab::Core {

// Ends a child process nobody needs any more without waiting for it (DESIGN.md: no waitFor* on the
// GUI thread): disconnects it from `owner`, takes it from its parent (so the owner may be destroyed
// at once without QProcess's blocking destructor), SIGKILLs it, and deletes the QProcess once Qt has
// reaped the child (finished), or at the next event-loop turn when it is not running. Should the
// event loop never run again (the program is ending), the child is killed all the same and the
// kernel reaps it with the program.
void killAndReapLater(QProcess *process, const QObject *owner);

} // namespace Lab::Core
