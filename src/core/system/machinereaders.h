// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineinfo.h"

#include <QCoreApplication>

namespace Lab::Core {

class MachineSource;

// The readers' messages are in MachineInfo's translation context; Q_DECLARE_TR_FUNCTIONS gives lupdate
// the same context as the run-time lookup.
struct MachineInfoTr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::MachineInfo)
};

// One reader per section of MachineInfo, called by MachineInfo::read in this order (a later one uses
// what an earlier one found: the NUMA and cache readers need the CPUs, the single assumed NUMA node
// needs the memory size). Each fills its fields and appends a note for what it could not read.
namespace MachineReaders {

// cpuModel, logicalCores, cpus (with package, die, core), physicalCores (cpureader.cpp).
void readCpus(const MachineSource &source, MachineInfo *info);
// coreTypes and each LogicalCpu::coreType on hybrid CPUs (cpureader.cpp).
void readCoreTypes(const MachineSource &source, MachineInfo *info);
// memoryBytes, numaNodes, numaFromKernel, each LogicalCpu::node (memoryreader.cpp).
void readMemory(const MachineSource &source, MachineInfo *info);
// caches (cachereader.cpp).
void readCaches(const MachineSource &source, MachineInfo *info);
// os and kernel (osreader.cpp).
void readOperatingSystem(const MachineSource &source, MachineInfo *info);

} // namespace MachineReaders
} // namespace Lab::Core
