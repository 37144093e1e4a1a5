// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Lab::Core {

// One item of a run that did not succeed: "item" names it the way a user would (a URL, "batch 3",
// "number 17"), "message" says what went wrong in plain words.
struct ItemError
{
    QString item;
    QString message;

    friend bool operator==(const ItemError &, const ItemError &) = default;
};

// The outcome of one run of one strategy: a value type that crosses threads by queued signals.
struct RunResult
{
    QString strategy;          // "sequential", "threads", "processes", "async", "pool", ...
    int workers = 1;           // threads or processes the strategy used
    double wallSeconds = 0;    // the measured work, start-up excluded
    double startupSeconds = 0; // time to start workers (processes), reported separately; 0 if none
    // CPU time the run used; negative when the runner could not measure it (the benchmark then
    // measures its own process around the run).
    double userSeconds = -1;
    double sysSeconds = -1;
    QString checksum; // identical across strategies when they computed the same thing
    qint64 itemsOk = 0;
    qint64 itemsFailed = 0;
    QList<ItemError> errors;
    bool cancelled = false;
    QString failure; // non-empty when the run as a whole failed (a worker crashed and could not be replaced, ...)
    // Experiment-specific numbers, written into the strategy's entry of the result JSON:
    // `entryValues` as they are (the same every run, e.g. "expected"), `perRunValues` as one array
    // per key named "<key>_runs" with one element per measured run (e.g. "lost_runs").
    QJsonObject entryValues;
    QJsonObject perRunValues;

    bool succeeded() const { return !cancelled && failure.isEmpty(); }
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::RunResult)
