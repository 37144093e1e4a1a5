// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadsexplanation.h"

#include "core/bench/benchmarkresult.h"
#include "core/bench/statistics.h"
#include "core/net/downloadsaver.h"
#include "core/runners/downloadbenchmark.h"
#include "core/runners/downloadrunner.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Lab::Gui {

namespace {

QString duration(double seconds)
{
    if (seconds < 1)
        return DownloadsExplanation::tr("%1 ms").arg(QLocale().toString(seconds * 1000, 'f', 0));
    return DownloadsExplanation::tr("%1 s").arg(QLocale().toString(seconds, 'f', 2));
}

QList<double> itemSeconds(const QList<Core::DownloadItemResult> &items)
{
    QList<double> seconds;
    for (const Core::DownloadItemResult &item : items) {
        if (item.ok())
            seconds.append(item.endSeconds - (item.sentSeconds >= 0 ? item.sentSeconds : item.startSeconds));
    }
    return seconds;
}

} // namespace

QList<TimelineItem> DownloadsExplanation::timelineItems(const Core::BenchmarkResult &result,
                                                        const Core::DownloadBenchmark &setup)
{
    QList<TimelineItem> items;
    for (const Core::StrategyStats &stats : result.results) {
        const QList<Core::DownloadItemResult> last = setup.lastItems(stats.strategy);
        for (const Core::DownloadItemResult &item : last.mid(0, MaxTimelineItems)) {
            const double start = item.sentSeconds >= 0 ? item.sentSeconds : item.startSeconds;
            items.append({stats.strategy, Core::DownloadSaver::fileNameFor(item.source), start,
                          std::max(start, item.endSeconds), !item.ok()});
        }
    }
    return items;
}

double DownloadsExplanation::oneRequestSeconds(const Core::BenchmarkResult &result,
                                               const Core::DownloadBenchmark &setup)
{
    QList<double> all;
    for (const Core::StrategyStats &stats : result.results) {
        const QList<double> seconds = itemSeconds(setup.lastItems(stats.strategy));
        if (stats.strategy == QLatin1String("sequential") && !seconds.isEmpty())
            return Core::median(seconds);
        all.append(seconds);
    }
    return Core::median(all);
}

QString DownloadsExplanation::explain(const Core::BenchmarkResult &result, const Core::DownloadBenchmark &setup)
{
    if (result.results.isEmpty())
        return {};
    const Core::DownloadBenchmarkOptions &options = setup.options();
    const int count = int(setup.sources().size());
    const double one = oneRequestSeconds(result, setup);
    QStringList points;
    if (one > 0) {
        points.append(options.usesServer()
                          ? tr("One request took about <b>%1</b> here (server latency %2 ms). Timeline bars run from "
                               "when a request left on a connection to its last byte.")
                                .arg(duration(one))
                                .arg(options.server.latencyMs)
                          : tr("One request took about <b>%1</b> here (the median item). Timeline bars run from when "
                               "a request left on a connection to its last byte.")
                                .arg(duration(one)));
    }
    for (const Core::StrategyStats &s : result.results) {
        const int inFlight = Core::DownloadRunner::maxInFlight(s.strategy, count, options.workers);
        const int rounds = inFlight > 0 ? (count + inFlight - 1) / inFlight : 0;
        const QString times = one > 0 ? tr("%1 ≈ %2 × one request")
                                            .arg(duration(s.meanSeconds))
                                            .arg(QLocale().toString(s.meanSeconds / one, 'f', 1))
                                      : duration(s.meanSeconds);
        QString why;
        if (s.strategy == QLatin1String("sequential"))
            why = tr("one download after another: N × latency.");
        else if (s.strategy == QLatin1String("threads"))
            why = tr("one thread per download, all %n waits overlap: about 1 × latency.", nullptr, count);
        else if (s.strategy == QLatin1String("async"))
            why = tr("one QNetworkAccessManager, no threads of ours, but Qt 6.4 opens at most 6 connections per "
                     "host: %1 at once, %n round(s) of latency.",
                     nullptr, rounds)
                      .arg(inFlight);
        else if (s.strategy == QLatin1String("async-uncapped"))
            why = tr("still no threads of ours, but one QNetworkAccessManager per 6 requests: all %1 at once, "
                     "%n round(s) of latency.",
                     nullptr, rounds)
                      .arg(inFlight);
        else if (s.strategy == QLatin1String("pool"))
            why = tr("%1 threads, at most %2 requests at once: %n round(s) of latency.", nullptr, rounds)
                      .arg(options.workers)
                      .arg(inFlight);
        points.append(tr("<b>%1</b>: %2: %3").arg(s.strategy, times, why));
    }
    if (options.usesServer() && options.server.bandwidthKbps > 0) {
        const double bits = double(count) * options.server.sizeKb * 1024.0 * 8.0;
        const double floor = bits / (double(options.server.bandwidthKbps) * 1000.0);
        points.append(tr("The server's uplink is limited to %1 kbit/s and every download shares it: moving all %2 "
                         "images takes at least %3 whatever the strategy. More threads do not widen the link.")
                          .arg(QLocale().toString(options.server.bandwidthKbps))
                          .arg(count)
                          .arg(duration(floor)));
    }
    for (const Core::StrategyStats &s : result.results) {
        if (s.itemsFailed <= 0)
            continue;
        // Grouped by message, so fifty HTTP 500s read as one line.
        QStringList messages;
        QHash<QString, QStringList> names;
        for (const Core::ItemError &error : s.errors) {
            if (!names.contains(error.message))
                messages.append(error.message);
            const QString name = Core::DownloadSaver::fileNameFor(error.item);
            if (!names[error.message].contains(name)) // the same item failing in several runs
                names[error.message].append(name);
        }
        QStringList groups;
        for (const QString &message : messages.mid(0, 5)) {
            QStringList items = names.value(message).mid(0, 8);
            if (names.value(message).size() > 8)
                items.append(QStringLiteral("…"));
            groups.append(tr("%1: %2").arg(message, items.join(QStringLiteral(", "))).toHtmlEscaped());
        }
        if (messages.size() > 5)
            groups.append(QStringLiteral("…"));
        points.append(tr("<b>%1</b>: %n item(s) failed. %2", nullptr, int(s.itemsFailed))
                          .arg(s.strategy, groups.join(QStringLiteral("; "))));
    }
    if (count > MaxTimelineItems)
        points.append(
            tr("The timeline shows the first %1 of the %2 items of each strategy.").arg(MaxTimelineItems).arg(count));
    return QStringLiteral("<ul><li>") + points.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
}

} // namespace Lab::Gui
