// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"
#include "chartstyle.h"
#include "core/bench/benchmarkresult.h"

#include <QChartView>

#include <optional>

namespace Lab::Gui {

class SpecChart;

// The widget panels put on screen: shows one ChartSpec in one theme. Set a new spec whenever the data
// changes; a spec with the same shape updates the series in place (replace()), so a live chart does
// not flicker. Right-click offers the exports (the same menu ChartExportButton shows).
// On screen, a new spec is built into the chart on a later turn of the event loop (FrameQueue), so a
// result that fills several charts does not hold the GUI thread for one long stretch; spec() is the
// new one at once, and specChart() builds what is pending first.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    static constexpr int MinimumHeight = 220;
    static constexpr int PresenterMinimumHeight = 380;

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

    // The size exports use by default: the view's own when it is on screen and big enough, else 1280×720.
    QSize exportSize() const;

signals:
    void specChanged();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void buildPending();

    SpecChart *m_chart = nullptr;
    std::optional<ChartSpec> m_pending; // set, not yet built (the view is on screen)
    std::optional<Core::BenchmarkResult> m_result;
};

} // namespace Lab::Gui
