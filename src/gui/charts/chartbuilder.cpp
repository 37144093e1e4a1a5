// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include "core/bench/amdahlfit.h"
#include "core/bench/runcomparison.h"
#include "strategypalette.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace Lab::Gui {

namespace {

// Runtimes are shown in the unit that keeps the largest value between 1 and 1000.
struct TimeUnit
{
    double factor = 1; // seconds -> unit
    QString symbol;
};

TimeUnit timeUnitFor(double maxSeconds)
{
    if (maxSeconds < 1e-3)
        return {1e6, QStringLiteral("µs")};
    if (maxSeconds < 1.0)
        return {1e3, QStringLiteral("ms")};
    return {1.0, QStringLiteral("s")};
}

// Three significant digits, as a reader would write it down.
QString formatNumber(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return QLocale().toString(value, 'f', decimals);
}

bool isParallel(const Core::StrategyStats &stats)
{
    return !stats.reference && stats.strategy != QLatin1String("sequential");
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return elidedLabel(value.toString(), 80);
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            parts.append(valueText(element));
        return parts.join(QLatin1Char(','));
    }
    default:
        return {};
    }
}

void setCommon(ChartSpec &spec, const Core::BenchmarkResult &result)
{
    spec.subtitle = ChartBuilder::machineLine(result.environment);
    spec.caption = ChartBuilder::caption(result);
    spec.environment = result.environment;
    spec.parameters = result.parameters;
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double exponent = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * exponent >= value * 0.9999)
            return step * exponent;
    }
    return 10 * exponent;
}

} // namespace

ChartSpec ChartBuilder::build(ChartKind kind, const Core::BenchmarkResult &result)
{
    switch (kind) {
    case ChartKind::Runtime:
        return runtime(result);
    case ChartKind::Speedup:
        return speedup(result);
    case ChartKind::Sweep:
        return sweep(result);
    case ChartKind::Timeline:
        return timeline(result, {});
    }
    return runtime(result);
}

QString ChartBuilder::experimentTitle(const QString &experiment)
{
    if (experiment == QLatin1String("factorize"))
        return tr("Factorization");
    if (experiment == QLatin1String("download"))
        return tr("Downloads");
    if (experiment.isEmpty())
        return tr("Experiment");
    return elidedLabel(experiment.at(0).toUpper() + experiment.mid(1), 48);
}

QString ChartBuilder::entryLabel(const Core::StrategyStats &stats)
{
    const QString name = strategyDisplayName(stats.strategy);
    if (stats.reference || (stats.strategy == QLatin1String("sequential") && stats.workers <= 1))
        return name;
    //: strategy and worker count on a chart axis, e.g. "threads ×4"
    return tr("%1 ×%2").arg(name).arg(stats.workers);
}

QString ChartBuilder::machineLine(const QJsonObject &environment)
{
    QStringList parts;
    const QString cpu = elidedLabel(environment.value(QLatin1String("cpu_model")).toString().simplified(), 80);
    parts.append(cpu.isEmpty() ? tr("unknown CPU") : cpu);
    const int logical = environment.value(QLatin1String("logical_cores")).toInt();
    const int physical = environment.value(QLatin1String("physical_cores")).toInt();
    if (logical > 0 && physical > 0 && physical != logical)
        parts.append(tr("%1 logical cores (%2 physical)").arg(logical).arg(physical));
    else if (logical > 0)
        parts.append(tr("%1 logical cores").arg(logical));
    const QString os = elidedLabel(environment.value(QLatin1String("os")).toString(), 80);
    if (!os.isEmpty())
        parts.append(os);
    return parts.join(QStringLiteral(" · "));
}

QString ChartBuilder::caption(const Core::BenchmarkResult &result)
{
    // The contract's environment fields first, in their documented order, then anything else.
    static const QStringList order = {QStringLiteral("cpu_model"),
                                      QStringLiteral("logical_cores"),
                                      QStringLiteral("physical_cores"),
                                      QStringLiteral("numa_nodes"),
                                      QStringLiteral("os"),
                                      QStringLiteral("kernel"),
                                      QStringLiteral("qt_version"),
                                      QStringLiteral("compiler"),
                                      QStringLiteral("build_type"),
                                      QStringLiteral("timestamp")};
    QStringList keys = order;
    const QStringList present = result.environment.keys();
    for (const QString &key : present) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QStringList environment;
    for (const QString &key : std::as_const(keys)) {
        if (result.environment.contains(key))
            environment.append(key + QLatin1Char('=') + valueText(result.environment.value(key)));
    }
    QStringList parameters;
    const QStringList parameterKeys = result.parameters.keys();
    for (const QString &key : parameterKeys)
        parameters.append(key + QLatin1Char('=') + valueText(result.parameters.value(key)));
    return tr("%1 · environment: %2 · parameters: %3")
        .arg(experimentTitle(result.experiment), environment.join(QStringLiteral(", ")),
             parameters.isEmpty() ? tr("none") : parameters.join(QStringLiteral(", ")));
}

