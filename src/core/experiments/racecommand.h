// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"

#include <QStringList>

namespace Lab::Core {

// `run race`: threads increment one shared counter without and with synchronization, timed as a
// benchmark; see racerunner.h. Its parameters, declared once (the command's options and --help, and
// any panel that runs the race, come from this):
//   threads 1..64 (4), increments 1..100000000 (100000), sync none,mutex,atomic,rlock (all),
//   warmup 0..100 (1), runs 1..100 (3)
const ParameterSchema &raceSchema();
int runRaceCommand(const QStringList &arguments);
QString raceSynopsis();

} // namespace Lab::Core
