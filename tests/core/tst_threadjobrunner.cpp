// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/cpuaffinity.h"
#include "core/experiments/threadidentity.h"
#include "core/experiments/threadjobrunner.h"
#include "labtest.h"

#include <QSignalSpy>

#include <unistd.h>

using namespace Lab::Core;

class TestThreadJobRunner : public QObject
{
    Q_OBJECT
private slots:
    void scopedPin();
    void pinningPins();
    void gilSerialises();
    void checksumIndependentOfThreads();
    void ioRunnerWaits();
    void cancel();
    void invalidConfig();
};

static RunResult runToEnd(Runner &runner)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(60000))
        return {};
    return finished.first().at(0).value<RunResult>();
}

void TestThreadJobRunner::scopedPin()
{
    const QList<int> before = CpuAffinity::ofThread();
    QVERIFY(!before.isEmpty());
    const int cpu = before.last();
    {
        CpuAffinity::ScopedPin pin(cpu);
        QVERIFY2(pin.isPinned(), qPrintable(pin.error()));
        QCOMPARE(CpuAffinity::ofThread(), QList<int>{cpu});
        // The process's other threads (the main thread is this one; check another way) keep theirs:
        QCOMPARE(pin.previous(), before);
    }
    QCOMPARE(CpuAffinity::ofThread(), before);
    QString error;
    QVERIFY(!CpuAffinity::pinCurrentThread(100000, &error));
    QVERIFY(error.startsWith(QLatin1String("cpu:")));
}

void TestThreadJobRunner::pinningPins()
{
    const QList<int> allowed = CpuAffinity::ofThread(getpid());
    const int cpu = allowed.last();
    CpuBoundRunner runner;
    ThreadJobRunner::Config config;
    config.threads = 3;
    config.units = 60;
    config.pinCpu = cpu;
    runner.setConfig(config);
    runner.iterationsPerUnit = 200000;
    const RunResult result = runToEnd(runner);
    QVERIFY2(result.succeeded(), qPrintable(result.failure));
    const auto reports = runner.threadReports();
    QCOMPARE(reports.size(), 3);
    for (const ThreadJobRunner::ThreadReport &r : reports) {
        QCOMPARE(r.affinity, QList<int>{cpu}); // read back inside the thread
        QCOMPARE(r.lastCpu, cpu);              // where the kernel last ran it
        QVERIFY(r.name.startsWith(QLatin1String("cpu-job-")));
    }
    QCOMPARE(CpuAffinity::ofThread(), allowed); // the caller's thread was never pinned
}

void TestThreadJobRunner::gilSerialises()
{
    CpuBoundRunner runner;
    ThreadJobRunner::Config config;
    config.threads = 4;
    config.units = 200;
    config.simulateGil = true;
    runner.setConfig(config);
    runner.iterationsPerUnit = 20000;
    const RunResult result = runToEnd(runner);
    QVERIFY(result.succeeded());
    QCOMPARE(result.itemsOk, 200);
    QCOMPARE(runner.maxInsideWork(), 1);
}

void TestThreadJobRunner::checksumIndependentOfThreads()
{
    QString checksum;
    for (int threads : {1, 3}) {
        CpuBoundRunner runner;
        ThreadJobRunner::Config config;
        config.threads = threads;
        config.units = 30;
        runner.setConfig(config);
        runner.iterationsPerUnit = 10000;
        const RunResult result = runToEnd(runner);
        QVERIFY(result.succeeded());
        QCOMPARE(result.workers, threads);
        QVERIFY(runner.maxInsideWork() >= 1);
        if (checksum.isEmpty())
            checksum = result.checksum;
        QCOMPARE(result.checksum, checksum);
    }
}

void TestThreadJobRunner::ioRunnerWaits()
{
    IoBoundRunner runner;
    ThreadJobRunner::Config config;
    config.threads = 4;
    config.units = 8;
    config.pinCpu = CpuAffinity::ofThread(getpid()).first();
    config.simulateGil = true;
    runner.setConfig(config);
    runner.waitMs = 20;
    runner.cpuMicrosPerUnit = 50;
    const RunResult result = runToEnd(runner);
    QVERIFY(result.succeeded());
    QCOMPARE(result.itemsOk, 8);
    QCOMPARE(runner.maxInsideWork(), 1);
    // Waiting costs no CPU: the lab threads used far less CPU than 8 x 20 ms of waiting.
    QVERIFY(result.userSeconds + result.sysSeconds < 0.16);
}

void TestThreadJobRunner::cancel()
{
    IoBoundRunner runner;
    ThreadJobRunner::Config config;
    config.threads = 2;
    config.units = 1000;
    runner.setConfig(config);
    runner.waitMs = 10000;
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(runner.isRunning());
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    const RunResult result = finished.first().at(0).value<RunResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.itemsOk < 1000);
}

void TestThreadJobRunner::invalidConfig()
{
    CpuBoundRunner runner;
    ThreadJobRunner::Config config;
    config.threads = 0;
    runner.setConfig(config);
    QVERIFY(runner.validate().startsWith(QLatin1String("threads:")));
    const RunResult result = runToEnd(runner); // still finishes exactly once, asynchronously
    QVERIFY(result.failure.startsWith(QLatin1String("threads:")));
    config.threads = 1;
    config.pinCpu = 100000;
    runner.setConfig(config);
    QVERIFY(runner.validate().startsWith(QLatin1String("pin-cpu:")));
}

LAB_TEST_GUILESS_MAIN(TestThreadJobRunner)
#include "tst_threadjobrunner.moc"