ChartSpec ChartBuilder::runtime(const Core::BenchmarkResult &result)
{
    ChartSpec spec;
    spec.kind = ChartKind::Runtime;
    setCommon(spec, result);

    int runs = 0;
    double maxSeconds = 0;
    for (const Core::StrategyStats &stats : result.results) {
        maxSeconds = std::max(maxSeconds, stats.meanSeconds + stats.stddevSeconds);
        runs = std::max(runs, int(stats.runsSeconds.size()));
    }
    const TimeUnit unit = timeUnitFor(maxSeconds);
    spec.title = tr("%1: runtime per strategy").arg(experimentTitle(result.experiment));
    // The y title stays short (it is drawn vertically); the wide x title explains bars and whiskers.
    spec.yAxis.title = tr("Runtime (%1)").arg(unit.symbol);
    spec.xAxis.title = runs > 1
                           ? tr("Strategy × workers · bar: mean of %1 runs · whisker: ± 1 standard deviation").arg(runs)
                           : tr("Strategy × workers");
    if (result.results.isEmpty()) {
        spec.emptyMessage = tr("The result holds no measurements.");
        return spec;
    }

    double top = 0;
    // Many bars: the worker count goes on a second line so the labels keep their width.
    const bool twoLines = result.results.size() > 6;
    for (const Core::StrategyStats &stats : result.results) {
        ChartBar bar;
        bar.category =
            twoLines ? entryLabel(stats).replace(QStringLiteral(" ×"), QStringLiteral("<br>×")) : entryLabel(stats);
        bar.strategy = stats.strategy;
        bar.color = strategyColor(stats.strategy);
        bar.value = stats.meanSeconds * unit.factor;
        bar.errorLow = std::max(0.0, (stats.meanSeconds - stats.stddevSeconds) * unit.factor);
        bar.errorHigh = (stats.meanSeconds + stats.stddevSeconds) * unit.factor;
        const QString value = tr("%1 %2").arg(formatNumber(bar.value), unit.symbol);
        bar.valueLabel = (isParallel(stats) && stats.speedup > 0)
                             //: runtime and speedup printed above a bar: "128 ms · 3.9× faster"
                             ? tr("%1 · %2×").arg(value, formatNumber(stats.speedup))
                             : value;
        top = std::max(top, bar.errorHigh);
        spec.categories.append(bar.category);
        spec.bars.append(bar);
    }
    spec.yAxis.min = 0;
    // Head room for the printed values above the tallest error bar.
    spec.yAxis.max = niceCeiling(top * 1.15);
    return spec;
}

QList<QPointF> ChartBuilder::amdahlCurve(double parallelFraction, double maxWorkers)
{
    QList<QPointF> points;
    const double p = std::clamp(parallelFraction, 0.0, 1.0);
    for (double n = 1; n <= maxWorkers + 1e-9; n += 0.25)
        points.append({n, 1.0 / ((1.0 - p) + p / n)});
    return points;
}

FittedCurve ChartBuilder::amdahlFit(const QString &strategy, double parallelFraction, double maxWorkers)
{
    //: legend entry of the fitted curve; %2 is the parallel fraction in percent
    return {
        strategy,
        tr("%1, Amdahl fit: %2 % parallel").arg(strategyDisplayName(strategy), formatNumber(parallelFraction * 100)),
        amdahlCurve(parallelFraction, maxWorkers)};
}

