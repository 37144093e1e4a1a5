// SPDX-License-Identifier: GPL-3.0-or-later
// The instrumented primitives on real threads: correctness (exclusion, counts, wake-ups, phases),
// their snapshots (owner, hold count, waiters in arrival order, permits, arrivals), cancellable waits,
// and what the trace shows of a blocked lab thread.
#include "core/sync/syncbarrier.h"
#include "core/sync/syncboundedqueue.h"
#include "core/sync/synccondition.h"
#include "core/sync/syncevent.h"
#include "core/sync/syncmutex.h"
#include "core/sync/syncreadwritelock.h"
#include "core/sync/syncrecursivemutex.h"
#include "core/sync/syncsemaphore.h"
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"

#include <QAtomicInt>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Lab::Core;

namespace {

// QtTest's macros belong to the test's own thread: threads count their failures here instead, and
// cleanup() fails the test if any did.
std::atomic_int s_threadFailures = 0;
#define CHECK(condition)                                                                                               \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ++s_threadFailures;                                                                                        \
    } while (false)

// A named plain QThread running `body`, started at once.
std::unique_ptr<QThread> startNamed(const QString &name, std::function<void()> body)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(body)));
    thread->setObjectName(name);
    thread->start();
    return thread;
}

SyncSnapshot snapshotOf(const QString &name)
{
    for (const SyncSnapshot &s : SyncPrimitive::all()) {
        if (s.name == name)
            return s;
    }
    return {};
}

} // namespace

class TestSyncPrimitives : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void mutexExcludes();
    void mutexSelfDeadlockIsRefused();
    void mutexSnapshotAndCancel();
    void recursiveMutexCounts();
    void semaphoreCountsAndBound();
    void conditionWakesOneOrAll();
    void conditionLostNotification();
    void eventSetAndClear();
    void barrierPhasesAndBreak();
    void readWriteLockReadersShareWriterExcludes();
    void readWriteLockWaitingWriterKeepsNewReadersOut();
    void boundedQueueBlocksAtBothEnds();
    void boundedQueueCloseEndsConsumers();
    void blockedLabThreadNamesLockAndHolder();
};

void TestSyncPrimitives::cleanup()
{
    QCOMPARE(s_threadFailures.exchange(0), 0);
}

void TestSyncPrimitives::mutexExcludes()
{
    SyncMutex mutex(QStringLiteral("counter-lock"));
    qint64 counter = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.push_back(startNamed(QStringLiteral("adder-%1").arg(t), [&] {
            for (int i = 0; i < 20000; ++i) {
                CHECK(mutex.lock());
                const qint64 seen = counter;
                QThread::yieldCurrentThread();
                counter = seen + 1;
                CHECK(mutex.unlock());
            }
        }));
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(counter, 80000);
    QCOMPARE(snapshotOf(QStringLiteral("counter-lock")).operations, quint64(160000));
}

void TestSyncPrimitives::mutexSelfDeadlockIsRefused()
{
    SyncMutex mutex(QStringLiteral("plain"));
    QVERIFY(mutex.lock());
    QVERIFY(!mutex.lock(QDeadlineTimer(5000))); // refused at once, not after the deadline
    QCOMPARE(mutex.selfDeadlocks(), 1);
    QVERIFY(mutex.isHeldByCurrentThread());
    auto other = startNamed(QStringLiteral("stranger"), [&] { CHECK(!mutex.unlock()); });
    QVERIFY(other->wait(5000));
    QVERIFY(mutex.unlock());
    QVERIFY(!mutex.unlock()); // not held any more
}

