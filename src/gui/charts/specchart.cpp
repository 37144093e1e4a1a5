// SPDX-License-Identifier: GPL-3.0-or-later
#include "specchart.h"

#include "strategypalette.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace Lab::Gui {

namespace {

// The legend entry a bar belongs to: its strategy, or an overlay's run ("A: ...").
QString barGroup(const ChartBar &bar)
{
    return bar.legend.isEmpty() ? bar.strategy : QLatin1String("\x01") + bar.legend;
}

// QtCharts keeps some of a title's room for itself and draws text a little wider than QFontMetrics
// measures (a 31 px title measured 621 px for 621 px of room and was still elided): titles are fitted
// into this share of their room.
constexpr double TitleRoomShare = 0.88;

QFont pixelFont(int pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

double niceStep(double range, int targetTicks)
{
    if (range <= 0 || targetTicks <= 0)
        return 1;
    const double raw = range / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalised = raw / magnitude;
    const double step = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10;
    return step * magnitude;
}

Qt::PenStyle penStyle(ChartSeries::Line line)
{
    switch (line) {
    case ChartSeries::Line::Dashed:
        return Qt::DashLine;
    case ChartSeries::Line::Dotted:
        return Qt::DotLine;
    case ChartSeries::Line::Solid:
        break;
    }
    return Qt::SolidLine;
}

QAbstractAxis *makeValueAxis(const ChartAxis &axis, int targetTicks, bool integers)
{
    if (axis.logarithmic) {
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setRange(axis.min, axis.max);
        log->setLabelFormat(axis.labelFormat);
        log->setMinorTickCount(-1);
        return log;
    }
    auto *value = new QValueAxis;
    value->setRange(axis.min, axis.max);
    value->setLabelFormat(axis.labelFormat);
    value->setTickType(QValueAxis::TicksDynamic);
    value->setTickAnchor(0);
    double step = niceStep(axis.max - axis.min, targetTicks);
    if (integers)
        step = std::max(1.0, std::round(step));
    value->setTickInterval(step);
    return value;
}

} // namespace

SpecChart::SpecChart(const ChartSpec &spec, Gui::ChartTheme theme, QGraphicsItem *parent)
    : QChart(parent)
    , m_spec(spec)
    , m_style(chartStyle(theme))
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
    connect(this, &QChart::plotAreaChanged, this, &SpecChart::relayoutOverlays);
    rebuild();
}

SpecChart::~SpecChart() = default;

void SpecChart::setSpec(const ChartSpec &spec)
{
    if (sameStructure(spec)) {
        m_spec = spec;
        applyData();
        return;
    }
    m_spec = spec;
    rebuild();
}

void SpecChart::setChartTheme(Gui::ChartTheme theme)
{
    m_style = chartStyle(theme);
    rebuild();
}

bool SpecChart::sameStructure(const ChartSpec &other) const
{
    if (other.kind != m_spec.kind || other.isEmpty() != m_spec.isEmpty() || other.categories != m_spec.categories ||
        other.bars.size() != m_spec.bars.size() || other.series.size() != m_spec.series.size() ||
        other.markers.size() != m_spec.markers.size() || other.timeline.size() != m_spec.timeline.size() ||
        other.timelineGroups != m_spec.timelineGroups || other.xAxis.logarithmic != m_spec.xAxis.logarithmic ||
        other.yAxis.logarithmic != m_spec.yAxis.logarithmic || other.title != m_spec.title ||
        other.subtitle != m_spec.subtitle || other.xAxis.title != m_spec.xAxis.title ||
        other.yAxis.title != m_spec.yAxis.title) // texts are set in rebuild() only
        return false;
    for (qsizetype i = 0; i < other.bars.size(); ++i) {
        if (barGroup(other.bars.at(i)) != barGroup(m_spec.bars.at(i)))
            return false;
    }
    for (qsizetype i = 0; i < other.series.size(); ++i) {
        const ChartSeries &a = other.series.at(i);
        const ChartSeries &b = m_spec.series.at(i);
        if (a.name != b.name || a.points.size() != b.points.size() || a.errors.size() != b.errors.size())
            return false;
    }
    for (qsizetype i = 0; i < other.timeline.size(); ++i) {
        if (other.timeline.at(i).strategy != m_spec.timeline.at(i).strategy ||
            other.timeline.at(i).failed != m_spec.timeline.at(i).failed)
            return false;
    }
    return true;
}

