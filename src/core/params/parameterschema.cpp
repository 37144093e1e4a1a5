// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterschema.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Lab::Core {

const ParameterSpec *ParameterSchema::find(QStringView key) const
{
    for (const ParameterSpec &spec : m_specs) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QStringList ParameterSchema::keys() const
{
    QStringList keys;
    for (const ParameterSpec &spec : m_specs)
        keys.append(spec.key);
    return keys;
}

ParameterValues ParameterSchema::defaults() const
{
    ParameterValues values;
    for (const ParameterSpec &spec : m_specs) {
        if (!spec.defaultValue.isEmpty() || spec.optional)
            values.set(spec.key, spec.parse(spec.defaultValue), false);
    }
    return values;
}

QString ParameterSchema::synopsis() const
{
    QStringList parts;
    for (const ParameterSpec &spec : m_specs) {
        // A choice lists its values (the default first); the others show their default.
        QString shown = spec.defaultValue.isEmpty() ? spec.shownValueName() : spec.defaultValue;
        if (spec.kind == ParameterSpec::Kind::Choice) {
            QStringList values = spec.choices;
            values.removeAll(spec.defaultValue);
            shown = (spec.defaultValue.isEmpty() ? values : QStringList{spec.defaultValue} + values).join(u'|');
        }
        parts.append(QStringLiteral("[--%1 %2]").arg(spec.key, shown));
    }
    return parts.join(QLatin1Char(' '));
}

void ParameterSchema::addOptions(QCommandLineParser &parser) const
{
    for (const ParameterSpec &spec : m_specs) {
        QString help = spec.help();
        help += QStringLiteral(" Must be %1").arg(spec.allowedText());
        if (!spec.defaultValue.isEmpty())
            help += QStringLiteral("; default %1").arg(spec.defaultValue);
        help += QLatin1Char('.');
        parser.addOption(QCommandLineOption(spec.key, help.trimmed(), spec.shownValueName()));
    }
}

bool ParameterSchema::read(const QCommandLineParser &parser, ParameterValues *values, QString *error) const
{
    *values = defaults();
    for (const ParameterSpec &spec : m_specs) {
        if (!parser.isSet(spec.key))
            continue;
        const QString text = parser.value(spec.key);
        if (const auto problem = spec.check(text)) {
            *error = QStringLiteral("--%1: %2").arg(spec.key, *problem);
            return false;
        }
        values->set(spec.key, spec.parse(text), true);
    }
    return true;
}

bool ParameterSchema::set(ParameterValues *values, const QString &key, const QString &text, QString *error) const
{
    const ParameterSpec *spec = find(key);
    if (!spec) {
        *error = QStringLiteral("%1: unknown setting (known: %2)").arg(key, keys().join(QStringLiteral(", ")));
        return false;
    }
    if (const auto problem = spec->check(text)) {
        *error = QStringLiteral("%1: %2").arg(key, *problem);
        return false;
    }
    values->set(key, spec->parse(text), true);
    return true;
}

QJsonObject ParameterSchema::toJson(const ParameterValues &values) const
{
    QJsonObject json;
    for (const ParameterSpec &spec : m_specs) {
        if (!values.contains(spec.key))
            continue;
        const QVariant value = values.value(spec.key);
        switch (spec.kind) {
        case ParameterSpec::Kind::Int:
            json.insert(spec.key, value.toLongLong());
            break;
        case ParameterSpec::Kind::UInt64:
            // JSON numbers are doubles: beyond 2^53 a string keeps every digit.
            if (value.toULongLong() > (1ULL << 53))
                json.insert(spec.key, QString::number(value.toULongLong()));
            else
                json.insert(spec.key, double(value.toULongLong()));
            break;
        case ParameterSpec::Kind::Double:
            json.insert(spec.key, value.toDouble());
            break;
        case ParameterSpec::Kind::Flag:
            json.insert(spec.key, value.toBool());
            break;
        case ParameterSpec::Kind::Choice:
        case ParameterSpec::Kind::Text:
            json.insert(spec.key, value.toString());
            break;
        case ParameterSpec::Kind::ChoiceList:
            json.insert(spec.key, QJsonArray::fromStringList(value.toStringList()));
            break;
        case ParameterSpec::Kind::IntList: {
            QJsonArray array;
            for (int v : value.value<QList<int>>())
                array.append(v);
            json.insert(spec.key, array);
            break;
        }
        }
    }
    return json;
}

} // namespace Lab::Core
