// SPDX-License-Identifier: GPL-3.0-or-later
#include "philosopherscommand.h"

#include "core/cli/benchmarkcommand.h"
#include "diningphilosophers.h"
#include "philosophersrunner.h"

#include <QJsonArray>
#include <QTextStream>

namespace Lab::Core {

namespace {

// What the summary table leaves out, one line per remedy: the meals, a deadlock and its cycle, a
// livelock, the potential deadlocks (lock-order cycles).
QString remedyLines(const BenchmarkResult &result)
{
    QString text;
    for (const StrategyStats &stats : result.results) {
        QStringList meals;
        for (const QJsonValue &count : stats.extra.value(QStringLiteral("meals")).toArray())
            meals.append(QString::number(count.toInt()));
        text += QStringLiteral("%1: meals %2").arg(stats.strategy, meals.join(QLatin1Char(' ')));
        const QJsonObject deadlock = stats.extra.value(QStringLiteral("deadlock")).toObject();
        if (deadlock.value(QStringLiteral("detected")).toBool()) {
            QStringList arrows;
            for (const QJsonValue &edge : deadlock.value(QStringLiteral("cycle")).toArray()) {
                arrows.append(QStringLiteral("%1 waits on %2 held by %3")
                                  .arg(edge[QStringLiteral("thread")].toString(),
                                       edge[QStringLiteral("waits_on")].toString(),
                                       edge[QStringLiteral("held_by")].toString()));
            }
            text += QStringLiteral("; deadlock after %1 ms (ended by the lab): %2")
                        .arg(deadlock.value(QStringLiteral("after_ms")).toDouble(), 0, 'f', 1)
                        .arg(arrows.join(QStringLiteral(", ")));
        }
        if (stats.extra.value(QStringLiteral("livelock")).toBool())
            text += QStringLiteral("; livelock (everyone busy, no meal)");
        const qsizetype potential = stats.extra.value(QStringLiteral("lock_order_cycles")).toArray().size();
        if (potential > 0)
            text += QStringLiteral("; lock-order cycles (potential deadlocks): %1").arg(potential);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString philosophersSynopsis()
{
    return QStringLiteral("run philosophers ") + DiningPhilosophers::schema().synopsis() + QLatin1Char(' ') +
           BenchmarkCommand::reportSynopsis();
}

int runPhilosophersCommand(const QStringList &arguments)
{
    return BenchmarkCommand::runSchemaCommand(
        QStringLiteral("run philosophers"), DiningPhilosophers::schema(), arguments, &setUpPhilosophersBenchmark,
        [](const BenchmarkResult &result) { QTextStream(stdout) << remedyLines(result); });
}

} // namespace Lab::Core
