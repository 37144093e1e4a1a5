// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultcsv.h"

#include "atomicfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Lab::Core {

namespace {

// Shortest text that reads back to the same double; whole numbers without an exponent
// (memory_bytes 16384000000, not 1.6384e+10).
QString number(double value)
{
    if (value == std::floor(value) && std::abs(value) < 9.007199254740992e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// One line, whatever the value: comments must not spill into the table.
QString commentValue(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = number(value.toDouble());
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QStringList ResultCsv::header()
{
    return {QStringLiteral("strategy"),  QStringLiteral("workers"),  QStringLiteral("workload_size"),
            QStringLiteral("reference"), QStringLiteral("runs"),     QStringLiteral("mean_s"),
            QStringLiteral("stddev_s"),  QStringLiteral("median_s"), QStringLiteral("min_s"),
            QStringLiteral("max_s"),     QStringLiteral("user_s"),   QStringLiteral("sys_s"),
            QStringLiteral("startup_s"), QStringLiteral("speedup"),  QStringLiteral("speedup_stddev"),
            QStringLiteral("checksum"),  QStringLiteral("items_ok"), QStringLiteral("items_failed"),
            QStringLiteral("errors"),    QStringLiteral("note"),     QStringLiteral("runs_s")};
}

QByteArray ResultCsv::toCsv(const BenchmarkResult &result)
{
    QString out;
    auto comment = [&out](const QString &key, const QString &value) {
        out += QStringLiteral("# ") + key + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    comment(QStringLiteral("tool"), QStringLiteral("concurrency-lab"));
    comment(QStringLiteral("version"), QStringLiteral(LAB_VERSION));
    comment(QStringLiteral("experiment"), commentValue(result.experiment));
    if (result.cancelled)
        comment(QStringLiteral("cancelled"), QStringLiteral("true"));
    if (!result.failure.isEmpty())
        comment(QStringLiteral("failure"), commentValue(result.failure));
    for (auto it = result.environment.begin(); it != result.environment.end(); ++it)
        comment(QStringLiteral("environment.") + it.key(), commentValue(it.value()));
    for (auto it = result.parameters.begin(); it != result.parameters.end(); ++it)
        comment(QStringLiteral("parameters.") + it.key(), commentValue(it.value()));

    out += header().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const StrategyStats &s : result.results) {
        QStringList runs;
        for (double run : s.runsSeconds)
            runs.append(number(run));
        QStringList errors;
        for (const ItemError &e : s.errors)
            errors.append(e.item + QStringLiteral(": ") + e.message);
        const QStringList row{
            field(s.strategy),
            QString::number(s.workers),
            QString::number(s.workloadSize),
            s.reference ? QStringLiteral("true") : QStringLiteral("false"),
            QString::number(s.runsSeconds.size()),
            number(s.meanSeconds),
            number(s.stddevSeconds),
            number(s.medianSeconds),
            number(s.minSeconds),
            number(s.maxSeconds),
            number(s.userSeconds),
            number(s.sysSeconds),
            number(s.startupSeconds),
            number(s.speedup),
            number(s.speedupStddev),
            field(s.checksum),
            QString::number(s.itemsOk),
            QString::number(s.itemsFailed),
            field(errors.join(QStringLiteral("; "))),
            field(s.note),
            field(runs.join(QLatin1Char(' '))),
        };
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

bool ResultCsv::write(const BenchmarkResult &result, const QString &path, QString *error)
{
    return writeFileAtomically(path, toCsv(result), error);
}

} // namespace Lab::Core
