// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkresultswidget.h"

#include "benchmarkresultmodel.h"
#include "core/report/resultsummary.h"
#include "gui/charts/chartbuilder.h"
#include "gui/charts/chartexportbutton.h"
#include "gui/charts/chartview.h"
#include "gui/framequeue.h"
#include "gui/presenter/presentercontroller.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Lab::Gui {

BenchmarkResultsWidget::BenchmarkResultsWidget(QWidget *parent)
    : QWidget(parent)
    , m_kinds{ChartKind::Runtime, ChartKind::Speedup}
    , m_summary(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_model(new BenchmarkResultModel(this))
    , m_table(new QTableView(this))
    , m_chartRow(new QWidget(this))
    , m_views(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("benchmarkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setObjectName(QStringLiteral("benchmarkExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->hide();
    m_table->setObjectName(QStringLiteral("benchmarkTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    // Summary and explanation on top; below them the charts (what a lecture shows) and the full
    // table, one tab each, so the charts get the whole width.
    m_views->setObjectName(QStringLiteral("benchmarkViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_chartRow, QString());
    m_views->addTab(m_table, QString());
    new QBoxLayout(QBoxLayout::LeftToRight, m_chartRow);
    m_chartRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_chartRow->installEventFilter(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_explanation);
    layout->addWidget(m_views, 1);
    retranslate();
    rebuildCharts();
}

BenchmarkResultsWidget::~BenchmarkResultsWidget() = default;

void BenchmarkResultsWidget::setChartKinds(const QList<ChartKind> &kinds)
{
    // Panels set the kinds at every start: the same kinds keep their views (making two QtCharts
    // views costs about 12 ms of GUI thread, a dropped frame right when Run is pressed).
    if (kinds == m_kinds && m_charts.size() == kinds.size())
        return;
    m_kinds = kinds;
    rebuildCharts();
}

ChartView *BenchmarkResultsWidget::chart(ChartKind kind) const
{
    const qsizetype index = m_kinds.indexOf(kind);
    return index >= 0 && index < m_charts.size() ? m_charts.at(index) : nullptr;
}

void BenchmarkResultsWidget::rebuildCharts()
{
    auto *row = static_cast<QBoxLayout *>(m_chartRow->layout());
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts.clear();
    m_chartHints.clear();
    for (ChartKind kind : std::as_const(m_kinds)) {
        auto *column = new QWidget(m_chartRow);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        auto *view = new ChartView(column);
        view->setObjectName(chartKindName(kind) + QStringLiteral("Chart"));
        view->setMinimumSize(300, 260);
        auto *exportButton = new ChartExportButton(view, column);
        auto *hint = new QLabel(column);
        hint->setObjectName(QStringLiteral("chartHint"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(hint, 1);
        buttons->addWidget(exportButton);
        columnLayout->addWidget(view, 1);
        columnLayout->addLayout(buttons);
        row->addWidget(column, 1);
        m_charts.append(view);
        m_chartHints.append(hint);
    }
    m_shownChart = std::min<int>(m_shownChart, std::max<int>(0, int(m_charts.size()) - 1));
    retranslate();
    applyTheme();
    if (m_hasResult)
        setResult(m_result);
}

void BenchmarkResultsWidget::setResult(const Core::BenchmarkResult &result)
{
    m_result = result;
    m_hasResult = true;
    QStringList lines = Core::ResultSummary::lines(result, QLocale());
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_model->setResult(result);
    m_table->resizeColumnsToContents();
    for (qsizetype i = 0; i < m_kinds.size() && i < m_charts.size(); ++i) {
        const ChartKind kind = m_kinds.at(i);
        ChartSpec spec;
        if (kind == ChartKind::Speedup)
            spec = ChartBuilder::speedup(result, ChartBuilder::amdahlFits(result));
        else if (kind == ChartKind::Timeline)
            spec = ChartBuilder::timeline(result, m_items);
        else
            spec = ChartBuilder::build(kind, result);
        m_charts.at(i)->setSpec(spec);
        m_charts.at(i)->setResult(result);
    }
}

void BenchmarkResultsWidget::setTimelineItems(const QList<TimelineItem> &items)
{
    m_items = items;
    if (ChartView *view = chart(ChartKind::Timeline); view && m_hasResult)
        view->setSpec(ChartBuilder::timeline(m_result, m_items));
}

void BenchmarkResultsWidget::clear()
{
    m_hasResult = false;
    m_result = {};
    m_items.clear();
    m_summary->clear();
    m_model->clear();
    for (ChartView *view : std::as_const(m_charts))
        view->setSpec(ChartSpec{});
}

void BenchmarkResultsWidget::setExplanation(const QString &html)
{
    m_explanation->setText(html);
    if (html.isEmpty() || m_explanation->isVisibleTo(this)) {
        m_explanation->setVisible(!html.isEmpty());
        return;
    }
    // Shown on a later turn of the event loop (FrameQueue): showing a widget lays its parent out at
    // once (about 10 ms for this rich text), which would add to the event that delivered the result
    // and drop a frame (G1, docs/gui.md "Finding what holds the GUI thread").
    FrameQueue::instance()->post(m_explanation, [label = m_explanation] {
        if (!label->text().isEmpty())
            label->show();
    });
}

void BenchmarkResultsWidget::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const ChartTheme theme = qApp->property(PresenterProperty).toBool() ? ChartTheme::Presenter
                             : dark                                     ? ChartTheme::Dark
                                                                        : ChartTheme::Light;
    for (ChartView *view : std::as_const(m_charts))
        view->setTheme(theme);
    m_oneAtATime = qApp->property(PresenterProperty).toBool() && m_charts.size() > 1;
    showCharts();
}

void BenchmarkResultsWidget::showCharts()
{
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        m_charts.at(i)->parentWidget()->setVisible(!m_oneAtATime || i == m_shownChart);
        m_chartHints.at(i)->setVisible(m_oneAtATime);
    }
}

void BenchmarkResultsWidget::showNextChart()
{
    if (m_charts.isEmpty())
        return;
    m_shownChart = (m_shownChart + 1) % int(m_charts.size());
    m_views->setCurrentIndex(0);
    showCharts();
}

bool BenchmarkResultsWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Charts side by side when the area is wide, stacked when it is narrow: a chart squeezed to
    // a third of a laptop's width loses its title and labels.
    if (watched == m_chartRow && event->type() == QEvent::Resize) {
        auto *row = static_cast<QBoxLayout *>(m_chartRow->layout());
        const QSize size = m_chartRow->size();
        const bool wide = size.width() >= int(m_charts.size()) * 500 || size.width() > 2 * size.height();
        row->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    }
    return QWidget::eventFilter(watched, event);
}

void BenchmarkResultsWidget::changeEvent(QEvent *event)
{
    // Presenter mode changes the style and the palette; a widget whose palette resolves the same
    // gets only the style change.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        if (m_hasResult)
            setResult(m_result); // the summary, the table and the charts, in the new language
    }
    QWidget::changeEvent(event);
}

void BenchmarkResultsWidget::retranslate()
{
    m_views->setTabText(0, tr("Charts"));
    m_views->setTabText(1, tr("Table"));
    for (qsizetype i = 0; i < m_chartHints.size(); ++i)
        m_chartHints.at(i)->setText(tr("Chart %1 of %2 · C: the next chart").arg(i + 1).arg(m_chartHints.size()));
}

} // namespace Lab::Gui
