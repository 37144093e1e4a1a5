// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace Lab::Core {

// Amdahl's law fitted to measured speedups: S(n) = 1 / (s + (1 - s) / n), where s in [0, 1] is
// the serial fraction. The fit minimises the squared error in speedup (what the chart shows), not
// in 1/S, so large worker counts are not under-weighted. Points at n = 1 carry no information
// about s (every s gives S(1) = 1) and are ignored.
struct AmdahlFit
{
    double serialFraction = 0;
    double rmsError = 0; // root-mean-square speedup residual of the fitted points
    int points = 0;      // points with n > 1 and a positive speedup that took part
    bool valid = false;  // false with no usable point

    // x = workers (n), y = measured speedup.
    static AmdahlFit fit(const QList<QPointF> &workersAndSpeedup);
    static double speedup(double serialFraction, double workers);

    double predict(double workers) const { return speedup(serialFraction, workers); }
    // The fitted curve at every worker count from 1 to maxWorkers, to draw beside the ideal line.
    QList<QPointF> curve(int maxWorkers) const;
    // The speedup no number of workers can exceed: 1 / s (infinite when s = 0).
    double limit() const;
};

} // namespace Lab::Core
