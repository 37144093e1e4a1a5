// SPDX-License-Identifier: GPL-3.0-or-later
// "Two threads, two locks" on real threads: opposite orders deadlock, the detector closes the cycle,
// the chosen victim's wait is cancelled and the other finishes; one order never cycles and its
// lock-order graph is A -> B only; opposite orders that happen not to hang still leave the
// lock-order cycle (a potential deadlock); a cancel ends a standing deadlock.
#include "core/experiments/twolocks.h"
#include "labtest.h"

#include <QSignalSpy>

using namespace Lab::Core;

class TestTwoLocks : public QObject
{
    Q_OBJECT
private slots:
    void oppositeOrdersDeadlockAndTheVictimGivesUp_data();
    void oppositeOrdersDeadlockAndTheVictimGivesUp();
    void sameOrderNeverCycles();
    void aLuckyRunStillShowsThePotentialDeadlock();
    void cancelEndsAStandingDeadlock();
    void schemaDefaults();

private:
    static ParameterValues values(const QString &order, int holdMs, int staggerMs = 0)
    {
        ParameterValues v = TwoLocks::schema().defaults();
        v.set(QStringLiteral("order"), order, true);
        v.set(QStringLiteral("hold-ms"), holdMs, true);
        v.set(QStringLiteral("work-ms"), 20, true);
        v.set(QStringLiteral("stagger-ms"), staggerMs, true);
        return v;
    }
    static TwoLocks::Result resultOf(const QSignalSpy &finished)
    {
        return finished.constFirst().constFirst().value<TwoLocks::Result>();
    }
};

void TestTwoLocks::oppositeOrdersDeadlockAndTheVictimGivesUp_data()
{
    QTest::addColumn<QString>("victim");
    QTest::addColumn<QString>("survivor");
    QTest::newRow("thread-1 is the victim") << QStringLiteral("thread-1") << QStringLiteral("thread-2");
    QTest::newRow("thread-2 is the victim") << QStringLiteral("thread-2") << QStringLiteral("thread-1");
}

void TestTwoLocks::oppositeOrdersDeadlockAndTheVictimGivesUp()
{
    QFETCH(QString, victim);
    QFETCH(QString, survivor);
    TwoLocks locks;
    QSignalSpy detected(&locks, &TwoLocks::deadlockDetected);
    QSignalSpy finished(&locks, &TwoLocks::finished);
    QVERIFY(!locks.breakDeadlock(victim)); // not running
    QVERIFY(locks.start(values(QStringLiteral("opposite"), 200)));
    QVERIFY(!locks.start(values(QStringLiteral("opposite"), 200))); // running
    QTRY_COMPARE_WITH_TIMEOUT(detected.size(), 1, 20000);
    const auto report = detected.constFirst().constFirst().value<DeadlockReport>();
    QCOMPARE(report.cycle.size(), 2);
    QCOMPARE(report.cycle.at(0).heldBy, report.cycle.at(1).thread);
    QCOMPARE(report.cycle.at(1).heldBy, report.cycle.at(0).thread);

    // Each holds one lock and waits for the other's; nothing moves until the victim is chosen.
    const TwoLocks::View view = locks.view();
    QCOMPARE(view.threads.at(0).step, TwoLocks::Step::WaitingForSecond);
    QCOMPARE(view.threads.at(1).step, TwoLocks::Step::WaitingForSecond);
    QCOMPARE(view.locks.at(0).owner, QStringLiteral("thread-1"));
    QCOMPARE(view.locks.at(0).waiters, QStringList{QStringLiteral("thread-2")});
    QCOMPARE(view.locks.at(1).owner, QStringLiteral("thread-2"));
    QVERIFY(finished.isEmpty());
    QVERIFY(!locks.breakDeadlock(QStringLiteral("thread-3"))); // not in the cycle

    QVERIFY(locks.breakDeadlock(victim));
    QVERIFY(!locks.breakDeadlock(survivor)); // broken once
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const TwoLocks::Result result = resultOf(finished);
    QVERIFY(result.deadlocked);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.victim, victim);
    QCOMPARE(result.completed, QStringList{survivor}); // the other proceeded
    const TwoLocks::View after = locks.view();
    QCOMPARE(after.threads.at(victim == QLatin1String("thread-1") ? 0 : 1).step, TwoLocks::Step::GaveUp);
    QCOMPARE(after.threads.at(victim == QLatin1String("thread-1") ? 1 : 0).step, TwoLocks::Step::Done);
    // Both requests were made while holding the other lock: A -> B and B -> A, a cycle.
    QCOMPARE(result.lockOrder.size(), 2);
    QCOMPARE(result.lockOrderCycles.size(), 1);
    QCOMPARE(result.lockOrderCycles.constFirst().edges.size(), 2);
}

