// SPDX-License-Identifier: GPL-3.0-or-later
#include "machineinfo.h"

#include "cpulist.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <set>
#include <sys/utsname.h>
#include <tuple>
#include <unistd.h>

namespace Lab::Core {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::MachineInfo)
};

// Small files under /proc and /sys; a null string when the file is missing or unreadable.
QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // /proc files report size 0: read until EOF rather than trusting size().
    return QString::fromUtf8(file.readAll());
}

QString readLine(const QString &path)
{
    const QString text = readText(path);
    return text.isNull() ? QString() : text.trimmed();
}

bool readInt(const QString &path, int *value)
{
    bool ok = false;
    const int parsed = readLine(path).toInt(&ok);
    if (ok)
        *value = parsed;
    return ok;
}

// "32K", "1280K", "12M", "512" (bytes) as the kernel writes cache sizes.
qint64 parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*([KMG]?)i?B?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return 0;
    qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toUpper();
    if (unit == QLatin1String("K"))
        value *= 1024;
    else if (unit == QLatin1String("M"))
        value *= 1024 * 1024;
    else if (unit == QLatin1String("G"))
        value *= qint64(1024) * 1024 * 1024;
    return value;
}

// /proc/cpuinfo as one key -> value map per processor block.
QList<QHash<QString, QString>> parseCpuInfo(const QString &text)
{
    QList<QHash<QString, QString>> blocks;
    QHash<QString, QString> current;
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

// "MemTotal:  16337396 kB" (also "Node 0 MemTotal: ..." in node meminfo files), in bytes.
qint64 memTotal(const QString &meminfo)
{
    static const QRegularExpression pattern(QStringLiteral("MemTotal:\\s*(\\d+)\\s*kB"));
    const QRegularExpressionMatch match = pattern.match(meminfo);
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : 0;
}

// The numbered entries ("cpu12", "node1", "index3") of a folder, sorted by number.
QList<int> numberedEntries(const QString &folder, const QString &prefix)
{
    const QRegularExpression pattern(QLatin1Char('^') + prefix + QStringLiteral("(\\d+)$"));
    QList<int> numbers;
    const QStringList names = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            numbers.append(match.captured(1).toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QString osReleaseName(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString name;
    for (const QString &line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("PRETTY_NAME") && !value.isEmpty())
            return value;
        if (key == QLatin1String("NAME"))
            name = value;
    }
    return name;
}

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
        return Tr::tr("data");
    if (type == QLatin1String("Instruction"))
        return Tr::tr("instruction");
    if (type == QLatin1String("Unified"))
        return Tr::tr("unified");
    return type;
}

} // namespace

QString formatBytes(qint64 bytes)
{
    static const char *const units[] = {
        QT_TRANSLATE_NOOP("Lab::Core::MachineInfo", "%1 B"), QT_TRANSLATE_NOOP("Lab::Core::MachineInfo", "%1 KiB"),
        QT_TRANSLATE_NOOP("Lab::Core::MachineInfo", "%1 MiB"), QT_TRANSLATE_NOOP("Lab::Core::MachineInfo", "%1 GiB"),
        QT_TRANSLATE_NOOP("Lab::Core::MachineInfo", "%1 TiB")};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    QString number = QString::number(value, 'f', value < 10 ? 2 : 1);
    if (number.contains(QLatin1Char('.'))) {
        while (number.endsWith(QLatin1Char('0')))
            number.chop(1);
        if (number.endsWith(QLatin1Char('.')))
            number.chop(1);
    }
    return Tr::tr(units[unit]).arg(number);
}