void TestSyncPrimitives::mutexSnapshotAndCancel()
{
    SyncMutex mutex(QStringLiteral("fork-1"));
    std::atomic_bool holderMayGo = false;
    std::atomic_int results = 0;
    auto holder = startNamed(QStringLiteral("holder"), [&] {
        CHECK(mutex.lock());
        while (!holderMayGo)
            QThread::msleep(1);
        mutex.unlock();
    });
    QTRY_COMPARE(mutex.ownerName(), QStringLiteral("holder"));
    auto first = startNamed(QStringLiteral("first"), [&] { results += mutex.lock() ? 1 : 100; });
    QTRY_COMPARE(snapshotOf(QStringLiteral("fork-1")).waiters, QStringList{QStringLiteral("first")});
    auto second = startNamed(QStringLiteral("second"), [&] { results += mutex.lock() ? 1 : 100; });
    QTRY_COMPARE(snapshotOf(QStringLiteral("fork-1")).waiters,
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    const SyncSnapshot s = snapshotOf(QStringLiteral("fork-1"));
    QCOMPARE(s.kind, QStringLiteral("mutex"));
    QCOMPARE(s.owner, QStringLiteral("holder"));
    QCOMPARE(s.holdCount, 1);
    // The lab ends a wait without killing anything: "second" gives up, "first" goes on waiting.
    mutex.cancelWaiter(second.get());
    QVERIFY(second->wait(5000));
    QCOMPARE(results.load(), 100);
    QCOMPARE(snapshotOf(QStringLiteral("fork-1")).waiters, QStringList{QStringLiteral("first")});
    holderMayGo = true;
    QVERIFY(holder->wait(5000));
    QVERIFY(first->wait(5000));
    QCOMPARE(results.load(), 101);
    QCOMPARE(mutex.ownerName(), QStringLiteral("first")); // it never unlocked: it still holds it
}

void TestSyncPrimitives::recursiveMutexCounts()
{
    SyncRecursiveMutex account(QStringLiteral("account"));
    QVERIFY(account.lock()); // deposit()
    QVERIFY(account.lock()); // deposit() calls show_balance(), which locks again
    QCOMPARE(account.holdCount(), 2);
    QCOMPARE(snapshotOf(QStringLiteral("account")).holdCount, 2);
    std::atomic_bool got = false;
    auto other = startNamed(QStringLiteral("teller"), [&] {
        got = account.lock();
        account.unlock();
    });
    QTRY_COMPARE(snapshotOf(QStringLiteral("account")).waiters, QStringList{QStringLiteral("teller")});
    QVERIFY(account.unlock());
    QTest::qWait(50);
    QVERIFY(!got); // still held once
    QVERIFY(account.unlock());
    QVERIFY(other->wait(5000));
    QVERIFY(got);
    QVERIFY(!account.unlock());
}

void TestSyncPrimitives::semaphoreCountsAndBound()
{
    SyncSemaphore seats(QStringLiteral("seats"), 2);
    std::atomic_bool mayLeave = false;
    std::vector<std::unique_ptr<QThread>> guests;
    for (int i = 1; i <= 3; ++i) {
        guests.push_back(startNamed(QStringLiteral("guest-%1").arg(i), [&] {
            CHECK(seats.acquire());
            while (!mayLeave)
                QThread::msleep(1);
            seats.release();
        }));
        QTRY_COMPARE(snapshotOf(QStringLiteral("seats")).holders.size() +
                         snapshotOf(QStringLiteral("seats")).waiters.size(),
                     qsizetype(i));
    }
    SyncSnapshot s = snapshotOf(QStringLiteral("seats"));
    QCOMPARE(s.permits, 0); // falls on acquire, never below zero
    QCOMPARE(s.holders, (QStringList{QStringLiteral("guest-1"), QStringLiteral("guest-2")}));
    QCOMPARE(s.waiters, QStringList{QStringLiteral("guest-3")});
    mayLeave = true;
    for (auto &guest : guests)
        QVERIFY(guest->wait(5000));
    QCOMPARE(seats.available(), 2);

    SyncSemaphore bounded(QStringLiteral("tickets"), 1, /*bounded=*/true);
    QCOMPARE(bounded.kind(), QStringLiteral("bounded-semaphore"));
    QVERIFY(!bounded.release()); // past its bound: refused, as Python's ValueError
    QCOMPARE(bounded.refusedReleases(), 1);
    QCOMPARE(bounded.available(), 1);
    QVERIFY(bounded.tryAcquire());
    QVERIFY(!bounded.tryAcquire());
    QVERIFY(bounded.release());
    SyncSemaphore plain(QStringLiteral("plain"), 1);
    QVERIFY(plain.release()); // an unbounded one just grows
    QCOMPARE(plain.available(), 2);
}

void TestSyncPrimitives::conditionWakesOneOrAll()
{
    SyncMutex mutex(QStringLiteral("queue-lock"));
    SyncCondition items(QStringLiteral("items"), mutex);
    int queued = 0;
    std::atomic_int consumed = 0;
    std::vector<std::unique_ptr<QThread>> consumers;
    for (int i = 1; i <= 3; ++i) {
        consumers.push_back(startNamed(QStringLiteral("consumer-%1").arg(i), [&] {
            CHECK(mutex.lock());
            while (queued == 0) // a while, never an if: the predicate is checked again after each wake
                CHECK(items.wait(QDeadlineTimer(20000)));
            --queued;
            ++consumed;
            mutex.unlock();
        }));
    }
    QTRY_COMPARE(snapshotOf(QStringLiteral("items")).waiters.size(), qsizetype(3));
    QVERIFY(mutex.lock());
    ++queued;
    items.notifyOne();
    mutex.unlock();
    QTRY_COMPARE(consumed.load(), 1);
    QTest::qWait(50);
    QCOMPARE(consumed.load(), 1); // one item, one consumer
    QVERIFY(mutex.lock());
    queued += 2;
    items.notifyAll();
    mutex.unlock();
    for (auto &consumer : consumers)
        QVERIFY(consumer->wait(5000));
    QCOMPARE(consumed.load(), 3);
    QVERIFY(!items.wait()); // without holding the mutex: refused
}

void TestSyncPrimitives::conditionLostNotification()
{
    SyncMutex mutex(QStringLiteral("m"));
    SyncCondition ready(QStringLiteral("ready"), mutex);
    ready.notifyOne(); // nobody waits: the notification is lost
    QVERIFY(mutex.lock());
    QVERIFY(!ready.wait(QDeadlineTimer(100))); // times out, and holds the mutex again
    QVERIFY(mutex.isHeldByCurrentThread());
    mutex.unlock();
}

void TestSyncPrimitives::eventSetAndClear()
{
    SyncEvent light(QStringLiteral("green-light"));
    QVERIFY(!light.wait(QDeadlineTimer(50)));
    std::atomic_int passed = 0;
    std::vector<std::unique_ptr<QThread>> cars;
    for (int i = 1; i <= 3; ++i)
        cars.push_back(
            startNamed(QStringLiteral("car-%1").arg(i), [&] { passed += light.wait(QDeadlineTimer(20000)); }));
    QTRY_COMPARE(snapshotOf(QStringLiteral("green-light")).waiters.size(), qsizetype(3));
    light.set();
    for (auto &car : cars)
        QVERIFY(car->wait(5000));
    QCOMPARE(passed.load(), 3);
    QVERIFY(light.wait(QDeadlineTimer(0))); // set: passes at once
    light.clear();
    QVERIFY(!light.isSet());
    QVERIFY(!snapshotOf(QStringLiteral("green-light")).isSet);
}

void TestSyncPrimitives::readWriteLockReadersShareWriterExcludes()
{
    SyncReadWriteLock table(QStringLiteral("table"));
    std::atomic_int reading = 0;
    std::atomic_int mostReading = 0;
    std::atomic_int writing = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 1; i <= 3; ++i) {
        threads.push_back(startNamed(QStringLiteral("reader-%1").arg(i), [&] {
            for (int n = 0; n < 20; ++n) {
                CHECK(table.lockForRead(QDeadlineTimer(20000)));
                const int now = ++reading;
                int most = mostReading.load();
                while (now > most && !mostReading.compare_exchange_weak(most, now)) {
                }
                CHECK(writing.load() == 0);
                QThread::msleep(2);
                --reading;
                CHECK(table.unlock());
            }
        }));
    }
    threads.push_back(startNamed(QStringLiteral("writer"), [&] {
        for (int n = 0; n < 10; ++n) {
            CHECK(table.lockForWrite(QDeadlineTimer(20000)));
            CHECK(++writing == 1);
            CHECK(reading.load() == 0);
            CHECK(!table.lockForWrite(QDeadlineTimer(0))); // not recursive: refused, not a hang
            QThread::msleep(1);
            --writing;
            CHECK(table.unlock());
        }
    }));
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));
    QVERIFY2(mostReading.load() >= 2, "readers never shared the lock");
    QCOMPARE(table.readers(), 0);
    QVERIFY(!table.unlock()); // held by nobody
}

