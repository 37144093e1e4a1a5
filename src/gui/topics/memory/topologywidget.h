// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/system/machineinfo.h"

#include <QWidget>

namespace Lab::Gui {

// A machine drawn the way the lesson draws it: one box per NUMA node with its CPUs on top, a row per
// cache level below them (each cache box spans the CPUs that share it), then the node's memory.
// Several nodes are joined by an interconnect. Shows either this machine (from MachineInfo, i.e.
// /sys) or a hand-made model, which is drawn with a dashed frame and the word MODEL across it.
class TopologyWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyWidget)

public:
    explicit TopologyWidget(QWidget *parent = nullptr);
    ~TopologyWidget() override;

    void setMachine(const Core::MachineInfo &machine, bool isModel = false);
    const Core::MachineInfo &machine() const { return m_machine; }
    bool isModel() const { return m_model; }
    bool hasMachine() const { return !m_machine.numaNodes.isEmpty(); }

    // What the last paint drew (tests check it against MachineInfo).
    int drawnNodes() const { return m_drawnNodes; }
    int drawnCaches() const { return m_drawnCaches; }

    // A typical two-socket server, 4 cores per node: the model shown beside a single-node machine.
    static Core::MachineInfo twoNodeModel();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Core::MachineInfo m_machine;
    bool m_model = false;
    int m_drawnNodes = 0;
    int m_drawnCaches = 0;
};

} // namespace Lab::Gui
