// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpulist.h"
#include "machinereaders.h"
#include "machinesource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lab::Core::MachineReaders {

namespace {

// "MemTotal:  16337396 kB" (also "Node 0 MemTotal: ..." in node meminfo files), in bytes.
qint64 memTotal(const QString &meminfo)
{
    static const QRegularExpression pattern(QStringLiteral("MemTotal:\\s*(\\d+)\\s*kB"));
    const QRegularExpressionMatch match = pattern.match(meminfo);
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : 0;
}

} // namespace

void readMemory(const MachineSource &source, MachineInfo *info)
{
    info->memoryBytes = memTotal(source.text(QStringLiteral("proc/meminfo")));
    if (info->memoryBytes == 0)
        info->notes.append(MachineInfoTr::tr("The memory size is not given in /proc/meminfo."));

    const QString nodeDir = QStringLiteral("sys/devices/system/node");
    for (int id : source.numberedEntries(nodeDir, QStringLiteral("node"))) {
        NumaNode node;
        node.id = id;
        node.cpus = parseCpuList(source.line(nodeDir + QStringLiteral("/node%1/cpulist").arg(id)));
        node.memoryBytes = memTotal(source.text(nodeDir + QStringLiteral("/node%1/meminfo").arg(id)));
        info->numaNodes.append(node);
    }
    info->numaFromKernel = !info->numaNodes.isEmpty();
    if (!info->numaFromKernel) {
        QList<int> cpus;
        for (const LogicalCpu &cpu : std::as_const(info->cpus))
            cpus.append(cpu.id);
        info->numaNodes.append({0, cpus, info->memoryBytes});
        info->notes.append(MachineInfoTr::tr("The kernel shows no NUMA nodes (/sys/devices/system/node is missing): "
                                             "the machine is treated as one node."));
    }
    for (LogicalCpu &cpu : info->cpus) {
        for (const NumaNode &node : std::as_const(info->numaNodes)) {
            if (node.cpus.contains(cpu.id))
                cpu.node = node.id;
        }
    }
}

} // namespace Lab::Core::MachineReaders