void TestSyncPrimitives::readWriteLockWaitingWriterKeepsNewReadersOut()
{
    SyncReadWriteLock table(QStringLiteral("table"));
    QVERIFY(table.lockForRead()); // this thread reads
    std::atomic_bool wrote = false;
    auto writer = startNamed(QStringLiteral("writer"), [&] {
        CHECK(table.lockForWrite(QDeadlineTimer(20000)));
        wrote = true;
        CHECK(table.unlock());
    });
    QTRY_COMPARE(snapshotOf(QStringLiteral("table")).waiters, QStringList{QStringLiteral("writer")});
    // A new reader waits behind the writer (no writer starvation) ...
    std::atomic_bool read = false;
    auto reader = startNamed(QStringLiteral("late-reader"), [&] {
        CHECK(table.lockForRead(QDeadlineTimer(20000)));
        read = true;
        CHECK(wrote.load()); // the writer went first
        CHECK(table.unlock());
    });
    QTRY_COMPARE(snapshotOf(QStringLiteral("table")).waiters.size(), qsizetype(2));
    // ... while the reader that holds it may read again (it would otherwise wait for itself).
    QVERIFY(table.lockForRead(QDeadlineTimer(0)));
    const SyncSnapshot held = snapshotOf(QStringLiteral("table"));
    QCOMPARE(held.kind, QStringLiteral("rwlock"));
    QCOMPARE(held.holders.size(), qsizetype(2));
    QVERIFY(held.owner.isEmpty());
    QVERIFY(table.unlock());
    QVERIFY(table.unlock());
    QVERIFY(writer->wait(20000));
    QVERIFY(reader->wait(20000));
    QVERIFY(wrote.load() && read.load());
}

