// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

namespace Lab::Gui {

ChartStyle chartStyle(ChartTheme theme)
{
    ChartStyle style;
    style.theme = theme;
    switch (theme) {
    case ChartTheme::Light:
        style.background = QColor(0xFF, 0xFF, 0xFF);
        style.plotBackground = QColor(0xFF, 0xFF, 0xFF);
        style.text = QColor(0x20, 0x20, 0x20);
        style.mutedText = QColor(0x55, 0x55, 0x55);
        style.grid = QColor(0xDD, 0xDD, 0xDD);
        style.reference = QColor(0x44, 0x44, 0x44);
        break;
    case ChartTheme::Dark:
        style.background = QColor(0x1E, 0x1F, 0x22);
        style.plotBackground = QColor(0x1E, 0x1F, 0x22);
        style.text = QColor(0xEE, 0xEE, 0xEE);
        style.mutedText = QColor(0xB0, 0xB0, 0xB0);
        style.grid = QColor(0x3C, 0x3E, 0x42);
        style.reference = QColor(0xCC, 0xCC, 0xCC);
        break;
    case ChartTheme::Presenter:
        // Read from the back of a lecture hall: pure black on white, everything bigger and thicker.
        style.background = QColor(0xFF, 0xFF, 0xFF);
        style.plotBackground = QColor(0xFF, 0xFF, 0xFF);
        style.text = QColor(0x00, 0x00, 0x00);
        style.mutedText = QColor(0x22, 0x22, 0x22);
        style.grid = QColor(0xC8, 0xC8, 0xC8);
        style.reference = QColor(0x00, 0x00, 0x00);
        style.titlePixelSize = 34;
        style.subtitlePixelSize = 22;
        style.axisTitlePixelSize = 24;
        style.labelPixelSize = 21;
        style.legendPixelSize = 22;
        style.valuePixelSize = 24;
        style.lineWidth = 5;
        style.errorBarWidth = 3;
        style.markerSize = 13;
        break;
    }
    return style;
}

QStringList chartThemeNames()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("presenter")};
}

QString chartThemeName(ChartTheme theme)
{
    return chartThemeNames().at(int(theme));
}

bool chartThemeFromName(const QString &name, ChartTheme *theme)
{
    const qsizetype index = chartThemeNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return false;
    *theme = ChartTheme(index);
    return true;
}

} // namespace Lab::Gui
