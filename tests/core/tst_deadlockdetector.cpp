// SPDX-License-Identifier: GPL-3.0-or-later
// The wait-for and lock-order graphs on real threads: a two-lock inversion detected once with the
// right cycle and ended by cancelling a wait; a lock-order cycle found in a run that did not hang;
// no false positive when every thread takes the locks in one order, nor from tryLock.
#include "core/sync/deadlockdetector.h"
#include "core/sync/syncmutex.h"
#include "core/sync/syncrecursivemutex.h"
#include "labtest.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Lab::Core;

namespace {

std::unique_ptr<QThread> startNamed(const QString &name, std::function<void()> body)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(body)));
    thread->setObjectName(name);
    thread->start();
    return thread;
}

QStringList waitersOf(const SyncPrimitive &primitive)
{
    return primitive.snapshot().waiters;
}

// Takes `first`, then `second`, on a thread of its own, and ends.
void takeInOrder(const QString &thread, SyncOwnedLock &first, SyncOwnedLock &second)
{
    auto t = startNamed(thread, [&] {
        if (first.lock()) {
            if (second.lock())
                second.unlock();
            first.unlock();
        }
    });
    QVERIFY(t->wait(30000));
}

} // namespace

class TestDeadlockDetector : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void inversionDetectedOnceAndBroken();
    void lockOrderCycleWithoutHang();
    void oneOrderNoCycle();
    void tryLockAndReentryAddNoEdge();
    void disabledSeesNothing();
    void resetStartsAnEpoch();
    void lockDestroyedWhileHeld();
};

void TestDeadlockDetector::init()
{
    DeadlockDetector::instance().setEnabled(true);
    DeadlockDetector::instance().reset();
}

void TestDeadlockDetector::inversionDetectedOnceAndBroken()
{
    DeadlockDetector &detector = DeadlockDetector::instance();
    int delivered = 0;
    QObject receiver; // lives here: the report crosses threads queued
    connect(&detector, &DeadlockDetector::deadlockDetected, &receiver, [&] { ++delivered; });

    SyncMutex a(QStringLiteral("lock-a"));
    SyncMutex b(QStringLiteral("lock-b"));
    QSemaphore heldA, heldB, goOne, goTwo;
    std::atomic_int oneGotB = -1, twoGotA = -1;
    auto one = startNamed(QStringLiteral("thread-one"), [&] {
        a.lock();
        heldA.release();
        goOne.acquire();
        oneGotB = b.lock() ? 1 : 0;
        if (oneGotB)
            b.unlock();
        a.unlock();
    });
    auto two = startNamed(QStringLiteral("thread-two"), [&] {
        b.lock();
        heldB.release();
        goTwo.acquire();
        twoGotA = a.lock() ? 1 : 0;
        if (twoGotA)
            a.unlock();
        b.unlock(); // the victim releases what it holds: the cycle opens
    });
    QVERIFY(heldA.tryAcquire(1, 30000));
    QVERIFY(heldB.tryAcquire(1, 30000));
    goOne.release();
    QTRY_COMPARE_WITH_TIMEOUT(waitersOf(b), QStringList{QStringLiteral("thread-one")}, 30000);
    QVERIFY(detector.deadlocks().isEmpty()); // one waiting thread is no cycle
    goTwo.release();                         // thread-two's request closes it

    QTRY_COMPARE_WITH_TIMEOUT(detector.deadlocks().size(), 1, 30000);
    const DeadlockReport report = detector.deadlocks().constFirst();
    const QList<WaitForEdge> expected{
        {QStringLiteral("thread-two"), QStringLiteral("lock-a"), QStringLiteral("thread-one")},
        {QStringLiteral("thread-one"), QStringLiteral("lock-b"), QStringLiteral("thread-two")},
    };
    QCOMPARE(report.cycle, expected);
    QVERIFY(report.detectedNs > 0);
    QCOMPARE(report.epoch, detector.epoch());
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 1, 30000);
    QVERIFY(!one->isFinished() && !two->isFinished()); // deadlocked until the lab ends it
    QVERIFY(detector.isOngoing(report));

    QVERIFY(detector.breakDeadlock(report, 0)); // victim: thread-two
    QVERIFY(one->wait(30000));
    QVERIFY(two->wait(30000));
    QCOMPARE(twoGotA.load(), 0);
    QCOMPARE(oneGotB.load(), 1);
    QVERIFY(!detector.cancelWait(QStringLiteral("thread-two"))); // it waits on nothing now
    QVERIFY(!detector.isOngoing(report));
    QCOMPARE(detector.deadlocks().size(), 1); // reported once
    QCOMPARE(delivered, 1);
    // The inversion is also a lock-order cycle: lock-a -> lock-b by one, lock-b -> lock-a by two.
    QCOMPARE(detector.lockOrderCycles().size(), 1);
}

