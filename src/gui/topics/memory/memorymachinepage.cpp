// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorymachinepage.h"

#include "gui/panels/relativefonts.h"
#include "memorycharts.h"
#include "topologywidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Lab::Gui {

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

MemoryMachinePage::MemoryMachinePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_umaLabel = wrappedLabel(this, QStringLiteral("umaLabel"));
    layout->addWidget(m_umaLabel);
    auto *pictures = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_topologyTitle = wrappedLabel(this, QStringLiteral("topologyTitle"));
    m_topology = new TopologyWidget(this);
    m_topology->setObjectName(QStringLiteral("topologyView"));
    left->addWidget(m_topologyTitle);
    left->addWidget(m_topology, 1);
    auto *right = new QVBoxLayout;
    m_modelTitle = wrappedLabel(this, QStringLiteral("modelTitle"));
    m_modelTitle->setStyleSheet(QStringLiteral("color: #D55E00;"));
    m_model = new TopologyWidget(this);
    m_model->setObjectName(QStringLiteral("numaModelView"));
    m_model->setMachine(TopologyWidget::twoNodeModel(), /*isModel=*/true);
    right->addWidget(m_modelTitle);
    right->addWidget(m_model, 1);
    pictures->addLayout(left, 2);
    pictures->addLayout(right, 3);
    layout->addLayout(pictures, 1);
    m_cacheText = wrappedLabel(this, QStringLiteral("cacheText"));
    layout->addWidget(m_cacheText);
    applyFonts();
    retranslate();
}

MemoryMachinePage::~MemoryMachinePage() = default;

void MemoryMachinePage::applyFonts()
{
    m_umaLabel->setFont(relativeFont(font(), 1.5, true));
    m_topologyTitle->setFont(relativeFont(font(), 1.1, true));
    m_modelTitle->setFont(relativeFont(font(), 1.1, true));
}

void MemoryMachinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void MemoryMachinePage::setMachine(const Core::MachineInfo &machine)
{
    m_machine = machine;
    m_hasMachine = true;
    m_topology->setMachine(machine);
    retranslate();
}

void MemoryMachinePage::retranslate()
{
    m_modelTitle->setText(tr("For comparison, a MODEL (not this machine): a two-node NUMA machine"));
    if (!m_hasMachine) {
        m_umaLabel->setText(tr("Reading this machine's topology from /sys..."));
        m_topologyTitle->setText(tr("This machine"));
        m_cacheText->clear();
        return;
    }
    const int nodes = int(m_machine.numaNodes.size());
    const bool uma = nodes <= 1;
    if (uma)
        m_umaLabel->setText(tr("This machine is UMA: one memory node, so every core reaches all %1 of memory at the "
                               "same cost, over the same bus.")
                                .arg(Core::formatBytes(nodes == 1 && m_machine.numaNodes.constFirst().memoryBytes > 0
                                                           ? m_machine.numaNodes.constFirst().memoryBytes
                                                           : m_machine.memoryBytes)));
    else
        m_umaLabel->setText(tr("This machine is NUMA: %n nodes, each with its own memory. A core reaches its own "
                               "node's memory faster than another node's (through the interconnect).",
                               nullptr, nodes));
    m_topologyTitle->setText(tr("This machine, as the kernel reports it (/sys): %1").arg(m_machine.cpuModel));
    m_model->setVisible(uma);
    m_modelTitle->setVisible(uma);

    QStringList caches;
    for (const MemoryCharts::CacheLevel &level : MemoryCharts::dataCacheLevels(m_machine)) {
        int instances = 0;
        int sharing = 0;
        for (const Core::CacheInfo &cache : std::as_const(m_machine.caches)) {
            if (cache.level == level.level && cache.type != QLatin1String("Instruction")) {
                ++instances;
                sharing = std::max(sharing, int(cache.sharedCpus.size()));
            }
        }
        if (sharing <= 1)
            caches.append(tr("<b>%1</b> %2, one per CPU").arg(level.name, Core::formatBytes(level.bytes)));
        else if (instances == 1)
            caches.append(tr("<b>%1</b> %2, one shared by all %3 of its CPUs")
                              .arg(level.name, Core::formatBytes(level.bytes))
                              .arg(sharing));
        else
            caches.append(tr("<b>%1</b> %2 ×%n, each shared by %3 CPUs", nullptr, instances)
                              .arg(level.name, Core::formatBytes(level.bytes))
                              .arg(sharing));
    }
    QString text = tr("Caches: %1.").arg(caches.join(QStringLiteral(" · ")));
    if (!m_machine.numaFromKernel)
        text += QLatin1Char(' ') + tr("The kernel lists no NUMA nodes; one node covering every CPU is assumed.");
    text += QStringLiteral("<br>") +
            tr("<b>UMA</b>: one memory, the same cost from every core; simple, but the shared bus limits how many "
               "cores it can feed. <b>NUMA</b>: each node has its own memory; local access is faster than remote, so "
               "where the data lives matters.");
    m_cacheText->setText(text);
}

} // namespace Lab::Gui
