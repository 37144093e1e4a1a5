// SPDX-License-Identifier: GPL-3.0-or-later
// The factorization strategies: agreement, worker crashes, cancellation.
#include "core/runners/factorprocessesrunner.h"
#include "core/runners/factorpythonrunner.h"
#include "core/runners/factorrunner.h"
#include "core/trace/tracerecorder.h"
#include "core/workloads/numbergenerator.h"
#include "labtest.h"

#include <QFile>
#include <QSignalSpy>

#include <csignal>

using namespace Lab::Core;

namespace {

std::shared_ptr<const FactorWorkload> makeWorkload(QList<quint64> numbers, FactorAlgorithm algorithm,
                                                   bool keepLines = false)
{
    auto workload = std::make_shared<FactorWorkload>();
    workload->numbers = std::move(numbers);
    workload->algorithm = algorithm;
    workload->keepLines = keepLines;
    return workload;
}

RunResult runToEnd(FactorRunner &runner, int timeoutMs = 120000)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(timeoutMs) && finished.isEmpty())
        return {};
    return finished.first().first().value<RunResult>();
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class TestFactorizeRunners : public QObject
{
    Q_OBJECT
private slots:
    void allStrategiesAgree_data();
    void allStrategiesAgree();
    void linesInInputOrder_data();
    void linesInInputOrder();
    void processWorkersAreReused();
    void killedWorkerIsReplaced();
    void stoppedWorkerIsKilledAndReplaced();
    void silentWorkerFailsTheStartUp();
    void workersDyingOverAndOverFailTheRun();
    void cancelMidRun_data();
    void cancelMidRun();
    void unknownStrategy();
};

void TestFactorizeRunners::allStrategiesAgree_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("algorithm");
    for (int algorithm : {int(FactorAlgorithm::Naive), int(FactorAlgorithm::Fast)}) {
        const char *name = algorithm == int(FactorAlgorithm::Naive) ? "naive" : "fast";
        QTest::addRow("threads x1 %s", name) << QStringLiteral("threads") << 1 << algorithm;
        QTest::addRow("threads x3 %s", name) << QStringLiteral("threads") << 3 << algorithm;
        QTest::addRow("processes x2 %s", name) << QStringLiteral("processes") << 2 << algorithm;
        QTest::addRow("processes x3 %s", name) << QStringLiteral("processes") << 3 << algorithm;
        QTest::addRow("python %s", name) << QStringLiteral("python") << 1 << algorithm;
        QTest::addRow("python-threads %s", name) << QStringLiteral("python-threads") << 2 << algorithm;
        QTest::addRow("python-processes %s", name) << QStringLiteral("python-processes") << 2 << algorithm;
    }
}

void TestFactorizeRunners::allStrategiesAgree()
{
    QFETCH(QString, strategy);
    QFETCH(int, workers);
    QFETCH(int, algorithm);
    if (FactorRunner::isReferenceStrategy(strategy) && FactorPythonRunner::pythonExecutable().isEmpty())
        QSKIP("python3 is not installed");
    // The outline's range plus the edge values, so every strategy sees 0, 1 and primes.
    QList<quint64> numbers = generateNumbers(3000, 20000, 100000000, 42);
    numbers << 0 << 1 << 2 << 99999989 << 4294967291ULL;
    const auto workload = makeWorkload(numbers, FactorAlgorithm(algorithm));

    auto sequential = FactorRunner::create(QStringLiteral("sequential"), 1);
    sequential->setWorkload(workload);
    const RunResult expected = runToEnd(*sequential);
    QVERIFY2(expected.succeeded(), qPrintable(expected.failure));
    QCOMPARE(expected.itemsOk, numbers.size());

    auto runner = FactorRunner::create(strategy, workers);
    QVERIFY(runner);
    QCOMPARE(runner->strategy(), strategy);
    runner->setWorkload(workload);
    QSignalSpy progress(runner.get(), &Runner::progressChanged);
    const RunResult result = runToEnd(*runner);
    QVERIFY2(result.succeeded(), qPrintable(result.failure));
    QCOMPARE(result.strategy, strategy);
    QCOMPARE(result.itemsOk, numbers.size());
    QCOMPARE(result.itemsFailed, 0);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.checksum, expected.checksum);
    QVERIFY(result.wallSeconds > 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), numbers.size());
    QVERIFY(!runner->isRunning());
}

void TestFactorizeRunners::linesInInputOrder_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::newRow("sequential") << QStringLiteral("sequential");
    QTest::newRow("threads") << QStringLiteral("threads");
    QTest::newRow("processes") << QStringLiteral("processes");
    QTest::newRow("python-processes") << QStringLiteral("python-processes");
}

