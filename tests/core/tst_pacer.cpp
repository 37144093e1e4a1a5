// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>

#include <atomic>

using namespace Lab::Core;

class TestPacer : public QObject
{
    Q_OBJECT
private slots:
    void speedIsClamped_data();
    void speedIsClamped();
    void pauseReallyBlocks();
    void stepPassesOneCheckpointPerThread();
    void interruptionReleasesHeldThread();
    void releaseResumesEveryone();
    void slowMotionStretchesSleep();
    void speedUpRestoresTiming();
    void guiThreadIsNeverHeld();
    void stepRunsToTheNextNarratedStep();
    void stateChangeIsAVisibleEvent();
    void stepWithoutEventEndsAtItsLimit();
    void narratedHoldTakesItsTime();

private:
    static char kernelState(qint64 tid)
    {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!stat.open(QIODevice::ReadOnly))
            return '?';
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && close + 2 < line.size() ? line.at(close + 2) : '?';
    }
};

void TestPacer::speedIsClamped_data()
{
    QTest::addColumn<double>("given");
    QTest::addColumn<double>("expected");
    QTest::newRow("normal") << 1.0 << 1.0;
    QTest::newRow("half") << 0.5 << 0.5;
    QTest::newRow("1/20") << 0.05 << 0.05;
    QTest::newRow("too slow") << 0.001 << 0.05;
    QTest::newRow("too fast") << 4.0 << 1.0;
}

void TestPacer::speedIsClamped()
{
    QFETCH(double, given);
    QFETCH(double, expected);
    Pacer pacer;
    pacer.setSpeed(given);
    QCOMPARE(pacer.speed(), expected);
}

void TestPacer::pauseReallyBlocks()
{
    TraceRecorder recorder;
    Pacer pacer;
    std::atomic<int> passed = 0;
    LabThread thread(
        QStringLiteral("paced"),
        [&] {
            while (Trace::checkpoint())
                ++passed;
        },
        &recorder, &pacer);
    pacer.pause();
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000);
    const int before = passed;
    const qint64 tid = recorder.worker(thread.workerId()).tid;
    // Held on a wait condition: the kernel shows the thread asleep.
    QTRY_COMPARE_WITH_TIMEOUT(kernelState(tid), 'S', 5000);
    QTest::qWait(100);
    QCOMPARE(passed.load(), before);
    bool sawHeld = false;
    for (const TraceEvent &e : recorder.events())
        sawHeld = sawHeld || (e.kind == TraceEventKind::PacerHeld && e.workerId == thread.workerId());
    QVERIFY(sawHeld);
    pacer.resume();
    QTRY_VERIFY_WITH_TIMEOUT(passed > before + 1000, 5000);
    thread.requestInterruption();
    QVERIFY(thread.wait(5000));
}

void TestPacer::stepPassesOneCheckpointPerThread()
{
    TraceRecorder recorder;
    Pacer pacer;
    std::atomic<int> passedA = 0;
    std::atomic<int> passedB = 0;
    auto body = [&pacer](std::atomic<int> &passed) {
        return [&passed] {
            while (Trace::checkpoint())
                ++passed;
        };
    };
    pacer.pause();
    LabThread a(QStringLiteral("step-a"), body(passedA), &recorder, &pacer);
    LabThread b(QStringLiteral("step-b"), body(passedB), &recorder, &pacer);
    a.start();
    b.start();
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 2, 5000);
    QCOMPARE(passedA.load(), 0);
    for (int step = 1; step <= 3; ++step) {
        pacer.step();
        QTRY_VERIFY_WITH_TIMEOUT(passedA == step && passedB == step && pacer.heldCount() == 2, 5000);
        QTest::qWait(50);
        QCOMPARE(passedA.load(), step); // exactly one checkpoint per step
        QCOMPARE(passedB.load(), step);
    }
    pacer.release();
    a.requestInterruption();
    b.requestInterruption();
    QVERIFY(a.wait(5000));
    QVERIFY(b.wait(5000));
}

void TestPacer::interruptionReleasesHeldThread()
{
    TraceRecorder recorder;
    Pacer pacer;
    bool returned = true;
    LabThread thread(
        QStringLiteral("cancelled"), [&] { returned = Trace::checkpoint(); }, &recorder, &pacer);
    pacer.pause();
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000);
    thread.requestInterruption();
    QVERIFY(thread.wait(5000)); // still paused, but the cancelled thread is let go
    QVERIFY(!returned);
    QVERIFY(pacer.isPaused());
    QCOMPARE(pacer.heldCount(), 0);
}

void TestPacer::releaseResumesEveryone()
{
    TraceRecorder recorder;
    Pacer pacer;
    pacer.pause();
    LabThread thread(
        QStringLiteral("released"), [] { Trace::checkpoint(); }, &recorder, &pacer);
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000);
    pacer.release();
    QVERIFY(thread.wait(5000));
    QVERIFY(!pacer.isPaused());
}

void TestPacer::slowMotionStretchesSleep()
{
    TraceRecorder recorder;
    Pacer pacer;
    pacer.setSpeed(0.1);
    qint64 elapsedMs = 0;
    LabThread thread(
        QStringLiteral("slow"),
        [&] {
            QElapsedTimer timer;
            timer.start();
            Trace::sleep(20);
            elapsedMs = timer.elapsed();
        },
        &recorder, &pacer);
    thread.start();
    QVERIFY(thread.wait(10000));
    QVERIFY2(elapsedMs >= 200, qPrintable(QString::number(elapsedMs))); // 20 ms of lab time at 1/10 speed
}

