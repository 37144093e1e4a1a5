// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkcase.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Lab::Core {

QString BenchmarkCase::displayName() const
{
    if (!label.isEmpty())
        return label;
    if (strategy == QLatin1String("sequential"))
        return strategy;
    // Spelled out rather than %n so the English text reads right without a translation loaded.
    if (workers == 1)
        return QCoreApplication::translate("Lab::Core::Benchmark", "%1 (1 worker)").arg(strategy);
    return QCoreApplication::translate("Lab::Core::Benchmark", "%1 (%2 workers)").arg(strategy).arg(workers);
}

QList<int> workerCountSweep(int cores, int maxFactor)
{
    cores = std::max(1, cores);
    const int top = std::max(1, cores * std::max(1, maxFactor));
    QList<int> counts;
    if (top <= 16) {
        for (int n = 1; n <= top; ++n)
            counts.append(n);
        return counts;
    }
    for (int n = 1; n <= top; n *= 2)
        counts.append(n);
    counts.append(cores);
    counts.append(top);
    std::sort(counts.begin(), counts.end());
    counts.erase(std::unique(counts.begin(), counts.end()), counts.end());
    return counts;
}

QList<qint64> workloadSizeSweep(qint64 smallest, qint64 largest, int steps)
{
    smallest = std::max<qint64>(1, smallest);
    largest = std::max(smallest, largest);
    steps = std::max(1, steps);
    QList<qint64> sizes{smallest};
    const double ratio = steps > 1 ? std::pow(double(largest) / double(smallest), 1.0 / (steps - 1)) : 1.0;
    for (int i = 1; i < steps - 1; ++i) {
        const double value = double(smallest) * std::pow(ratio, i);
        const double magnitude = std::pow(10.0, std::floor(std::log10(value)) - 1);
        sizes.append(qint64(std::llround(value / magnitude) * magnitude));
    }
    sizes.append(largest);
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    return sizes;
}

QList<BenchmarkCase> sweepCases(const QStringList &strategies, const QList<int> &workerCounts,
                                const QList<qint64> &workloadSizes, const QString &baselineStrategy)
{
    QList<BenchmarkCase> cases;
    for (qint64 size : workloadSizes) {
        for (const QString &strategy : strategies) {
            if (strategy == baselineStrategy) {
                cases.append({strategy, 1, size, {}, false});
                continue;
            }
            for (int workers : workerCounts)
                cases.append({strategy, workers, size, {}, false});
        }
    }
    return cases;
}

} // namespace Lab::Core
