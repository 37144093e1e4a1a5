// SPDX-License-Identifier: GPL-3.0-or-later
#include "racebenchmark.h"

#include "core/bench/benchmark.h"
#include "racerunner.h"

namespace Lab::Core {

const ParameterSchema &raceSchema()
{
    using Spec = ParameterSpec;
    static const ParameterSchema schema({
        Spec::integer(QStringLiteral("threads"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Threads"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Threads that increment the shared counter."), 1, 64,
                      4),
        Spec::integer(QStringLiteral("increments"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Increments per thread"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How often each thread adds 1 to the counter."), 1,
                      100000000, 100000),
        Spec::choiceList(QStringLiteral("sync"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Synchronization"),
                         QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                           "How the increments are protected: none (lost updates), mutex, "
                                           "atomic, rlock (a recursive mutex taken twice)."),
                         counterSyncNames(), counterSyncNames()),
        Spec::integer(QStringLiteral("warmup"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Warm-up runs"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Unmeasured runs per strategy."), 0, 100, 1)
            .folded(),
        Spec::integer(QStringLiteral("runs"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Measured runs"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Measured runs per strategy."), 1, 100, 3)
            .folded(),
    });
    return schema;
}

void setUpRaceBenchmark(Benchmark &benchmark, const ParameterValues &values)
{
    const ParameterSchema &schema = raceSchema();
    const int threads = int(values.integer(QStringLiteral("threads")));
    const qint64 increments = values.integer(QStringLiteral("increments"));
    QList<BenchmarkCase> cases;
    for (const QString &sync : values.choices(QStringLiteral("sync")))
        cases.append({sync, threads, qint64(threads) * increments, QString(), false});

    benchmark.setExperiment(QStringLiteral("race"));
    QJsonObject parameters = schema.toJson(values);
    parameters.insert(QStringLiteral("window"),
                      QStringLiteral("each unsynchronized increment reads, pauses briefly (and every 256th yields "
                                     "the CPU), then writes: the pause widens the race window so that lost "
                                     "updates show on any machine with two or more cores"));
    benchmark.setParameters(parameters);
    benchmark.setCases(cases);
    benchmark.setWarmupRuns(int(values.integer(QStringLiteral("warmup"))));
    benchmark.setMeasuredRuns(int(values.integer(QStringLiteral("runs"))));
    benchmark.setBaselineStrategy(QStringLiteral("none"));
    benchmark.setRunnerFactory([increments](const BenchmarkCase &c, QObject *parent) -> Runner * {
        return new RaceRunner(counterSyncFromName(c.strategy), c.workers, increments, parent);
    });
}

} // namespace Lab::Core
