// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace Lab::Gui {

// A chart as plain data: what ChartBuilder makes from a result and what ChartView renders. Nothing in
// here depends on QtCharts, so panels and tests can inspect a chart without drawing it.
enum class ChartKind
{
    Runtime,  // one bar per strategy (and worker count), mean runtime with ± stddev error bars
    Speedup,  // speedup vs workers: measured points, ideal line, core count, fitted Amdahl curve
    Sweep,    // runtime vs workload size, one line per strategy: where the lines cross, parallelism pays
    Timeline, // one horizontal bar per item from its start to its end, grouped by strategy
};

struct ChartAxis
{
    QString title; // with the unit: "Runtime (ms)"
    double min = 0;
    double max = 1;
    bool logarithmic = false;
    QString labelFormat = QStringLiteral("%g"); // printf-style, as QValueAxis takes it
};

// One bar of a Runtime chart.
struct ChartBar
{
    QString category; // the axis label under the bar: "threads ×4"
    QString strategy; // picks the colour
    QString legend;   // when set, the legend entry bars are grouped by (an overlay's "A: date · machine")
    QColor color;
    double value = 0;     // in the y axis' unit
    double errorLow = 0;  // value - stddev, clamped at 0
    double errorHigh = 0; // value + stddev
    QString valueLabel;   // printed above the bar: "512 ms"
};

struct ChartSeries
{
    enum class Line
    {
        Solid,
        Dashed,
        Dotted,
    };
    QString name; // legend entry
    QString strategy;
    QColor color; // invalid: the theme's reference colour (ideal line)
    Line line = Line::Solid;
    bool pointsVisible = true;
    bool inLegend = true;
    QList<QPointF> points;
    QList<double> errors; // ± per point in y units; empty or the same length as points
};

// A vertical line across the plot at x = position with a label at its top (the core count, a crossover).
struct ChartMarker
{
    double position = 0;
    QString label;
    QColor color; // invalid: the theme's reference colour
};

// One item of a Timeline chart (a download, a batch): it ran from start to end under one strategy.
struct TimelineItem
{
    QString strategy;
    QString label; // "image 7"
    double startSeconds = 0;
    double endSeconds = 0;
    bool failed = false;
};

struct ChartSpec
{
    ChartKind kind = ChartKind::Runtime;
    QString title;    // what was measured: "Factorization: runtime per strategy"
    QString subtitle; // on which machine: "Intel(R) Core(TM) i7-8565U · 8 logical cores"
    ChartAxis xAxis;
    ChartAxis yAxis;
    QStringList categories;    // Runtime: one per bar, in bar order
    QList<ChartBar> bars;      // Runtime
    QList<ChartSeries> series; // Speedup, Sweep
    QList<ChartMarker> markers;
    QList<TimelineItem> timeline; // Timeline, grouped by strategy in the order of timelineGroups
    QStringList timelineGroups;
    QString emptyMessage; // non-empty when the result holds nothing this kind can show, and why
    // Provenance for exports: one-line caption and the blocks it was made from.
    QString caption;
    QJsonObject environment;
    QJsonObject parameters;

    bool isEmpty() const { return !emptyMessage.isEmpty(); }
    // Every strategy the chart shows, in first-seen order (legend order).
    QStringList strategies() const;
};

// "runtime", "speedup", "sweep", "timeline": the names used by --kind.
QStringList chartKindNames();
QString chartKindName(ChartKind kind);
bool chartKindFromName(const QString &name, ChartKind *kind);

} // namespace Lab::Gui

Q_DECLARE_METATYPE(Lab::Gui::ChartSpec)
