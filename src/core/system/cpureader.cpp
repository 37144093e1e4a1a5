// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpulist.h"
#include "machinereaders.h"
#include "machinesource.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <set>
#include <tuple>

namespace Lab::Core::MachineReaders {

namespace {

using CpuInfoBlock = QHash<QString, QString>;

const QString CpuDir = QStringLiteral("sys/devices/system/cpu");

// /proc/cpuinfo as one key -> value map per processor block.
QList<CpuInfoBlock> parseCpuInfo(const QString &text)
{
    QList<CpuInfoBlock> blocks;
    CpuInfoBlock current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                blocks.append(current);
            current.clear();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        current.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    if (!current.isEmpty())
        blocks.append(current);
    return blocks;
}

// x86 says "model name"; ARM and others use other keys, or only the summary block.
QString cpuModel(const QList<CpuInfoBlock> &cpuInfo)
{
    static const char *const modelKeys[] = {"model name", "Model", "Hardware", "cpu model", "Processor", "uarch"};
    for (const char *key : modelKeys) {
        for (const auto &block : cpuInfo) {
            const QString value = block.value(QLatin1String(key));
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

// The online CPUs: sys/devices/system/cpu/online, else the cpuN folders, else /proc/cpuinfo, else
// (on this machine only) Qt's count.
QList<int> onlineCpus(const MachineSource &source, const QList<CpuInfoBlock> &cpuInfo, QStringList *notes)
{
    QList<int> ids;
    if (parseCpuList(source.line(CpuDir + QStringLiteral("/online")), &ids) && !ids.isEmpty())
        return ids;
    ids = source.numberedEntries(CpuDir, QStringLiteral("cpu"));
    if (!ids.isEmpty())
        return ids;
    for (const auto &block : cpuInfo) {
        bool ok = false;
        const int id = block.value(QStringLiteral("processor")).toInt(&ok);
        if (ok)
            ids.append(id);
    }
    if (ids.isEmpty() && source.isLive()) {
        for (int id = 0; id < QThread::idealThreadCount(); ++id)
            ids.append(id);
        notes->append(MachineInfoTr::tr("The CPUs are not listed in /sys or /proc/cpuinfo; the count comes from Qt."));
    }
    return ids;
}

// Package, die and core of every CPU from cpuN/topology; false when any CPU lacks them.
bool readSysfsTopology(const MachineSource &source, QList<LogicalCpu> *cpus)
{
    bool complete = !cpus->isEmpty();
    for (LogicalCpu &cpu : *cpus) {
        const QString topology = CpuDir + QStringLiteral("/cpu%1/topology/").arg(cpu.id);
        if (!source.readInt(topology + QStringLiteral("physical_package_id"), &cpu.package) ||
            !source.readInt(topology + QStringLiteral("core_id"), &cpu.core)) {
            complete = false;
        }
        source.readInt(topology + QStringLiteral("die_id"), &cpu.die);
    }
    return complete;
}

// The same from /proc/cpuinfo's "physical id" and "core id"; false when any CPU lacks them.
bool readCpuInfoTopology(const QList<CpuInfoBlock> &cpuInfo, QList<LogicalCpu> *cpus)
{
    bool complete = !cpus->isEmpty();
    for (LogicalCpu &cpu : *cpus) {
        const auto block = std::find_if(cpuInfo.begin(), cpuInfo.end(), [&](const CpuInfoBlock &b) {
            return b.value(QStringLiteral("processor")) == QString::number(cpu.id);
        });
        bool okPackage = false;
        bool okCore = false;
        if (block != cpuInfo.end()) {
            cpu.package = block->value(QStringLiteral("physical id")).toInt(&okPackage);
            cpu.core = block->value(QStringLiteral("core id")).toInt(&okCore);
        }
        if (!okPackage || !okCore) {
            complete = false;
            cpu.package = 0;
            cpu.core = cpu.id;
        }
        cpu.die = 0;
    }
    return complete;
}

} // namespace

void readCpus(const MachineSource &source, MachineInfo *info)
{
    const QList<CpuInfoBlock> cpuInfo = parseCpuInfo(source.text(QStringLiteral("proc/cpuinfo")));

    info->cpuModel = cpuModel(cpuInfo);
    if (info->cpuModel.isEmpty()) {
        info->cpuModel = MachineInfoTr::tr("unknown");
        info->notes.append(MachineInfoTr::tr("The CPU model is not given in /proc/cpuinfo."));
    }

    const QList<int> ids = onlineCpus(source, cpuInfo, &info->notes);
    info->logicalCores = int(ids.size());
    for (int id : ids) {
        LogicalCpu cpu;
        cpu.id = id;
        info->cpus.append(cpu);
    }

    // Physical cores: distinct (package, die, core) triples from sysfs topology, else /proc/cpuinfo,
    // else every logical CPU counts as a core.
    if (!readSysfsTopology(source, &info->cpus) && !readCpuInfoTopology(cpuInfo, &info->cpus) && !ids.isEmpty()) {
        for (LogicalCpu &cpu : info->cpus) {
            cpu.package = 0;
            cpu.core = cpu.id;
        }
        info->notes.append(
            MachineInfoTr::tr("The core topology is not available; every logical CPU is counted as a core."));
    }
    std::set<std::tuple<int, int, int>> cores;
    for (const LogicalCpu &cpu : std::as_const(info->cpus))
        cores.insert({cpu.package, cpu.die, cpu.core});
    info->physicalCores = int(cores.size());
}

void readCoreTypes(const MachineSource &source, MachineInfo *info)
{
    // Hybrid CPUs: the kernel registers one PMU per core type.
    static const struct
    {
        const char *pmu;
        const char *name;
    } coreTypePmus[] = {{"cpu_core", "performance"}, {"cpu_atom", "efficiency"}};
    for (const auto &pmu : coreTypePmus) {
        const QString text = source.line(QStringLiteral("sys/devices/%1/cpus").arg(QLatin1String(pmu.pmu)));
        QList<int> cpus;
        if (text.isEmpty() || !parseCpuList(text, &cpus) || cpus.isEmpty())
            continue;
        info->coreTypes.append({QLatin1String(pmu.name), QLatin1String(pmu.pmu), cpus});
        for (LogicalCpu &cpu : info->cpus) {
            if (cpus.contains(cpu.id))
                cpu.coreType = QLatin1String(pmu.name);
        }
    }
}

} // namespace Lab::Core::MachineReaders