void SpecChart::clearAll()
{
    removeAllSeries();
    const QList<QAbstractAxis *> existing = axes();
    for (QAbstractAxis *axis : existing) {
        // Hidden first: QtCharts parents an axis's grid, labels and title to the chart, not to the
        // axis's own item, and removing the axis hides only that item. An axis laid out while the
        // chart was still tiny stayed behind as a "…" and a few grid lines in the corner.
        axis->setVisible(false);
        removeAxis(axis);
        delete axis;
    }
    m_axisX = m_axisY = nullptr;
    m_anchor = nullptr;
    qDeleteAll(m_valueLabels);
    qDeleteAll(m_markerLabels);
    delete m_emptyText;
    m_emptyText = nullptr;
    m_valueLabels.clear();
    m_markerLabels.clear();
    m_barSets.clear();
    m_barErrors.clear();
    m_lines.clear();
    m_pointErrors.clear();
    m_timelineUpper.clear();
    m_timelineLower.clear();
    m_markerLines.clear();
}

void SpecChart::rebuild()
{
    clearAll();
    applyStyle();
    if (m_spec.isEmpty()) {
        legend()->hide();
        m_emptyText = addText(m_spec.emptyMessage, m_style.axisTitlePixelSize, m_style.mutedText);
        relayoutOverlays();
        return;
    }
    legend()->show();
    switch (m_spec.kind) {
    case ChartKind::Runtime:
        buildRuntime();
        break;
    case ChartKind::Speedup:
    case ChartKind::Sweep:
        buildXY();
        break;
    case ChartKind::Timeline:
        buildTimeline();
        break;
    }
    buildMarkers();
    // Style the axes the builders just made.
    for (QAbstractAxis *axis : axes()) {
        axis->setTitleFont(pixelFont(m_style.axisTitlePixelSize));
        axis->setTitleBrush(m_style.text);
        axis->setLabelsFont(pixelFont(m_style.labelPixelSize));
        axis->setLabelsColor(m_style.text);
        axis->setGridLineColor(m_style.grid);
        axis->setMinorGridLineVisible(false);
        axis->setLinePenColor(m_style.mutedText);
    }
    // Lines show as lines in the legend (dashed and dotted read as such), bars and areas as boxes.
    const bool lines = m_spec.kind == ChartKind::Speedup || m_spec.kind == ChartKind::Sweep;
    legend()->setMarkerShape(lines ? QLegend::MarkerShapeFromSeries : QLegend::MarkerShapeRectangle);
    // Many or long entries do not fit in one row under the plot (QLegend truncates, never wraps).
    int legendText = 0;
    for (const ChartSeries &series : std::as_const(m_spec.series)) {
        if (series.inLegend)
            legendText += int(series.name.size()) + 4;
    }
    for (const QString &strategy : m_spec.strategies())
        legendText += m_spec.series.isEmpty() ? int(strategy.size()) + 4 : 0;
    legend()->setAlignment(legendText * m_style.legendPixelSize * 0.6 > 1100 ? Qt::AlignRight : Qt::AlignBottom);
    // Fonts on the markers themselves: a legend font set before the series existed is measured wrongly.
    const QList<QLegendMarker *> markers = legend()->markers();
    for (QLegendMarker *marker : markers) {
        marker->setFont(pixelFont(m_style.legendPixelSize));
        marker->setLabelBrush(m_style.text);
    }
    applyData();
}

void SpecChart::applyStyle()
{
    setBackgroundBrush(m_style.background);
    setPlotAreaBackgroundBrush(m_style.plotBackground);
    setPlotAreaBackgroundVisible(true);
    setTitleBrush(m_style.text);
    setTitleFont(pixelFont(m_style.titlePixelSize, true));
    m_titlePixelSize = m_style.titlePixelSize;
    m_subtitlePixelSize = m_style.subtitlePixelSize;
    setTitle(titleHtml());
    fitTitle();
    legend()->setFont(pixelFont(m_style.legendPixelSize));
    legend()->setLabelColor(m_style.text);
    legend()->setBrush(Qt::NoBrush);
    legend()->setPen(Qt::NoPen);
    const int margin = m_style.theme == Gui::ChartTheme::Presenter ? 18 : 10;
    setMargins(QMargins(margin, margin, margin + 8, margin));
}

