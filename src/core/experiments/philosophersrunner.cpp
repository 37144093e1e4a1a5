// SPDX-License-Identifier: GPL-3.0-or-later
#include "philosophersrunner.h"

#include "core/bench/benchmark.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Lab::Core {

namespace {

template<typename T>
QJsonArray jsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(value);
    return array;
}

bool mustFeedEveryone(DiningPhilosophers::Remedy remedy)
{
    using Remedy = DiningPhilosophers::Remedy;
    return remedy != Remedy::None && remedy != Remedy::FixedBackoff;
}

} // namespace

PhilosophersRunner::PhilosophersRunner(const DiningPhilosophers::Config &config, QObject *parent)
    : Runner(parent)
    , m_config(config)
{
    connect(&m_table, &DiningPhilosophers::finished, this, &PhilosophersRunner::onFinished);
}

void PhilosophersRunner::start()
{
    markStarted();
    if (!m_table.start(m_config)) {
        RunResult result;
        result.strategy = strategy();
        result.workers = workers();
        result.failure = QStringLiteral("the previous run is still going");
        finish(result);
    }
}

void PhilosophersRunner::cancel()
{
    m_table.cancel();
}

QJsonObject PhilosophersRunner::deadlockJson(const DiningPhilosophers::Result &result)
{
    QJsonArray cycle;
    for (const WaitForEdge &edge : result.deadlock.cycle) {
        cycle.append(QJsonObject{{QStringLiteral("thread"), edge.thread},
                                 {QStringLiteral("waits_on"), edge.waitsOn},
                                 {QStringLiteral("held_by"), edge.heldBy}});
    }
    return {{QStringLiteral("detected"), result.deadlocked},
            {QStringLiteral("after_ms"), result.deadlocked ? result.deadlockAfterMs : 0.0},
            {QStringLiteral("cycle"), cycle}};
}

QJsonArray PhilosophersRunner::lockOrderJson(const QList<LockOrderCycle> &cycles)
{
    QJsonArray array;
    for (const LockOrderCycle &cycle : cycles) {
        QJsonArray paths;
        for (const LockOrderEdge &edge : cycle.edges) {
            paths.append(QJsonObject{{QStringLiteral("thread"), edge.thread},
                                     {QStringLiteral("order"), QJsonArray{edge.from, edge.to}}});
        }
        array.append(QJsonObject{{QStringLiteral("locks"), QJsonArray::fromStringList(cycle.locks())},
                                 {QStringLiteral("paths"), paths}});
    }
    return array;
}

void PhilosophersRunner::onFinished(const DiningPhilosophers::Result &result)
{
    RunResult run;
    run.strategy = strategy();
    run.workers = workers();
    run.cancelled = result.cancelled;
    run.wallSeconds = result.seconds; // how long the dinner lasted (see setTimesCompared below)
    for (int meals : result.meals)
        run.itemsOk += meals;
    if (mustFeedEveryone(m_config.remedy) && !result.cancelled) {
        for (qsizetype i = 0; i < result.meals.size(); ++i) {
            if (result.meals.at(i) > 0)
                continue;
            ++run.itemsFailed;
            run.errors.append(
                {QStringLiteral("philosopher-%1").arg(i + 1),
                 QCoreApplication::translate("Lab::Core::PhilosophersRunner", "never ate in %1 s despite the remedy %2")
                     .arg(result.seconds, 0, 'f', 1)
                     .arg(strategy())});
        }
    }
    run.entryValues.insert(QStringLiteral("meals"), jsonArray(result.meals));
    run.entryValues.insert(QStringLiteral("max_wait_ms"), jsonArray(result.maxWaitMs));
    run.entryValues.insert(QStringLiteral("retries"), jsonArray(result.retries));
    run.entryValues.insert(QStringLiteral("deadlock"), deadlockJson(result));
    run.entryValues.insert(QStringLiteral("livelock"), result.livelocked);
    run.entryValues.insert(QStringLiteral("lock_order_cycles"), lockOrderJson(result.lockOrderCycles));
    finish(run);
}

void setUpPhilosophersBenchmark(Benchmark &benchmark, const ParameterValues &values)
{
    const ParameterSchema &schema = DiningPhilosophers::schema();
    const int philosophers = int(values.integer(QStringLiteral("philosophers")));
    QList<BenchmarkCase> cases;
    for (const QString &remedy : values.choices(QStringLiteral("remedies")))
        cases.append({remedy, philosophers, philosophers, QString(), false});

    benchmark.setExperiment(QStringLiteral("philosophers"));
    benchmark.setParameters(schema.toJson(values));
    benchmark.setCases(cases);
    benchmark.setWarmupRuns(0);
    benchmark.setMeasuredRuns(1); // one dinner per remedy: its time is --seconds, not a measurement
    benchmark.setBaselineStrategy(QString());
    benchmark.setTimesCompared(false); // a dinner lasts --seconds, or until a deadlock: not a race
    benchmark.setRunnerFactory([values](const BenchmarkCase &c, QObject *parent) -> Runner * {
        return new PhilosophersRunner(
            DiningPhilosophers::configFrom(values, DiningPhilosophers::remedyFromName(c.strategy)), parent);
    });
}

} // namespace Lab::Core
