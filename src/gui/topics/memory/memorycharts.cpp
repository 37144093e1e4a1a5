// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycharts.h"

#include "core/bench/statistics.h"

#include <QJsonArray>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace Lab::Gui {

namespace {

const QColor LatencyColor(0x00, 0x72, 0xb2);
const QColor BandwidthColor(0x00, 0x9e, 0x73);

QColor markerColor(int level)
{
    switch (level) {
    case 1:
        return QColor(0x56, 0xb4, 0xe9);
    case 2:
        return QColor(0x00, 0x9e, 0x73);
    case 3:
        return QColor(0xe6, 0x9f, 0x00);
    default:
        return QColor(0xcc, 0x79, 0xa7);
    }
}

} // namespace

QList<MemoryCharts::CacheLevel> MemoryCharts::dataCacheLevels(const Core::MachineInfo &machine)
{
    QList<CacheLevel> levels;
    for (const Core::CacheInfo &cache : machine.caches) {
        if (cache.type == QLatin1String("Instruction") || cache.sizeBytes <= 0)
            continue;
        auto it = std::find_if(levels.begin(), levels.end(),
                               [&cache](const CacheLevel &level) { return level.level == cache.level; });
        const QString name =
            cache.type == QLatin1String("Data") ? tr("L%1d").arg(cache.level) : tr("L%1").arg(cache.level);
        if (it == levels.end())
            levels.append({cache.level, name, cache.sizeBytes});
        else
            it->bytes = std::max(it->bytes, cache.sizeBytes);
    }
    std::sort(levels.begin(), levels.end(), [](const CacheLevel &a, const CacheLevel &b) { return a.level < b.level; });
    return levels;
}

QString MemoryCharts::subtitle(const Core::MachineInfo &machine)
{
    return tr("%1 · %n logical CPUs", nullptr, machine.logicalCores).arg(machine.cpuModel);
}

ChartSpec MemoryCharts::latency(const QList<Core::LatencyPoint> &points, qint64 minBytes, qint64 maxBytes,
                                const Core::MachineInfo &machine)
{
    ChartSpec spec;
    spec.kind = ChartKind::Sweep;
    spec.title = tr("Memory latency (pointer chasing)");
    spec.subtitle = subtitle(machine);
    spec.xAxis = {tr("Working set (KiB, log)"), double(minBytes) / 1024, double(maxBytes) / 1024, true,
                  QStringLiteral("%g")};
    ChartSeries series;
    series.name = tr("measured: ns per load");
    series.strategy = QStringLiteral("latency");
    series.color = LatencyColor;
    double low = 1, high = 100;
    bool first = true;
    for (const Core::LatencyPoint &point : points) {
        if (point.nsPerAccess <= 0)
            continue;
        series.points.append({double(point.bytes) / 1024, point.nsPerAccess});
        low = first ? point.nsPerAccess : std::min(low, point.nsPerAccess);
        high = first ? point.nsPerAccess : std::max(high, point.nsPerAccess);
        first = false;
    }
    spec.series.append(series);
    spec.yAxis = {tr("ns / load"), std::min(low * 0.6, 0.8), std::max(high * 1.6, 20.0), true, QStringLiteral("%g")};
    QJsonArray sizes;
    for (const CacheLevel &level : dataCacheLevels(machine)) {
        if (level.bytes < minBytes || level.bytes > maxBytes)
            continue;
        spec.markers.append({double(level.bytes) / 1024, tr("%1 = %2").arg(level.name, Core::formatBytes(level.bytes)),
                             markerColor(level.level)});
        sizes.append(level.bytes);
    }
    const qint64 accesses = points.isEmpty() ? 0 : points.constFirst().accesses;
    spec.caption = tr("Pointer chasing: %L1 dependent loads per working set, one node per 64-byte line in one random "
                      "cycle; dashed lines: this machine's cache sizes from /sys.")
                       .arg(accesses);
    spec.environment = machine.toEnvironmentJson();
    spec.parameters = {{QStringLiteral("experiment"), QStringLiteral("latency")},
                       {QStringLiteral("accesses"), accesses},
                       {QStringLiteral("min_bytes"), minBytes},
                       {QStringLiteral("max_bytes"), maxBytes},
                       {QStringLiteral("cache_bytes"), sizes}};
    return spec;
}

