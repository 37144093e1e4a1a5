// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionreader.h"

#include "core/system/printable.h"

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

bool OptionReader::reject(const QString &name, const QString &problem)
{
    m_error = QStringLiteral("--%1: %2").arg(name, problem);
    return false;
}

// Each reader validates through ParameterSpec::check, the one place that decides what a value may
// be and how a refusal reads (the panels' controls use the same).
bool OptionReader::readSpec(const ParameterSpec &spec, QVariant *out)
{
    if (!m_parser.isSet(spec.key))
        return true;
    const QString text = m_parser.value(spec.key);
    if (const auto problem = spec.check(text))
        return reject(spec.key, *problem);
    *out = spec.parse(text);
    return true;
}

bool OptionReader::read(const ParameterSchema &schema, ParameterValues *values)
{
    QString error;
    if (schema.read(m_parser, values, &error))
        return true;
    m_error = error;
    return false;
}

bool OptionReader::readInt(const QString &name, qint64 min, qint64 max, qint64 *out)
{
    QVariant value;
    if (!readSpec(ParameterSpec::integer(name, nullptr, nullptr, min, max, 0), &value))
        return false;
    if (value.isValid())
        *out = value.toLongLong();
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
    QVariant value;
    if (!readSpec(ParameterSpec::uint64(name, nullptr, nullptr, min, max, 0), &value))
        return false;
    if (value.isValid())
        *out = value.toULongLong();
    return true;
}

bool OptionReader::readDouble(const QString &name, double min, double max, double *out)
{
    QVariant value;
    if (!readSpec(ParameterSpec::number(name, nullptr, nullptr, min, max, 0), &value))
        return false;
    if (value.isValid())
        *out = value.toDouble();
    return true;
}

bool OptionReader::readChoice(const QString &name, const QStringList &allowed, QString *out)
{
    QVariant value;
    if (!readSpec(ParameterSpec::choice(name, nullptr, nullptr, allowed, {}), &value))
        return false;
    if (value.isValid())
        *out = value.toString();
    return true;
}

bool OptionReader::readChoiceList(const QString &name, const QStringList &allowed, QStringList *out)
{
    QVariant value;
    if (!readSpec(ParameterSpec::choiceList(name, nullptr, nullptr, allowed, {}), &value))
        return false;
    if (value.isValid())
        *out = value.toStringList();
    return true;
}

bool OptionReader::readIntList(const QString &name, int min, int max, QList<int> *out)
{
    QVariant value;
    if (!readSpec(ParameterSpec::intList(name, nullptr, nullptr, min, max, {}), &value))
        return false;
    if (value.isValid())
        *out = value.value<QList<int>>();
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
    // The message quotes what the user gave (a value, a file name, a line of an input file): a newline
    // or an escape sequence in it must not reach the terminal raw.
    const QString line = QStringLiteral("concurrency-lab %1: %2\n").arg(command, printable(message));
    std::fputs(line.toLocal8Bit().constData(), stderr);
    return 2;
}

} // namespace Lab::Core
