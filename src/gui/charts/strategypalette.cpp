// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategypalette.h"

#include <QCoreApplication>
#include <QHash>

namespace Lab::Gui {

QList<QColor> okabeItoPalette()
{
    return {QColor(0x00, 0x00, 0x00), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
            QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7)};
}

QColor strategyColor(const QString &strategy)
{
    const QList<QColor> okabeIto = okabeItoPalette();
    const QString key = strategy.trimmed().toLower();
    // Sequential is the baseline: a neutral grey (not Okabe-Ito's black, which vanishes on the dark theme).
    if (key == QLatin1String("sequential"))
        return QColor(0x80, 0x80, 0x80);
    if (key == QLatin1String("threads") || key == QLatin1String("thread"))
        return okabeIto.at(5); // blue
    if (key == QLatin1String("processes") || key == QLatin1String("process"))
        return okabeIto.at(6); // vermillion
    if (key == QLatin1String("async") || key == QLatin1String("event-driven") || key == QLatin1String("event"))
        return okabeIto.at(3); // bluish green
    if (key == QLatin1String("async-uncapped"))
        return okabeIto.at(2); // sky blue: beside async's green
    if (key == QLatin1String("mpi"))
        return okabeIto.at(4); // yellow
    if (key == QLatin1String("pool") || key == QLatin1String("threadpool"))
        return okabeIto.at(7); // reddish purple
    if (key == QLatin1String("cpython") || key == QLatin1String("python"))
        return okabeIto.at(1); // orange
    // Anything else: a stable pick among the colours no built-in strategy uses.
    const QList<QColor> rest = {okabeIto.at(2), okabeIto.at(4), okabeIto.at(1)};
    return rest.at(int(qHash(key, 0) % size_t(rest.size())));
}

QString strategyDisplayName(const QString &strategy)
{
    const QString key = strategy.trimmed().toLower();
    if (key == QLatin1String("cpython") || key == QLatin1String("python"))
        return QCoreApplication::translate("Lab::Gui::Strategy", "CPython");
    return elidedLabel(strategy, MaxStrategyLabelChars);
}

QString elidedLabel(const QString &text, qsizetype maxChars)
{
    // A result file may come from anywhere: a label is cut, never allowed to push the plot away.
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1).trimmed() + QChar(0x2026);
}

} // namespace Lab::Gui
