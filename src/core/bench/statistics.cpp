// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Lab::Core {

namespace {

double medianOfSorted(const QList<double> &sorted)
{
    const qsizetype n = sorted.size();
    if (n == 0)
        return 0;
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

} // namespace

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return medianOfSorted(samples);
}

Statistics Statistics::of(const QList<double> &samples)
{
    Statistics s;
    s.count = int(samples.size());
    if (samples.isEmpty())
        return s;
    QList<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    s.min = sorted.constFirst();
    s.max = sorted.constLast();
    s.median = medianOfSorted(sorted);
    s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size());
    if (samples.size() > 1) {
        double squares = 0;
        for (double x : samples)
            squares += (x - s.mean) * (x - s.mean);
        s.stddev = std::sqrt(squares / double(samples.size() - 1));
    }

    if (samples.size() < 3)
        return s; // two points cannot outvote each other
    QList<double> deviations;
    deviations.reserve(samples.size());
    for (double x : samples)
        deviations.append(std::abs(x - s.median));
    double meanDeviation = std::accumulate(deviations.begin(), deviations.end(), 0.0) / double(deviations.size());
    std::sort(deviations.begin(), deviations.end());
    const double mad = medianOfSorted(deviations);
    // More than half the runs identical makes the MAD 0; then the scaled mean absolute deviation
    // stands in (the usual fallback, 1.253314 * MeanAD ~ sigma for normal data).
    double scale = 0;
    if (mad > 0)
        scale = mad / 0.6745;
    else if (meanDeviation > 0)
        scale = 1.253314 * meanDeviation;
    if (scale <= 0)
        return s;
    for (int i = 0; i < samples.size(); ++i) {
        if (std::abs(samples.at(i) - s.median) / scale > OutlierThreshold)
            s.outliers.append(i);
    }
    s.firstIsSlowOutlier = !s.outliers.isEmpty() && s.outliers.constFirst() == 0 && samples.constFirst() > s.median;
    return s;
}

QString Statistics::outlierNote() const
{
    if (outliers.isEmpty())
        return {};
    QString note =
        QCoreApplication::translate("Lab::Core::Statistics",
                                    "%1 of %2 runs were statistical outliers; the machine may have been busy.")
            .arg(outliers.size())
            .arg(count);
    if (firstIsSlowOutlier) {
        note += QLatin1Char(' ') +
                QCoreApplication::translate("Lab::Core::Statistics",
                                            "The first run was much slower than the rest: caches were probably cold, "
                                            "so more warm-up runs would help.");
    }
    return note;
}

Ratio speedupOf(double baselineMean, double baselineStddev, double mean, double stddev)
{
    if (baselineMean <= 0 || mean <= 0)
        return {};
    Ratio ratio;
    ratio.value = baselineMean / mean;
    ratio.stddev = ratio.value * std::sqrt(std::pow(baselineStddev / baselineMean, 2) + std::pow(stddev / mean, 2));
    return ratio;
}

} // namespace Lab::Core
