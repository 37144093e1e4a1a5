// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/memorybandwidth.h"
#include "core/experiments/pointerchase.h"
#include "core/system/machineinfo.h"
#include "gui/charts/chartspec.h"

#include <QCoreApplication>

namespace Lab::Gui {

// The memory panel's two charts as ChartSpecs (ChartBuilder has no kind for them) and their
// plain-words readings, built from the measured points and the machine's caches.
class MemoryCharts final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Gui::MemoryCharts)

public:
    struct CacheLevel
    {
        int level = 0;
        QString name; // "L1d", "L2", "L3"
        qint64 bytes = 0;
    };
    // One entry per data/unified cache level (the largest instance), smallest first.
    static QList<CacheLevel> dataCacheLevels(const Core::MachineInfo &machine);

    // Latency: ns per access vs working set (KiB), both log scales, a marker at each cache size.
    // The x range covers [minBytes, maxBytes] from the start so the curve grows into a fixed frame.
    static ChartSpec latency(const QList<Core::LatencyPoint> &points, qint64 minBytes, qint64 maxBytes,
                             const Core::MachineInfo &machine);
    // Bandwidth: GB/s vs threads, with the "if it scaled" line from the 1-thread point.
    static ChartSpec bandwidth(const QList<Core::BandwidthPoint> &points, const QList<int> &threadCounts,
                               const Core::MachineInfo &machine);

    static QString explainLatency(const QList<Core::LatencyPoint> &points, const Core::MachineInfo &machine);
    static QString explainBandwidth(const QList<Core::BandwidthPoint> &points, const Core::MachineInfo &machine);

    // One line for the status: "latency 1.2–309 ns; bandwidth 15.1 GB/s with 2 threads; ...".
    static QString summary(const QList<Core::LatencyPoint> &latency, const QList<Core::BandwidthPoint> &bandwidth,
                           double falseSharingRatio);

private:
    static QString subtitle(const Core::MachineInfo &machine);
};

} // namespace Lab::Gui
