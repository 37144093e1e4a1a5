// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runners/runresult.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Lab::Core {

// Statistics of one strategy at one worker count (and one workload size, in size sweeps) over the
// measured runs of a benchmark. Field names follow the result JSON contract in DESIGN.md.
struct StrategyStats
{
    QString strategy;
    int workers = 1;
    qint64 workloadSize = 0; // items in the workload; differs between entries only in size sweeps
    bool reference = false;  // a reference row (e.g. CPython) that is not one of the lab's strategies
    QList<double> runsSeconds;
    double meanSeconds = 0;
    double stddevSeconds = 0;
    double medianSeconds = 0;
    double minSeconds = 0;
    double maxSeconds = 0;
    double userSeconds = 0; // mean CPU time per run
    double sysSeconds = 0;
    double startupSeconds = 0; // mean worker start-up time, reported apart from the runs
    double speedup = 0;        // mean(sequential) / mean(this); 0 when there is no sequential baseline
    double speedupStddev = 0;  // propagated from both standard deviations
    QString checksum;
    qint64 itemsOk = 0;
    qint64 itemsFailed = 0;
    QList<ItemError> errors;
    QString note; // plain-words remarks: outliers, a warm-up that differed, a capped connection count
    // Experiment-specific fields of this entry (RunResult::entryValues, and "<key>_runs" arrays of
    // RunResult::perRunValues over the measured runs); written beside the standard fields.
    QJsonObject extra;
};

// A whole benchmark: what ran, where, with which parameters, and the statistics per strategy.
struct BenchmarkResult
{
    QString experiment;      // "factorize", "download", ...
    QJsonObject environment; // the machine block (see core/system)
    QJsonObject parameters;  // every option that shaped the workload
    QList<StrategyStats> results;
    bool cancelled = false;
    // False when each entry lasts a set time (a dinner of --seconds) or ends at an event (a deadlock):
    // the reports then rank no entry against another by time.
    bool timesCompared = true;
    QString failure; // non-empty when a run failed and ended the benchmark early: which case, which run, why
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::StrategyStats)
Q_DECLARE_METATYPE(Lab::Core::BenchmarkResult)
