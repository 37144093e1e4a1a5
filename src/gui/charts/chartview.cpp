// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "chartexportmenu.h"
#include "gui/framequeue.h"
#include "specchart.h"

#include <QContextMenuEvent>
#include <QResizeEvent>

namespace Lab::Gui {

ChartView::ChartView(QWidget *parent)
    : ChartView(ChartSpec{}, parent)
{}

ChartView::ChartView(const ChartSpec &spec, QWidget *parent)
    : QChartView(parent)
    , m_chart(new SpecChart(spec))
{
    // Never OpenGL: it crashes offscreen and is missing from SVG/PDF exports.
    setChart(m_chart); // the view takes ownership
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, MinimumHeight);
}

ChartView::~ChartView() = default;

const ChartSpec &ChartView::spec() const
{
    return m_pending ? *m_pending : m_chart->spec();
}

void ChartView::setSpec(const ChartSpec &spec)
{
    m_pending = spec;
    // Off screen (a tab not shown, a page not shown yet) it is built when shown or asked for
    // (specChart()): a result that refills the history chart behind another tab costs the GUI thread
    // nothing until someone looks.
    if (isVisible())
        FrameQueue::instance()->post(this, [this] { settle(); });
    emit specChanged();
}

SpecChart *ChartView::specChart()
{
    settle();
    return m_chart;
}

void ChartView::buildPending()
{
    if (!m_pending)
        return;
    const ChartSpec spec = std::move(*m_pending);
    m_pending.reset();
    m_chart->setSpec(spec);
}

void ChartView::settle()
{
    // The new spec first, then the size: the chart is then laid out here, in this turn of the loop,
    // and not in the sending of posted events that follows, where its layout would add to the
    // window's repaint (measured: size first, or activating the layout here, made the worst frame
    // of a factorization run 6-7 ms longer).
    buildPending();
    if (m_chart->size().toSize() != size()) {
        QResizeEvent resize(size(), m_chart->size().toSize());
        QChartView::resizeEvent(&resize);
    }
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    if (!isVisible()) {
        QChartView::resizeEvent(event);
        return;
    }
    // Laying a chart out costs 5-10 ms (QtCharts measures every label as rich text), and a result
    // resizes a panel's charts several times over some 50 ms while the panel's layout settles (260,
    // 263, 260, 263 px high as the scroll area catches up): the chart follows the view on a turn of
    // its own, at most every ResizeDelay, at the size the view has then.
    QGraphicsView::resizeEvent(event);
    FrameQueue::instance()->post(
        this, [this] { settle(); }, ResizeDelay);
}

void ChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    settle(); // before the first paint, so the old chart never shows
}

ChartTheme ChartView::theme() const
{
    return m_chart->chartTheme();
}

void ChartView::setTheme(ChartTheme theme)
{
    if (theme == m_chart->chartTheme())
        return;
    m_chart->setChartTheme(theme);
    // Presenter type needs the height: squeezed below this, titles and value labels run into each
    // other and the axis labels turn into "...". A panel too short for it scrolls instead.
    setMinimumHeight(theme == ChartTheme::Presenter ? PresenterMinimumHeight : MinimumHeight);
    emit specChanged();
}

QSize ChartView::sizeHint() const
{
    return minimumSize();
}

QSize ChartView::exportSize() const
{
    const QSize own = size();
    if (isVisible() && own.width() >= 480 && own.height() >= 300)
        return own;
    return {1280, 720};
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new ChartExportMenu(this, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

} // namespace Lab::Gui
