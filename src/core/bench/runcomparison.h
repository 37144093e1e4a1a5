// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmarkresult.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace Lab::Core {

// Two results of the same experiment side by side (`chart A.json B.json`, the History tab): per
// entry (strategy and worker count) both means and the ratio B / A with its uncertainty, propagated
// from both standard deviations as hyperfine does: σ(B/A) = B/A · sqrt((σA/A)² + (σB/B)²).
class RunComparison final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::RunComparison)

public:
    struct Row
    {
        QString strategy;
        int workers = 1;
        bool inA = false;
        bool inB = false;
        double meanA = 0;
        double stddevA = 0;
        double meanB = 0;
        double stddevB = 0;
        double ratio = 0; // meanB / meanA; 0 when either side is missing or zero
        double ratioStddev = 0;
    };

    // Entries in A's order, then those only in B.
    static QList<Row> rows(const BenchmarkResult &a, const BenchmarkResult &b);
    // "2026-12-07 10:31:05 · Intel(R) Xeon(R) · 2 logical cores": when and where a result was measured.
    static QString runLabel(const BenchmarkResult &result);
    // A plain-text table for the terminal: the two runs, then per entry "A mean ± σ", "B mean ± σ" and
    // "B/A ratio ± σ", with a line saying what a ratio above 1 means.
    static QString toText(const BenchmarkResult &a, const BenchmarkResult &b);
    // "12.34 ms ± 0.56 ms": four significant digits of the mean, the spread with the same decimals.
    static QString formatTime(double seconds, double stddev, const QLocale &locale = QLocale::c());
    // "1.02 ± 0.01", with more decimals for a ratio far below 1 ("0.0113 ± 0.0004").
    static QString formatRatio(double ratio, double stddev, const QLocale &locale = QLocale::c());
};

} // namespace Lab::Core
