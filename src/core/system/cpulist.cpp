// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpulist.h"

#include <algorithm>

namespace Lab::Core {

namespace {
// Far above any real machine; guards against a corrupt "0-4294967295" allocating gigabytes.
constexpr int MaxCpu = 1 << 16;
} // namespace

bool parseCpuList(const QString &text, QList<int> *cpus)
{
    cpus->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    QList<int> result;
    for (const QString &part : trimmed.split(QLatin1Char(','))) {
        const QString range = part.trimmed();
        const qsizetype dash = range.indexOf(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        int first = 0;
        int last = 0;
        if (dash < 0) {
            first = range.toInt(&okFirst);
            last = first;
            okLast = okFirst;
        } else {
            first = range.left(dash).toInt(&okFirst);
            last = range.mid(dash + 1).toInt(&okLast);
        }
        if (!okFirst || !okLast || first < 0 || last < first || last > MaxCpu)
            return false;
        for (int cpu = first; cpu <= last; ++cpu)
            result.append(cpu);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    *cpus = result;
    return true;
}

QList<int> parseCpuList(const QString &text)
{
    QList<int> cpus;
    parseCpuList(text, &cpus);
    return cpus;
}

QString formatCpuList(QList<int> cpus)
{
    std::sort(cpus.begin(), cpus.end());
    cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
    QStringList parts;
    for (qsizetype i = 0; i < cpus.size();) {
        qsizetype j = i;
        while (j + 1 < cpus.size() && cpus.at(j + 1) == cpus.at(j) + 1)
            ++j;
        parts.append(j == i ? QString::number(cpus.at(i))
                            : QString::number(cpus.at(i)) + QLatin1Char('-') + QString::number(cpus.at(j)));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace Lab::Core
