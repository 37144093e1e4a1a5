// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/panels/experimentpanel.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Lab::Core {
class ThreadJobBenchmark;
struct BenchmarkResult;
} // namespace Lab::Core

namespace Lab::Gui {

class BenchmarkResultsWidget;

// Topic 6: parallelism. A CPU-bound job with 1..N lab threads (N = 2 × cores by default), free vs
// pinned to one CPU, and (the "simulate a GIL" switch) free but behind one global mutex taken
// around each unit of work, as CPython's interpreter lock: the speedup climbs to the core count,
// stays at 1 on one core, and flattens with the GIL. Measured by Core::Benchmark
// (core/experiments/threadjobbenchmark.h).
class ParallelismPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParallelismPanel)

public:
    static constexpr char FreeStrategy[] = "threads";
    static constexpr char PinnedStrategy[] = "1-core";
    static constexpr char GilStrategy[] = "gil-lock";

    explicit ParallelismPanel(QWidget *parent = nullptr);
    ~ParallelismPanel() override;

    BenchmarkResultsWidget *results() const { return m_results; }
    Core::ThreadJobBenchmark *setup() const { return m_setup; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;

private:
    void onFinished(const Core::BenchmarkResult &result);
    void showResult(const Core::BenchmarkResult &result);
    // The run's finding in one status line: the best speedup of each line.
    static QString headline(const Core::BenchmarkResult &result);

    Core::ThreadJobBenchmark *m_setup = nullptr;
    QLabel *m_checks = nullptr;
    BenchmarkResultsWidget *m_results = nullptr;
    QStringList m_checkLines;
    int m_gilMaxInside = 0;
    int m_freeMaxInside = 0;
};

} // namespace Lab::Gui