void TestPacer::speedUpRestoresTiming()
{
    TraceRecorder recorder;
    Pacer pacer;
    pacer.setSpeed(Pacer::MinSpeed);
    std::atomic<bool> sleeping = false;
    LabThread thread(
        QStringLiteral("sped-up"),
        [&] {
            sleeping = true;
            Trace::sleep(1000); // 20 s at 1/20 speed
        },
        &recorder, &pacer);
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(sleeping.load(), 5000);
    pacer.setSpeed(1.0);
    // At normal speed the sleep ends about 1 s after it began, far before the 20 s of slow motion.
    QTRY_VERIFY_WITH_TIMEOUT(thread.isFinished(), 10000);
}

void TestPacer::guiThreadIsNeverHeld()
{
    Pacer pacer;
    pacer.pause();
    QVERIFY(pacer.checkpoint()); // returns at once on the main thread
    pacer.setSpeed(0.05);
    QVERIFY(pacer.checkpoint());
    QCOMPARE(pacer.heldCount(), 0);
}

void TestPacer::stepRunsToTheNextNarratedStep()
{
    TraceRecorder recorder;
    Pacer pacer;
    QSignalSpy reached(&pacer, &Pacer::eventReached);
    std::atomic<int> narrated = 0;
    LabThread thread(
        QStringLiteral("narrator"),
        [&] {
            for (int i = 1;; ++i) {
                for (int quiet = 0; quiet < 200; ++quiet) { // checkpoints with nothing to see
                    if (!Trace::checkpoint())
                        return;
                }
                if (!Trace::narrate(QStringLiteral("said %1").arg(i)))
                    return;
                ++narrated;
            }
        },
        &recorder, &pacer);
    pacer.stepToEvent(); // while running (idle): only pauses
    QVERIFY(pacer.isPaused());
    QCOMPARE(reached.count(), 0);
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000);
    for (int step = 1; step <= 3; ++step) {
        pacer.stepToEvent();
        QTRY_COMPARE_WITH_TIMEOUT(reached.count(), step, 5000);
        QCOMPARE(reached.last().at(0).toString(), QStringLiteral("narrator said %1").arg(step));
        QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000);
        QTest::qWait(50);
        // Held inside narrate(), right after the step it reported: not 200 checkpoints further on.
        QCOMPARE(narrated.load(), step - 1);
        QCOMPARE(pacer.lastEvent(), QStringLiteral("narrator said %1").arg(step));
    }
    thread.requestInterruption();
    QVERIFY(thread.wait(5000));
}

void TestPacer::stateChangeIsAVisibleEvent()
{
    TraceRecorder recorder;
    Pacer pacer;
    QSignalSpy reached(&pacer, &Pacer::eventReached);
    LabThread thread(
        QStringLiteral("changer"),
        [] {
            while (Trace::checkpoint()) {
                Trace::setState(ThreadState::Waiting, QStringLiteral("the bell"));
                Trace::checkpoint();
                Trace::setState(ThreadState::Running);
            }
        },
        &recorder, &pacer);
    pacer.pause();
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000);
    pacer.stepToEvent();
    QTRY_COMPARE_WITH_TIMEOUT(reached.count(), 1, 5000);
    const QString what = reached.last().at(0).toString();
    QVERIFY2(what.startsWith(QStringLiteral("changer: ")) && what.contains(QStringLiteral("the bell")),
             qPrintable(what));
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000);
    thread.requestInterruption();
    QVERIFY(thread.wait(5000));
}

void TestPacer::stepWithoutEventEndsAtItsLimit()
{
    TraceRecorder recorder;
    Pacer pacer;
    QSignalSpy reached(&pacer, &Pacer::eventReached);
    std::atomic<qint64> passed = 0;
    LabThread thread(
        QStringLiteral("quiet"),
        [&] {
            while (Trace::checkpoint())
                ++passed;
        },
        &recorder, &pacer);
    pacer.pause();
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000);
    pacer.stepToEvent();
    QTRY_COMPARE_WITH_TIMEOUT(reached.count(), 1, Pacer::StepLimitMs + 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pacer.heldCount(), 1, 5000); // held again after the limit
    const qint64 after = passed.load();
    QVERIFY(after > 1); // it did run during the step
    QTest::qWait(100);
    QCOMPARE(passed.load(), after);
    thread.requestInterruption();
    QVERIFY(thread.wait(5000));
}

void TestPacer::narratedHoldTakesItsTime()
{
    TraceRecorder recorder;
    Pacer pacer;
    qint64 elapsedMs = 0;
    bool ok = false;
    LabThread thread(
        QStringLiteral("holder"),
        [&] {
            QElapsedTimer timer;
            timer.start();
            ok = Trace::narrate(QStringLiteral("wrote 1"), 150);
            elapsedMs = timer.elapsed();
        },
        &recorder, &pacer);
    thread.start();
    QVERIFY(thread.wait(10000));
    QVERIFY(ok);
    QVERIFY2(elapsedMs >= 150, qPrintable(QString::number(elapsedMs))); // the hold, at full speed too
    // The hold is the pacer's: the timeline greys it.
    bool held = false;
    for (const TraceEvent &event : recorder.events())
        held = held || event.kind == TraceEventKind::PacerHeld;
    QVERIFY(held);
}

LAB_TEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
