// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"
#include "chartstyle.h"
#include "core/bench/benchmarkresult.h"

#include <QChartView>

#include <chrono>
#include <optional>

namespace Lab::Gui {

class SpecChart;

// The widget panels put on screen: shows one ChartSpec in one theme. Set a new spec whenever the data
// changes; a spec with the same shape updates the series in place (replace()), so a live chart does
// not flicker. Right-click offers the exports (the same menu ChartExportButton shows).
// On screen, a new spec is built into the chart on a later turn of the event loop (FrameQueue), so a
// result that fills several charts does not hold the GUI thread for one long stretch; off screen it is
// built when the view is shown. A new size is followed the same way: once, on a turn of its own.
// spec() is the new one at once, and specChart() builds what is pending and fits the chart to the
// view first: use it, not QChartView::chart(), to look at the chart.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    static constexpr int MinimumHeight = 220;
    static constexpr int PresenterMinimumHeight = 380;
    // How long a new size may wait for the chart to follow it (see resizeEvent()).
    static constexpr std::chrono::milliseconds ResizeDelay{60};

    explicit ChartView(QWidget *parent = nullptr);
    explicit ChartView(const ChartSpec &spec, QWidget *parent = nullptr);
    ~ChartView() override;

    const ChartSpec &spec() const;
    void setSpec(const ChartSpec &spec);
    ChartTheme theme() const;
    void setTheme(ChartTheme theme);
    SpecChart *specChart();
    // The result the chart shows; with it, the export menu also saves the data (CSV, JSON, Markdown).
    void setResult(const Core::BenchmarkResult &result) { m_result = result; }
    const std::optional<Core::BenchmarkResult> &result() const { return m_result; }

    // Its minimum size: QGraphicsView's hint is the scene's size plus the frame, so it grows with
    // the view, and a layout that follows hints resized the charts by a few pixels back and forth
    // (and laid them out again) at every change of the panel. Layouts give the charts their room
    // by stretch.
    QSize sizeHint() const override;

    // The size exports use by default: the view's own when it is on screen and big enough, else 1280×720.
    QSize exportSize() const;

signals:
    void specChanged();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildPending();
    // Builds what is pending and fits the chart to the view.
    void settle();

    SpecChart *m_chart = nullptr;
    std::optional<ChartSpec> m_pending; // set, not yet built
    std::optional<Core::BenchmarkResult> m_result;
};

} // namespace Lab::Gui
