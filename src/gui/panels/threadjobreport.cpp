// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadjobreport.h"

#include "core/experiments/threadjobbenchmark.h"
#include "gui/charts/chartview.h"

#include <QLocale>

#include <algorithm>

namespace Lab::Gui {

namespace {

QStringList strategiesOf(const Core::BenchmarkResult &result)
{
    QStringList strategies;
    for (const Core::StrategyStats &s : result.results) {
        if (!strategies.contains(s.strategy))
            strategies.append(s.strategy);
    }
    return strategies;
}

} // namespace

QStringList ThreadJobReport::summaryLines(const Core::BenchmarkResult &result)
{
    QStringList lines;
    if (result.cancelled)
        lines.append(tr("The benchmark was cancelled; the numbers cover the runs that finished."));
    if (!result.failure.isEmpty())
        lines.append(tr("The benchmark stopped early: %1").arg(result.failure));
    return lines;
}

const Core::StrategyStats *ThreadJobReport::entry(const Core::BenchmarkResult &result, const QString &strategy,
                                                  int threads)
{
    for (const Core::StrategyStats &s : result.results) {
        if (s.strategy == strategy && s.workers == threads && !s.runsSeconds.isEmpty())
            return &s;
    }
    return nullptr;
}

const Core::StrategyStats *ThreadJobReport::best(const Core::BenchmarkResult &result, const QString &strategy,
                                                 int minThreads)
{
    const Core::StrategyStats *found = nullptr;
    for (const Core::StrategyStats &s : result.results) {
        if (s.strategy == strategy && s.workers >= minThreads && s.speedup > 0 &&
            (!found || s.speedup > found->speedup))
            found = &s;
    }
    return found;
}

QString ThreadJobReport::speedupTable(const Core::BenchmarkResult &result, const QHash<QString, QString> &rowTitles)
{
    QList<int> threads;
    for (const Core::StrategyStats &s : result.results) {
        if (!threads.contains(s.workers))
            threads.append(s.workers);
    }
    std::sort(threads.begin(), threads.end());
    if (threads.isEmpty())
        return {};
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr><th></th>");
    for (int t : std::as_const(threads))
        html += QStringLiteral("<th>%1</th>").arg(tr("%n thread(s)", nullptr, t));
    html += QStringLiteral("</tr>");
    for (const QString &strategy : strategiesOf(result)) {
        html +=
            QStringLiteral("<tr><th align=\"left\">%1</th>").arg(rowTitles.value(strategy, strategy).toHtmlEscaped());
        for (int t : std::as_const(threads)) {
            const Core::StrategyStats *s = entry(result, strategy, t);
            if (!s) {
                html += QStringLiteral("<td align=\"center\">–</td>");
                continue;
            }
            const QString speedup = s->workers == 1 ? tr("%1×").arg(locale.toString(s->speedup, 'f', 2))
                                                    : tr("%1 ± %2×")
                                                          .arg(locale.toString(s->speedup, 'f', 2),
                                                               locale.toString(s->speedupStddev, 'f', 2));
            //: a cell of the results table: speedup (± error), then CPU time as a share of wall time
            html += QStringLiteral("<td align=\"center\"><b>%1</b><br>%2</td>")
                        .arg(speedup, tr("CPU %1 %")
                                          .arg(locale.toString(Core::ThreadJobBenchmark::cpuShare(*s) * 100, 'f', 0))
                                          .replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ThreadJobReport::pinningCheck(const Core::ThreadJobBenchmark &setup, const QStringList &strategies, int cpu,
                                      bool *allPinned)
{
    int threads = 0;
    int pinned = 0;
    for (const QString &strategy : strategies) {
        for (int t : setup.options().threads) {
            const Core::ThreadJobBenchmark::CaseRecord record = setup.lastRecord(strategy, t);
            for (const Core::ThreadJobRunner::ThreadReport &report : record.reports) {
                ++threads;
                if (report.affinity == QList<int>{cpu} && report.lastCpu == cpu)
                    ++pinned;
            }
        }
    }
    if (allPinned)
        *allPinned = threads > 0 && pinned == threads;
    if (threads == 0)
        return {};
    if (pinned == threads)
        return tr("Checked after the run: all %1 threads read back the affinity {%2} and last ran on CPU %2.")
            .arg(threads)
            .arg(cpu);
    return tr("Checked after the run: only %1 of %2 threads stayed on CPU %3.").arg(pinned).arg(threads).arg(cpu);
}

void ThreadJobReport::retitleSpeedupChart(ChartView *view, const QString &title, const QString &onlyMarker)
{
    if (!view)
        return;
    ChartSpec spec = view->spec();
    if (spec.isEmpty())
        return;
    spec.title = title;
    spec.yAxis.title = tr("Speedup (× 1 thread)");
    spec.xAxis.title = tr("Threads");
    if (!onlyMarker.isEmpty())
        spec.markers = {{1.0, onlyMarker, QColor()}};
    // Amdahl fits (dotted) model CPU work shared by cores; they do not fit waits or a lock, and at
    // projector size they crowd the legend.
    spec.series.removeIf([](const ChartSeries &series) { return series.line == ChartSeries::Line::Dotted; });
    view->setSpec(spec); // new titles and markers: SpecChart rebuilds (sameStructure compares them)
}

} // namespace Lab::Gui
