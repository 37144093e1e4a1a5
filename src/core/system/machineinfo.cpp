// SPDX-License-Identifier: GPL-3.0-or-later
#include "machineinfo.h"

#include "cpulist.h"
#include "machinereaders.h"
#include "machinesource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QtGlobal>

#include <algorithm>

namespace Lab::Core {

namespace {

QString compilerName()
{
#if defined(__clang__)
    return QStringLiteral("Clang " __clang_version__).trimmed();
#elif defined(__GNUC__)
    return QStringLiteral("GCC " __VERSION__);
#else
    return QStringLiteral(__VERSION__);
#endif
}

// Cache instances of the same shape, for the report and the text: the same level, type, size and
// line size (hybrid CPUs have two shapes of L1 and L2).
struct CacheGroup
{
    int level = 0;
    QString type;
    qint64 sizeBytes = 0;
    int lineSizeBytes = 0;
    QList<QList<int>> instances;
};

QList<CacheGroup> groupCaches(const QList<CacheInfo> &caches)
{
    QList<CacheGroup> groups;
    for (const CacheInfo &cache : caches) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const CacheGroup &g) {
            return g.level == cache.level && g.type == cache.type && g.sizeBytes == cache.sizeBytes &&
                   g.lineSizeBytes == cache.lineSizeBytes;
        });
        if (it == groups.end()) {
            groups.append({cache.level, cache.type, cache.sizeBytes, cache.lineSizeBytes, {}});
            it = groups.end() - 1;
        }
        it->instances.append(cache.sharedCpus);
    }
    return groups;
}

QString cacheTypeText(const QString &type)
{
    if (type == QLatin1String("Data"))
        return MachineInfoTr::tr("data");
    if (type == QLatin1String("Instruction"))
        return MachineInfoTr::tr("instruction");
    if (type == QLatin1String("Unified"))
        return MachineInfoTr::tr("unified");
    return type;
}

} // namespace

QString formatBytes(qint64 bytes, const QLocale &locale)
{
    // Whole amounts without decimals ("32 KiB", "16 GiB": cache and memory sizes usually are),
    // others with two ("1.25 MiB"). The unit is the one formattedDataSize picks: the largest power
    // of 1024 not above the amount.
    const quint64 amount = bytes < 0 ? quint64(0) - quint64(bytes) : quint64(bytes);
    quint64 unit = 1;
    while (unit < (quint64(1) << 60) && amount >= unit * 1024)
        unit *= 1024;
    return locale.formattedDataSize(bytes, amount % unit == 0 ? 0 : 2);
}

MachineInfo MachineInfo::read(const QString &rootPath)
{
    MachineInfo info;
    const MachineSource source(rootPath);
    MachineReaders::readCpus(source, &info);
    MachineReaders::readCoreTypes(source, &info);
    MachineReaders::readMemory(source, &info);
    MachineReaders::readCaches(source, &info);
    MachineReaders::readOperatingSystem(source, &info);

    // The build.
    info.qtVersion = QString::fromLatin1(qVersion());
    info.qtCompileVersion = QStringLiteral(QT_VERSION_STR);
    info.compiler = compilerName();
    info.buildType = QStringLiteral(LAB_BUILD_TYPE);
    info.timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return info;
}

QJsonObject MachineInfo::toEnvironmentJson() const
{
    QJsonObject json{
        {QStringLiteral("cpu_model"), cpuModel},
        {QStringLiteral("logical_cores"), logicalCores},
        {QStringLiteral("physical_cores"), physicalCores},
        {QStringLiteral("numa_nodes"), int(numaNodes.size())},
        {QStringLiteral("os"), os},
        {QStringLiteral("kernel"), kernel},
        {QStringLiteral("qt_version"), qtVersion},
        {QStringLiteral("compiler"), compiler},
        {QStringLiteral("build_type"), buildType},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("memory_bytes"), memoryBytes},
        {QStringLiteral("qt_compile_version"), qtCompileVersion},
    };
    QJsonArray caches;
    for (const CacheGroup &group : groupCaches(this->caches)) {
        QJsonArray shared;
        for (const QList<int> &cpus : group.instances)
            shared.append(formatCpuList(cpus));
        caches.append(QJsonObject{
            {QStringLiteral("level"), group.level},
            {QStringLiteral("type"), group.type},
            {QStringLiteral("size_bytes"), group.sizeBytes},
            {QStringLiteral("line_size_bytes"), group.lineSizeBytes},
            {QStringLiteral("instances"), int(group.instances.size())},
            {QStringLiteral("shared_cpu_lists"), shared},
        });
    }
    json.insert(QStringLiteral("caches"), caches);
    QJsonArray hybrid;
    for (const CoreType &type : coreTypes) {
        hybrid.append(QJsonObject{{QStringLiteral("type"), type.name},
                                  {QStringLiteral("pmu"), type.pmu},
                                  {QStringLiteral("cpus"), formatCpuList(type.cpus)},
                                  {QStringLiteral("logical_cores"), int(type.cpus.size())}});
    }
    json.insert(QStringLiteral("hybrid"), hybrid);
    QJsonArray numa;
    for (const NumaNode &node : numaNodes) {
        numa.append(QJsonObject{{QStringLiteral("node"), node.id},
                                {QStringLiteral("cpus"), formatCpuList(node.cpus)},
                                {QStringLiteral("memory_bytes"), node.memoryBytes}});
    }
    json.insert(QStringLiteral("numa"), numa);
    json.insert(QStringLiteral("numa_from_kernel"), numaFromKernel);
    if (!notes.isEmpty())
        json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return json;
}

