// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lab::Core {

// Summary statistics of repeated measurements (seconds), with outlier detection in hyperfine's
// spirit: a run is an outlier when its modified z-score |0.6745 (x - median) / MAD| exceeds 3.5
// (Iglewicz and Hoaglin). The median absolute deviation is robust: one busy moment on a shared
// machine does not hide itself by inflating the spread it is judged against.
struct Statistics
{
    int count = 0;
    double mean = 0;
    double stddev = 0; // sample standard deviation (n - 1); 0 for fewer than two samples
    double median = 0;
    double min = 0;
    double max = 0;
    QList<int> outliers;             // indices into the samples, ascending
    bool firstIsSlowOutlier = false; // the first run was an outlier on the slow side (cold caches?)

    static Statistics of(const QList<double> &samples);

    // Plain words for the report, e.g. "2 of 10 runs were statistical outliers; the machine may have
    // been busy." Empty when there were none.
    QString outlierNote() const;

    static constexpr double OutlierThreshold = 3.5;
};

// A ratio of two means with its uncertainty, propagated from both standard deviations to first
// order: sd(a/b) = (a/b) * sqrt((sd_a/a)^2 + (sd_b/b)^2) (as hyperfine does for "times faster").
struct Ratio
{
    double value = 0;
    double stddev = 0;
};

// The median of `samples` (the mean of the middle two for an even count); 0 for none.
double median(QList<double> samples);

// speedup = mean(baseline) / mean(x). Zero when either mean is not positive.
Ratio speedupOf(double baselineMean, double baselineStddev, double mean, double stddev);

} // namespace Lab::Core
