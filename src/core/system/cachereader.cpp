// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpulist.h"
#include "machinereaders.h"
#include "machinesource.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>
#include <unistd.h>

namespace Lab::Core::MachineReaders {

namespace {

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

struct SysfsCaches
{
    QList<CacheInfo> caches;
    bool any = false;        // some cpuN/cache/indexM folder exists
    bool incomplete = false; // some entry lacked its level, type, size or line size
};

// Every CPU lists the caches it uses; an instance shared by several CPUs is kept once.
SysfsCaches readSysfsCaches(const MachineSource &source, const QList<int> &cpuIds)
{
    SysfsCaches found;
    for (int id : cpuIds) {
        const QString cacheDir = QStringLiteral("sys/devices/system/cpu/cpu%1/cache").arg(id);
        for (int index : source.numberedEntries(cacheDir, QStringLiteral("index"))) {
            found.any = true;
            const QString dir = cacheDir + QStringLiteral("/index%1/").arg(index);
            CacheInfo cache;
            cache.type = source.line(dir + QStringLiteral("type"));
            if (!source.readInt(dir + QStringLiteral("level"), &cache.level) || cache.type.isEmpty()) {
                found.incomplete = true;
                continue;
            }
            cache.sizeBytes = parseSize(source.line(dir + QStringLiteral("size")));
            source.readInt(dir + QStringLiteral("coherency_line_size"), &cache.lineSizeBytes);
            const QString shared = source.line(dir + QStringLiteral("shared_cpu_list"));
            if (shared.isEmpty() || !parseCpuList(shared, &cache.sharedCpus) || cache.sharedCpus.isEmpty())
                cache.sharedCpus = {id};
            if (cache.sizeBytes == 0 || cache.lineSizeBytes == 0)
                found.incomplete = true;
            const bool known = std::any_of(found.caches.begin(), found.caches.end(), [&](const CacheInfo &c) {
                return c.level == cache.level && c.type == cache.type && c.sharedCpus == cache.sharedCpus;
            });
            if (!known)
                found.caches.append(cache);
        }
    }
    return found;
}

// Common in virtual machines and containers: /sys has no cache folders, but the C library reads the
// sizes from the CPU itself (CPUID). Which CPUs share a cache is then unknown; the usual arrangement
// is assumed (first and second level per CPU, the last level shared). This machine only: a fixture
// root cannot stand in for the processor.
QList<CacheInfo> cachesFromProcessor(const QList<int> &cpuIds)
{
    QList<CacheInfo> caches;
    const std::pair<int, long> fromCpu[] = {
        {1, sysconf(_SC_LEVEL1_DCACHE_SIZE)}, {2, sysconf(_SC_LEVEL2_CACHE_SIZE)}, {3, sysconf(_SC_LEVEL3_CACHE_SIZE)}};
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
            caches.append(cache);
            continue;
        }
        for (int id : cpuIds) {
            cache.sharedCpus = {id};
            caches.append(cache);
        }
    }
    return caches;
}

} // namespace

void readCaches(const MachineSource &source, MachineInfo *info)
{
    QList<int> cpuIds;
    for (const LogicalCpu &cpu : std::as_const(info->cpus))
        cpuIds.append(cpu.id);

    SysfsCaches found = readSysfsCaches(source, cpuIds);
    std::sort(found.caches.begin(), found.caches.end(), [](const CacheInfo &a, const CacheInfo &b) {
        return std::tuple(a.level, a.type, a.sharedCpus.value(0)) < std::tuple(b.level, b.type, b.sharedCpus.value(0));
    });
    info->caches = found.caches;
    if (!found.any && source.isLive()) {
        info->caches = cachesFromProcessor(cpuIds);
        if (!info->caches.isEmpty()) {
            info->notes.append(
                MachineInfoTr::tr("The kernel gives no cache information (common in virtual machines): the "
                                  "sizes come from the processor (CPUID, via the C library); which CPUs share "
                                  "a cache is assumed, not read."));
            return;
        }
    }
    if (!found.any)
        info->notes.append(MachineInfoTr::tr("The kernel gives no cache information (common in virtual machines)."));
    else if (found.incomplete)
        info->notes.append(
            MachineInfoTr::tr("Some cache entries in /sys are incomplete; unknown sizes are shown as 0."));
}

} // namespace Lab::Core::MachineReaders