QString MachineInfo::toText() const
{
    QList<std::pair<QString, QString>> rows;
    rows.append({MachineInfoTr::tr("CPU model"), cpuModel});
    rows.append({MachineInfoTr::tr("Logical cores"), QString::number(logicalCores)});
    rows.append({MachineInfoTr::tr("Physical cores"), QString::number(physicalCores)});
    for (const CoreType &type : coreTypes) {
        const QString label = type.name == QLatin1String("performance") ? MachineInfoTr::tr("Performance cores")
                                                                        : MachineInfoTr::tr("Efficiency cores");
        rows.append(
            {label, MachineInfoTr::tr("%1 logical CPUs (%2)").arg(type.cpus.size()).arg(formatCpuList(type.cpus))});
    }
    rows.append({MachineInfoTr::tr("NUMA nodes"),
                 numaFromKernel ? QString::number(numaNodes.size())
                                : MachineInfoTr::tr("%1 (assumed: the kernel shows none)").arg(numaNodes.size())});
    for (const NumaNode &node : numaNodes) {
        rows.append({MachineInfoTr::tr("  node %1").arg(node.id),
                     MachineInfoTr::tr("CPUs %1, %2").arg(formatCpuList(node.cpus), formatBytes(node.memoryBytes))});
    }
    rows.append({MachineInfoTr::tr("Memory"), formatBytes(memoryBytes)});
    for (const CacheGroup &group : groupCaches(caches)) {
        QStringList sharing;
        for (const QList<int> &cpus : group.instances)
            sharing.append(formatCpuList(cpus));
        const bool private_ = std::all_of(group.instances.begin(), group.instances.end(),
                                          [](const QList<int> &cpus) { return cpus.size() == 1; });
        const QString where =
            private_ ? MachineInfoTr::tr("one per CPU")
            : group.instances.size() <= 4
                ? MachineInfoTr::tr("shared by CPUs %1").arg(sharing.join(QStringLiteral(" | ")))
                : MachineInfoTr::tr("each shared by %1 CPUs").arg(group.instances.constFirst().size());
        rows.append({MachineInfoTr::tr("L%1 %2 cache").arg(group.level).arg(cacheTypeText(group.type)),
                     MachineInfoTr::tr("%1 x %2, %3-byte lines, %4")
                         .arg(formatBytes(group.sizeBytes))
                         .arg(group.instances.size())
                         .arg(group.lineSizeBytes)
                         .arg(where)});
    }
    rows.append({MachineInfoTr::tr("OS"), os});
    rows.append({MachineInfoTr::tr("Kernel"), kernel});
    rows.append(
        {MachineInfoTr::tr("Qt"), qtVersion == qtCompileVersion
                                      ? qtVersion
                                      : MachineInfoTr::tr("%1 (built with %2)").arg(qtVersion, qtCompileVersion)});
    rows.append({MachineInfoTr::tr("Compiler"), compiler});
    rows.append({MachineInfoTr::tr("Build type"), buildType});
    rows.append({MachineInfoTr::tr("Timestamp"), timestamp});
    for (const QString &note : notes)
        rows.append({MachineInfoTr::tr("Note"), note});

    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size() + 1);
    QString text;
    for (const auto &row : std::as_const(rows))
        text += QString(row.first + QLatin1Char(':')).leftJustified(width + 1) + row.second + QLatin1Char('\n');
    return text;
}

} // namespace Lab::Core

namespace {
const int MachineInfoMetaType = qRegisterMetaType<Lab::Core::MachineInfo>();
} // namespace
