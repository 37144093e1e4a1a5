// SPDX-License-Identifier: GPL-3.0-or-later
// Results built in code for the chart tests (no JSON reader involved): a worker sweep, a size sweep.
#pragma once

#include "core/bench/benchmarkresult.h"

#include <QJsonObject>

namespace ChartFixtures {

inline Lab::Core::StrategyStats stats(const QString &strategy, int workers, double mean, double stddev,
                                      double speedup = 0, double speedupStddev = 0, qint64 size = 0)
{
    Lab::Core::StrategyStats s;
    s.strategy = strategy;
    s.workers = workers;
    s.meanSeconds = mean;
    s.stddevSeconds = stddev;
    s.speedup = speedup;
    s.speedupStddev = speedupStddev;
    s.workloadSize = size;
    s.runsSeconds = {mean - stddev, mean, mean + stddev};
    return s;
}

inline QJsonObject environment()
{
    return {{QStringLiteral("cpu_model"), QStringLiteral("Test CPU 9000")},
            {QStringLiteral("logical_cores"), 8},
            {QStringLiteral("physical_cores"), 4},
            {QStringLiteral("os"), QStringLiteral("TestOS 1")},
            {QStringLiteral("qt_version"), QStringLiteral("6.4.2")}};
}

inline Lab::Core::BenchmarkResult workerSweep()
{
    Lab::Core::BenchmarkResult result;
    result.experiment = QStringLiteral("factorize");
    result.environment = environment();
    result.parameters = {{QStringLiteral("count"), 10000}, {QStringLiteral("algorithm"), QStringLiteral("naive")}};
    result.results = {stats(QStringLiteral("sequential"), 1, 0.400, 0.010, 1),
                      stats(QStringLiteral("threads"), 2, 0.200, 0.004, 2.0, 0.06),
                      stats(QStringLiteral("threads"), 4, 0.110, 0.002, 3.6, 0.1),
                      stats(QStringLiteral("processes"), 4, 0.125, 0.020, 3.2, 0.5)};
    return result;
}

inline Lab::Core::BenchmarkResult sizeSweep()
{
    Lab::Core::BenchmarkResult result;
    result.experiment = QStringLiteral("factorize");
    result.environment = environment();
    // Sequential grows linearly; processes pay 10 ms of start-up, so they win only from 4,000 items.
    for (qint64 size : {1000, 2000, 8000, 16000}) {
        const double seq = size * 5e-6;
        result.results.append(stats(QStringLiteral("sequential"), 1, seq, 0, 1, 0, size));
        result.results.append(stats(QStringLiteral("processes"), 4, seq / 4 + 0.015, 0, 0, 0, size));
    }
    return result;
}

} // namespace ChartFixtures
