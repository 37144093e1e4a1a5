// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "chartexportmenu.h"
#include "gui/framequeue.h"
#include "specchart.h"

#include <QContextMenuEvent>

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
    if (!isVisible()) {
        // Nothing waits to see it: build now (a test, an export, a page not shown yet).
        m_pending.reset();
        m_chart->setSpec(spec);
    } else {
        m_pending = spec;
        FrameQueue::instance()->post(this, [this] { buildPending(); });
    }
    emit specChanged();
}

SpecChart *ChartView::specChart()
{
    buildPending();
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
