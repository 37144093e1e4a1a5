// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lab::Core {

// `run race`: threads increment one shared counter without and with synchronization, timed as a
// benchmark (racebenchmark.h, racerunner.h).
int runRaceCommand(const QStringList &arguments);
QString raceSynopsis();

} // namespace Lab::Core
