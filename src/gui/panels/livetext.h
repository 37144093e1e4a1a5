// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

// A label's text made from data with tr(): shown now, and made again after every language switch
// (the numbers keep, the words and the number format follow the language). Calling it again
// replaces the previous maker. Use it for texts that change at run time, e.g. a result line;
// fixed texts belong in the widget's retranslate().
void setLiveText(QLabel *label, std::function<QString()> text);

} // namespace Lab::Gui