void TestDeadlockDetector::lockOrderCycleWithoutHang()
{
    DeadlockDetector &detector = DeadlockDetector::instance();
    SyncMutex a(QStringLiteral("accounts"));
    SyncRecursiveMutex b(QStringLiteral("audit-log"));
    takeInOrder(QStringLiteral("transfer"), a, b);
    QVERIFY(detector.lockOrderCycles().isEmpty());
    takeInOrder(QStringLiteral("report"), b, a); // one after the other: never hangs

    QVERIFY(detector.deadlocks().isEmpty());
    const QList<LockOrderCycle> cycles = detector.lockOrderCycles();
    QCOMPARE(cycles.size(), 1);
    const QList<LockOrderEdge> expected{
        {QStringLiteral("audit-log"), QStringLiteral("accounts"), QStringLiteral("report")},
        {QStringLiteral("accounts"), QStringLiteral("audit-log"), QStringLiteral("transfer")},
    };
    QCOMPARE(cycles.constFirst().edges, expected);
    QCOMPARE(cycles.constFirst().locks(), (QStringList{QStringLiteral("audit-log"), QStringLiteral("accounts")}));
    takeInOrder(QStringLiteral("report"), b, a);
    QCOMPARE(detector.lockOrderCycles().size(), 1); // found once
}

void TestDeadlockDetector::oneOrderNoCycle()
{
    DeadlockDetector &detector = DeadlockDetector::instance();
    SyncMutex a(QStringLiteral("first"));
    SyncMutex b(QStringLiteral("second"));
    SyncMutex c(QStringLiteral("third"));
    auto body = [&] {
        for (int i = 0; i < 2000; ++i) {
            a.lock();
            b.lock();
            c.lock();
            c.unlock();
            b.unlock();
            if (i % 2 == 0 && c.lock()) // first -> third as well: still one order
                c.unlock();
            a.unlock();
        }
    };
    auto one = startNamed(QStringLiteral("worker-1"), body);
    auto two = startNamed(QStringLiteral("worker-2"), body);
    QVERIFY(one->wait(60000));
    QVERIFY(two->wait(60000));
    QVERIFY(detector.deadlocks().isEmpty());
    QVERIFY(detector.lockOrderCycles().isEmpty());
}

void TestDeadlockDetector::tryLockAndReentryAddNoEdge()
{
    DeadlockDetector &detector = DeadlockDetector::instance();
    SyncMutex a(QStringLiteral("left"));
    SyncRecursiveMutex b(QStringLiteral("right"));
    auto polite = startNamed(QStringLiteral("polite"), [&] {
        a.lock();
        if (b.tryLock()) // cannot wait, so cannot deadlock: no edge left -> right
            b.unlock();
        a.unlock();
    });
    QVERIFY(polite->wait(30000));
    auto reentrant = startNamed(QStringLiteral("reentrant"), [&] {
        b.lock();
        b.lock(); // held already: no edge right -> right
        a.lock();
        a.unlock();
        b.unlock();
        b.unlock();
    });
    QVERIFY(reentrant->wait(30000));
    QVERIFY(detector.lockOrderCycles().isEmpty());
}

void TestDeadlockDetector::disabledSeesNothing()
{
    DeadlockDetector &detector = DeadlockDetector::instance();
    detector.setEnabled(false);
    SyncMutex a(QStringLiteral("a"));
    SyncMutex b(QStringLiteral("b"));
    takeInOrder(QStringLiteral("one"), a, b);
    takeInOrder(QStringLiteral("two"), b, a);
    detector.setEnabled(true);
    QVERIFY(detector.lockOrderCycles().isEmpty());
}

void TestDeadlockDetector::resetStartsAnEpoch()
{
    DeadlockDetector &detector = DeadlockDetector::instance();
    SyncMutex a(QStringLiteral("a"));
    SyncMutex b(QStringLiteral("b"));
    takeInOrder(QStringLiteral("one"), a, b);
    const quint64 epoch = detector.epoch();
    detector.reset();
    QCOMPARE(detector.epoch(), epoch + 1);
    takeInOrder(QStringLiteral("two"), b, a); // the edge a -> b belongs to the previous run
    QVERIFY(detector.lockOrderCycles().isEmpty());
    takeInOrder(QStringLiteral("one"), a, b); // a new thread: its edges are new in this epoch
    QCOMPARE(detector.lockOrderCycles().size(), 1);
}

void TestDeadlockDetector::lockDestroyedWhileHeld()
{
    // A mistake the lab must survive: the thread's list of held locks keeps only an id.
    SyncMutex a(QStringLiteral("a"));
    SyncMutex b(QStringLiteral("b"));
    auto careless = startNamed(QStringLiteral("careless"), [&] {
        {
            SyncMutex gone(QStringLiteral("gone"));
            gone.lock();
        }
        a.lock();
        b.lock();
        b.unlock();
        a.unlock();
    });
    QVERIFY(careless->wait(30000));
    takeInOrder(QStringLiteral("other"), b, a);
    const QList<LockOrderCycle> cycles = DeadlockDetector::instance().lockOrderCycles();
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.constFirst().locks().size(), 2); // "gone" is in no edge
}

LAB_TEST_GUILESS_MAIN(TestDeadlockDetector)
#include "tst_deadlockdetector.moc"