MachineInfo MachineInfo::read(const QString &rootPath)
{
    MachineInfo info;
    const QDir root(rootPath);
    const bool isLiveSystem = QFileInfo(rootPath).canonicalFilePath() == QLatin1String("/");
    auto path = [&root](const QString &relative) { return root.filePath(relative); };
    const QString cpuDir = path(QStringLiteral("sys/devices/system/cpu"));

    const QList<QHash<QString, QString>> cpuInfo = parseCpuInfo(readText(path(QStringLiteral("proc/cpuinfo"))));

    // CPU model: x86 says "model name"; ARM and others use other keys, or only the summary block.
    static const char *const modelKeys[] = {"model name", "Model", "Hardware", "cpu model", "Processor", "uarch"};
    for (const char *key : modelKeys) {
        for (const auto &block : cpuInfo) {
            const QString value = block.value(QLatin1String(key));
            if (!value.isEmpty() && info.cpuModel.isEmpty())
                info.cpuModel = value;
        }
    }
    if (info.cpuModel.isEmpty()) {
        info.cpuModel = Tr::tr("unknown");
        info.notes.append(Tr::tr("The CPU model is not given in /proc/cpuinfo."));
    }

    // Logical CPUs: the online ones.
    QList<int> cpuIds;
    if (!parseCpuList(readLine(path(QStringLiteral("sys/devices/system/cpu/online"))), &cpuIds) || cpuIds.isEmpty())
        cpuIds = numberedEntries(cpuDir, QStringLiteral("cpu"));
    if (cpuIds.isEmpty()) {
        for (const auto &block : cpuInfo) {
            bool ok = false;
            const int id = block.value(QStringLiteral("processor")).toInt(&ok);
            if (ok)
                cpuIds.append(id);
        }
    }
    if (cpuIds.isEmpty() && isLiveSystem) {
        for (int id = 0; id < QThread::idealThreadCount(); ++id)
            cpuIds.append(id);
        info.notes.append(Tr::tr("The CPUs are not listed in /sys or /proc/cpuinfo; the count comes from Qt."));
    }
    info.logicalCores = int(cpuIds.size());

    // Physical cores: distinct (package, die, core) triples from sysfs topology, else /proc/cpuinfo.
    bool topologyComplete = !cpuIds.isEmpty();
    for (int id : cpuIds) {
        LogicalCpu cpu;
        cpu.id = id;
        const QString topology = cpuDir + QStringLiteral("/cpu%1/topology/").arg(id);
        if (!readInt(topology + QStringLiteral("physical_package_id"), &cpu.package) ||
            !readInt(topology + QStringLiteral("core_id"), &cpu.core)) {
            topologyComplete = false;
        }
        readInt(topology + QStringLiteral("die_id"), &cpu.die);
        info.cpus.append(cpu);
    }
    if (!topologyComplete) {
        bool cpuInfoComplete = !cpuIds.isEmpty();
        for (LogicalCpu &cpu : info.cpus) {
            const auto block = std::find_if(cpuInfo.begin(), cpuInfo.end(), [&](const auto &b) {
                return b.value(QStringLiteral("processor")) == QString::number(cpu.id);
            });
            bool okPackage = false;
            bool okCore = false;
            if (block != cpuInfo.end()) {
                cpu.package = block->value(QStringLiteral("physical id")).toInt(&okPackage);
                cpu.core = block->value(QStringLiteral("core id")).toInt(&okCore);
            }
            if (!okPackage || !okCore) {
                cpuInfoComplete = false;
                cpu.package = 0;
                cpu.core = cpu.id;
            }
            cpu.die = 0;
        }
        if (!cpuInfoComplete && !cpuIds.isEmpty()) {
            for (LogicalCpu &cpu : info.cpus) {
                cpu.package = 0;
                cpu.core = cpu.id;
            }
            info.notes.append(Tr::tr("The core topology is not available; every logical CPU is counted as a core."));
        }
    }
    std::set<std::tuple<int, int, int>> cores;
    for (const LogicalCpu &cpu : std::as_const(info.cpus))
        cores.insert({cpu.package, cpu.die, cpu.core});
    info.physicalCores = int(cores.size());

    // Hybrid CPUs: the kernel registers one PMU per core type.
    static const struct
    {
        const char *pmu;
        const char *name;
    } coreTypePmus[] = {{"cpu_core", "performance"}, {"cpu_atom", "efficiency"}};
    for (const auto &pmu : coreTypePmus) {
        const QString text = readLine(path(QStringLiteral("sys/devices/%1/cpus").arg(QLatin1String(pmu.pmu))));
        QList<int> cpus;
        if (text.isEmpty() || !parseCpuList(text, &cpus) || cpus.isEmpty())
            continue;
        info.coreTypes.append({QLatin1String(pmu.name), QLatin1String(pmu.pmu), cpus});
        for (LogicalCpu &cpu : info.cpus) {
            if (cpus.contains(cpu.id))
                cpu.coreType = QLatin1String(pmu.name);
        }
    }

    // Memory.
    info.memoryBytes = memTotal(readText(path(QStringLiteral("proc/meminfo"))));
    if (info.memoryBytes == 0)
        info.notes.append(Tr::tr("The memory size is not given in /proc/meminfo."));

    // NUMA nodes.
    const QString nodeDir = path(QStringLiteral("sys/devices/system/node"));
    for (int id : numberedEntries(nodeDir, QStringLiteral("node"))) {
        NumaNode node;
        node.id = id;
        node.cpus = parseCpuList(readLine(nodeDir + QStringLiteral("/node%1/cpulist").arg(id)));
        node.memoryBytes = memTotal(readText(nodeDir + QStringLiteral("/node%1/meminfo").arg(id)));
        info.numaNodes.append(node);
    }
    info.numaFromKernel = !info.numaNodes.isEmpty();
    if (!info.numaFromKernel) {
        info.numaNodes.append({0, cpuIds, info.memoryBytes});
        info.notes.append(Tr::tr("The kernel shows no NUMA nodes (/sys/devices/system/node is missing): "
                                 "the machine is treated as one node."));
    }
    for (LogicalCpu &cpu : info.cpus) {
        for (const NumaNode &node : std::as_const(info.numaNodes)) {
            if (node.cpus.contains(cpu.id))
                cpu.node = node.id;
        }
    }

    // Caches: every CPU lists the caches it uses; an instance shared by several CPUs is kept once.
    bool cacheIncomplete = false;
    bool anyCache = false;
    for (int id : cpuIds) {
        const QString cacheDir = cpuDir + QStringLiteral("/cpu%1/cache").arg(id);
        for (int index : numberedEntries(cacheDir, QStringLiteral("index"))) {
            anyCache = true;
            const QString dir = cacheDir + QStringLiteral("/index%1/").arg(index);
            CacheInfo cache;
            cache.type = readLine(dir + QStringLiteral("type"));
            if (!readInt(dir + QStringLiteral("level"), &cache.level) || cache.type.isEmpty()) {
                cacheIncomplete = true;
                continue;
            }
            cache.sizeBytes = parseSize(readLine(dir + QStringLiteral("size")));
            readInt(dir + QStringLiteral("coherency_line_size"), &cache.lineSizeBytes);
            const QString shared = readLine(dir + QStringLiteral("shared_cpu_list"));
            if (shared.isEmpty() || !parseCpuList(shared, &cache.sharedCpus) || cache.sharedCpus.isEmpty())
                cache.sharedCpus = {id};
            if (cache.sizeBytes == 0 || cache.lineSizeBytes == 0)
                cacheIncomplete = true;
            const bool known = std::any_of(info.caches.begin(), info.caches.end(), [&](const CacheInfo &c) {
                return c.level == cache.level && c.type == cache.type && c.sharedCpus == cache.sharedCpus;
            });
            if (!known)
                info.caches.append(cache);
        }
    }
    std::sort(info.caches.begin(), info.caches.end(), [](const CacheInfo &a, const CacheInfo &b) {
        return std::tuple(a.level, a.type, a.sharedCpus.value(0)) < std::tuple(b.level, b.type, b.sharedCpus.value(0));
    });
    if (!anyCache && rootPath == QLatin1String("/")) {
        // Common in virtual machines and containers: /sys has no cache folders, but the C library
        // reads the sizes from the CPU itself (CPUID). Which CPUs share a cache is then unknown; the
        // usual arrangement is assumed (first and second level per CPU, the last level shared).
        const std::pair<int, long> fromCpu[] = {{1, sysconf(_SC_LEVEL1_DCACHE_SIZE)},
                                                {2, sysconf(_SC_LEVEL2_CACHE_SIZE)},
                                                {3, sysconf(_SC_LEVEL3_CACHE_SIZE)}};
        const long line = sysconf(_SC_LEVEL1_DCACHE_LINESIZE);
        for (const auto &[level, size] : fromCpu) {
            if (size <= 0)
                continue;
            CacheInfo cache;
            cache.level = level;
            cache.type = level == 1 ? QStringLiteral("Data") : QStringLiteral("Unified");
            cache.sizeBytes = size;
            cache.lineSizeBytes = line > 0 ? int(line) : 0;
            if (level == 3) {
                cache.sharedCpus = cpuIds;
                info.caches.append(cache);
                continue;
            }
            for (int id : cpuIds) {
                cache.sharedCpus = {id};
                info.caches.append(cache);
            }
        }
        anyCache = !info.caches.isEmpty();
        if (anyCache)
            info.notes.append(Tr::tr("The kernel gives no cache information (common in virtual machines): the "
                                     "sizes come from the processor (CPUID, via the C library); which CPUs share "
                                     "a cache is assumed, not read."));
    }
    if (!anyCache)
        info.notes.append(Tr::tr("The kernel gives no cache information (common in virtual machines)."));
    else if (cacheIncomplete)
        info.notes.append(Tr::tr("Some cache entries in /sys are incomplete; unknown sizes are shown as 0."));

    // Operating system and kernel.
    QString os = osReleaseName(readText(path(QStringLiteral("etc/os-release"))));
    if (os.isEmpty())
        os = osReleaseName(readText(path(QStringLiteral("usr/lib/os-release"))));
    if (os.isEmpty()) {
        os = Tr::tr("unknown");
        info.notes.append(Tr::tr("The operating system is not named in /etc/os-release."));
    }
    info.os = os;
    const QString osType = readLine(path(QStringLiteral("proc/sys/kernel/ostype")));
    const QString osRelease = readLine(path(QStringLiteral("proc/sys/kernel/osrelease")));
    if (!osRelease.isEmpty()) {
        info.kernel = osType.isEmpty() ? osRelease : osType + QLatin1Char(' ') + osRelease;
    } else if (isLiveSystem) {
        utsname names{};
        if (uname(&names) == 0)
            info.kernel =
                QString::fromLocal8Bit(names.sysname) + QLatin1Char(' ') + QString::fromLocal8Bit(names.release);
    }
    if (info.kernel.isEmpty())
        info.kernel = Tr::tr("unknown");

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
    rows.append({Tr::tr("CPU model"), cpuModel});
    rows.append({Tr::tr("Logical cores"), QString::number(logicalCores)});
    rows.append({Tr::tr("Physical cores"), QString::number(physicalCores)});
    for (const CoreType &type : coreTypes) {
        const QString label =
            type.name == QLatin1String("performance") ? Tr::tr("Performance cores") : Tr::tr("Efficiency cores");
        rows.append({label, Tr::tr("%1 logical CPUs (%2)").arg(type.cpus.size()).arg(formatCpuList(type.cpus))});
    }
    rows.append({Tr::tr("NUMA nodes"), numaFromKernel
                                           ? QString::number(numaNodes.size())
                                           : Tr::tr("%1 (assumed: the kernel shows none)").arg(numaNodes.size())});
    for (const NumaNode &node : numaNodes) {
        rows.append({Tr::tr("  node %1").arg(node.id),
                     Tr::tr("CPUs %1, %2").arg(formatCpuList(node.cpus), formatBytes(node.memoryBytes))});
    }
    rows.append({Tr::tr("Memory"), formatBytes(memoryBytes)});
    for (const CacheGroup &group : groupCaches(caches)) {
        QStringList sharing;
        for (const QList<int> &cpus : group.instances)
            sharing.append(formatCpuList(cpus));
        const bool private_ = std::all_of(group.instances.begin(), group.instances.end(),
                                          [](const QList<int> &cpus) { return cpus.size() == 1; });
        const QString where = private_ ? Tr::tr("one per CPU")
                              : group.instances.size() <= 4
                                  ? Tr::tr("shared by CPUs %1").arg(sharing.join(QStringLiteral(" | ")))
                                  : Tr::tr("each shared by %1 CPUs").arg(group.instances.constFirst().size());
        rows.append({Tr::tr("L%1 %2 cache").arg(group.level).arg(cacheTypeText(group.type)),
                     Tr::tr("%1 x %2, %3-byte lines, %4")
                         .arg(formatBytes(group.sizeBytes))
                         .arg(group.instances.size())
                         .arg(group.lineSizeBytes)
                         .arg(where)});
    }
    rows.append({Tr::tr("OS"), os});
    rows.append({Tr::tr("Kernel"), kernel});
    rows.append({Tr::tr("Qt"), qtVersion == qtCompileVersion
                                   ? qtVersion
                                   : Tr::tr("%1 (built with %2)").arg(qtVersion, qtCompileVersion)});
    rows.append({Tr::tr("Compiler"), compiler});
    rows.append({Tr::tr("Build type"), buildType});
    rows.append({Tr::tr("Timestamp"), timestamp});
    for (const QString &note : notes)
        rows.append({Tr::tr("Note"), note});

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
const int s_machineInfoType = qRegisterMetaType<Lab::Core::MachineInfo>();
} // namespace
