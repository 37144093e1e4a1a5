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

// Topic 5: concurrency without parallelism. An I/O-bound job (timer waits) and a CPU-bound job, each
// with 1..N lab threads, every thread pinned to ONE CPU: the waits overlap, so the I/O job still
// speeds up while the CPU stays mostly idle; the CPU job cannot. Measured by Core::Benchmark
// (core/experiments/threadjobbenchmark.h); one result with the strategies "io-job" and "cpu-job".
class ConcurrencyPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcurrencyPanel)

public:
    static constexpr char IoStrategy[] = "io-job";
    static constexpr char CpuStrategy[] = "cpu-job";

    explicit ConcurrencyPanel(QWidget *parent = nullptr);
    ~ConcurrencyPanel() override;

    BenchmarkResultsWidget *results() const { return m_results; }
    Core::ThreadJobBenchmark *setup() const { return m_setup; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;

private:
    void onFinished(const Core::BenchmarkResult &result);
    void showResult(const Core::BenchmarkResult &result);
    void updateBanner();
    // The run's finding in one status line, e.g. "On one core, 8 threads: I/O-bound 6.7× faster ...".
    static QString headline(const Core::BenchmarkResult &result);

    Core::ThreadJobBenchmark *m_setup = nullptr;
    QLabel *m_banner = nullptr;
    BenchmarkResultsWidget *m_results = nullptr;
    QString m_pinCheck;
};

} // namespace Lab::Gui
