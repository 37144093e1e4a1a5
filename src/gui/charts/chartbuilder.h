// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"
#include "core/bench/benchmarkresult.h"

#include <QCoreApplication>

namespace Lab::Gui {

// A curve computed elsewhere (the benchmark's Amdahl fit) that a speedup chart draws beside the data.
struct FittedCurve
{
    QString strategy; // picks the colour
    QString label;    // legend entry: "threads: Amdahl fit, 97 % parallel"
    QList<QPointF> points;
};

// Turns a BenchmarkResult into the plain data of a chart (ChartSpec). No rendering, no QtCharts.
class ChartBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Gui::ChartBuilder)

public:
    static ChartSpec build(ChartKind kind, const Core::BenchmarkResult &result);

    // Mean runtime per entry (strategy and worker count) with ± stddev error bars and the value printed.
    static ChartSpec runtime(const Core::BenchmarkResult &result);
    // Speedup vs workers per parallel strategy, the ideal line, the core count, and any fitted curves.
    static ChartSpec speedup(const Core::BenchmarkResult &result, const QList<FittedCurve> &fits = {});
    // Runtime vs workload size per strategy and worker count, with the sizes where a parallel line
    // crosses below the sequential one marked.
    static ChartSpec sweep(const Core::BenchmarkResult &result);
    // One bar per item from start to end, grouped by strategy (per-item times come from the panel).
    static ChartSpec timeline(const Core::BenchmarkResult &result, const QList<TimelineItem> &items);

    // Two results of one experiment in one chart (`chart A.json B.json`, the History tab's comparison).
    // Runtime: A's and B's bar side by side for each strategy and worker count, coloured by run; Speedup:
    // A's lines solid, B's dashed, in the strategies' colours. Either way the legend names each run's
    // date and machine (RunComparison::runLabel). Other kinds give an empty spec saying why.
    static ChartSpec overlay(ChartKind kind, const Core::BenchmarkResult &a, const Core::BenchmarkResult &b);

    // Amdahl's law S(n) = 1 / ((1 - p) + p / n) sampled from 1 to maxWorkers, for a fitted parallel fraction p.
    static QList<QPointF> amdahlCurve(double parallelFraction, double maxWorkers);
    static FittedCurve amdahlFit(const QString &strategy, double parallelFraction, double maxWorkers);
    // Amdahl's law fitted (core/bench AmdahlFit) to each parallel strategy's measured speedups; a
    // strategy with no worker count above 1 gets no curve.
    static QList<FittedCurve> amdahlFits(const Core::BenchmarkResult &result);

    // "Intel(R) Core(TM) i7-8565U · 8 logical cores": the machine the result was measured on.
    static QString machineLine(const QJsonObject &environment);
    // Every environment field and parameter on one line, for captions and export metadata.
    static QString caption(const Core::BenchmarkResult &result);
    // The experiment's display name: "factorize" -> "Factorization".
    static QString experimentTitle(const QString &experiment);
    // "threads ×4", or the strategy alone when it has a single worker.
    static QString entryLabel(const Core::StrategyStats &stats);
};

} // namespace Lab::Gui
