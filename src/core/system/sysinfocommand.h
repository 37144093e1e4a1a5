// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lab::Core {

// `concurrency-lab sysinfo [--json]`: the machine as text, or as the environment JSON object.
int runSysinfoCommand(const QStringList &arguments);

} // namespace Lab::Core