QString SpecChart::titleHtml() const
{
    const QString subtitle =
        m_spec.subtitle.isEmpty()
            ? QString()
            : QStringLiteral("<br><span style=\"font-size:%1px; font-weight:normal; color:%2;\">%3</span>")
                  .arg(m_subtitlePixelSize)
                  .arg(m_style.mutedText.name(), m_spec.subtitle.toHtmlEscaped());
    return QStringLiteral("<div align=\"center\"><span style=\"font-size:%1px; font-weight:bold;\">%2</span>%3</div>")
        .arg(m_titlePixelSize)
        .arg(m_spec.title.toHtmlEscaped(), subtitle);
}

void SpecChart::fitTitle()
{
    // QtCharts elides a title wider than the chart ("Factorization: runtime per str..." in a presenter
    // panel on a 1280 px screen): shrink it instead, down to 55 % of the theme's size, computed from the
    // chart's width (which the title does not change), so the layouts settle.
    const double room = (size().width() - margins().left() - margins().right()) * TitleRoomShare;
    if (m_spec.title.isEmpty() || room <= 0)
        return;
    const auto fitted = [room](const QString &text, int pixelSize, bool bold) {
        const double needed = QFontMetricsF(pixelFont(pixelSize, bold)).horizontalAdvance(text);
        return needed <= room ? pixelSize : std::max(int(pixelSize * 0.55), int(pixelSize * room / needed));
    };
    const int title = fitted(m_spec.title, m_style.titlePixelSize, true);
    const int subtitle = fitted(m_spec.subtitle, m_style.subtitlePixelSize, false);
    if (title == m_titlePixelSize && subtitle == m_subtitlePixelSize)
        return;
    m_titlePixelSize = title;
    m_subtitlePixelSize = subtitle;
    // Both: QtCharts measures (and elides) the title with the title font, and draws the HTML's sizes.
    setTitleFont(pixelFont(title, true));
    setTitle(titleHtml());
}

void SpecChart::setAxes(QAbstractAxis *x, QAbstractAxis *y)
{
    x->setTitleText(m_spec.xAxis.title);
    y->setTitleText(m_spec.yAxis.title);
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    m_axisX = x;
    m_axisY = y;
}

QLineSeries *SpecChart::addHelperSeries(const QPen &pen)
{
    auto *series = new QLineSeries;
    series->setPen(pen);
    addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    const QList<QLegendMarker *> markers = legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
    return series;
}

QGraphicsSimpleTextItem *SpecChart::addText(const QString &text, int pixelSize, const QColor &color, bool bold)
{
    auto *item = new QGraphicsSimpleTextItem(text, this);
    item->setFont(pixelFont(pixelSize, bold));
    item->setBrush(color);
    item->setZValue(20); // above series and grid
    return item;
}

double SpecChart::capHalfWidth(double x) const
{
    Q_UNUSED(x)
    if (m_spec.kind == ChartKind::Runtime)
        return 0.09; // in categories
    if (m_spec.xAxis.logarithmic)
        return 0.012 * std::log10(m_spec.xAxis.max / m_spec.xAxis.min); // in decades
    return 0.012 * (m_spec.xAxis.max - m_spec.xAxis.min);
}

QList<QPointF> SpecChart::errorBar(double x, double low, double high) const
{
    // An I-beam in one polyline: top cap, back to the middle, down, bottom cap.
    double left = x - capHalfWidth(x);
    double right = x + capHalfWidth(x);
    if (m_spec.xAxis.logarithmic && m_spec.kind != ChartKind::Runtime) {
        left = x * std::pow(10.0, -capHalfWidth(x));
        right = x * std::pow(10.0, capHalfWidth(x));
    }
    if (m_spec.yAxis.logarithmic)
        low = std::max(low, m_spec.yAxis.min);
    return {{left, high}, {right, high}, {x, high}, {x, low}, {left, low}, {right, low}};
}

