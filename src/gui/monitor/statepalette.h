// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/threadstate.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace Lab::Gui {

// Colours of the textbook states: the Okabe-Ito palette (safe for the common colour-vision
// deficiencies), each with its own fill pattern and short label so greyscale prints still work.
class StatePalette final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Gui::StatePalette)

public:
    static QColor color(Core::ThreadState state);
    static Qt::BrushStyle pattern(Core::ThreadState state);
    static QColor patternColor(Core::ThreadState state);
    static QString shortLabel(Core::ThreadState state); // "Run", "Blk", ... (translated)
    static QIcon swatch(Core::ThreadState state, int size = 14);
    // Kernel strip colour: on CPU, runnable, asleep (S), uninterruptible (D), other.
    static QColor kernelColor(char letter, bool onCpu);
};

} // namespace Lab::Gui
