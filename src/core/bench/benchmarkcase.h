// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Lab::Core {

// One thing a benchmark measures: a strategy at a worker count on a workload size.
struct BenchmarkCase
{
    QString strategy;
    int workers = 1;
    qint64 workloadSize = 0;
    QString label;          // shown in progress text; displayName() when empty
    bool reference = false; // a reference row (e.g. CPython), copied to StrategyStats::reference

    // "threads (2 workers)", "sequential"; the label when one is set.
    QString displayName() const;

    friend bool operator==(const BenchmarkCase &, const BenchmarkCase &) = default;
};

// Worker counts for a sweep from 1 to maxFactor x cores: every count while that is at most 16,
// else powers of two plus the core count and its multiple (a 64-core box does not need 128 cases).
QList<int> workerCountSweep(int cores, int maxFactor = 2);

// Workload sizes from smallest to largest in `steps` geometric steps, rounded to two significant
// digits (1000, 2200, 4600, 10000, ...); both ends included, no duplicates.
QList<qint64> workloadSizeSweep(qint64 smallest, qint64 largest, int steps);

// The cases of a sweep: for every size, the baseline strategy once (1 worker) and every other
// strategy at every worker count. Strategies keep the given order.
QList<BenchmarkCase> sweepCases(const QStringList &strategies, const QList<int> &workerCounts,
                                const QList<qint64> &workloadSizes,
                                const QString &baselineStrategy = QStringLiteral("sequential"));

} // namespace Lab::Core
