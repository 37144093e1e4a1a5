// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"
#include "chartstyle.h"

#include <QChart>
#include <QList>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QXYSeries;
QT_END_NAMESPACE

namespace Lab::Gui {

// The QChart that draws one ChartSpec in one theme: bars, lines, error bars, markers and the printed
// values. QtCharts has no error bars, so each is a small polyline series (an I-beam) hidden from the
// legend; printed values and marker labels are text items placed from chart coordinates whenever the
// plot area changes. A new spec with the same structure updates the series in place with replace().
class SpecChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecChart)

public:
    explicit SpecChart(const ChartSpec &spec, Gui::ChartTheme theme = Gui::ChartTheme::Light,
                       QGraphicsItem *parent = nullptr);
    ~SpecChart() override;

    const ChartSpec &spec() const { return m_spec; }
    // Not QChart::theme(): the lab's own themes (chartstyle.h).
    Gui::ChartTheme chartTheme() const { return m_style.theme; }
    void setSpec(const ChartSpec &spec);
    void setChartTheme(Gui::ChartTheme theme);

    // Places the printed values and marker labels; called on every plot-area change.
    void relayoutOverlays();

private:
    bool sameStructure(const ChartSpec &other) const;
    void rebuild();
    void clearAll();
    void buildRuntime();
    void buildXY();
    void buildTimeline();
    void buildMarkers();
    void applyData();
    void applyStyle();
    void setAxes(QAbstractAxis *x, QAbstractAxis *y);
    QLineSeries *addHelperSeries(const QPen &pen);
    QGraphicsSimpleTextItem *addText(const QString &text, int pixelSize, const QColor &color, bool bold = false);
    void fitText(QGraphicsSimpleTextItem *item, const QString &text, int pixelSize, double width);
    void fitCategoryLabels(const QRectF &area);
    void fitAxisTitles(const QRectF &area);
    void fitTitle();
    QString titleHtml() const;
    double capHalfWidth(double x) const;
    QList<QPointF> errorBar(double x, double low, double high) const;

    ChartSpec m_spec;
    ChartStyle m_style;
    int m_titlePixelSize = 0; // as shown: the style's, or smaller when the chart is narrow
    int m_subtitlePixelSize = 0;
    QAbstractAxis *m_axisX = nullptr;
    QAbstractAxis *m_axisY = nullptr;
    QAbstractSeries *m_anchor = nullptr; // any series on both axes, for mapToPosition()
    // Runtime
    QList<QBarSet *> m_barSets; // one per strategy
    QList<QLineSeries *> m_barErrors;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;
    // Speedup, Sweep
    QList<QXYSeries *> m_lines;
    QList<QList<QLineSeries *>> m_pointErrors;
    // Timeline
    QList<QLineSeries *> m_timelineUpper;
    QList<QLineSeries *> m_timelineLower;
    // All kinds
    QList<QLineSeries *> m_markerLines;
    QList<QGraphicsSimpleTextItem *> m_markerLabels;
    QGraphicsSimpleTextItem *m_emptyText = nullptr;
};

} // namespace Lab::Gui
