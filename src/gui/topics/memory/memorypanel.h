// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/memoryexperiment.h"
#include "core/system/machineinfo.h"
#include "gui/panels/experimentpanel.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

class ChartView;
class FalseSharingWidget;
class MemoryChartPage;
class MemoryMachinePage;

// Topic 7, memory architecture: this machine's real topology (from /sys) beside a drawn model of a
// two-node NUMA machine, and three experiments on Core::MemoryExperiment: the latency curve (pointer
// chasing, cache sizes marked), read bandwidth with 1..N threads, and false sharing. "experiment"
// picks one, or "all" runs the three in turn.
class MemoryPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryPanel)

public:
    explicit MemoryPanel(QWidget *parent = nullptr);
    ~MemoryPanel() override;

    // 0: full (latency to well past the last-level cache), 1: quick (a few seconds in all).
    void applyPreset(int preset) override;

    bool hasMachine() const { return m_machineRead; }
    const Core::MachineInfo &machine() const { return m_machine; }
    MemoryMachinePage *machinePage() const { return m_machinePage; }
    ChartView *latencyChart() const;
    ChartView *bandwidthChart() const;
    FalseSharingWidget *falseSharingWidget() const { return m_falseSharing; }
    const QList<Core::LatencyPoint> &latencyPoints() const { return m_latency; }
    const QList<Core::BandwidthPoint> &bandwidthPoints() const { return m_bandwidth; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void applyChartTheme();
    enum class Step
    {
        Latency,
        Bandwidth,
        FalseSharing
    };
    void onMachineRead(const Core::MachineInfo &machine);
    // Points belong to the current run, not to a cancelled one still stopping.
    bool acceptsPoints() const { return isRunning() && !m_startWhenIdle && !m_cancelled; }
    QString cancelledText() const;
    void startNextStep();
    void onStepFinished(bool cancelled);
    void expect(double ns);
    void advance();
    void updateProgress(const QString &what);
    void updateRowVisibility();
    void updateLatencyChart();
    void updateBandwidthChart();

    Core::MemoryExperiment *m_experiment = nullptr;
    Core::MachineInfo m_machine;
    bool m_machineRead = false;
    bool m_startWhenRead = false;
    bool m_startWhenIdle = false;
    int m_run = 0;
    bool m_cancelled = false;
    QList<Step> m_steps;
    Step m_current = Step::Latency;
    QList<double> m_weights; // estimated ns of each measurement still to come, in order
    double m_doneNs = 0;
    double m_totalNs = 0;
    QList<qint64> m_sizes;
    QList<int> m_threadCounts;
    QList<Core::LatencyPoint> m_latency;
    QList<Core::BandwidthPoint> m_bandwidth;

    MemoryMachinePage *m_machinePage = nullptr;
    MemoryChartPage *m_latencyPage = nullptr;
    MemoryChartPage *m_bandwidthPage = nullptr;
    FalseSharingWidget *m_falseSharing = nullptr;
};

} // namespace Lab::Gui
