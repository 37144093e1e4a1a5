// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lab::Gui {

// Registers resources/lab.qrc (lessons, diagrams, icons). lab_gui is a static library, so its
// resources are only linked in when something calls this; runGui(), MainWindow and the tests do.
// Safe to call more than once.
void initResources();

} // namespace Lab::Gui
