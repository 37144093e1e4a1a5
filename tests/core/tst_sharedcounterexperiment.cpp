// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/sharedcounterexperiment.h"
#include "labtest.h"

#include <QSet>
#include <QSignalSpy>

using namespace Lab::Core;

class TestSharedCounterExperiment : public QObject
{
    Q_OBJECT
private slots:
    void unsynchronizedLosesUpdates();
    void synchronizedNeverLoses_data();
    void synchronizedNeverLoses();
    void threadReports();
    void invalidConfig_data();
    void invalidConfig();
    void cancel();
};

static CounterSummary runToEnd(SharedCounterExperiment &experiment, const SharedCounterExperiment::Config &config)
{
    QSignalSpy finished(&experiment, &SharedCounterExperiment::finished);
    if (!experiment.start(config))
        return {};
    if (!finished.wait(120000))
        return {};
    return finished.takeFirst().at(0).value<CounterSummary>();
}

void TestSharedCounterExperiment::unsynchronizedLosesUpdates()
{
    SharedCounterExperiment experiment;
    SharedCounterExperiment::Config config;
    config.threads = 4;
    config.incrementsPerThread = 50000;
    config.untilLoss = true;
    config.maxRounds = 20;
    const CounterSummary summary = runToEnd(experiment, config);
    QVERIFY(!summary.rounds.isEmpty());
    QVERIFY2(summary.lossFound, "no lost update in 20 rounds without a mutex");
    const CounterRoundResult &last = summary.rounds.last();
    QCOMPARE(last.expected, 200000);
    QVERIFY(last.actual < last.expected);
    QVERIFY(last.lost() > 0);
    QVERIFY(summary.rounds.size() <= 20);
}

void TestSharedCounterExperiment::synchronizedNeverLoses_data()
{
    QTest::addColumn<CounterSync>("sync");
    QTest::newRow("mutex") << CounterSync::Mutex;
    QTest::newRow("atomic") << CounterSync::Atomic;
    QTest::newRow("rlock") << CounterSync::RecursiveMutex;
}

void TestSharedCounterExperiment::synchronizedNeverLoses()
{
    QFETCH(CounterSync, sync);
    SharedCounterExperiment experiment;
    SharedCounterExperiment::Config config;
    config.threads = 4;
    config.incrementsPerThread = 50000;
    config.sync = sync;
    config.untilLoss = true; // keeps going as long as no loss shows: all rounds must be exact
    config.maxRounds = 3;
    const CounterSummary summary = runToEnd(experiment, config);
    QCOMPARE(summary.rounds.size(), 3);
    QVERIFY(!summary.lossFound);
    for (const CounterRoundResult &round : summary.rounds) {
        QCOMPARE(round.sync, sync);
        QCOMPARE(round.actual, round.expected);
        QCOMPARE(round.expected, 200000);
    }
}

void TestSharedCounterExperiment::threadReports()
{
    SharedCounterExperiment experiment;
    // threadReported comes from each worker thread: counted through a queued connection, in this
    // thread (a QSignalSpy would append to its list from three threads at once).
    int reported = 0;
    QObject receiver;
    connect(
        &experiment, &SharedCounterExperiment::threadReported, &receiver, [&reported] { ++reported; },
        Qt::QueuedConnection);
    SharedCounterExperiment::Config config;
    config.threads = 3;
    config.incrementsPerThread = 1000;
    config.namePrefix = QStringLiteral("tcount");
    const CounterSummary summary = runToEnd(experiment, config);
    QCOMPARE(summary.rounds.size(), 1);
    QTRY_COMPARE(reported, 3);
    const QList<CounterThreadReport> threads = summary.rounds.first().threads;
    QCOMPARE(threads.size(), 3);
    QSet<pid_t> tids;
    QSet<quintptr> stacks;
    for (const CounterThreadReport &r : threads) {
        QCOMPARE(r.name, QStringLiteral("tcount-%1").arg(r.index + 1));
        QCOMPARE(r.sharedCounterAddress, threads.first().sharedCounterAddress); // one heap
        QCOMPARE(r.increments, 1000);
        tids.insert(r.tid);
        stacks.insert(r.stackVariableAddress);
    }
    QCOMPARE(tids.size(), 3); // three kernel threads
    // Own stacks; glibc hands a finished thread's stack to the next thread it starts, so under load
    // two of the three may show the same address (one ended before the other began).
    QVERIFY(stacks.size() >= 2);
    QVERIFY(!stacks.contains(threads.first().sharedCounterAddress));
}

void TestSharedCounterExperiment::invalidConfig_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<qint64>("increments");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<QString>("field");
    QTest::newRow("no threads") << 0 << qint64(10) << 1 << QStringLiteral("threads");
    QTest::newRow("too many threads") << 65 << qint64(10) << 1 << QStringLiteral("threads");
    QTest::newRow("no increments") << 2 << qint64(0) << 1 << QStringLiteral("increments");
    QTest::newRow("no rounds") << 2 << qint64(10) << 0 << QStringLiteral("rounds");
}

void TestSharedCounterExperiment::invalidConfig()
{
    QFETCH(int, threads);
    QFETCH(qint64, increments);
    QFETCH(int, rounds);
    QFETCH(QString, field);
    SharedCounterExperiment::Config config;
    config.threads = threads;
    config.incrementsPerThread = increments;
    config.maxRounds = rounds;
    QVERIFY(SharedCounterExperiment::validate(config).startsWith(field + QLatin1Char(':')));
    SharedCounterExperiment experiment;
    QVERIFY(!experiment.start(config));
    QVERIFY(!experiment.isRunning());
}

void TestSharedCounterExperiment::cancel()
{
    SharedCounterExperiment experiment;
    QSignalSpy finished(&experiment, &SharedCounterExperiment::finished);
    SharedCounterExperiment::Config config;
    config.threads = 2;
    config.incrementsPerThread = 100000000;
    config.yieldEvery = 1;
    QVERIFY(experiment.start(config));
    experiment.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(finished.first().at(0).value<CounterSummary>().cancelled);
}

LAB_TEST_GUILESS_MAIN(TestSharedCounterExperiment)
#include "tst_sharedcounterexperiment.moc"