QList<FittedCurve> ChartBuilder::amdahlFits(const Core::BenchmarkResult &result)
{
    QStringList strategies;
    QHash<QString, QList<QPointF>> points;
    int maxWorkers = std::max(1, result.environment.value(QLatin1String("logical_cores")).toInt());
    for (const Core::StrategyStats &stats : result.results) {
        if (!isParallel(stats) || stats.speedup <= 0)
            continue;
        if (!strategies.contains(stats.strategy))
            strategies.append(stats.strategy);
        points[stats.strategy].append({double(stats.workers), stats.speedup});
        maxWorkers = std::max(maxWorkers, stats.workers);
    }
    QList<FittedCurve> curves;
    for (const QString &strategy : std::as_const(strategies)) {
        const Core::AmdahlFit fit = Core::AmdahlFit::fit(points.value(strategy));
        if (!fit.valid)
            continue;
        //: legend entry of the fitted curve; %2 is the parallel fraction in percent
        curves.append({strategy,
                       tr("%1, Amdahl fit: %2 % parallel")
                           .arg(strategyDisplayName(strategy), formatNumber((1.0 - fit.serialFraction) * 100)),
                       amdahlCurve(1.0 - fit.serialFraction, maxWorkers + 1)});
    }
    return curves;
}

ChartSpec ChartBuilder::speedup(const Core::BenchmarkResult &result, const QList<FittedCurve> &fits)
{
    ChartSpec spec;
    spec.kind = ChartKind::Speedup;
    setCommon(spec, result);
    spec.title = tr("%1: speedup over sequential by number of workers").arg(experimentTitle(result.experiment));
    spec.xAxis.title = tr("Workers (threads or processes)");
    spec.yAxis.title = tr("Speedup (× sequential runtime)");
    spec.xAxis.labelFormat = QStringLiteral("%d");

    // One line per parallel strategy, points ordered by worker count.
    QMap<int, QString> order;
    QHash<QString, QList<const Core::StrategyStats *>> byStrategy;
    for (const Core::StrategyStats &stats : result.results) {
        if (!isParallel(stats) || stats.speedup <= 0)
            continue;
        if (!byStrategy.contains(stats.strategy))
            order.insert(int(order.size()), stats.strategy);
        byStrategy[stats.strategy].append(&stats);
    }
    if (byStrategy.isEmpty()) {
        spec.emptyMessage =
            tr("The result has no speedups: it needs a sequential run and at least one parallel strategy.");
        return spec;
    }

    const int cores = result.environment.value(QLatin1String("logical_cores")).toInt();
    int maxWorkers = std::max(1, cores);
    double top = 1;
    for (const QString &strategy : std::as_const(order)) {
        QList<const Core::StrategyStats *> entries = byStrategy.value(strategy);
        std::sort(entries.begin(), entries.end(),
                  [](const Core::StrategyStats *a, const Core::StrategyStats *b) { return a->workers < b->workers; });
        ChartSeries line;
        line.name = strategyDisplayName(strategy);
        line.strategy = strategy;
        line.color = strategyColor(strategy);
        for (const Core::StrategyStats *stats : std::as_const(entries)) {
            line.points.append({double(stats->workers), stats->speedup});
            line.errors.append(stats->speedupStddev);
            maxWorkers = std::max(maxWorkers, stats->workers);
            top = std::max(top, stats->speedup + stats->speedupStddev);
        }
        spec.series.append(line);
    }

    const double xMax = maxWorkers + 1;
    ChartSeries ideal;
    ideal.name = tr("ideal: speedup = workers");
    ideal.line = ChartSeries::Line::Dashed;
    ideal.pointsVisible = false;
    ideal.points = {{1, 1}, {xMax, xMax}};
    spec.series.prepend(ideal);
    top = std::max(top, xMax);

    for (const FittedCurve &fit : fits) {
        ChartSeries curve;
        curve.name = fit.label;
        curve.strategy = fit.strategy;
        curve.color = strategyColor(fit.strategy);
        curve.line = ChartSeries::Line::Dotted;
        curve.pointsVisible = false;
        for (const QPointF &point : fit.points) {
            if (point.x() <= xMax)
                curve.points.append(point);
        }
        spec.series.append(curve);
    }

    // The core counts: beyond them, more workers only share the same CPUs.
    const int physical = result.environment.value(QLatin1String("physical_cores")).toInt();
    if (physical > 0 && physical < cores)
        spec.markers.append({double(physical), tr("%1 physical cores").arg(physical), QColor()});
    if (cores > 0)
        spec.markers.append({double(cores), tr("%1 logical cores").arg(cores), QColor()});
    spec.xAxis.min = 0;
    spec.xAxis.max = xMax;
    spec.yAxis.min = 0;
    spec.yAxis.max = niceCeiling(top * 1.05);
    return spec;
}

