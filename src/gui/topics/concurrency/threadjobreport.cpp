// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadjobreport.h"

#include "core/experiments/threadjobbenchmark.h"
#include "gui/charts/chartview.h"

#include <QLocale>

#include <algorithm>

namespace Lab::Gui {

namespace {

QString entryName(const Core::StrategyStats &stats)
{
    //: strategy and thread count, e.g. "io-job ×4"
    return ThreadJobReport::tr("%1 ×%2").arg(stats.strategy).arg(stats.workers);
}

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
    for (const QString &strategy : strategiesOf(result)) {
        const Core::StrategyStats *baseline = entry(result, strategy, 1);
        if (!baseline)
            continue;
        for (const Core::StrategyStats &s : result.results) {
            if (s.strategy != strategy || &s == baseline || s.speedup <= 0)
                continue;
            if (s.speedup >= 1) {
                lines.append(tr("%1 ran %2 ± %3 times faster than %4")
                                 .arg(entryName(s))
                                 .arg(s.speedup, 0, 'f', 2)
                                 .arg(s.speedupStddev, 0, 'f', 2)
                                 .arg(entryName(*baseline)));
            } else {
                lines.append(tr("%1 ran %2 times slower than %3")
                                 .arg(entryName(s))
                                 .arg(1.0 / s.speedup, 0, 'f', 2)
                                 .arg(entryName(*baseline)));
            }
        }
    }
    for (const Core::StrategyStats &s : result.results) {
        if (!s.note.isEmpty())
            lines.append(tr("Note on %1: %2").arg(entryName(s), s.note));
    }
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

const Core::StrategyStats *ThreadJobReport::best(const Core::BenchmarkResult &result, const QString &strategy)
{
    const Core::StrategyStats *found = nullptr;
    for (const Core::StrategyStats &s : result.results) {
        if (s.strategy == strategy && s.speedup > 0 && (!found || s.speedup > found->speedup))
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
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"6\" border=\"1\"><tr><th></th>");
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
            //: a cell of the results table: speedup and CPU time as a share of wall time
            html += QStringLiteral("<td align=\"center\"><b>%1</b><br>%2</td>")
                        .arg(tr("%1×").arg(locale.toString(s->speedup, 'f', 2)),
                             tr("CPU %1 %").arg(locale.toString(Core::ThreadJobBenchmark::cpuShare(*s) * 100, 'f', 0)));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ThreadJobReport::pinningCheck(const Core::ThreadJobBenchmark &setup, const QString &strategy, int cpu,
                                      bool *allPinned)
{
    int threads = 0;
    int pinned = 0;
    QList<int> elsewhere;
    for (int t : setup.options().threads) {
        const Core::ThreadJobBenchmark::CaseRecord record = setup.lastRecord(strategy, t);
        for (const Core::ThreadJobRunner::ThreadReport &report : record.reports) {
            ++threads;
            if (report.affinity == QList<int>{cpu} && report.lastCpu == cpu)
                ++pinned;
            else if (!elsewhere.contains(report.lastCpu))
                elsewhere.append(report.lastCpu);
        }
    }
    if (allPinned)
        *allPinned = threads > 0 && pinned == threads;
    if (threads == 0)
        return {};
    if (pinned == threads)
        return tr("Checked: all %1 threads of %2 read back the affinity {%3} and last ran on CPU %3.")
            .arg(threads)
            .arg(strategy)
            .arg(cpu);
    return tr("Only %1 of %2 threads of %3 stayed on CPU %4.").arg(pinned).arg(threads).arg(strategy).arg(cpu);
}

void ThreadJobReport::retitleSpeedupChart(ChartView *view, const QString &title, const QString &onlyMarker)
{
    if (!view)
        return;
    ChartSpec spec = view->spec();
    if (spec.isEmpty())
        return;
    spec.title = title;
    spec.yAxis.title = tr("Speedup (× the same job with 1 thread)");
    spec.xAxis.title = tr("Threads");
    if (!onlyMarker.isEmpty())
        spec.markers = {{1.0, onlyMarker, QColor()}};
    view->setSpec(spec);
}

} // namespace Lab::Gui
