// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"
#include "chartstyle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Lab::Gui {

// Renders a ChartSpec without a window and writes it as PNG (any device pixel ratio), SVG or a one-page
// vector PDF. Every file carries the chart's provenance: PNG text chunks (Title, Description,
// Environment, Parameters), SVG <title>/<desc>, PDF title/creator and a caption line under the chart.
// Files are written through QSaveFile: a failed write leaves no file behind.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Gui::ChartExporter)

public:
    enum class Format
    {
        Png,
        Svg,
        Pdf,
    };

    static constexpr QSize defaultSize() { return {1280, 720}; }

    // From the file name's suffix (.png, .svg, .pdf, any case); false for anything else.
    static bool formatForPath(const QString &path, Format *format);

    // Draws the chart into `target` of an active painter.
    static void render(const ChartSpec &spec, ChartTheme theme, const QRectF &target, QPainter *painter);
    // `logicalSize` is the chart's layout size; the image has logicalSize × devicePixelRatio pixels,
    // so a 2x image has the same layout with everything drawn twice as sharp. Carries the text chunks.
    static QImage image(const ChartSpec &spec, ChartTheme theme, QSize logicalSize, qreal devicePixelRatio = 1);

    // The same at an exact pixel size (the chart command's --width/--height), laid out at pixels / ratio.
    static QImage imageAtPixels(const ChartSpec &spec, ChartTheme theme, QSize pixels, qreal devicePixelRatio);
    // PNG bytes with the image's text chunks; empty on failure.
    static QByteArray encodePng(const QImage &image);

    static QByteArray png(const ChartSpec &spec, ChartTheme theme, QSize logicalSize, qreal devicePixelRatio = 1);
    static QByteArray svg(const ChartSpec &spec, ChartTheme theme, QSize logicalSize);
    static QByteArray pdf(const ChartSpec &spec, ChartTheme theme, QSize logicalSize);

    // Renders in the format the suffix names and writes atomically. On failure returns false and sets
    // `error` to one sentence naming the file and the reason.
    static bool exportToFile(const ChartSpec &spec, ChartTheme theme, QSize logicalSize, qreal devicePixelRatio,
                             const QString &path, QString *error);
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

    // Puts the rendered image (with its text chunks) on the system clipboard.
    static void copyToClipboard(const ChartSpec &spec, ChartTheme theme, QSize logicalSize, qreal devicePixelRatio = 1);

    // The provenance text the formats embed: the caption, then the environment and parameter blocks as JSON.
    static QString description(const ChartSpec &spec);
    // "Title — subtitle" as one plain line.
    static QString plainTitle(const ChartSpec &spec);
};

} // namespace Lab::Gui
