// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultmarkdown.h"

#include "atomicfile.h"
#include "core/bench/statistics.h"
#include "core/system/machineinfo.h"
#include "resultsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Lab::Core {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct ResultMarkdownTr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::ResultMarkdown)
};

// Table cells must not break the table.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

int decimalsFor(double smallestMean)
{
    if (smallestMean <= 0)
        return 3;
    return std::clamp(3 - int(std::floor(std::log10(smallestMean))), 3, 6);
}

QString compactJson(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString scalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? ResultMarkdownTr::tr("yes") : ResultMarkdownTr::tr("no");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.007199254740992e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    if (value.isNull() || value.isUndefined())
        return QString();
    return QLatin1Char('`') + compactJson(value) + QLatin1Char('`');
}

// The nested parts of MachineInfo::toEnvironmentJson() in words; anything else as compact JSON.
QString environmentValue(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("caches") && value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject c = v.toObject();
            parts.append(ResultMarkdownTr::tr("L%1 %2 %3 × %4")
                             .arg(c.value(QStringLiteral("level")).toInt())
                             .arg(c.value(QStringLiteral("type")).toString(),
                                  formatBytes(c.value(QStringLiteral("size_bytes")).toInteger()))
                             .arg(c.value(QStringLiteral("instances")).toInt()));
        }
        return parts.isEmpty() ? ResultMarkdownTr::tr("not reported") : parts.join(QStringLiteral(", "));
    }
    if (key == QLatin1String("numa") && value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject n = v.toObject();
            parts.append(ResultMarkdownTr::tr("node %1: CPUs %2, %3")
                             .arg(n.value(QStringLiteral("node")).toInt())
                             .arg(n.value(QStringLiteral("cpus")).toString(),
                                  formatBytes(n.value(QStringLiteral("memory_bytes")).toInteger())));
        }
        return parts.join(QStringLiteral("; "));
    }
    if (key == QLatin1String("hybrid") && value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject t = v.toObject();
            parts.append(
                ResultMarkdownTr::tr("%1 cores: CPUs %2")
                    .arg(t.value(QStringLiteral("type")).toString(), t.value(QStringLiteral("cpus")).toString()));
        }
        return parts.isEmpty() ? ResultMarkdownTr::tr("no") : parts.join(QStringLiteral("; "));
    }
    if (key == QLatin1String("memory_bytes") && value.isDouble())
        return formatBytes(value.toInteger());
    if (key == QLatin1String("notes") && value.isArray()) {
        QStringList notes;
        for (const QJsonValue &v : value.toArray())
            notes.append(v.toString());
        return notes.join(QLatin1Char(' '));
    }
    return scalar(value);
}

QString keyValueLines(const QJsonObject &object, bool environment)
{
    QString out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = environment ? environmentValue(it.key(), it.value()) : scalar(it.value());
        out += QStringLiteral("- **") + it.key() + QStringLiteral("**: ") + value + QLatin1Char('\n');
    }
    return out;
}

QString table(const QList<const StrategyStats *> &rows, bool compared)
{
    double smallest = 0;
    const StrategyStats *fastest = nullptr;
    for (const StrategyStats *s : rows) {
        if (s->runsSeconds.isEmpty() || s->meanSeconds <= 0)
            continue;
        if (!fastest || s->meanSeconds < fastest->meanSeconds)
            fastest = s;
    }
    if (fastest)
        smallest = fastest->meanSeconds;
    const int decimals = decimalsFor(smallest);
    auto seconds = [decimals](double value) { return QString::number(value, 'f', decimals); };

    QString out;
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
               .arg(ResultMarkdownTr::tr("Strategy"), ResultMarkdownTr::tr("Workers"),
                    ResultMarkdownTr::tr("Mean ± σ [s]"), ResultMarkdownTr::tr("Min [s]"),
                    ResultMarkdownTr::tr("Max [s]"), ResultMarkdownTr::tr("Relative"));
    out += QStringLiteral("|:---|---:|---:|---:|---:|---:|\n");
    for (const StrategyStats *s : rows) {
        QString name = QLatin1Char('`') + cell(s->strategy) + QLatin1Char('`');
        if (s->reference)
            name += QLatin1Char(' ') + ResultMarkdownTr::tr("(reference)");
        if (s->runsSeconds.isEmpty() || !fastest) {
            out += QStringLiteral("| %1 | %2 | %3 | – | – | – |\n")
                       .arg(name)
                       .arg(s->workers)
                       .arg(ResultMarkdownTr::tr("failed"));
            continue;
        }
        QString relative = compared ? QStringLiteral("1.00") : QStringLiteral("–");
        if (compared && s != fastest) {
            const Ratio r = speedupOf(s->meanSeconds, s->stddevSeconds, fastest->meanSeconds, fastest->stddevSeconds);
            relative = QString::number(r.value, 'f', 2) + QStringLiteral(" ± ") + QString::number(r.stddev, 'f', 2);
        }
        out += QStringLiteral("| %1 | %2 | %3 ± %4 | %5 | %6 | %7 |\n")
                   .arg(name)
                   .arg(s->workers)
                   .arg(seconds(s->meanSeconds), seconds(s->stddevSeconds), seconds(s->minSeconds),
                        seconds(s->maxSeconds), relative);
    }
    return out;
}

} // namespace

QString ResultMarkdown::environmentMarkdown(const QJsonObject &environment)
{
    return keyValueLines(environment, true);
}

QString ResultMarkdown::toMarkdown(const BenchmarkResult &result)
{
    QList<qint64> sizes;
    for (const StrategyStats &s : result.results) {
        if (!sizes.contains(s.workloadSize))
            sizes.append(s.workloadSize);
    }
    QString out;
    for (qint64 size : std::as_const(sizes)) {
        QList<const StrategyStats *> rows;
        for (const StrategyStats &s : result.results) {
            if (s.workloadSize == size)
                rows.append(&s);
        }
        if (sizes.size() > 1)
            out += ResultMarkdownTr::tr("**Workload size %1**").arg(size) + QStringLiteral("\n\n");
        out += table(rows, result.timesCompared) + QLatin1Char('\n');
    }
    if (result.results.isEmpty())
        out += ResultMarkdownTr::tr("No runs finished.") + QStringLiteral("\n\n");

    const QStringList summary = ResultSummary::lines(result);
    if (!summary.isEmpty()) {
        for (const QString &line : summary)
            out += QStringLiteral("- ") + line + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    out += ResultMarkdownTr::tr("**Experiment**: %1 (concurrency-lab %2)")
               .arg(result.experiment, QStringLiteral(LAB_VERSION)) +
           QStringLiteral("\n\n");
    out += ResultMarkdownTr::tr("**Environment**") + QStringLiteral("\n\n") + environmentMarkdown(result.environment);
    out += QLatin1Char('\n') + ResultMarkdownTr::tr("**Parameters**") + QStringLiteral("\n\n") +
           keyValueLines(result.parameters, false);
    return out;
}

bool ResultMarkdown::write(const BenchmarkResult &result, const QString &path, QString *error)
{
    return writeFileAtomically(path, toMarkdown(result).toUtf8(), error);
}

} // namespace Lab::Core
