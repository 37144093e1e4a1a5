// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/gracefulstopdemo.h"
#include "core/experiments/lifecycledemo.h"
#include "core/experiments/threadidentity.h"
#include "core/experiments/threadrenamedemo.h"
#include "core/experiments/threadstartdemo.h"
#include "labtest.h"

#include <QSet>
#include <QSignalSpy>
#include <QThread>

using namespace Lab::Core;

class TestThreadDemos : public QObject
{
    Q_OBJECT
private slots:
    void lifecyclePhases();
    void lifecycleKernelStates();
    void lifecycleCancel();
    void fourWaysToStart();
    void renameAfterStart();
    void gracefulStop();
};

void TestThreadDemos::lifecyclePhases()
{
    LifecycleDemo demo;
    QCOMPARE(demo.phase(), LifecycleDemo::Phase::New);
    QVERIFY(!demo.snapshot().isRunning);
    QSignalSpy phases(&demo, &LifecycleDemo::phaseChanged);
    QSignalSpy finished(&demo, &LifecycleDemo::finished);
    LifecycleDemo::Config config;
    config.firstRunMs = 50;
    config.sleepMs = 50;
    config.secondRunMs = 50;
    QVERIFY(demo.start(config));
    QVERIFY(!demo.start(config)); // once only
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QTRY_COMPARE(phases.size(), 5);
    using P = LifecycleDemo::Phase;
    const QList<P> expected = {P::Runnable, P::Running, P::Sleeping, P::Running, P::Terminated};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(phases.at(i).at(0).value<P>(), expected.at(i));
    QCOMPARE(phases.at(1).at(1).toInt(), 1); // first run
    QCOMPARE(phases.at(3).at(1).toInt(), 2); // second run
    QVERIFY(demo.tid() > 0);
    const LifecycleDemo::Snapshot end = demo.snapshot();
    QVERIFY(end.isFinished);
    QVERIFY(!end.isRunning);
    QVERIFY(end.kernelState.isNull());
}

void TestThreadDemos::lifecycleKernelStates()
{
    LifecycleDemo demo;
    LifecycleDemo::Config config;
    config.firstRunMs = 300;
    config.sleepMs = 2000;
    config.secondRunMs = 0;
    config.name = QStringLiteral("lc-states");
    QVERIFY(demo.start(config));
    QTRY_COMPARE_WITH_TIMEOUT(demo.phase(), LifecycleDemo::Phase::Sleeping, 10000);
    // Sleeping in the textbook is S for the kernel.
    QTRY_COMPARE_WITH_TIMEOUT(demo.snapshot().kernelState, QLatin1Char('S'), 1000);
    QVERIFY(demo.snapshot().isRunning);
    QCOMPARE(ThreadIdentity::osThreadName(demo.tid()), QStringLiteral("lc-states"));
    demo.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(demo.snapshot().isFinished, 2000);
}

void TestThreadDemos::lifecycleCancel()
{
    LifecycleDemo demo;
    QSignalSpy finished(&demo, &LifecycleDemo::finished);
    LifecycleDemo::Config config;
    config.firstRunMs = 60000;
    QVERIFY(demo.start(config));
    QTRY_COMPARE(demo.phase(), LifecycleDemo::Phase::Running);
    demo.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    LifecycleDemo::Config bad;
    bad.sleepMs = -1;
    QVERIFY(LifecycleDemo::validate(bad).startsWith(QLatin1String("sleep-ms:")));
}

void TestThreadDemos::fourWaysToStart()
{
    ThreadStartDemo demo;
    QSignalSpy reported(&demo, &ThreadStartDemo::threadReported);
    QSignalSpy finished(&demo, &ThreadStartDemo::finished);
    QVERIFY(demo.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(reported.size(), 4);
    const auto reports = finished.first().at(0).value<QList<ThreadStartDemo::Report>>();
    QCOMPARE(reports.size(), 4);
    QSet<pid_t> tids;
    QSet<ThreadStartDemo::Method> methods;
    for (const ThreadStartDemo::Report &r : reports) {
        QVERIFY(!r.onCallerThread);
        QVERIFY(r.tid != ThreadIdentity::currentTid());
        QCOMPARE(r.osName, r.requestedName); // named before (or, for std::thread, at) its start
        QVERIFY(r.result != 0);
        tids.insert(r.tid);
        methods.insert(r.method);
    }
    QCOMPARE(tids.size(), 4);
    QCOMPARE(methods.size(), 4);
    QVERIFY(demo.start({ThreadStartDemo::Method::StdThread})); // can run again
    QVERIFY(finished.wait(10000));
}

void TestThreadDemos::renameAfterStart()
{
    ThreadRenameDemo demo;
    QSignalSpy finished(&demo, &ThreadRenameDemo::finished);
    QVERIFY(demo.start(QStringLiteral("a-name-longer-than-fifteen"), QStringLiteral("renamed")));
    QVERIFY(finished.wait(10000));
    const auto r = finished.first().at(0).value<ThreadRenameDemo::Report>();
    QCOMPARE(r.nameBeforeStart, QStringLiteral("a-name-longer-than-fifteen"));
    QCOMPARE(r.commAtStart, QStringLiteral("a-name-longer-t")); // 15 characters
    QCOMPARE(r.nameAfterRename, QStringLiteral("renamed"));
    QCOMPARE(r.commAfterRename, r.commAtStart); // objectName changed, /proc did not
    QCOMPARE(r.commAfterOsRename, QStringLiteral("renamed"));
}

void TestThreadDemos::gracefulStop()
{
    GracefulStopDemo demo;
    QSignalSpy started(&demo, &GracefulStopDemo::started);
    QSignalSpy finished(&demo, &GracefulStopDemo::finished);
    QVERIFY(demo.start(QStringLiteral("graceful-test")));
    // Emitted from the demo thread; QSignalSpy records it there (direct), so poll rather than wait().
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
    QVERIFY(demo.isRunning());
    QCOMPARE(ThreadIdentity::osThreadName(demo.tid()), QStringLiteral("graceful-test"));
    demo.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    const auto r = finished.first().at(0).value<GracefulStopDemo::Report>();
    QVERIFY(r.stoppedByRequest);
    QVERIFY(r.cleanedUp);
    QVERIFY(r.stopLatencyMs >= 0);
    QCOMPARE(r.tid, demo.tid());
}

LAB_TEST_GUILESS_MAIN(TestThreadDemos)
#include "tst_threaddemos.moc"
