// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/command.h"

namespace Lab::Gui {

// Headless commands that need lab_gui (they render widgets offscreen), e.g. `chart`.
QList<Core::Command> guiCommands();

// Opens the lab's window. `arguments` are the process arguments (program name first); GUI flags
// (--topic, --present, --screenshot, ...) are parsed here. Returns the process exit code.
int runGui(int &argc, char **argv);

} // namespace Lab::Gui
