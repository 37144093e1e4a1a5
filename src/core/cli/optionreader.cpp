// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionreader.h"

#include <QSet>

#include <cmath>
#include <cstdio>

namespace Lab::Core {

OptionReader::OptionReader(QCommandLineParser &parser, QString command)
    : m_parser(parser)
    , m_command(std::move(command))
{}

bool OptionReader::parse(const QStringList &arguments, int maxPositional)
{
    // QCommandLineParser expects the program name first.
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("concurrency-lab"));
    if (!m_parser.parse(withProgram)) {
        m_error = m_parser.errorText();
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > maxPositional) {
        m_error = QStringLiteral("unexpected argument \"%1\"").arg(positional.at(maxPositional));
        return false;
    }
    return true;
}

bool OptionReader::reject(const QString &name, const QString &allowed, const QString &given)
{
    m_error = QStringLiteral("--%1: must be %2 (got \"%3\")").arg(name, allowed, given);
    return false;
}

bool OptionReader::readInt(const QString &name, qint64 min, qint64 max, qint64 *out)
{
    if (!m_parser.isSet(name))
        return true;
    const QString text = m_parser.value(name).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return reject(name, QStringLiteral("an integer from %1 to %2").arg(min).arg(max), text);
    *out = value;
    return true;
}

bool OptionReader::readInt(const QString &name, int min, int max, int *out)
{
    qint64 value = *out;
    if (!readInt(name, qint64(min), qint64(max), &value))
        return false;
    *out = int(value);
    return true;
}

bool OptionReader::readUInt64(const QString &name, quint64 min, quint64 max, quint64 *out)
{
    if (!m_parser.isSet(name))
        return true;
    const QString text = m_parser.value(name).trimmed();
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || text.startsWith(QLatin1Char('-')) || value < min || value > max)
        return reject(name, QStringLiteral("an integer from %1 to %2").arg(min).arg(max), text);
    *out = value;
    return true;
}

bool OptionReader::readDouble(const QString &name, double min, double max, double *out)
{
    if (!m_parser.isSet(name))
        return true;
    const QString text = m_parser.value(name).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return reject(name, QStringLiteral("a number from %1 to %2").arg(min).arg(max), text);
    *out = value;
    return true;
}

bool OptionReader::readChoice(const QString &name, const QStringList &allowed, QString *out)
{
    if (!m_parser.isSet(name))
        return true;
    const QString text = m_parser.value(name).trimmed();
    if (!allowed.contains(text))
        return reject(name, QStringLiteral("one of %1").arg(allowed.join(QStringLiteral(", "))), text);
    *out = text;
    return true;
}

bool OptionReader::readChoiceList(const QString &name, const QStringList &allowed, QStringList *out)
{
    if (!m_parser.isSet(name))
        return true;
    const QString text = m_parser.value(name).trimmed();
    const QString allowedText = QStringLiteral("a comma-separated list of %1").arg(allowed.join(QStringLiteral(", ")));
    QStringList values;
    QSet<QString> seen;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString value = part.trimmed();
        if (!allowed.contains(value) || seen.contains(value))
            return reject(name, allowedText, text);
        seen.insert(value);
        values.append(value);
    }
    *out = values;
    return true;
}

bool OptionReader::readIntList(const QString &name, int min, int max, QList<int> *out)
{
    if (!m_parser.isSet(name))
        return true;
    const QString text = m_parser.value(name).trimmed();
    QList<int> values;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < min || value > max)
            return reject(name, QStringLiteral("integers from %1 to %2, separated by commas").arg(min).arg(max), text);
        values.append(value);
    }
    *out = values;
    return true;
}

int OptionReader::fail() const
{
    return failUsage(m_command, m_error);
}

int OptionReader::fail(const QString &message)
{
    m_error = message;
    return fail();
}

int failUsage(const QString &command, const QString &message)
{
    const QString line = QStringLiteral("concurrency-lab %1: %2\n").arg(command, message);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    return 2;
}

} // namespace Lab::Core
