// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark behind the concurrency and parallelism panels: options validation, the cases it
// builds, per-strategy speedups, and that the records of a real run show pinning and the GIL.
#include "core/experiments/cpuaffinity.h"
#include "core/experiments/threadjobbenchmark.h"
#include "labtest.h"

#include <QSignalSpy>

#include <unistd.h>

using namespace Lab::Core;

Q_DECLARE_METATYPE(Lab::Core::ThreadJobOptions)

class TestThreadJobBenchmark : public QObject
{
    Q_OBJECT
private slots:
    void invalidOptions_data();
    void invalidOptions();
    void casesIncludeTheBaseline();
    void speedupsPerStrategy();
    void cpuShare();
    void recordsOfARealRun();
};

static ThreadJobOptions validOptions()
{
    ThreadJobOptions options;
    options.series = {{QStringLiteral("cpu-job"), ThreadJobSeries::Job::Cpu, false, false, {}}};
    options.threads = {1, 2};
    return options;
}

void TestThreadJobBenchmark::invalidOptions_data()
{
    QTest::addColumn<ThreadJobOptions>("options");
    QTest::addColumn<QString>("error");
    ThreadJobOptions o = validOptions();
    o.series.clear();
    QTest::newRow("no series") << o << QStringLiteral("series: choose at least one job to measure");
    o = validOptions();
    o.threads = {1, 0};
    QTest::newRow("threads 0") << o << QStringLiteral("threads: must be a list of integers from 1 to 256 (got 0)");
    o = validOptions();
    o.runs = 0;
    QTest::newRow("runs 0") << o << QStringLiteral("runs: must be an integer from 1 to 100 (got 0)");
    o = validOptions();
    o.iterationsPerUnit = 0;
    QTest::newRow("iterations 0") << o << QStringLiteral("iterations: must be an integer from 1 to 100000000 (got 0)");
    o = validOptions();
    o.series.append({QStringLiteral("io-job"), ThreadJobSeries::Job::Io, false, false, {}});
    o.waitMs = 0;
    QTest::newRow("wait 0") << o << QStringLiteral("wait-ms: must be an integer from 1 to 10000 (got 0)");
    o = validOptions();
    o.series.first().pinned = true;
    o.pinCpu = 100000;
    QTest::newRow("pin cpu not allowed") << o << QStringLiteral("pin-cpu: must be -1 (free) or one of the CPUs");
}

void TestThreadJobBenchmark::invalidOptions()
{
    QFETCH(ThreadJobOptions, options);
    QFETCH(QString, error);
    QVERIFY2(options.validate().startsWith(error), qPrintable(options.validate()));
    ThreadJobBenchmark setup;
    QString message;
    QVERIFY(!setup.prepare(QStringLiteral("test"), options, &message));
    QVERIFY(message.startsWith(error));
    QVERIFY(validOptions().validate().isEmpty());
}

void TestThreadJobBenchmark::casesIncludeTheBaseline()
{
    ThreadJobOptions options = validOptions();
    options.series.append({QStringLiteral("io-job"), ThreadJobSeries::Job::Io, true, false, {}});
    options.threads = {4, 2};
    options.pinCpu = ThreadJobBenchmark::defaultPinCpu();
    ThreadJobBenchmark setup;
    QString error;
    QVERIFY2(setup.prepare(QStringLiteral("concurrency"), options, &error), qPrintable(error));
    QCOMPARE(setup.options().threads, (QList<int>{1, 2, 4}));
    const QList<BenchmarkCase> cases = setup.benchmark()->cases();
    QCOMPARE(cases.size(), 6);
    QCOMPARE(cases.at(0).strategy, QStringLiteral("cpu-job"));
    QCOMPARE(cases.at(0).workers, 1);
    QCOMPARE(cases.at(3).strategy, QStringLiteral("io-job"));
    QCOMPARE(cases.at(3).workloadSize, options.ioUnits);
    QVERIFY(setup.series(QStringLiteral("io-job"))->pinned);
    QVERIFY(!setup.series(QStringLiteral("nope")));
}

