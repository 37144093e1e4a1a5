// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/system/machineinfo.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

class TopologyWidget;

// The memory panel's "This machine" tab: one plain sentence (UMA or NUMA), this machine's topology
// drawn from /sys, and on a single-node machine a drawn model of a two-node NUMA machine beside it.
class MemoryMachinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryMachinePage)

public:
    explicit MemoryMachinePage(QWidget *parent = nullptr);
    ~MemoryMachinePage() override;

    void setMachine(const Core::MachineInfo &machine);
    void retranslate();

    TopologyWidget *topologyView() const { return m_topology; }
    TopologyWidget *modelView() const { return m_model; }
    QLabel *umaLabel() const { return m_umaLabel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();

    Core::MachineInfo m_machine;
    bool m_hasMachine = false;
    TopologyWidget *m_topology = nullptr;
    TopologyWidget *m_model = nullptr;
    QLabel *m_topologyTitle = nullptr;
    QLabel *m_modelTitle = nullptr;
    QLabel *m_umaLabel = nullptr;
    QLabel *m_cacheText = nullptr;
};

} // namespace Lab::Gui