ChartSpec MemoryCharts::bandwidth(const QList<Core::BandwidthPoint> &points, const QList<int> &threadCounts,
                                  const Core::MachineInfo &machine)
{
    ChartSpec spec;
    spec.kind = ChartKind::Speedup; // integer ticks on the thread axis
    spec.title = tr("Read bandwidth, 1..N threads");
    spec.subtitle = subtitle(machine);
    const int maxThreads = threadCounts.isEmpty() ? 1 : *std::max_element(threadCounts.begin(), threadCounts.end());
    spec.xAxis = {tr("Threads"), 0, maxThreads + 0.5, false, QStringLiteral("%d")};
    ChartSeries measured;
    measured.name = tr("measured: all threads together");
    measured.strategy = QStringLiteral("bandwidth");
    measured.color = BandwidthColor;
    ChartSeries ideal;
    ideal.name = tr("if it grew with the threads");
    ideal.strategy = QStringLiteral("ideal");
    ideal.line = ChartSeries::Line::Dashed;
    ideal.pointsVisible = false;
    double high = 1;
    const Core::BandwidthPoint *base = nullptr;
    for (const Core::BandwidthPoint &point : points) {
        if (!point.ok)
            continue;
        if (!base)
            base = &point;
        measured.points.append({double(point.threads), point.gbPerSecond});
        high = std::max(high, point.gbPerSecond);
    }
    if (base) {
        for (int threads : threadCounts) {
            ideal.points.append({double(threads), base->gbPerSecond * threads / base->threads});
            high = std::max(high, ideal.points.constLast().y());
        }
    }
    spec.series = {measured, ideal};
    spec.yAxis = {tr("GB/s"), 0, high * 1.15, false, QStringLiteral("%.0f")};
    if (high * 1.15 < 10)
        spec.yAxis.labelFormat = QStringLiteral("%.1f");
    const int cores = machine.logicalCores > 0 ? machine.logicalCores : QThread::idealThreadCount();
    if (cores <= maxThreads)
        spec.markers.append({double(cores), tr("%n logical CPUs", nullptr, cores), QColor()});
    const qint64 bytes =
        points.isEmpty() ? 0 : points.constFirst().bytesRead / std::max(1, points.constFirst().threads);
    spec.caption = tr("Each thread sums its own array (first touched by itself); total bytes over the wall time from "
                      "a common start.");
    spec.environment = machine.toEnvironmentJson();
    QJsonArray counts;
    for (int threads : threadCounts)
        counts.append(threads);
    spec.parameters = {{QStringLiteral("experiment"), QStringLiteral("bandwidth")},
                       {QStringLiteral("threads"), counts},
                       {QStringLiteral("bytes_read_per_thread"), bytes}};
    return spec;
}

QString MemoryCharts::summary(const QList<Core::LatencyPoint> &latency, const QList<Core::BandwidthPoint> &bandwidth,
                              double falseSharingRatio)
{
    QStringList parts;
    if (!latency.isEmpty())
        parts.append(tr("latency %1–%2 ns")
                         .arg(QLocale().toString(latency.constFirst().nsPerAccess, 'f', 1))
                         .arg(QLocale().toString(latency.constLast().nsPerAccess, 'f', 0)));
    if (!bandwidth.isEmpty())
        parts.append(tr("bandwidth %1 GB/s with %n thread(s)", nullptr, bandwidth.constLast().threads)
                         .arg(QLocale().toString(bandwidth.constLast().gbPerSecond, 'f', 1)));
    if (falseSharingRatio > 0)
        parts.append(tr("false sharing: adjacent counters took %1× the padded time")
                         .arg(QLocale().toString(falseSharingRatio, 'f', 1)));
    return parts.join(QStringLiteral("; "));
}