void SpecChart::buildRuntime()
{
    auto *x = new QBarCategoryAxis;
    x->setCategories(m_spec.categories);
    auto *y = makeValueAxis(m_spec.yAxis, 6, false);
    setAxes(x, y);

    // A stacked series with one set per strategy and zeros elsewhere: each bar gets its strategy's
    // colour, sits centred on its category, and the legend lists each strategy once.
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.6);
    QStringList strategies;
    for (const ChartBar &bar : std::as_const(m_spec.bars)) {
        if (!strategies.contains(barGroup(bar)))
            strategies.append(barGroup(bar));
    }
    for (const QString &strategy : std::as_const(strategies)) {
        auto *set = new QBarSet(strategyDisplayName(strategy));
        for (const ChartBar &bar : std::as_const(m_spec.bars)) {
            if (barGroup(bar) == strategy) {
                set->setColor(bar.color);
                if (!bar.legend.isEmpty())
                    set->setLabel(bar.legend);
            }
            set->append(0);
        }
        set->setPen(Qt::NoPen);
        set->setProperty("strategy", strategy);
        bars->append(set);
        m_barSets.append(set);
    }
    addSeries(bars);
    bars->attachAxis(x);
    bars->attachAxis(y);

    QPen errorPen(m_style.text, m_style.errorBarWidth);
    errorPen.setCapStyle(Qt::FlatCap);
    for (qsizetype i = 0; i < m_spec.bars.size(); ++i) {
        QLineSeries *error = addHelperSeries(errorPen);
        m_barErrors.append(error);
        m_valueLabels.append(addText(QString(), m_style.valuePixelSize, m_style.text, true));
    }
    m_anchor = m_barErrors.isEmpty() ? static_cast<QAbstractSeries *>(bars) : m_barErrors.first();
}

void SpecChart::buildXY()
{
    const bool speedup = m_spec.kind == ChartKind::Speedup;
    auto *x = makeValueAxis(m_spec.xAxis, 10, speedup);
    auto *y = makeValueAxis(m_spec.yAxis, 6, false);
    setAxes(x, y);

    for (const ChartSeries &spec : std::as_const(m_spec.series)) {
        const QColor color = spec.color.isValid() ? spec.color : m_style.reference;
        auto *line = new QLineSeries;
        line->setName(spec.name);
        QPen pen(color, spec.line == ChartSeries::Line::Solid ? m_style.lineWidth : m_style.lineWidth * 0.8,
                 penStyle(spec.line), Qt::RoundCap, Qt::RoundJoin);
        line->setPen(pen);
        line->setColor(color);
        line->setPointsVisible(spec.pointsVisible);
        line->setMarkerSize(m_style.markerSize);
        addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        if (!spec.inLegend) {
            const QList<QLegendMarker *> markers = legend()->markers(line);
            for (QLegendMarker *marker : markers)
                marker->setVisible(false);
        }
        m_lines.append(line);
        QList<QLineSeries *> errors;
        QPen errorPen(color, m_style.errorBarWidth);
        for (qsizetype i = 0; i < spec.errors.size(); ++i)
            errors.append(addHelperSeries(errorPen));
        m_pointErrors.append(errors);
    }
    if (!m_lines.isEmpty())
        m_anchor = m_lines.first();
}

void SpecChart::buildTimeline()
{
    auto *x = makeValueAxis(m_spec.xAxis, 10, false);
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setMin(m_spec.yAxis.min);
    y->setMax(m_spec.yAxis.max);
    y->setStartValue(-0.5);
    y->setReverse(true); // first strategy on top
    int row = 0;
    for (const QString &group : std::as_const(m_spec.timelineGroups)) {
        for (const TimelineItem &item : std::as_const(m_spec.timeline)) {
            if (item.strategy == group)
                ++row;
        }
        y->append(group, row - 0.5);
    }
    setAxes(x, y);

    QStringList inLegend;
    for (const TimelineItem &item : std::as_const(m_spec.timeline)) {
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        const QColor color = strategyColor(item.strategy);
        area->setColor(color);
        area->setBorderColor(color.darker(130));
        area->setPen(QPen(color.darker(130), 1));
        // A failed item keeps its colour but is hatched, so it reads without relying on colour.
        area->setBrush(item.failed ? QBrush(color, Qt::BDiagPattern) : QBrush(color));
        area->setName(item.strategy);
        addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        const bool first = !inLegend.contains(item.strategy);
        inLegend.append(item.strategy);
        const QList<QLegendMarker *> markers = legend()->markers(area);
        for (QLegendMarker *marker : markers)
            marker->setVisible(first);
        m_timelineUpper.append(upper);
        m_timelineLower.append(lower);
    }
    if (!m_timelineUpper.isEmpty())
        m_anchor = qobject_cast<QAreaSeries *>(m_timelineUpper.first()->parent());
}

