// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TODO: delete once factorizationpanel.{h,cpp} and downloadspanel.cpp say BenchmarkResultsWidget; they
// are being rewritten on another branch and were left alone by the rename (issue #14, part 5).
#include "benchmarkresultswidget.h"

namespace Lab::Gui {

// The old name. A class, not an alias: factorizationpanel.h forward-declares `class BenchmarkView;`,
// which `using BenchmarkView = BenchmarkResultsWidget;` would contradict. No Q_OBJECT: its meta-object
// is BenchmarkResultsWidget's, so find it with findChild<BenchmarkResultsWidget *>().
class BenchmarkView final : public BenchmarkResultsWidget
{
public:
    using BenchmarkResultsWidget::BenchmarkResultsWidget;
};

} // namespace Lab::Gui
