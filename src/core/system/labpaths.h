// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lab::Core {

// Absolute path of concurrency-lab-worker: next to the running executable (build tree, tests),
// else the installed libexec folder. Empty when neither exists.
QString workerExecutable();
// The same for another helper program of the lab ("concurrency-lab-mpi-worker").
QString labExecutable(const QString &name);

} // namespace Lab::Core
