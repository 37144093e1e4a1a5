// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterspec.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace Lab::Core {

namespace {
constexpr char Context[] = "Lab::Core::Parameters";

// What every factory below starts from.
ParameterSpec make(const QString &key, ParameterSpec::Kind kind, const char *label, const char *help)
{
    ParameterSpec s;
    s.key = key;
    s.kind = kind;
    s.labelText = label;
    s.helpText = help;
    return s;
}
} // namespace

ParameterSpec ParameterSpec::integer(const QString &key, const char *label, const char *help, qint64 min, qint64 max,
                                     qint64 defaultValue, const QString &unit)
{
    ParameterSpec s = make(key, Kind::Int, label, help);
    s.min = min;
    s.max = max;
    s.defaultValue = QString::number(defaultValue);
    s.unit = unit;
    return s;
}

ParameterSpec ParameterSpec::uint64(const QString &key, const char *label, const char *help, quint64 min, quint64 max,
                                    quint64 defaultValue)
{
    ParameterSpec s = make(key, Kind::UInt64, label, help);
    s.umin = min;
    s.umax = max;
    s.defaultValue = QString::number(defaultValue);
    return s;
}

ParameterSpec ParameterSpec::number(const QString &key, const char *label, const char *help, double min, double max,
                                    double defaultValue, int decimals, const QString &unit)
{
    ParameterSpec s = make(key, Kind::Double, label, help);
    s.dmin = min;
    s.dmax = max;
    s.decimals = decimals;
    s.defaultValue = QString::number(defaultValue);
    s.unit = unit;
    return s;
}

ParameterSpec ParameterSpec::flag(const QString &key, const char *label, const char *help, bool defaultValue)
{
    ParameterSpec s = make(key, Kind::Flag, label, help);
    s.defaultValue = defaultValue ? QStringLiteral("true") : QStringLiteral("false");
    return s;
}

ParameterSpec ParameterSpec::choice(const QString &key, const char *label, const char *help, const QStringList &choices,
                                    const QString &defaultValue)
{
    ParameterSpec s = make(key, Kind::Choice, label, help);
    s.choices = choices;
    s.defaultValue = defaultValue;
    return s;
}

ParameterSpec ParameterSpec::choiceList(const QString &key, const char *label, const char *help,
                                        const QStringList &choices, const QStringList &defaultValue)
{
    ParameterSpec s = make(key, Kind::ChoiceList, label, help);
    s.choices = choices;
    s.defaultValue = defaultValue.join(QLatin1Char(','));
    return s;
}

ParameterSpec ParameterSpec::intList(const QString &key, const char *label, const char *help, qint64 min, qint64 max,
                                     const QList<int> &defaultValue, bool optional)
{
    ParameterSpec s = make(key, Kind::IntList, label, help);
    s.min = min;
    s.max = max;
    s.optional = optional;
    s.defaultValue = s.format(QVariant::fromValue(defaultValue));
    return s;
}

ParameterSpec ParameterSpec::text(const QString &key, const char *label, const char *help, const QString &allowed,
                                  std::function<bool(const QString &)> accepts, const QString &valueName, bool optional)
{
    ParameterSpec s = make(key, Kind::Text, label, help);
    s.allowed = allowed;
    s.accepts = std::move(accepts);
    s.valueName = valueName;
    s.optional = optional;
    return s;
}

QString ParameterSpec::label() const
{
    return labelText ? QCoreApplication::translate(Context, labelText) : key;
}

QString ParameterSpec::help() const
{
    return helpText ? QCoreApplication::translate(Context, helpText) : QString();
}

QString ParameterSpec::shownValueName() const
{
    if (!valueName.isEmpty())
        return valueName;
    switch (kind) {
    case Kind::Int:
    case Kind::UInt64:
    case Kind::Double:
        return QStringLiteral("N");
    case Kind::Flag:
        return QStringLiteral("true|false");
    case Kind::Choice:
        return choices.join(QLatin1Char('|'));
    case Kind::ChoiceList:
    case Kind::IntList:
        return QStringLiteral("LIST");
    case Kind::Text:
        return QStringLiteral("TEXT");
    }
    return {};
}