void TestTwoLocks::sameOrderNeverCycles()
{
    TwoLocks locks;
    QSignalSpy detected(&locks, &TwoLocks::deadlockDetected);
    QSignalSpy finished(&locks, &TwoLocks::finished);
    QVERIFY(locks.start(values(QStringLiteral("same"), 100)));
    QCOMPARE(locks.view().threads.at(1).first, QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const TwoLocks::Result result = resultOf(finished);
    QVERIFY(detected.isEmpty());
    QVERIFY(!result.deadlocked);
    QCOMPARE(result.completed.size(), 2);
    QVERIFY(result.victim.isEmpty());
    QVERIFY(result.lockOrderCycles.isEmpty());
    // One edge, A -> B (both threads made it; the first is remembered).
    QCOMPARE(result.lockOrder.size(), 1);
    QCOMPARE(result.lockOrder.constFirst().from, QStringLiteral("A"));
    QCOMPARE(result.lockOrder.constFirst().to, QStringLiteral("B"));
}

void TestTwoLocks::aLuckyRunStillShowsThePotentialDeadlock()
{
    TwoLocks locks;
    QSignalSpy detected(&locks, &TwoLocks::deadlockDetected);
    QSignalSpy finished(&locks, &TwoLocks::finished);
    // thread-2 starts once thread-1 has long finished (10 ms with one lock, 20 ms with both).
    QVERIFY(locks.start(values(QStringLiteral("opposite"), 10, 1500)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const TwoLocks::Result result = resultOf(finished);
    QVERIFY(detected.isEmpty());
    QVERIFY(!result.deadlocked);
    QCOMPARE(result.completed, (QStringList{QStringLiteral("thread-1"), QStringLiteral("thread-2")}));
    QCOMPARE(result.lockOrder.size(), 2);
    QCOMPARE(result.lockOrderCycles.size(), 1);
    QStringList paths;
    for (const LockOrderEdge &edge : result.lockOrderCycles.constFirst().edges)
        paths.append(edge.thread + QLatin1Char(':') + edge.from + QLatin1Char('>') + edge.to);
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("thread-1:A>B"), QStringLiteral("thread-2:B>A")}));
}

void TestTwoLocks::cancelEndsAStandingDeadlock()
{
    TwoLocks locks;
    QSignalSpy detected(&locks, &TwoLocks::deadlockDetected);
    QSignalSpy finished(&locks, &TwoLocks::finished);
    QVERIFY(locks.start(values(QStringLiteral("opposite"), 100)));
    QTRY_COMPARE_WITH_TIMEOUT(detected.size(), 1, 20000);
    locks.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const TwoLocks::Result result = resultOf(finished);
    QVERIFY(result.cancelled);
    QVERIFY(result.deadlocked);
    QVERIFY(result.completed.isEmpty());
    QVERIFY(result.victim.isEmpty());
    QCOMPARE(locks.view().threads.at(0).step, TwoLocks::Step::Cancelled);
    QCOMPARE(locks.view().locks.at(0).owner, QString()); // everything put down
    QCOMPARE(locks.view().locks.at(1).owner, QString());
}

void TestTwoLocks::schemaDefaults()
{
    const ParameterValues defaults = TwoLocks::schema().defaults();
    QCOMPARE(defaults.choice(QStringLiteral("order")), QStringLiteral("opposite"));
    QCOMPARE(defaults.integer(QStringLiteral("hold-ms")), 1000); // watchable: the deadlock forms slowly
    QCOMPARE(defaults.integer(QStringLiteral("stagger-ms")), 0);
}

LAB_TEST_GUILESS_MAIN(TestTwoLocks)
#include "tst_twolocks.moc"
