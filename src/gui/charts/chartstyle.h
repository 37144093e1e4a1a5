// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace Lab::Gui {

enum class ChartTheme
{
    Light,
    Dark,
    Presenter, // projection: large type, thick lines, black on white
};

// Everything a theme decides about how a chart looks. Sizes are in logical pixels.
struct ChartStyle
{
    ChartTheme theme = ChartTheme::Light;
    QColor background;
    QColor plotBackground;
    QColor text;
    QColor mutedText; // subtitle, caption
    QColor grid;
    QColor reference; // the ideal-speedup line, markers
    int titlePixelSize = 20;
    int subtitlePixelSize = 14;
    int axisTitlePixelSize = 14;
    int labelPixelSize = 12;
    int legendPixelSize = 13;
    int valuePixelSize = 13; // the numbers printed on bars
    qreal lineWidth = 2.5;
    qreal errorBarWidth = 1.5;
    qreal markerSize = 7;
};

ChartStyle chartStyle(ChartTheme theme);

// "light", "dark", "presenter": the names used by --theme and the settings.
QStringList chartThemeNames();
QString chartThemeName(ChartTheme theme);
bool chartThemeFromName(const QString &name, ChartTheme *theme);

} // namespace Lab::Gui
