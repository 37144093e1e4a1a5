// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspec.h"

namespace Lab::Gui {

QStringList ChartSpec::strategies() const
{
    QStringList names;
    auto add = [&names](const QString &strategy) {
        if (!strategy.isEmpty() && !names.contains(strategy))
            names.append(strategy);
    };
    for (const ChartBar &bar : bars)
        add(bar.strategy);
    for (const ChartSeries &s : series)
        add(s.strategy);
    for (const QString &group : timelineGroups)
        add(group);
    return names;
}

QStringList chartKindNames()
{
    return {QStringLiteral("runtime"), QStringLiteral("speedup"), QStringLiteral("sweep"), QStringLiteral("timeline")};
}

QString chartKindName(ChartKind kind)
{
    return chartKindNames().at(int(kind));
}

bool chartKindFromName(const QString &name, ChartKind *kind)
{
    const qsizetype index = chartKindNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return false;
    *kind = ChartKind(index);
    return true;
}

} // namespace Lab::Gui
