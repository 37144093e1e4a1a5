// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lab::Gui {

// `concurrency-lab chart RESULT.json --out FILE.png|.svg|.pdf [--kind runtime|speedup|sweep]
//  [--width W --height H] [--theme light|dark|presenter]`: renders a saved result without a display.
// Exit 0 on success, 2 on bad options or a result file of the wrong shape (the message names the
// missing or wrong field), 1 when the file could not be written.
int runChartCommand(const QStringList &arguments);

} // namespace Lab::Gui
