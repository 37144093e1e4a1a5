// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/panels/experimentpanel.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Lab::Core {
class FactorBenchmark;
struct BenchmarkResult;
} // namespace Lab::Core

namespace Lab::Gui {

class BenchmarkResultsWidget;

// Topic 4: prime factors of random integers, sequential vs N lab threads vs N worker processes
// (and the CPython reference rows), measured by Core::Benchmark exactly as `run factorize` does:
// the same keys, ranges and defaults (core/runners/factorbenchmark.h).
class FactorizationPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactorizationPanel)

public:
    explicit FactorizationPanel(QWidget *parent = nullptr);
    ~FactorizationPanel() override;

    BenchmarkResultsWidget *results() const { return m_results; }
    // Presets: 0 the outline's workload, 1 big enough to see parallelism, 2 64-bit numbers.
    void applyPreset(int preset) override;

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;

private:
    void onFinished(const Core::BenchmarkResult &result);
    void log(const QString &line);

    Core::FactorBenchmark *m_setup = nullptr;
    BenchmarkResultsWidget *m_results = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

// The plain-words reading of a factorization result: what the speedups say against the core count,
// what the worker processes' start-up cost, why processes can lose on a short workload, what the
// Amdahl fit estimates. HTML, translated.
QString explainFactorization(const Core::BenchmarkResult &result);

} // namespace Lab::Gui
