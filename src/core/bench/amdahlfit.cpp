// SPDX-License-Identifier: GPL-3.0-or-later
#include "amdahlfit.h"

#include <cmath>
#include <limits>

namespace Lab::Core {

namespace {

double sumOfSquares(const QList<QPointF> &points, double s)
{
    double sum = 0;
    for (const QPointF &p : points) {
        const double r = p.y() - AmdahlFit::speedup(s, p.x());
        sum += r * r;
    }
    return sum;
}

} // namespace

double AmdahlFit::speedup(double serialFraction, double workers)
{
    if (workers <= 0)
        return 0;
    return 1.0 / (serialFraction + (1.0 - serialFraction) / workers);
}

AmdahlFit AmdahlFit::fit(const QList<QPointF> &workersAndSpeedup)
{
    QList<QPointF> points;
    for (const QPointF &p : workersAndSpeedup) {
        if (p.x() > 1 && p.y() > 0 && std::isfinite(p.x()) && std::isfinite(p.y()))
            points.append(p);
    }
    AmdahlFit result;
    result.points = int(points.size());
    if (points.isEmpty())
        return result;

    // One parameter on a closed interval: a grid finds the basin (the error need not be unimodal
    // for noisy data), golden-section search then refines it.
    constexpr int gridSteps = 200;
    int best = 0;
    double bestError = std::numeric_limits<double>::infinity();
    for (int i = 0; i <= gridSteps; ++i) {
        const double e = sumOfSquares(points, double(i) / gridSteps);
        if (e < bestError) {
            bestError = e;
            best = i;
        }
    }
    double lo = std::max(0.0, double(best - 1) / gridSteps);
    double hi = std::min(1.0, double(best + 1) / gridSteps);
    const double phi = (std::sqrt(5.0) - 1) / 2;
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double ea = sumOfSquares(points, a);
    double eb = sumOfSquares(points, b);
    for (int i = 0; i < 60; ++i) {
        if (ea < eb) {
            hi = b;
            b = a;
            eb = ea;
            a = hi - phi * (hi - lo);
            ea = sumOfSquares(points, a);
        } else {
            lo = a;
            a = b;
            ea = eb;
            b = lo + phi * (hi - lo);
            eb = sumOfSquares(points, b);
        }
    }
    double s = (lo + hi) / 2;
    // The interval's ends are candidates too (perfect scaling gives s = 0 exactly).
    for (double edge : {0.0, 1.0}) {
        if (sumOfSquares(points, edge) <= sumOfSquares(points, s))
            s = edge;
    }
    result.serialFraction = s;
    result.rmsError = std::sqrt(sumOfSquares(points, s) / double(points.size()));
    result.valid = true;
    return result;
}

QList<QPointF> AmdahlFit::curve(int maxWorkers) const
{
    QList<QPointF> points;
    for (int n = 1; n <= maxWorkers; ++n)
        points.append(QPointF(n, predict(n)));
    return points;
}

double AmdahlFit::limit() const
{
    return serialFraction > 0 ? 1.0 / serialFraction : std::numeric_limits<double>::infinity();
}

} // namespace Lab::Core