void TestFactorizeRunners::linesInInputOrder()
{
    QFETCH(QString, strategy);
    if (FactorRunner::isReferenceStrategy(strategy) && FactorPythonRunner::pythonExecutable().isEmpty())
        QSKIP("python3 is not installed");
    const QList<quint64> numbers = generateNumbers(2000, 0, ~quint64(0), 5);
    auto runner = FactorRunner::create(strategy, 3);
    runner->setWorkload(makeWorkload(numbers, FactorAlgorithm::Fast, true));
    const RunResult result = runToEnd(*runner);
    QVERIFY2(result.succeeded(), qPrintable(result.failure));
    const QList<QByteArray> &lines = runner->factorLines();
    QCOMPARE(lines.size(), numbers.size());
    char expected[MaxFactorLine];
    for (qsizetype i = 0; i < numbers.size(); ++i)
        QCOMPARE(lines[i], QByteArray(expected, formatFactorLine(numbers[i], factorizeFast(numbers[i]), expected)));
}

void TestFactorizeRunners::processWorkersAreReused()
{
    FactorProcessesRunner runner(2);
    runner.setWorkload(makeWorkload(generateNumbers(500, 2, 1000000, 1), FactorAlgorithm::Fast));
    QSignalSpy started(&runner, &FactorProcessesRunner::workerStarted);
    const RunResult first = runToEnd(runner);
    QVERIFY2(first.succeeded(), qPrintable(first.failure));
    QVERIFY(first.startupSeconds > 0);
    QCOMPARE(started.size(), 2);
    const QList<qint64> pids = runner.workerPids();
    QCOMPARE(pids.size(), 2);
    // Each worker carries the lab's name for it as its OS name: the monitor's table, the timeline
    // and `ps -L` agree.
    QStringList names;
    for (qint64 pid : pids) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        QVERIFY(comm.open(QIODevice::ReadOnly));
        names.append(QString::fromUtf8(comm.readAll()).trimmed());
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("factor-proc-1"), QStringLiteral("factor-proc-2")}));
    // Between runs the kept workers wait for their next batch: the monitor must not show them
    // running (their lanes said "Run" for as long as they lived).
    const auto processState = [](qint64 pid) {
        for (const LabWorkerStatus &status : TraceRecorder::instance()->workers()) {
            if (status.isProcess && status.pid == pid && status.finishedNs == 0)
                return status.state;
        }
        return ThreadState::Terminated;
    };
    for (qint64 pid : pids)
        QCOMPARE(processState(pid), ThreadState::Waiting);
    const RunResult second = runToEnd(runner);
    QVERIFY2(second.succeeded(), qPrintable(second.failure));
    QCOMPARE(second.startupSeconds, 0.0);
    QCOMPARE(runner.workerPids(), pids);
    QCOMPARE(started.size(), 2);
    QCOMPARE(second.checksum, first.checksum);
}

void TestFactorizeRunners::killedWorkerIsReplaced()
{
    // 40 primes near 2^46: the naive kernel needs ~2^23 divisions each, so the run lasts long
    // enough to kill a worker in the middle of a batch.
    QList<quint64> numbers;
    for (quint64 n = (quint64(1) << 46) + 1; numbers.size() < 40; n += 2) {
        if (isPrime64(n))
            numbers << n;
    }
    const auto workload = makeWorkload(numbers, FactorAlgorithm::Naive);
    FactorProcessesRunner runner(2);
    runner.setWorkload(workload);
    QSignalSpy crashed(&runner, &FactorProcessesRunner::workerCrashed);
    QSignalSpy finished(&runner, &Runner::finished);
    QSignalSpy progress(&runner, &Runner::progressChanged);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 60000); // start, then two batches done
    const qint64 victim = runner.workerPids().first();
    QVERIFY(::kill(pid_t(victim), SIGKILL) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const RunResult result = finished.first().first().value<RunResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.failure));
    QCOMPARE(crashed.size(), 1);
    QCOMPARE(crashed.first().at(0).toLongLong(), victim);
    QCOMPARE(crashed.first().at(1).toInt(), SIGKILL);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().item, QStringLiteral("worker process %1").arg(victim));
    QVERIFY2(result.errors.first().message.contains(QLatin1String("signal 9")),
             qPrintable(result.errors.first().message));
    QCOMPARE(result.itemsOk, numbers.size());
    QVERIFY(!runner.workerPids().contains(victim));

    auto fast = FactorRunner::create(QStringLiteral("sequential"), 1);
    fast->setWorkload(makeWorkload(numbers, FactorAlgorithm::Fast));
    QCOMPARE(result.checksum, runToEnd(*fast).checksum);
}

