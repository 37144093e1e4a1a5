// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Lab::Core {
class ThreadJobBenchmark;
}

namespace Lab::Gui {

class ChartView;

// Shared reading of a ThreadJobBenchmark result for the concurrency and parallelism panels: the
// speedups are per strategy against its own 1-thread run, which the frame's default summary (it
// compares against "sequential") cannot say, so these replace it.
class ThreadJobReport final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Gui::ThreadJobReport)

public:
    // What the speedup table cannot say: cancelled or failed runs, and the engine's notes (outliers).
    static QStringList summaryLines(const Core::BenchmarkResult &result);
    // An HTML table: one row per strategy (titled by `rowTitles`, else the strategy), one column per
    // thread count; each cell the speedup ± its standard error against the same strategy with one
    // thread, and the CPU time as a share of the wall time.
    static QString speedupTable(const Core::BenchmarkResult &result, const QHash<QString, QString> &rowTitles);
    // Whether every thread of `strategies` (all thread counts of the last run) was allowed only `cpu`
    // and last ran on it, read back from the threads' own reports; empty when nothing ran.
    static QString pinningCheck(const Core::ThreadJobBenchmark &setup, const QStringList &strategies, int cpu,
                                bool *allPinned = nullptr);
    // The entry of `strategy` with the best speedup among those with at least `minThreads` threads.
    static const Core::StrategyStats *best(const Core::BenchmarkResult &result, const QString &strategy,
                                           int minThreads = 1);
    static const Core::StrategyStats *entry(const Core::BenchmarkResult &result, const QString &strategy, int threads);
    // Replaces the speedup chart's title and axis titles (the frame's say "over sequential") and, when
    // `onlyMarker` is set, its core-count markers by one marker at x = 1 (a run pinned to one core has
    // a ceiling of 1). Drops the Amdahl fits. The export menu exports exactly what is shown.
    static void retitleSpeedupChart(ChartView *view, const QString &title, const QString &onlyMarker = {});
};

} // namespace Lab::Gui
