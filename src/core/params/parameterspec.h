// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace Lab::Core {

// One parameter of an experiment, declared once: its key (the headless option `--key`, `--set key=`,
// a lecture script's key and the result JSON's `parameters` entry), its kind and allowed values, its
// default, and the texts a person reads (label in the panel, help in `--help` and the tool tip).
// Labels and help are QT_TRANSLATE_NOOP("Lab::Core::Parameters", ...) strings; label() and help()
// translate them.
//
// Every value is validated by check(), whoever takes it (the command line, a panel's control,
// `--set`, `--play`), so the allowed values and the wording of a refusal are the same everywhere:
//   must be an integer from 1 to 64 (got "0")
struct ParameterSpec
{
    enum class Kind
    {
        Int,        // min..max (qint64)
        UInt64,     // umin..umax
        Double,     // dmin..dmax, finite
        Flag,       // true/false, on/off, yes/no, 1/0
        Choice,     // one of choices
        ChoiceList, // a non-empty comma-separated subset of choices, no repeats
        IntList,    // comma-separated integers in min..max, no repeats (empty only when optional)
        Text        // free text that `accepts` checks (empty when optional), described by `allowed`
    };

    QString key;
    Kind kind = Kind::Int;
    const char *labelText = nullptr; // QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Threads")
    const char *helpText = nullptr;  // QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How many threads.")
    QString defaultValue;            // as the command line spells it; empty: none (computed by the caller)
    qint64 min = 0;
    qint64 max = 0;
    quint64 umin = 0;
    quint64 umax = 0;
    double dmin = 0;
    double dmax = 0;
    int decimals = 2;
    QStringList choices;
    QString unit;          // shown after the value in a panel ("ms")
    QString valueName;     // in --help and the synopsis ("N", "MS", "LIST"); derived from the kind when empty
    bool optional = false; // IntList: may be empty
    bool advanced = false; // a panel folds it behind "More settings"
    // Text: what is allowed, in the words of a refusal ("a hostfile or host:slots,..."), and the check.
    QString allowed;
    std::function<bool(const QString &)> accepts;

    // Builders, so a schema reads as a table.
    static ParameterSpec integer(const QString &key, const char *label, const char *help, qint64 min, qint64 max,
                                 qint64 defaultValue, const QString &unit = {});
    static ParameterSpec uint64(const QString &key, const char *label, const char *help, quint64 min, quint64 max,
                                quint64 defaultValue);
    static ParameterSpec number(const QString &key, const char *label, const char *help, double min, double max,
                                double defaultValue, int decimals = 2, const QString &unit = {});
    static ParameterSpec flag(const QString &key, const char *label, const char *help, bool defaultValue);
    static ParameterSpec choice(const QString &key, const char *label, const char *help, const QStringList &choices,
                                const QString &defaultValue);
    static ParameterSpec choiceList(const QString &key, const char *label, const char *help, const QStringList &choices,
                                    const QStringList &defaultValue);
    static ParameterSpec intList(const QString &key, const char *label, const char *help, qint64 min, qint64 max,
                                 const QList<int> &defaultValue, bool optional = false);
    static ParameterSpec text(const QString &key, const char *label, const char *help, const QString &allowed,
                              std::function<bool(const QString &)> accepts, const QString &valueName,
                              bool optional = true);
    ParameterSpec &folded()
    {
        advanced = true;
        return *this;
    }

    QString label() const;
    QString help() const;
    QString shownValueName() const;

    // "an integer from 1 to 64", "one of none, mutex", ...
    QString allowedText() const;
    // Empty when `text` is allowed; else "must be <allowed> (got "<text>")".
    std::optional<QString> check(const QString &text) const;
    // The typed value of an allowed text (qint64, quint64, double, bool, QString, QStringList,
    // QList<int>); call check() first.
    QVariant parse(const QString &text) const;
    // A typed value as the command line spells it.
    QString format(const QVariant &value) const;

    static QStringList splitList(const QString &text);
    static std::optional<bool> parseFlag(const QString &text);
};

} // namespace Lab::Core
