// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/panels/experimentpanel.h"

namespace Lab::Core {
class Benchmark;
struct BenchmarkResult;
} // namespace Lab::Core

namespace Lab::Gui {

class BenchmarkResultsWidget;
class LockDemoWidget;

// Topic 9.1 / 9.3, locks and the data race: threads add 1 to one shared counter without
// synchronization, with a mutex, with an atomic and with a recursive mutex, measured exactly as
// `run race` measures them (its controls come from Core::raceSchema()); and Lock vs RLock on the
// lab's instrumented primitives (LockDemoWidget).
class LocksPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocksPanel)
public:
    explicit LocksPanel(QWidget *parent = nullptr);
    ~LocksPanel() override;

    BenchmarkResultsWidget *results() const { return m_results; }
    LockDemoWidget *lockDemo() const { return m_demo; }

    // The lock demo's tiles at the cursor of a lock-demo recording (LockDemoWidget::showReplay).
    void showReplay(const ReplayFrame *frame) override;

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;

private:
    void onFinished(const Core::BenchmarkResult &result);

    Core::Benchmark *m_benchmark = nullptr;
    BenchmarkResultsWidget *m_results = nullptr;
    LockDemoWidget *m_demo = nullptr;
    bool m_replayShown = false;
};

// The plain-words reading of a race result: updates lost per mode, and what each protection cost
// against none. HTML, translated.
QString explainRace(const Core::BenchmarkResult &result);

} // namespace Lab::Gui