void SpecChart::buildMarkers()
{
    for (const ChartMarker &marker : std::as_const(m_spec.markers)) {
        const QColor color = marker.color.isValid() ? marker.color : m_style.reference;
        QPen pen(color, std::max(1.5, m_style.lineWidth * 0.6), Qt::DashDotLine);
        m_markerLines.append(addHelperSeries(pen));
        m_markerLabels.append(addText(marker.label, m_style.labelPixelSize, color, true));
    }
}

void SpecChart::applyData()
{
    if (m_spec.isEmpty()) {
        relayoutOverlays();
        return;
    }
    auto setRange = [](QAbstractAxis *axis, const ChartAxis &range) {
        if (axis && axis->type() != QAbstractAxis::AxisTypeBarCategory &&
            axis->type() != QAbstractAxis::AxisTypeCategory)
            axis->setRange(range.min, range.max);
    };
    setRange(m_axisX, m_spec.xAxis);
    setRange(m_axisY, m_spec.yAxis);

    switch (m_spec.kind) {
    case ChartKind::Runtime:
        for (qsizetype i = 0; i < m_spec.bars.size(); ++i) {
            const ChartBar &bar = m_spec.bars.at(i);
            for (QBarSet *set : std::as_const(m_barSets))
                set->replace(int(i), set->property("strategy").toString() == barGroup(bar) ? bar.value : 0.0);
            m_barErrors.at(i)->replace(errorBar(double(i), bar.errorLow, bar.errorHigh));
            m_valueLabels.at(i)->setText(bar.valueLabel);
        }
        break;
    case ChartKind::Speedup:
    case ChartKind::Sweep:
        for (qsizetype s = 0; s < m_spec.series.size(); ++s) {
            const ChartSeries &series = m_spec.series.at(s);
            m_lines.at(s)->replace(series.points);
            for (qsizetype i = 0; i < series.errors.size() && i < series.points.size(); ++i) {
                const QPointF point = series.points.at(i);
                const double error = series.errors.at(i);
                m_pointErrors.at(s).at(i)->replace(errorBar(point.x(), point.y() - error, point.y() + error));
            }
        }
        break;
    case ChartKind::Timeline:
        for (qsizetype i = 0; i < m_spec.timeline.size(); ++i) {
            const TimelineItem &item = m_spec.timeline.at(i);
            const double top = double(i) - 0.36;
            const double bottom = double(i) + 0.36;
            m_timelineUpper.at(i)->replace({{item.startSeconds, top}, {item.endSeconds, top}});
            m_timelineLower.at(i)->replace({{item.startSeconds, bottom}, {item.endSeconds, bottom}});
        }
        break;
    }
    for (qsizetype i = 0; i < m_spec.markers.size(); ++i) {
        const ChartMarker &marker = m_spec.markers.at(i);
        m_markerLines.at(i)->replace({{marker.position, m_spec.yAxis.min}, {marker.position, m_spec.yAxis.max}});
        m_markerLabels.at(i)->setText(marker.label);
    }
    relayoutOverlays();
}

