// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/charts/chartspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lab::Core {
class DownloadBenchmark;
struct BenchmarkResult;
} // namespace Lab::Core

namespace Lab::Gui {

// The downloads panel's reading of its numbers, kept apart from the widgets so it can be tested as text.
class DownloadsExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Gui::DownloadsExplanation)

public:
    // At most this many items per strategy go on the timeline (more bars than this cannot be read).
    static constexpr int MaxTimelineItems = 60;

    // One bar per item of each strategy's last run, in the result's strategy order: from the moment
    // the request left on a connection (or was handed to the manager, when it never left) to its end.
    static QList<TimelineItem> timelineItems(const Core::BenchmarkResult &result, const Core::DownloadBenchmark &setup);
    // Plain words, HTML: what one request costs here, each strategy's time in requests and why
    // (N x latency, overlapping waits, Qt 6.4's 6 connections per host), a bandwidth cap, failed items.
    static QString explain(const Core::BenchmarkResult &result, const Core::DownloadBenchmark &setup);
    // Seconds one request takes here: the median item of the sequential run (else of every run), 0 if
    // no item arrived.
    static double oneRequestSeconds(const Core::BenchmarkResult &result, const Core::DownloadBenchmark &setup);
};

} // namespace Lab::Gui
