// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace Lab::Core {

// Reads and validates a headless command's options. Every failure produces one line that names
// the option, the allowed values and what was given, e.g.
//   --count: must be an integer from 1 to 10000000 (got "0")
// Options that were not given keep the caller's default (out parameters are left untouched).
class OptionReader final
{
public:
    // `command` is used in messages ("run factorize"); `arguments` excludes the program and command words.
    OptionReader(QCommandLineParser &parser, QString command);

    // Parses the arguments; false on unknown options or stray positional arguments.
    bool parse(const QStringList &arguments, int maxPositional = 0);

    // Every parameter of `schema` (its defaults, overridden by the options given).
    bool read(const ParameterSchema &schema, ParameterValues *values);

    bool readInt(const QString &name, qint64 min, qint64 max, qint64 *out);
    bool readInt(const QString &name, int min, int max, int *out);
    bool readUInt64(const QString &name, quint64 min, quint64 max, quint64 *out);
    bool readDouble(const QString &name, double min, double max, double *out);
    bool readChoice(const QString &name, const QStringList &allowed, QString *out);
    // Comma-separated choices, e.g. --strategies sequential,threads; repeats are rejected.
    bool readChoiceList(const QString &name, const QStringList &allowed, QStringList *out);
    // Comma-separated integers, e.g. --workers 1,2,4; repeats are rejected.
    bool readIntList(const QString &name, int min, int max, QList<int> *out);

    const QString &error() const { return m_error; }
    // Prints "concurrency-lab <command>: <error>" on stderr and returns 2 (the bad-arguments exit code).
    int fail() const;
    int fail(const QString &message);

    // Any declared parameter (left as it is when the option is absent).
    bool readSpec(const ParameterSpec &spec, QVariant *out);

private:
    bool reject(const QString &name, const QString &problem);

    QCommandLineParser &m_parser;
    QString m_command;
    QString m_error;
};

// Writes one line to stderr as "concurrency-lab <command>: <message>" and returns 2.
int failUsage(const QString &command, const QString &message);

} // namespace Lab::Core