void SpecChart::fitText(QGraphicsSimpleTextItem *item, const QString &text, int pixelSize, double width)
{
    // Too wide for its bar: break at the " · " into two lines, then shrink (not below 55 %).
    QString shown = text;
    QFont font = pixelFont(pixelSize, true);
    auto widest = [&font](const QString &lines) {
        double w = 0;
        const QStringList parts = lines.split(QLatin1Char('\n'));
        for (const QString &part : parts)
            w = std::max(w, QFontMetricsF(font).horizontalAdvance(part));
        return w;
    };
    if (widest(shown) > width)
        shown.replace(QStringLiteral(" · "), QStringLiteral("\n"));
    const double needed = widest(shown);
    if (needed > width && width > 0)
        font.setPixelSize(std::max(int(pixelSize * 0.55), int(pixelSize * width / needed)));
    item->setFont(font);
    item->setText(shown);
}

void SpecChart::fitCategoryLabels(const QRectF &area)
{
    // QBarCategoryAxis truncates labels that do not fit their category ("proce..."); shrink the font
    // instead, computed from the theme's size each time so repeated layouts settle.
    auto *axis = qobject_cast<QBarCategoryAxis *>(m_axisX);
    if (!axis || m_spec.categories.isEmpty())
        return;
    const double slot = area.width() / double(m_spec.categories.size()) * 0.8 - 8; // Qt keeps a margin
    QFont font = pixelFont(m_style.labelPixelSize);
    double needed = 0;
    for (const QString &category : std::as_const(m_spec.categories)) {
        const QStringList lines =
            QString(category).replace(QStringLiteral("<br>"), QStringLiteral("\n")).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            needed = std::max(needed, QFontMetricsF(font).horizontalAdvance(line));
    }
    if (needed > slot && slot > 0)
        font.setPixelSize(std::max(8, int(m_style.labelPixelSize * slot / needed)));
    if (axis->labelsFont().pixelSize() != font.pixelSize())
        axis->setLabelsFont(font);
}

void SpecChart::fitAxisTitles(const QRectF &area)
{
    // QtCharts elides an axis title longer than its axis ("Standardab..."; German runs long): shrink
    // its font instead, down to 55 % of the theme's size, computed from that size each time so
    // repeated layouts settle.
    const auto fit = [this](QAbstractAxis *axis, double room) {
        if (!axis || axis->titleText().isEmpty() || room <= 0)
            return;
        QFont font = pixelFont(m_style.axisTitlePixelSize);
        const double needed = QFontMetricsF(font).horizontalAdvance(axis->titleText()) / TitleRoomShare + 8;
        if (needed > room)
            font.setPixelSize(
                std::max(int(m_style.axisTitlePixelSize * 0.55), int(m_style.axisTitlePixelSize * room / needed)));
        if (axis->titleFont().pixelSize() != font.pixelSize())
            axis->setTitleFont(font);
    };
    fit(m_axisX, area.width());
    fit(m_axisY, area.height());
}

void SpecChart::relayoutOverlays()
{
    const QRectF area = plotArea();
    if (m_emptyText) {
        const QRectF box = m_emptyText->boundingRect();
        const QRectF frame = area.isValid() && area.width() > 0 ? area : rect();
        m_emptyText->setPos(frame.center() - box.center());
    }
    fitTitle();
    if (area.isEmpty())
        return;
    fitAxisTitles(area);
    if (!m_anchor)
        return;
    fitCategoryLabels(area);
    const double slot = m_spec.bars.isEmpty() ? area.width() : area.width() / double(m_spec.bars.size());
    for (qsizetype i = 0; i < m_valueLabels.size() && i < m_spec.bars.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_valueLabels.at(i);
        fitText(label, m_spec.bars.at(i).valueLabel, m_style.valuePixelSize, slot * 0.96);
        const QPointF top = mapToPosition(QPointF(double(i), m_spec.bars.at(i).errorHigh), m_anchor);
        const QRectF box = label->boundingRect();
        label->setPos(top.x() - box.width() / 2, top.y() - box.height() - 4);
    }
    for (qsizetype i = 0; i < m_markerLabels.size() && i < m_spec.markers.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_markerLabels.at(i);
        const QPointF at = mapToPosition(QPointF(m_spec.markers.at(i).position, m_spec.yAxis.max), m_anchor);
        const QRectF box = label->boundingRect();
        double x = at.x() + 6;
        if (x + box.width() > area.right())
            x = at.x() - 6 - box.width(); // keep it inside the plot
        label->setPos(x, area.top() + 4 + double(i) * box.height());
    }
}

} // namespace Lab::Gui
