// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Lab::Core {

// One logical CPU (what the kernel calls cpuN) and where it sits in the machine.
struct LogicalCpu
{
    int id = 0;
    int package = 0; // physical_package_id (socket)
    int die = 0;
    int core = 0;     // core_id: unique within the package (and die)
    int node = 0;     // NUMA node
    QString coreType; // "performance" / "efficiency" on hybrid CPUs, else empty
};

// One cache instance: one physical cache and the CPUs that share it. Instances shared by several
// CPUs appear once (the kernel lists them under every CPU that uses them).
struct CacheInfo
{
    int level = 0;
    QString type;          // "Data", "Instruction" or "Unified", as the kernel names them
    qint64 sizeBytes = 0;  // 0 when the kernel does not say
    int lineSizeBytes = 0; // coherency_line_size; 0 when unknown
    QList<int> sharedCpus; // sorted CPU numbers

    friend bool operator==(const CacheInfo &, const CacheInfo &) = default;
};

// One NUMA node: its CPUs and its memory.
struct NumaNode
{
    int id = 0;
    QList<int> cpus;
    qint64 memoryBytes = 0;
};

// One kind of core on a hybrid CPU (Intel P-cores and E-cores).
struct CoreType
{
    QString name; // "performance" or "efficiency"
    QString pmu;  // the kernel's PMU name: "cpu_core" or "cpu_atom"
    QList<int> cpus;
};

// What the machine is and what the lab was built with: the `environment` block of every report,
// `concurrency-lab sysinfo`, and the data the memory-architecture panel draws.
struct MachineInfo
{
    QString cpuModel;
    int logicalCores = 0;
    int physicalCores = 0;
    QList<LogicalCpu> cpus;
    QList<CoreType> coreTypes;   // empty unless the CPU is hybrid
    QList<NumaNode> numaNodes;   // never empty once read: one node covering every CPU when the kernel has none
    bool numaFromKernel = false; // false: no /sys/devices/system/node, one node was assumed
    QList<CacheInfo> caches;     // every distinct instance, sorted by level, type, first CPU
    qint64 memoryBytes = 0;
    QString os;
    QString kernel;
    QString qtVersion;        // at run time (qVersion())
    QString qtCompileVersion; // the headers the lab was compiled against
    QString compiler;
    QString buildType;
    QString timestamp; // ISO 8601 UTC, when the information was read
    QStringList notes; // plain-words remarks about what could not be read or was assumed

    bool isHybrid() const { return !coreTypes.isEmpty(); }

    // Reads the machine from the /proc, /sys and /etc found under rootPath ("/" for this machine;
    // a fixture tree in tests). Never fails: what cannot be read is left empty/0 and noted.
    static MachineInfo read(const QString &rootPath = QStringLiteral("/"));

    // The DESIGN.md `environment` block (cpu_model, logical_cores, physical_cores, numa_nodes, os,
    // kernel, qt_version, compiler, build_type, timestamp) plus memory_bytes, caches, hybrid, numa,
    // qt_compile_version and notes.
    QJsonObject toEnvironmentJson() const;

    // The same for a person: one "Label: value" line per fact.
    QString toText() const;
};

// A size for people, by QLocale::formattedDataSize (IEC units): "32 KiB", "1.25 MiB", "15.57 GiB",
// "64 bytes"; whole amounts without decimals. Reports keep the raw byte counts (`*_bytes` keys).
QString formatBytes(qint64 bytes, const QLocale &locale = QLocale());

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::MachineInfo)
