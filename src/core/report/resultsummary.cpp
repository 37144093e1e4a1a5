// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsummary.h"

#include "core/bench/benchmarkcase.h"
#include "core/bench/statistics.h"
#include "core/system/printable.h"

#include <QCoreApplication>

namespace Lab::Core {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct ResultSummaryTr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::ResultSummary)
};

// "X ran a ± b times faster/slower than Y" for ratio = time(Y) / time(X).
QString comparison(const QString &who, const Ratio &ratio, const QString &than, const QLocale &locale)
{
    const auto fixed2 = [&locale](double value) { return locale.toString(value, 'f', 2); };
    if (ratio.value >= 1) {
        return ResultSummaryTr::tr("%1 ran %2 ± %3 times faster than %4")
            .arg(who, fixed2(ratio.value), fixed2(ratio.stddev), than);
    }
    // 1/S with its first-order uncertainty sd(S)/S^2.
    const double slower = 1.0 / ratio.value;
    const double slowerStddev = ratio.stddev / (ratio.value * ratio.value);
    return ResultSummaryTr::tr("%1 ran %2 ± %3 times slower than %4")
        .arg(who, fixed2(slower), fixed2(slowerStddev), than);
}

} // namespace

QString ResultSummary::entryName(const StrategyStats &stats)
{
    QString name = BenchmarkCase{stats.strategy, stats.workers, stats.workloadSize, {}, stats.reference}.displayName();
    if (stats.reference)
        name = ResultSummaryTr::tr("%1 [reference]").arg(name);
    return name;
}

QStringList ResultSummary::lines(const BenchmarkResult &result, const QLocale &locale, const QString &baselineStrategy)
{
    QStringList out;
    QList<qint64> sizes;
    for (const StrategyStats &s : result.results) {
        if (!sizes.contains(s.workloadSize))
            sizes.append(s.workloadSize);
    }
    for (qint64 size : result.timesCompared ? std::as_const(sizes) : QList<qint64>()) {
        QList<const StrategyStats *> group;
        for (const StrategyStats &s : result.results) {
            if (s.workloadSize == size && !s.runsSeconds.isEmpty() && s.meanSeconds > 0)
                group.append(&s);
        }
        if (sizes.size() > 1)
            out.append(ResultSummaryTr::tr("Workload size %1:").arg(size));
        const StrategyStats *baseline = nullptr;
        for (const StrategyStats *s : std::as_const(group)) {
            if (s->strategy == baselineStrategy && s->speedup > 0)
                baseline = s;
        }
        if (baseline) {
            for (const StrategyStats *s : std::as_const(group)) {
                if (s != baseline && s->speedup > 0)
                    out.append(comparison(entryName(*s), {s->speedup, s->speedupStddev}, entryName(*baseline), locale));
            }
        } else if (group.size() > 1) {
            const StrategyStats *fastest = group.constFirst();
            for (const StrategyStats *s : std::as_const(group)) {
                if (s->meanSeconds < fastest->meanSeconds)
                    fastest = s;
            }
            for (const StrategyStats *s : std::as_const(group)) {
                if (s == fastest)
                    continue;
                const Ratio ratio =
                    speedupOf(s->meanSeconds, s->stddevSeconds, fastest->meanSeconds, fastest->stddevSeconds);
                out.append(comparison(entryName(*fastest), ratio, entryName(*s), locale));
            }
        }
    }
    for (const StrategyStats &s : result.results) {
        if (s.itemsFailed > 0) {
            const QString first =
                s.errors.isEmpty()
                    ? QString()
                    // The item is the user's input (a URL from --urls) and the message may quote a server.
                    : ResultSummaryTr::tr(" (first: %1: %2)")
                          .arg(printable(s.errors.constFirst().item), printable(s.errors.constFirst().message));
            out.append(ResultSummaryTr::tr("%1: %2 of %3 items failed%4")
                           .arg(entryName(s))
                           .arg(s.itemsFailed)
                           .arg(s.itemsOk + s.itemsFailed)
                           .arg(first));
        }
        if (!s.note.isEmpty())
            out.append(ResultSummaryTr::tr("Note on %1: %2").arg(entryName(s), s.note));
    }
    if (result.cancelled)
        out.append(ResultSummaryTr::tr("The benchmark was cancelled; the numbers cover the runs that finished."));
    if (!result.failure.isEmpty())
        out.append(ResultSummaryTr::tr("The benchmark stopped early: %1").arg(result.failure));
    return out;
}

QString ResultSummary::toText(const BenchmarkResult &result)
{
    QString text;
    for (const QString &line : lines(result))
        text += line + QLatin1Char('\n');
    return text;
}

} // namespace Lab::Core