// A worker stopped with SIGSTOP (or hung) answers nothing: the watchdog kills it after the allowed
// silence, reports it, and its batches re-run on a replacement; the run still ends, and succeeds.
void TestFactorizeRunners::stoppedWorkerIsKilledAndReplaced()
{
    QList<quint64> numbers;
    for (quint64 n = (quint64(1) << 46) + 1; numbers.size() < 40; n += 2) {
        if (isPrime64(n))
            numbers << n;
    }
    FactorProcessesRunner runner(2);
    runner.setSilenceFloorMs(1500);
    runner.setWorkload(makeWorkload(numbers, FactorAlgorithm::Naive));
    QSignalSpy crashed(&runner, &FactorProcessesRunner::workerCrashed);
    QSignalSpy finished(&runner, &Runner::finished);
    QSignalSpy progress(&runner, &Runner::progressChanged);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 60000);
    const qint64 victim = runner.workerPids().first();
    QVERIFY(::kill(pid_t(victim), SIGSTOP) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const RunResult result = finished.first().first().value<RunResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.failure));
    QCOMPARE(crashed.size(), 1);
    QCOMPARE(crashed.first().at(0).toLongLong(), victim);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().item, QStringLiteral("worker process %1").arg(victim));
    QVERIFY2(result.errors.first().message.contains(QLatin1String("did not answer batch")) &&
                 result.errors.first().message.contains(QLatin1String("the lab killed it")),
             qPrintable(result.errors.first().message));
    QCOMPARE(result.itemsOk, qint64(numbers.size()));
    QVERIFY(!runner.workerPids().contains(victim));
}

// Workers that never answer the start-up request: each is killed, the replacements too, and the run
// fails with a message instead of waiting for ever.
void TestFactorizeRunners::silentWorkerFailsTheStartUp()
{
    FactorProcessesRunner runner(1);
    runner.setSilenceFloorMs(500);
    runner.setWorkload(makeWorkload(generateNumbers(50, 2, 1000, 3), FactorAlgorithm::Fast));
    connect(&runner, &FactorProcessesRunner::workerStarted, &runner, [](qint64 pid) { ::kill(pid_t(pid), SIGSTOP); });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const RunResult result = finished.first().first().value<RunResult>();
    QVERIFY(!result.succeeded());
    QVERIFY(!result.errors.isEmpty());
    QVERIFY2(result.errors.first().message.contains(QLatin1String("did not answer the start-up request")),
             qPrintable(result.errors.first().message));
}

void TestFactorizeRunners::workersDyingOverAndOverFailTheRun()
{
    // Every worker is killed as soon as it starts: the run must end as failed, not hang.
    FactorProcessesRunner runner(2);
    runner.setWorkload(makeWorkload(generateNumbers(200, 2, 1000, 3), FactorAlgorithm::Fast));
    connect(&runner, &FactorProcessesRunner::workerStarted, &runner, [](qint64 pid) { ::kill(pid_t(pid), SIGKILL); });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const RunResult result = finished.first().first().value<RunResult>();
    QVERIFY(!result.succeeded());
    QVERIFY(!result.cancelled);
    QVERIFY(!result.failure.isEmpty());
    QVERIFY(!result.errors.isEmpty());
    QVERIFY(!runner.isRunning());
}

void TestFactorizeRunners::cancelMidRun_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::newRow("sequential") << QStringLiteral("sequential");
    QTest::newRow("threads") << QStringLiteral("threads");
    QTest::newRow("processes") << QStringLiteral("processes");
    QTest::newRow("python") << QStringLiteral("python");
    QTest::newRow("python-processes") << QStringLiteral("python-processes");
}

void TestFactorizeRunners::cancelMidRun()
{
    QFETCH(QString, strategy);
    if (FactorRunner::isReferenceStrategy(strategy) && FactorPythonRunner::pythonExecutable().isEmpty())
        QSKIP("python3 is not installed");
    // The largest 64-bit prime takes the naive kernel 2^32 divisions: without a working cancel
    // this run would last for hours.
    const auto workload = makeWorkload(QList<quint64>(8, 18446744073709551557ULL), FactorAlgorithm::Naive);
    auto runner = FactorRunner::create(strategy, 2);
    runner->setWorkload(workload);
    QSignalSpy finished(runner.get(), &Runner::finished);
    runner->start();
    QVERIFY(runner->isRunning());
    QTest::qWait(300); // let it get into the middle of the work
    QVERIFY(finished.isEmpty());
    QList<qint64> pids;
    if (auto *processes = qobject_cast<FactorProcessesRunner *>(runner.get()))
        pids = processes->workerPids();
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const RunResult result = finished.first().first().value<RunResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.succeeded());
    QVERIFY(result.itemsOk < workload->numbers.size());
    QVERIFY(!runner->isRunning());
    for (qint64 pid : std::as_const(pids))
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
}

void TestFactorizeRunners::unknownStrategy()
{
    QVERIFY(!FactorRunner::create(QStringLiteral("quantum"), 2));
    for (const QString &name : FactorRunner::strategyNames()) {
        auto runner = FactorRunner::create(name, 4);
        QVERIFY(runner);
        QCOMPARE(runner->strategy(), name);
    }
}

LAB_TEST_GUILESS_MAIN(TestFactorizeRunners)
#include "tst_factorizerunners.moc"