QString ParameterSpec::allowedText() const
{
    switch (kind) {
    case Kind::Int:
        return QStringLiteral("an integer from %1 to %2").arg(min).arg(max);
    case Kind::UInt64:
        return QStringLiteral("an integer from %1 to %2").arg(umin).arg(umax);
    case Kind::Double:
        return QStringLiteral("a number from %1 to %2").arg(dmin).arg(dmax);
    case Kind::Flag:
        return QStringLiteral("true or false");
    case Kind::Choice:
        return QStringLiteral("one of %1").arg(choices.join(QStringLiteral(", ")));
    case Kind::ChoiceList:
        return QStringLiteral("a comma-separated list of %1").arg(choices.join(QStringLiteral(", ")));
    case Kind::IntList:
        return QStringLiteral("a comma-separated list of integers from %1 to %2%3")
            .arg(min)
            .arg(max)
            .arg(optional ? QStringLiteral(", or nothing") : QString());
    case Kind::Text:
        return allowed + (optional ? QStringLiteral(", or nothing") : QString());
    }
    return {};
}

QStringList ParameterSpec::splitList(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QStringList parts;
    for (const QString &part : trimmed.split(QLatin1Char(',')))
        parts.append(part.trimmed()); // an empty part stays, and is refused
    return parts;
}

std::optional<bool> ParameterSpec::parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("on") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("off") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

std::optional<QString> ParameterSpec::check(const QString &value) const
{
    const QString text = value.trimmed();
    const auto reject = [&] { return QStringLiteral("must be %1 (got \"%2\")").arg(allowedText(), text); };
    bool ok = false;
    switch (kind) {
    case Kind::Int: {
        const qint64 v = text.toLongLong(&ok);
        if (!ok || v < min || v > max)
            return reject();
        break;
    }
    case Kind::UInt64: {
        const quint64 v = text.toULongLong(&ok);
        if (!ok || text.startsWith(QLatin1Char('-')) || v < umin || v > umax)
            return reject();
        break;
    }
    case Kind::Double: {
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < dmin || v > dmax)
            return reject();
        break;
    }
    case Kind::Flag:
        if (!parseFlag(text))
            return reject();
        break;
    case Kind::Choice:
        if (!choices.contains(text))
            return reject();
        break;
    case Kind::ChoiceList: {
        const QStringList parts = splitList(text);
        if (parts.isEmpty())
            return reject();
        QSet<QString> seen;
        for (const QString &part : parts) {
            if (!choices.contains(part) || seen.contains(part))
                return reject();
            seen.insert(part);
        }
        break;
    }
    case Kind::IntList: {
        const QStringList parts = splitList(text);
        if (parts.isEmpty() && !optional)
            return reject();
        QSet<qint64> seen;
        for (const QString &part : parts) {
            const qint64 v = part.toLongLong(&ok);
            if (!ok || v < min || v > max || seen.contains(v))
                return reject();
            seen.insert(v);
        }
        break;
    }
    case Kind::Text:
        if (text.isEmpty() ? !optional : (accepts && !accepts(text)))
            return reject();
        break;
    }
    return std::nullopt;
}

QVariant ParameterSpec::parse(const QString &value) const
{
    const QString text = value.trimmed();
    switch (kind) {
    case Kind::Int:
        return text.toLongLong();
    case Kind::UInt64:
        return text.toULongLong();
    case Kind::Double:
        return text.toDouble();
    case Kind::Flag:
        return parseFlag(text).value_or(false);
    case Kind::Choice:
        return text;
    case Kind::ChoiceList:
        return splitList(text);
    case Kind::IntList: {
        QList<int> values;
        for (const QString &part : splitList(text))
            values.append(part.toInt());
        return QVariant::fromValue(values);
    }
    case Kind::Text:
        return text;
    }
    return {};
}

QString ParameterSpec::format(const QVariant &value) const
{
    switch (kind) {
    case Kind::Int:
        return QString::number(value.toLongLong());
    case Kind::UInt64:
        return QString::number(value.toULongLong());
    case Kind::Double:
        return QString::number(value.toDouble());
    case Kind::Flag:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Choice:
        return value.toString();
    case Kind::ChoiceList:
        return value.toStringList().join(QLatin1Char(','));
    case Kind::IntList: {
        QStringList parts;
        for (int v : value.value<QList<int>>())
            parts.append(QString::number(v));
        return parts.join(QLatin1Char(','));
    }
    case Kind::Text:
        return value.toString();
    }
    return {};
}

} // namespace Lab::Core