static StrategyStats stats(const QString &strategy, int workers, double mean)
{
    StrategyStats s;
    s.strategy = strategy;
    s.workers = workers;
    s.runsSeconds = {mean, mean};
    s.meanSeconds = mean;
    return s;
}

void TestThreadJobBenchmark::speedupsPerStrategy()
{
    QList<StrategyStats> results = {stats(QStringLiteral("io"), 1, 1.0), stats(QStringLiteral("cpu"), 1, 0.5),
                                    stats(QStringLiteral("io"), 4, 0.25), stats(QStringLiteral("cpu"), 4, 0.5),
                                    stats(QStringLiteral("lonely"), 2, 0.1)};
    ThreadJobBenchmark::computeSpeedupsPerStrategy(results);
    QCOMPARE(results.at(0).speedup, 1.0);
    QCOMPARE(results.at(1).speedup, 1.0);
    QCOMPARE(results.at(2).speedup, 4.0); // against io ×1, not against cpu ×1
    QCOMPARE(results.at(3).speedup, 1.0);
    QCOMPARE(results.at(4).speedup, 0.0); // no 1-thread entry: no speedup
}

void TestThreadJobBenchmark::cpuShare()
{
    StrategyStats s = stats(QStringLiteral("io"), 1, 2.0);
    s.userSeconds = 0.1;
    s.sysSeconds = 0.1;
    QCOMPARE(ThreadJobBenchmark::cpuShare(s), 0.1);
    QCOMPARE(ThreadJobBenchmark::cpuShare(StrategyStats{}), 0.0);
}

void TestThreadJobBenchmark::recordsOfARealRun()
{
    const int cpu = CpuAffinity::ofThread(getpid()).last();
    ThreadJobOptions options;
    options.series = {{QStringLiteral("pinned"), ThreadJobSeries::Job::Cpu, true, false, QStringLiteral("tjb-pin")},
                      {QStringLiteral("gil"), ThreadJobSeries::Job::Cpu, false, true, QStringLiteral("tjb-gil")},
                      {QStringLiteral("io"), ThreadJobSeries::Job::Io, true, false, QStringLiteral("tjb-io")}};
    options.threads = {1, 3};
    options.pinCpu = cpu;
    options.cpuUnits = 30;
    options.iterationsPerUnit = 100000;
    options.ioUnits = 6;
    options.waitMs = 5;
    options.runs = 1;
    ThreadJobBenchmark setup;
    QString error;
    QVERIFY2(setup.prepare(QStringLiteral("test"), options, &error), qPrintable(error));
    QSignalSpy finished(&setup, &ThreadJobBenchmark::finished);
    setup.benchmark()->start();
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().at(0).value<BenchmarkResult>();
    QVERIFY(result.failure.isEmpty());
    QCOMPARE(result.results.size(), 6);
    for (const StrategyStats &s : result.results)
        QVERIFY2(s.speedup > 0, qPrintable(s.strategy));

    for (const QString &strategy : {QStringLiteral("pinned"), QStringLiteral("io")}) {
        const ThreadJobBenchmark::CaseRecord record = setup.lastRecord(strategy, 3);
        QVERIFY(record.valid);
        QCOMPARE(record.reports.size(), 3);
        for (const ThreadJobRunner::ThreadReport &report : record.reports) {
            QCOMPARE(report.affinity, QList<int>{cpu});
            QCOMPARE(report.lastCpu, cpu);
            QVERIFY(report.name.startsWith(QLatin1String("tjb-")));
        }
    }
    QCOMPARE(setup.lastRecord(QStringLiteral("gil"), 3).maxInsideWork, 1);
    QVERIFY(!setup.lastRecord(QStringLiteral("gil"), 2).valid);
}

LAB_TEST_GUILESS_MAIN(TestThreadJobBenchmark)
#include "tst_threadjobbenchmark.moc"