void TestSyncPrimitives::boundedQueueBlocksAtBothEnds()
{
    SyncBoundedQueue<int> items(QStringLiteral("items"), 2);
    QVERIFY(items.put(1));
    QVERIFY(items.put(2));
    QVERIFY(!items.put(3, QDeadlineTimer(50))); // full: the put times out, 3 is not in it
    QCOMPARE(items.size(), 2);
    auto producer = startNamed(QStringLiteral("producer"), [&] {
        for (int i = 3; i <= 10; ++i)
            CHECK(items.put(i, QDeadlineTimer(20000)));
    });
    QTRY_COMPARE(snapshotOf(QStringLiteral("items")).waiters, QStringList{QStringLiteral("producer")});
    QCOMPARE(snapshotOf(QStringLiteral("items")).fill, 2);
    QCOMPARE(snapshotOf(QStringLiteral("items")).capacity, 2);
    QList<int> taken;
    for (int i = 0; i < 10; ++i) {
        int item = 0;
        QVERIFY(items.take(&item, QDeadlineTimer(20000)));
        taken.append(item);
    }
    QVERIFY(producer->wait(20000));
    QCOMPARE(taken, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})); // first in, first out
    int item = 0;
    QVERIFY(!items.take(&item, QDeadlineTimer(50))); // empty: the take times out
}

