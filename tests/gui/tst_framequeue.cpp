// SPDX-License-Identifier: GPL-3.0-or-later
// FrameQueue: GUI work spread over turns of the event loop, one job per turn, with what a job posts
// sent before the next job runs.
#include "gui/framequeue.h"
#include "labtest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>

using Lab::Gui::FrameQueue;

namespace {

// Counts the user events it receives.
class Receiver final : public QObject
{
public:
    int received = 0;
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::User) {
            ++received;
            return true;
        }
        return QObject::event(event);
    }
};

} // namespace

class TestFrameQueue : public QObject
{
    Q_OBJECT
private slots:
    void runsInOrderOneJobPerTurn();
    void postedEventsComeBetweenJobs();
    void laterJobOfOwnerReplacesPending();
    void destroyedOwnerIsSkipped();
    void flushRunsEverythingNow();
    void delayedJobWaitsWithoutHoldingOthers();
    void repostKeepsTheEarlierDueTime();
    void atMostOneJobAFrame();
};

void TestFrameQueue::runsInOrderOneJobPerTurn()
{
    FrameQueue *queue = FrameQueue::instance();
    QObject a, b, c;
    QStringList ran;
    queue->post(&a, [&ran] { ran << QStringLiteral("a"); });
    queue->post(&b, [&ran] { ran << QStringLiteral("b"); });
    queue->post(&c, [&ran] { ran << QStringLiteral("c"); });
    QVERIFY(ran.isEmpty()); // nothing runs inside post()
    QTRY_COMPARE(ran, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(queue->isEmpty());
}

void TestFrameQueue::postedEventsComeBetweenJobs()
{
    // The point of the queue: an event the first job posts (a layout request, a scene update) is sent
    // before the second job runs, not after all of them.
    FrameQueue *queue = FrameQueue::instance();
    Receiver receiver;
    QObject first, second;
    int seenBySecond = -1;
    queue->post(&first, [&receiver] { QCoreApplication::postEvent(&receiver, new QEvent(QEvent::User)); });
    queue->post(&second, [&receiver, &seenBySecond] { seenBySecond = receiver.received; });
    QTRY_VERIFY(queue->isEmpty());
    QCOMPARE(seenBySecond, 1);
}

void TestFrameQueue::laterJobOfOwnerReplacesPending()
{
    FrameQueue *queue = FrameQueue::instance();
    QObject chart, other;
    QStringList ran;
    queue->post(&chart, [&ran] { ran << QStringLiteral("spec 1"); });
    queue->post(&other, [&ran] { ran << QStringLiteral("other"); });
    queue->post(&chart, [&ran] { ran << QStringLiteral("spec 2"); });
    QTRY_VERIFY(queue->isEmpty());
    // The owner keeps its place in the queue; only its latest job runs.
    QCOMPARE(ran, (QStringList{QStringLiteral("spec 2"), QStringLiteral("other")}));
}

void TestFrameQueue::destroyedOwnerIsSkipped()
{
    FrameQueue *queue = FrameQueue::instance();
    auto *gone = new QObject;
    QObject kept;
    bool ranGone = false;
    bool ranKept = false;
    queue->post(gone, [&ranGone] { ranGone = true; });
    queue->post(&kept, [&ranKept] { ranKept = true; });
    delete gone;
    QTRY_VERIFY(ranKept);
    QVERIFY(!ranGone);
}

void TestFrameQueue::flushRunsEverythingNow()
{
    FrameQueue *queue = FrameQueue::instance();
    QObject a, b;
    int ran = 0;
    queue->post(&a, [&ran] { ++ran; });
    queue->post(&b, [&ran] { ++ran; });
    queue->flush();
    QCOMPARE(ran, 2);
    QVERIFY(queue->isEmpty());
    QTest::qWait(20); // and nothing runs twice
    QCOMPARE(ran, 2);
}

void TestFrameQueue::delayedJobWaitsWithoutHoldingOthers()
{
    FrameQueue *queue = FrameQueue::instance();
    QObject later, now;
    QStringList ran;
    QElapsedTimer clock;
    clock.start();
    qint64 laterRanAfterMs = -1;
    queue->post(
        &later,
        [&] {
            ran << QStringLiteral("later");
            laterRanAfterMs = clock.elapsed();
        },
        std::chrono::milliseconds(80));
    queue->post(&now, [&ran] { ran << QStringLiteral("now"); });
    // The job posted second is due first and does not wait for the delayed one.
    QTRY_COMPARE(ran, QStringList{QStringLiteral("now")});
    QTRY_COMPARE(ran, (QStringList{QStringLiteral("now"), QStringLiteral("later")}));
    QVERIFY2(laterRanAfterMs >= 75, qPrintable(QString::number(laterRanAfterMs)));
    QVERIFY(queue->isEmpty());

    // flush() does not wait for a delay.
    bool flushed = false;
    queue->post(
        &later, [&flushed] { flushed = true; }, std::chrono::seconds(60));
    queue->flush();
    QVERIFY(flushed);
    QVERIFY(queue->isEmpty());
}

void TestFrameQueue::repostKeepsTheEarlierDueTime()
{
    // A chart resized again before its delayed layout ran is laid out once, at the first due time
    // (not pushed back at every resize); a spec posted for now brings a delayed job forward.
    FrameQueue *queue = FrameQueue::instance();
    QObject chart;
    QStringList ran;
    QElapsedTimer clock;
    clock.start();
    qint64 ranAtMs = -1;
    queue->post(
        &chart, [&ran] { ran << QStringLiteral("resize 1"); }, std::chrono::milliseconds(600));
    QTest::qWait(300);
    queue->post(
        &chart,
        [&] {
            ran << QStringLiteral("resize 2");
            ranAtMs = clock.elapsed();
        },
        std::chrono::milliseconds(600));
    QTRY_COMPARE(ran, QStringList{QStringLiteral("resize 2")});
    // Due at 600 ms (the first post), not at 900 ms (the second). A timer is never served early, but
    // a loaded machine may serve it late: hence the wide margin above.
    QVERIFY2(ranAtMs >= 595 && ranAtMs < 900, qPrintable(QString::number(ranAtMs)));

    ran.clear();
    queue->post(
        &chart, [&ran] { ran << QStringLiteral("resize"); }, std::chrono::seconds(60));
    queue->post(&chart, [&ran] { ran << QStringLiteral("spec"); });
    QTRY_COMPARE(ran, QStringList{QStringLiteral("spec")});
    QVERIFY(queue->isEmpty());
}

void TestFrameQueue::atMostOneJobAFrame()
{
    // What posted a job, and what a job causes (layouts, a repaint), get a frame before a job starts.
    FrameQueue *queue = FrameQueue::instance();
    QObject a, b;
    QElapsedTimer clock;
    clock.start();
    qint64 firstEnded = -1;
    qint64 secondStarted = -1;
    const qint64 posted = clock.elapsed();
    queue->post(&a, [&] { firstEnded = clock.elapsed(); });
    queue->post(&b, [&] { secondStarted = clock.elapsed(); });
    QTRY_VERIFY(secondStarted >= 0);
    // Not in the frame it was posted in either.
    QVERIFY2(firstEnded - posted >= FrameQueue::JobGap.count() - 1,
             qPrintable(QStringLiteral("%1 ms after posting").arg(firstEnded - posted)));
    QVERIFY2(secondStarted - firstEnded >= FrameQueue::JobGap.count() - 1,
             qPrintable(QStringLiteral("%1 ms apart").arg(secondStarted - firstEnded)));
}

LAB_TEST_MAIN(TestFrameQueue)
#include "tst_framequeue.moc"