QString MemoryCharts::explainLatency(const QList<Core::LatencyPoint> &points, const Core::MachineInfo &machine)
{
    if (points.isEmpty())
        return tr("Each load needs the address the previous load returned, so no two loads overlap: the curve shows "
                  "the raw time to reach the data. Run it to see where it steps up.");
    QStringList lines;
    lines.append(tr("Each load needs the address the previous load returned, so no two loads overlap: this is the raw "
                    "time to reach the data. The curve steps up where the working set stops fitting in a cache "
                    "level; the dashed lines are this machine's cache sizes from /sys."));
    const QList<CacheLevel> levels = dataCacheLevels(machine);
    double l1 = 0;
    qint64 previous = 0;
    for (const CacheLevel &level : levels) {
        QList<double> inside;
        for (const Core::LatencyPoint &point : points) {
            if (point.nsPerAccess > 0 && point.bytes > previous * 3 / 2 && point.bytes <= level.bytes / 2)
                inside.append(point.nsPerAccess);
        }
        previous = level.bytes;
        if (inside.isEmpty())
            continue;
        const double ns = Core::median(inside);
        if (l1 <= 0)
            l1 = ns;
        lines.append(tr("<b>%1 (%2)</b>: about %3 ns per load.")
                         .arg(level.name, Core::formatBytes(level.bytes))
                         .arg(QLocale().toString(ns, 'f', ns < 10 ? 1 : 0)));
    }
    QList<double> memory;
    for (const Core::LatencyPoint &point : points) {
        if (point.nsPerAccess > 0 && previous > 0 && point.bytes >= previous * 2)
            memory.append(point.nsPerAccess);
    }
    if (!memory.isEmpty()) {
        const double ns = Core::median(memory);
        lines.append(l1 > 0 ? tr("<b>Main memory</b> (working sets from %1): about %2 ns per load, %3× the first "
                                 "level.")
                                  .arg(Core::formatBytes(previous * 2))
                                  .arg(QLocale().toString(ns, 'f', 0))
                                  .arg(QLocale().toString(ns / l1, 'f', 0))
                            : tr("<b>Main memory</b>: about %1 ns per load.").arg(QLocale().toString(ns, 'f', 0)));
    }
    if (levels.isEmpty()) {
        // No cache sizes known: say what the curve itself shows, from its smallest to its largest set.
        QList<Core::LatencyPoint> measured;
        for (const Core::LatencyPoint &point : points) {
            if (point.nsPerAccess > 0)
                measured.append(point);
        }
        if (!measured.isEmpty()) {
            const double first = measured.constFirst().nsPerAccess;
            const double last = measured.constLast().nsPerAccess;
            lines.append(tr("This machine does not say its cache sizes. Smallest working set (%1): about %2 ns per "
                            "load; largest (%3): about %4 ns per load, %5× as long.")
                             .arg(Core::formatBytes(measured.constFirst().bytes))
                             .arg(QLocale().toString(first, 'f', first < 10 ? 1 : 0))
                             .arg(Core::formatBytes(measured.constLast().bytes))
                             .arg(QLocale().toString(last, 'f', last < 10 ? 1 : 0))
                             .arg(QLocale().toString(first > 0 ? last / first : 0.0, 'f', 0)));
        }
    }
    lines.append(tr("Each point is the best of several runs for working sets up to the last-level cache, so time "
                    "lost to other programs does not count."));
    lines.append(tr("The steps start a little before each line: a cache also holds other data, and beyond a few "
                    "hundred KiB the address translations (TLB) miss too."));
    return lines.join(QStringLiteral("<br>"));
}

QString MemoryCharts::explainBandwidth(const QList<Core::BandwidthPoint> &points, const Core::MachineInfo &machine)
{
    QList<Core::BandwidthPoint> ok;
    for (const Core::BandwidthPoint &point : points) {
        if (point.ok)
            ok.append(point);
    }
    if (ok.isEmpty())
        return tr("Every thread sums its own large array as fast as it can. If memory kept up, N threads would read "
                  "N times as much per second.");
    const Core::BandwidthPoint &first = ok.constFirst();
    const Core::BandwidthPoint &best = *std::max_element(
        ok.begin(), ok.end(), [](const auto &a, const auto &b) { return a.gbPerSecond < b.gbPerSecond; });
    if (ok.size() == 1 || best.threads == first.threads)
        return tr("%n thread(s) read %1 GB/s. Adding threads did not add bandwidth here: the memory system is already "
                  "saturated, or the threads had to take turns on the CPUs.",
                  nullptr, first.threads)
            .arg(QLocale().toString(first.gbPerSecond, 'f', 1));
    const double gain = best.gbPerSecond / first.gbPerSecond;
    const double ideal = double(best.threads) / first.threads;
    QString text =
        tr("%n thread(s): %1 GB/s.", nullptr, first.threads).arg(QLocale().toString(first.gbPerSecond, 'f', 1)) +
        QLatin1Char(' ') +
        tr("%n threads together: %1 GB/s, %2× as much (perfect scaling: %3×).", nullptr, best.threads)
            .arg(QLocale().toString(best.gbPerSecond, 'f', 1))
            .arg(QLocale().toString(gain, 'f', 2))
            .arg(QLocale().toString(ideal, 'f', 0));
    text += QLatin1Char(' ');
    if (gain < 0.8 * ideal)
        text += tr("All cores reach memory through the same controllers (UMA): each extra thread adds less, and "
                   "once the bus is saturated, nothing. On a NUMA machine every node brings its own memory "
                   "controllers, so the total grows with the nodes as long as each thread reads local memory.");
    else
        text += tr("The bus has not saturated with this few threads: each core alone asks for less than the memory "
                   "controllers deliver. With many more cores than this machine has, the line bends over.");
    const int cores = machine.logicalCores > 0 ? machine.logicalCores : QThread::idealThreadCount();
    if (ok.constLast().threads > cores)
        text += QLatin1Char(' ') + tr("Beyond %n logical CPUs the threads take turns on the CPUs, so more threads "
                                      "cannot ask for more bandwidth.",
                                      nullptr, cores);
    return text;
}

} // namespace Lab::Gui
