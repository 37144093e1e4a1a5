// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Lab::Gui {

// The one colour per strategy used everywhere in the lab (charts, monitor, legends), taken from the
// Okabe-Ito palette so that it stays distinguishable with the common colour-vision deficiencies.
// Known strategies have fixed colours; any other name gets a stable colour from the rest of the palette.
QColor strategyColor(const QString &strategy);

// The eight Okabe-Ito colours in their published order (black, orange, sky blue, bluish green, yellow,
// blue, vermillion, reddish purple).
QList<QColor> okabeItoPalette();

// A human name for a strategy id as used on axes and legends ("event-driven" stays, "cpython" -> "CPython"),
// elided past MaxStrategyLabelChars.
constexpr qsizetype MaxStrategyLabelChars = 32;
QString strategyDisplayName(const QString &strategy);
// `text` cut to at most `maxChars` characters, ending in an ellipsis when cut.
QString elidedLabel(const QString &text, qsizetype maxChars);

} // namespace Lab::Gui
