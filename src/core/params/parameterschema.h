// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parameterspec.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

class QCommandLineParser;

namespace Lab::Core {

// The values of an experiment's parameters, typed as ParameterSpec::parse() makes them.
class ParameterValues
{
public:
    void set(const QString &key, const QVariant &value, bool given)
    {
        m_values.insert(key, value);
        if (given)
            m_given.insert(key);
    }
    // True when the value came from the user (an option, --set), not from the default.
    bool isGiven(const QString &key) const { return m_given.contains(key); }
    bool contains(const QString &key) const { return m_values.contains(key); }
    QVariant value(const QString &key) const { return m_values.value(key); }

    qint64 integer(const QString &key) const { return value(key).toLongLong(); }
    quint64 uint64(const QString &key) const { return value(key).toULongLong(); }
    double number(const QString &key) const { return value(key).toDouble(); }
    bool flag(const QString &key) const { return value(key).toBool(); }
    QString choice(const QString &key) const { return value(key).toString(); }
    QStringList choices(const QString &key) const { return value(key).toStringList(); }
    QList<int> intList(const QString &key) const { return value(key).value<QList<int>>(); }

private:
    QHash<QString, QVariant> m_values;
    QSet<QString> m_given;
};

// All parameters of one experiment, declared once in core; from it come the headless command's
// options, validation, --help lines and synopsis, the panel's controls (ParameterForm::addSchema),
// `--set` / `--play` validation and the result JSON's `parameters`. See docs/ARCHITECTURE.md.
class ParameterSchema
{
public:
    ParameterSchema() = default;
    explicit ParameterSchema(QList<ParameterSpec> specs)
        : m_specs(std::move(specs))
    {}

    const QList<ParameterSpec> &specs() const { return m_specs; }
    const ParameterSpec *find(QStringView key) const;
    QStringList keys() const;

    // Every parameter with a default, at its default.
    ParameterValues defaults() const;
    // "[--threads 4] [--sync none,mutex,atomic,rlock] ..." for the command list and --help.
    QString synopsis() const;
    // One option per parameter, its help ending with the allowed values and the default.
    void addOptions(QCommandLineParser &parser) const;
    // The defaults, overridden by every option `parser` saw. On a bad value: false, and *error is
    // "--key: must be <allowed> (got "<text>")".
    bool read(const QCommandLineParser &parser, ParameterValues *values, QString *error) const;
    // One `key=value` as --set and lecture scripts give it; *error: "key: must be ..." or
    // "key: unknown setting (known: a, b)".
    bool set(ParameterValues *values, const QString &key, const QString &text, QString *error) const;
    // The result JSON's "parameters": numbers as numbers, lists as arrays.
    QJsonObject toJson(const ParameterValues &values) const;

private:
    QList<ParameterSpec> m_specs;
};

} // namespace Lab::Core