void TestSyncPrimitives::boundedQueueCloseEndsConsumers()
{
    SyncBoundedQueue<int> items(QStringLiteral("items"), 4);
    std::atomic_int sum = 0;
    std::vector<std::unique_ptr<QThread>> consumers;
    for (int i = 1; i <= 2; ++i) {
        consumers.push_back(startNamed(QStringLiteral("consumer-%1").arg(i), [&] {
            int item = 0;
            while (items.take(&item, QDeadlineTimer(20000)))
                sum += item;
        }));
    }
    for (int i = 1; i <= 100; ++i)
        QVERIFY(items.put(i, QDeadlineTimer(20000)));
    items.close();
    for (auto &consumer : consumers)
        QVERIFY(consumer->wait(20000)); // both drained the queue and ended
    QCOMPARE(sum.load(), 5050);
    QVERIFY(!items.put(1)); // closed
}

void TestSyncPrimitives::barrierPhasesAndBreak()
{
    SyncBarrier barrier(QStringLiteral("phase-gate"), 3);
    std::atomic_int completed = 0;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 1; i <= 3; ++i) {
        workers.push_back(startNamed(QStringLiteral("worker-%1").arg(i), [&] {
            for (int phase = 0; phase < 3; ++phase) {
                const int index = barrier.wait(QDeadlineTimer(20000));
                CHECK(index >= 0 && index < 3);
            }
            ++completed;
        }));
    }
    for (auto &worker : workers)
        QVERIFY(worker->wait(20000));
    QCOMPARE(completed.load(), 3);
    QCOMPARE(barrier.phase(), 3);

    // Two arrive, the third never comes: the first one's timeout breaks it for both.
    std::atomic_int broken = 0;
    auto patient = startNamed(QStringLiteral("patient"), [&] { broken += barrier.wait() < 0; });
    QTRY_COMPARE(snapshotOf(QStringLiteral("phase-gate")).arrived, 1);
    auto hasty = startNamed(QStringLiteral("hasty"), [&] { broken += barrier.wait(QDeadlineTimer(100)) < 0; });
    QVERIFY(hasty->wait(5000));
    QVERIFY(patient->wait(5000));
    QCOMPARE(broken.load(), 2);
    QVERIFY(barrier.isBroken());
    QCOMPARE(barrier.wait(QDeadlineTimer(0)), -1); // stays broken
    barrier.reset();
    QVERIFY(!barrier.isBroken());
}

void TestSyncPrimitives::blockedLabThreadNamesLockAndHolder()
{
    TraceRecorder recorder;
    Pacer pacer;
    SyncMutex fork(QStringLiteral("fork-2"));
    std::atomic_bool release = false;
    LabThread holder(
        QStringLiteral("philosopher-2"),
        [&] {
            fork.lock();
            while (!release)
                QThread::msleep(1);
            fork.unlock();
        },
        &recorder, &pacer);
    LabThread waiter(
        QStringLiteral("philosopher-1"),
        [&] {
            fork.lock();
            fork.unlock();
        },
        &recorder, &pacer);
    holder.start();
    QTRY_COMPARE(fork.ownerName(), QStringLiteral("philosopher-2"));
    waiter.start();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.worker(waiter.workerId()).state, ThreadState::Blocked, 5000);
    QCOMPARE(recorder.worker(waiter.workerId()).detail, QStringLiteral("on \"fork-2\" (held by philosopher-2)"));
    release = true;
    QVERIFY(holder.wait(5000));
    QVERIFY(waiter.wait(5000));
    // The hand-off is on philosopher-1's timeline.
    bool handOff = false;
    for (const TraceEvent &event : recorder.events()) {
        handOff = handOff || (event.workerId == waiter.workerId() && event.kind == TraceEventKind::Mark &&
                              event.detail == QStringLiteral("\"fork-2\": released by philosopher-2 → philosopher-1"));
    }
    QVERIFY(handOff);
}

LAB_TEST_GUILESS_MAIN(TestSyncPrimitives)
#include "tst_syncprimitives.moc"