ChartSpec ChartBuilder::overlay(ChartKind kind, const Core::BenchmarkResult &a, const Core::BenchmarkResult &b)
{
    //: legend entry of one of two compared runs: "A: 2026-12-07 10:31 · Intel(R) Xeon(R) · 2 logical cores"
    const QString labelA = tr("A: %1").arg(Core::RunComparison::runLabel(a));
    const QString labelB = tr("B: %1").arg(Core::RunComparison::runLabel(b));
    const QString machineA = machineLine(a.environment);
    const QString machineB = machineLine(b.environment);
    const auto common = [&](ChartSpec &spec) {
        spec.subtitle = machineA == machineB ? machineA : tr("A: %1 | B: %2").arg(machineA, machineB);
        spec.caption = tr("A: %1 | B: %2").arg(caption(a), caption(b));
        spec.environment = a.environment;
        spec.parameters = a.parameters;
    };
    if (kind == ChartKind::Runtime) {
        const ChartSpec specA = runtime(a);
        const ChartSpec specB = runtime(b);
        ChartSpec spec;
        spec.kind = ChartKind::Runtime;
        common(spec);
        spec.title = tr("%1: runtime per strategy, A and B").arg(experimentTitle(a.experiment));
        spec.xAxis.title = tr("Strategy × workers · bar: mean · whisker: ± 1 standard deviation");
        if (specA.isEmpty() || specB.isEmpty()) {
            spec.emptyMessage = specA.isEmpty() ? specA.emptyMessage : specB.emptyMessage;
            return spec;
        }
        // One unit for both: the larger run decides it.
        double maxSeconds = 0;
        for (const auto *result : {&a, &b}) {
            for (const Core::StrategyStats &stats : result->results)
                maxSeconds = std::max(maxSeconds, stats.meanSeconds + stats.stddevSeconds);
        }
        const TimeUnit unit = timeUnitFor(maxSeconds);
        spec.yAxis.title = tr("Runtime (%1)").arg(unit.symbol);
        const QList<QColor> palette = okabeItoPalette();
        const QColor colors[] = {palette.at(5), palette.at(1)}; // blue for A, orange for B
        const QList<Core::RunComparison::Row> rows = Core::RunComparison::rows(a, b);
        double top = 0;
        for (const Core::RunComparison::Row &row : rows) {
            Core::StrategyStats stats;
            stats.strategy = row.strategy;
            stats.workers = row.workers;
            for (int side = 0; side < 2; ++side) {
                if (!(side == 0 ? row.inA : row.inB))
                    continue;
                const double mean = side == 0 ? row.meanA : row.meanB;
                const double stddev = side == 0 ? row.stddevA : row.stddevB;
                ChartBar bar;
                //: a bar's category in a comparison: strategy (and workers), then which run
                bar.category = tr("%1<br>%2").arg(entryLabel(stats), side == 0 ? tr("A") : tr("B"));
                bar.strategy = row.strategy;
                bar.legend = side == 0 ? labelA : labelB;
                bar.color = colors[side];
                bar.value = mean * unit.factor;
                bar.errorLow = std::max(0.0, (mean - stddev) * unit.factor);
                bar.errorHigh = (mean + stddev) * unit.factor;
                bar.valueLabel = tr("%1 %2").arg(formatNumber(bar.value), unit.symbol);
                if (side == 1 && row.ratio > 0)
                    //: value above B's bar with the ratio to A: "130 ms · 1.02× A"
                    bar.valueLabel = tr("%1 · %2× A").arg(bar.valueLabel, formatNumber(row.ratio));
                top = std::max(top, bar.errorHigh);
                spec.categories.append(bar.category);
                spec.bars.append(bar);
            }
        }
        spec.yAxis.min = 0;
        spec.yAxis.max = niceCeiling(top * 1.15);
        return spec;
    }
    if (kind == ChartKind::Speedup) {
        ChartSpec spec = speedup(a);
        const ChartSpec specB = speedup(b);
        common(spec);
        spec.title = tr("%1: speedup over sequential, A and B").arg(experimentTitle(a.experiment));
        if (spec.isEmpty() || specB.isEmpty()) {
            if (!spec.isEmpty())
                spec.emptyMessage = specB.emptyMessage;
            return spec;
        }
        // The line style says which run; two legend-only entries say so with each run's date and machine.
        ChartSeries legendA;
        legendA.name = labelA;
        legendA.pointsVisible = false;
        ChartSeries legendB = legendA;
        legendB.name = labelB;
        legendB.line = ChartSeries::Line::Dotted;
        QList<ChartSeries> series;
        for (const ChartSeries &line : std::as_const(spec.series)) {
            if (line.strategy.isEmpty() && line.line == ChartSeries::Line::Dashed) // the ideal line
                series.prepend(line);
            else if (!line.strategy.isEmpty())
                series.append(line);
        }
        series.append(legendA);
        for (ChartSeries line : specB.series) {
            if (line.strategy.isEmpty())
                continue;
            line.line = ChartSeries::Line::Dotted;
            line.name = tr("%1 (B)").arg(line.name);
            line.inLegend = false;
            series.append(line);
        }
        series.append(legendB);
        spec.series = series;
        for (const ChartMarker &marker : specB.markers) {
            if (std::none_of(spec.markers.cbegin(), spec.markers.cend(),
                             [&marker](const ChartMarker &m) { return m.position == marker.position; }))
                spec.markers.append({marker.position, tr("B: %1").arg(marker.label), marker.color});
        }
        spec.xAxis.max = std::max(spec.xAxis.max, specB.xAxis.max);
        spec.yAxis.max = std::max(spec.yAxis.max, specB.yAxis.max);
        // The ideal line reaches the wider axis.
        if (!spec.series.isEmpty() && spec.series.first().strategy.isEmpty())
            spec.series.first().points = {{1, 1}, {spec.xAxis.max, spec.xAxis.max}};
        return spec;
    }
    ChartSpec spec;
    spec.kind = kind;
    common(spec);
    spec.emptyMessage = tr("two results overlay only as runtime or speedup charts");
    return spec;
}

