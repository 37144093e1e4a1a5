// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lab::Core {

// `run philosophers`: the dining philosophers once per remedy, with the deadlock detector watching
// (diningphilosophers.h, philosophersrunner.h).
int runPhilosophersCommand(const QStringList &arguments);
QString philosophersSynopsis();

} // namespace Lab::Core
