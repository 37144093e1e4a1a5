// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"
#include "gui/charts/chartspec.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace Lab::Gui {

class BenchmarkResultModel;
class ChartView;

// A benchmark's results as a student reads them: the hyperfine-style summary lines ("threads ran
// 1.93 ± 0.04 times faster than sequential"), a table (mean ± stddev, median, min, max, CPU time,
// speedup, start-up, items, checksum, notes) and charts from gui/charts (runtime bars; speedup vs
// workers with the Amdahl fit; or a workload-size sweep), each with its export menu. The panel adds
// its own plain-words explanation with setExplanation().
class BenchmarkResultsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarkResultsWidget)

public:
    explicit BenchmarkResultsWidget(QWidget *parent = nullptr);
    ~BenchmarkResultsWidget() override;

    // Which charts to show beside the table (default: runtime and speedup).
    void setChartKinds(const QList<ChartKind> &kinds);
    void setResult(const Core::BenchmarkResult &result);
    // Per-item times for a Timeline chart (downloads); set before or after setResult().
    void setTimelineItems(const QList<TimelineItem> &items);
    void clear();
    void setExplanation(const QString &html);

    const Core::BenchmarkResult &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    QTableView *table() const { return m_table; }
    BenchmarkResultModel *model() const { return m_model; }
    // The inner tabs: 0 charts, 1 table.
    QTabWidget *views() const { return m_views; }
    QLabel *summaryLabel() const { return m_summary; }
    QList<ChartView *> charts() const { return m_charts; }
    ChartView *chart(ChartKind kind) const;

    // Presenter mode (docs/presenter.md): one chart at a time with the whole width and height,
    // the next one on the C key; otherwise the charts side by side (or stacked when narrow).
    bool showsOneChartAtATime() const { return m_oneAtATime; }
    int shownChart() const { return m_shownChart; }
    void showNextChart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildCharts();
    void applyTheme();
    void showCharts();
    void retranslate();

    Core::BenchmarkResult m_result;
    bool m_hasResult = false;
    QList<ChartKind> m_kinds;
    QList<TimelineItem> m_items;
    QLabel *m_summary = nullptr;
    QLabel *m_explanation = nullptr;
    BenchmarkResultModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_chartRow = nullptr;
    QTabWidget *m_views = nullptr; // "Charts" | "Table"
    QList<ChartView *> m_charts;
    QList<QLabel *> m_chartHints; // "Chart 1 of 2 · C: the next chart", one per chart
    bool m_oneAtATime = false;
    int m_shownChart = 0;
};

} // namespace Lab::Gui
