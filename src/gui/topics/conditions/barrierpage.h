// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/barrierphases.h"
#include "gui/panels/scenariopage.h"

namespace Lab::Gui {

class PhaseGridWidget;

// 9.8: workers through phases at the barrier "phase end" (Core::BarrierPhases): the barrier's count
// and phase, and the grid of workers × phases that shows everyone waiting for the slowest, and the
// barrier breaking when a waiter's timeout passes.
class BarrierPage final : public ScenarioPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarrierPage)
public:
    explicit BarrierPage(QWidget *parent = nullptr);
    ~BarrierPage() override;

    QString scenario() const override { return QStringLiteral("barrier"); }
    const Core::ParameterSchema &schema() const override { return Core::BarrierPhases::schema(); }
    QString title() const override;
    bool start(const Core::ParameterValues &values) override;
    void cancel() override;
    void refresh() override;
    void retranslate() override;

    // A recording of the barrier's workers (worker-1, ... waiting on "phase end"): the grid at the
    // cursor, from each worker's recorded state ("phase 2: working", waiting "phase 2" at the barrier).
    bool showReplay(const ReplayFrame *frame) override;
    // The grid a frame gives; empty when the recording is not one of this page's runs.
    static QList<Core::BarrierPhases::Worker> replayWorkers(const ReplayFrame &frame);

    ValueTile *barrierTile() const { return m_barrier; }
    PhaseGridWidget *grid() const { return m_grid; }

private:
    void onFinished(const Core::BarrierPhases::Result &result);

    Core::BarrierPhases *m_experiment = nullptr;
    ValueTile *m_barrier = nullptr;
    ValueTile *m_phases = nullptr;
    ValueTile *m_waited = nullptr;
    PhaseGridWidget *m_grid = nullptr;
    bool m_replaying = false;
    QLabel *m_legend = nullptr;
};

} // namespace Lab::Gui
