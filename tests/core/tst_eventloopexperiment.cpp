// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/eventloopexperiment.h"
#include "labtest.h"

#include <QSignalSpy>

using namespace Lab::Core;

class TestEventLoopExperiment : public QObject
{
    Q_OBJECT
private slots:
    void onCallerThreadBlocksTheLoop();
    void inThreadKeepsTheLoopTurning();
    void rejectsBadInput();
};

void TestEventLoopExperiment::onCallerThreadBlocksTheLoop()
{
    EventLoopExperiment experiment;
    QSignalSpy progress(&experiment, &EventLoopExperiment::progressChanged);
    QSignalSpy finished(&experiment, &EventLoopExperiment::finished);
    QVERIFY(experiment.start(true, 300, 50));
    QCOMPARE(progress.size(), 0); // start() returned before any work
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<EventLoopRunResult>();
    QVERIFY(result.onCallerThread);
    QCOMPARE(progress.size(), 6);
    QVERIFY(result.elapsedMs >= 300);
    // While this thread computed, no timer of its loop could fire: one very late tick.
    QVERIFY2(result.latency.maxMs >= 150, qPrintable(QString::number(result.latency.maxMs)));
    QVERIFY(result.latency.samples > 0);
}

void TestEventLoopExperiment::inThreadKeepsTheLoopTurning()
{
    EventLoopExperiment experiment;
    QSignalSpy progress(&experiment, &EventLoopExperiment::progressChanged);
    QSignalSpy finished(&experiment, &EventLoopExperiment::finished);
    QVERIFY(experiment.start(false, 300, 50));
    QVERIFY(!experiment.start(false, 300, 50));
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<EventLoopRunResult>();
    QVERIFY(!result.onCallerThread);
    QVERIFY(!result.cancelled);
    QTRY_COMPARE(progress.size(), 6);
    QVERIFY(result.latency.samples > 10); // the loop kept ticking (5 ms probe) during 300 ms of work
    QVERIFY(result.checksum != 0);
}

void TestEventLoopExperiment::rejectsBadInput()
{
    EventLoopExperiment experiment;
    QVERIFY(!experiment.start(false, 0));
    QVERIFY(!experiment.start(false, 100, 0));
    QVERIFY(!experiment.isRunning());
}

LAB_TEST_GUILESS_MAIN(TestEventLoopExperiment)
#include "tst_eventloopexperiment.moc"