ChartSpec ChartBuilder::sweep(const Core::BenchmarkResult &result)
{
    ChartSpec spec;
    spec.kind = ChartKind::Sweep;
    setCommon(spec, result);
    spec.title = tr("%1: runtime by workload size").arg(experimentTitle(result.experiment));
    spec.xAxis.title = tr("Workload size (items)");
    spec.xAxis.labelFormat = QStringLiteral("%.0f");

    struct Key
    {
        QString strategy;
        int workers;
    };
    QList<Key> keys;
    QList<QList<const Core::StrategyStats *>> groups;
    QList<qint64> sizes;
    double maxSeconds = 0;
    double minSeconds = std::numeric_limits<double>::max();
    for (const Core::StrategyStats &stats : result.results) {
        if (stats.reference || stats.workloadSize <= 0 || stats.meanSeconds <= 0)
            continue;
        qsizetype index = -1;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).strategy == stats.strategy && keys.at(i).workers == stats.workers)
                index = i;
        }
        if (index < 0) {
            keys.append({stats.strategy, stats.workers});
            groups.append(QList<const Core::StrategyStats *>());
            index = keys.size() - 1;
        }
        groups[index].append(&stats);
        if (!sizes.contains(stats.workloadSize))
            sizes.append(stats.workloadSize);
        maxSeconds = std::max(maxSeconds, stats.meanSeconds + stats.stddevSeconds);
        minSeconds = std::min(minSeconds, stats.meanSeconds);
    }
    const TimeUnit unit = timeUnitFor(maxSeconds);
    spec.yAxis.title = tr("Runtime (%1)").arg(unit.symbol);
    if (sizes.size() < 2) {
        spec.emptyMessage = tr("The result has one workload size; a size sweep needs at least two.");
        return spec;
    }
    std::sort(sizes.begin(), sizes.end());
    spec.xAxis.min = double(sizes.first());
    spec.xAxis.max = double(sizes.last());
    spec.xAxis.logarithmic = sizes.last() >= 20 * sizes.first();
    if (spec.xAxis.logarithmic) {
        // A little room so the first and last points are not cut in half by the plot's edge.
        spec.xAxis.min /= 1.25;
        spec.xAxis.max *= 1.25;
    }
    spec.yAxis.logarithmic = maxSeconds >= 50 * minSeconds;
    if (spec.yAxis.logarithmic) {
        // Whole decades, nudged outwards so the end labels survive rounding.
        spec.yAxis.min = 0.999 * std::pow(10.0, std::floor(std::log10(minSeconds * unit.factor * 0.8)));
        spec.yAxis.max = 1.001 * std::pow(10.0, std::ceil(std::log10(maxSeconds * unit.factor)));
        spec.yAxis.labelFormat = QStringLiteral("%g");
    } else {
        spec.yAxis.min = 0;
        spec.yAxis.max = niceCeiling(maxSeconds * unit.factor * 1.05);
    }

    const ChartSeries *sequential = nullptr;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QList<const Core::StrategyStats *> entries = groups.at(i);
        std::sort(entries.begin(), entries.end(), [](const Core::StrategyStats *a, const Core::StrategyStats *b) {
            return a->workloadSize < b->workloadSize;
        });
        ChartSeries line;
        line.name = entryLabel(*entries.first());
        line.strategy = keys.at(i).strategy;
        line.color = strategyColor(line.strategy);
        for (const Core::StrategyStats *stats : std::as_const(entries)) {
            line.points.append({double(stats->workloadSize), stats->meanSeconds * unit.factor});
            line.errors.append(stats->stddevSeconds * unit.factor);
        }
        spec.series.append(line);
    }
    for (const ChartSeries &line : std::as_const(spec.series)) {
        if (line.strategy == QLatin1String("sequential"))
            sequential = &line;
    }

    // Where a parallel line drops below the sequential one: the smallest workload worth parallelising.
    if (sequential) {
        QList<ChartMarker> crossings;
        for (const ChartSeries &line : std::as_const(spec.series)) {
            if (&line == sequential)
                continue;
            QList<QPointF> diff; // (size, parallel - sequential) at the sizes both measured
            for (const QPointF &point : line.points) {
                for (const QPointF &base : sequential->points) {
                    if (qFuzzyCompare(base.x(), point.x()))
                        diff.append({point.x(), point.y() - base.y()});
                }
            }
            for (qsizetype i = 1; i < diff.size(); ++i) {
                const double d0 = diff.at(i - 1).y();
                const double d1 = diff.at(i).y();
                if (d0 >= 0 && d1 < 0) {
                    const double t = d0 / (d0 - d1);
                    const double x0 = diff.at(i - 1).x();
                    const double x1 = diff.at(i).x();
                    const double x = spec.xAxis.logarithmic ? std::exp(std::log(x0) + t * (std::log(x1) - std::log(x0)))
                                                            : x0 + t * (x1 - x0);
                    //: marks the workload size from which a parallel strategy beats sequential
                    crossings.append(
                        {x, tr("%1 pays from ≈ %2 items").arg(line.name, QLocale().toString(qRound64(x))), line.color});
                    break;
                }
            }
        }
        spec.markers = crossings.mid(0, 3);
    }
    return spec;
}

