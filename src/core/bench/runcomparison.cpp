// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparison.h"

#include <QDateTime>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Lab::Core {

// A mean and its spread in the unit that keeps the mean between 1 and 1000: "512.3 ms ± 4.1 ms".
QString RunComparison::formatTime(double seconds, double stddev, const QLocale &locale)
{
    double factor = 1;
    QString unit = QStringLiteral("s");
    if (seconds < 1e-3) {
        factor = 1e6;
        unit = QStringLiteral("µs");
    } else if (seconds < 1) {
        factor = 1e3;
        unit = QStringLiteral("ms");
    }
    // Four significant digits of the mean; the spread with the same decimals.
    const double mean = seconds * factor;
    const int decimals = mean >= 100 ? 1 : mean >= 10 ? 2 : 3;
    return QStringLiteral("%1 %3 ± %2 %3")
        .arg(locale.toString(mean, 'f', decimals), locale.toString(stddev * factor, 'f', decimals), unit);
}

QString RunComparison::formatRatio(double ratio, double stddev, const QLocale &locale)
{
    const int decimals = ratio >= 10 ? 1 : ratio >= 0.1 ? 2 : 4;
    return QStringLiteral("%1 ± %2").arg(locale.toString(ratio, 'f', decimals), locale.toString(stddev, 'f', decimals));
}

QList<RunComparison::Row> RunComparison::rows(const BenchmarkResult &a, const BenchmarkResult &b)
{
    QList<Row> out;
    const auto find = [&out](const StrategyStats &stats) {
        return std::find_if(out.begin(), out.end(), [&stats](const Row &row) {
            return row.strategy == stats.strategy && row.workers == stats.workers;
        });
    };
    for (const StrategyStats &stats : a.results) {
        if (find(stats) != out.end())
            continue; // a size sweep repeats entries; the comparison takes the first
        Row row;
        row.strategy = stats.strategy;
        row.workers = stats.workers;
        row.inA = true;
        row.meanA = stats.meanSeconds;
        row.stddevA = stats.stddevSeconds;
        out.append(row);
    }
    for (const StrategyStats &stats : b.results) {
        auto it = find(stats);
        if (it == out.end()) {
            Row row;
            row.strategy = stats.strategy;
            row.workers = stats.workers;
            out.append(row);
            it = out.end() - 1;
        } else if (it->inB) {
            continue;
        }
        it->inB = true;
        it->meanB = stats.meanSeconds;
        it->stddevB = stats.stddevSeconds;
    }
    for (Row &row : out) {
        if (!row.inA || !row.inB || row.meanA <= 0 || row.meanB <= 0)
            continue;
        row.ratio = row.meanB / row.meanA;
        row.ratioStddev = row.ratio * std::hypot(row.stddevA / row.meanA, row.stddevB / row.meanB);
    }
    return out;
}

QString RunComparison::runLabel(const BenchmarkResult &result)
{
    const QJsonObject &env = result.environment;
    QStringList parts;
    const QDateTime when = QDateTime::fromString(env.value(QLatin1String("timestamp")).toString(), Qt::ISODate);
    parts.append(when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("unknown date"));
    const QString cpu = env.value(QLatin1String("cpu_model")).toString().simplified();
    parts.append(cpu.isEmpty() ? tr("unknown CPU") : cpu);
    if (const int cores = env.value(QLatin1String("logical_cores")).toInt(); cores > 0)
        parts.append(tr("%1 logical cores").arg(cores));
    return parts.join(QStringLiteral(" · "));
}

QString RunComparison::toText(const BenchmarkResult &a, const BenchmarkResult &b)
{
    const QList<Row> table = rows(a, b);
    QList<QStringList> cells;
    cells.append({tr("strategy"), tr("workers"), tr("A mean ± σ"), tr("B mean ± σ"), tr("B/A")});
    for (const Row &row : table) {
        cells.append({row.strategy, QString::number(row.workers),
                      row.inA ? formatTime(row.meanA, row.stddevA) : tr("(not in A)"),
                      row.inB ? formatTime(row.meanB, row.stddevB) : tr("(not in B)"),
                      row.ratio > 0 ? formatRatio(row.ratio, row.ratioStddev) : QStringLiteral("-")});
    }
    QList<qsizetype> widths(cells.first().size(), 0);
    for (const QStringList &line : std::as_const(cells)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QString text = tr("A: %1").arg(runLabel(a)) + u'\n' + tr("B: %1").arg(runLabel(b)) + u'\n';
    for (const QStringList &line : std::as_const(cells)) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i)
            padded.append(i < 2 ? line.at(i).leftJustified(widths[i]) : line.at(i).rightJustified(widths[i]));
        text += padded.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    text += tr("B/A above 1: B took longer than A; below 1: B was faster.") + u'\n';
    return text;
}

} // namespace Lab::Core