ChartSpec ChartBuilder::timeline(const Core::BenchmarkResult &result, const QList<TimelineItem> &items)
{
    ChartSpec spec;
    spec.kind = ChartKind::Timeline;
    setCommon(spec, result);
    spec.title = tr("%1: when each item ran, per strategy").arg(experimentTitle(result.experiment));
    spec.xAxis.title = tr("Time since the strategy's run started (s)");
    spec.yAxis.title = tr("Items, grouped by strategy");
    if (items.isEmpty()) {
        spec.emptyMessage = tr("There are no per-item times to show.");
        return spec;
    }
    // Groups in the order the strategies first appear; items keep their order within a group.
    double end = 0;
    for (const TimelineItem &item : items) {
        if (!spec.timelineGroups.contains(item.strategy))
            spec.timelineGroups.append(item.strategy);
        end = std::max(end, item.endSeconds);
    }
    for (const QString &group : std::as_const(spec.timelineGroups)) {
        for (const TimelineItem &item : items) {
            if (item.strategy == group)
                spec.timeline.append(item);
        }
    }
    const bool anyFailed =
        std::any_of(items.cbegin(), items.cend(), [](const TimelineItem &item) { return item.failed; });
    if (anyFailed)
        spec.yAxis.title = tr("Items, grouped by strategy (hatched: failed)");
    spec.xAxis.min = 0;
    spec.xAxis.max = niceCeiling(end * 1.02);
    spec.yAxis.min = -0.5;
    spec.yAxis.max = spec.timeline.size() - 0.5;
    return spec;
}

} // namespace Lab::Gui
