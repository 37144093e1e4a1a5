// SPDX-License-Identifier: GPL-3.0-or-later
// The dining philosophers on real threads, every remedy with 2 and 10 philosophers: none deadlocks
// and the lab ends it (the detector's cycle goes round the table); the others end with everyone fed
// (fixed-backoff may livelock instead; chandy-misra passes dirty forks on request); a live snapshot
// while they dine; with the victim left to the caller, the deadlock stands until it is chosen.
#include "core/experiments/diningphilosophers.h"
#include "core/experiments/livelockwatch.h"
#include "labtest.h"

#include <QSignalSpy>

#include <algorithm>
#include <numeric>

using namespace Lab::Core;
using Remedy = DiningPhilosophers::Remedy;

class TestDiningPhilosophers : public QObject
{
    Q_OBJECT
private slots:
    void remedies_data();
    void remedies();
    void liveSnapshot();
    void chandyMisraHandsDirtyForksOver();
    void theCallerChoosesTheVictim();
    void cancelEndsTheDinner();
    void schemaDefaults();
    void livelockWatch_data();
    void livelockWatch();
};

void TestDiningPhilosophers::remedies_data()
{
    QTest::addColumn<QString>("remedy");
    QTest::addColumn<int>("philosophers");
    for (const QString &remedy : DiningPhilosophers::remedyNames()) {
        for (int n : {2, 10})
            QTest::addRow("%s, %d", qPrintable(remedy), n) << remedy << n;
    }
}

void TestDiningPhilosophers::remedies()
{
    QFETCH(QString, remedy);
    QFETCH(int, philosophers);
    DiningPhilosophers table;
    QSignalSpy finished(&table, &DiningPhilosophers::finished);
    DiningPhilosophers::Config config;
    config.philosophers = philosophers;
    config.remedy = DiningPhilosophers::remedyFromName(remedy);
    config.seconds = 1;
    config.thinkMs = 5;
    config.eatMs = 60; // reaching for the second fork takes 30 ms: everyone holds a first fork then
    QVERIFY(table.start(config));
    QVERIFY(!table.start(config)); // running
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto result = finished.constFirst().constFirst().value<DiningPhilosophers::Result>();

    QCOMPARE(result.remedy, config.remedy);
    QCOMPARE(result.meals.size(), philosophers);
    QCOMPARE(result.maxWaitMs.size(), philosophers);
    QVERIFY(!result.cancelled);
    if (config.remedy == Remedy::None) {
        QVERIFY(result.deadlocked); // everyone starts hungry at once and reaches slowly
        QVERIFY(result.deadlockAfterMs >= 0);
        const QList<WaitForEdge> &cycle = result.deadlock.cycle;
        QCOMPARE(cycle.size(), philosophers); // round the table
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            QCOMPARE(cycle.at(i).heldBy, cycle.at((i + 1) % cycle.size()).thread);
            QVERIFY(cycle.at(i).waitsOn.startsWith(QLatin1String("fork-")));
        }
        // Every philosopher requested its right fork while holding its left: the ring of edges.
        QCOMPARE(result.lockOrderCycles.size(), 1);
        QCOMPARE(result.lockOrderCycles.constFirst().edges.size(), philosophers);
        return;
    }
    QVERIFY(!result.deadlocked);
    QVERIFY(result.deadlock.cycle.isEmpty());
    if (config.remedy == Remedy::FixedBackoff) {
        if (!result.livelocked)
            QVERIFY(std::accumulate(result.meals.cbegin(), result.meals.cend(), 0) > 0);
        return;
    }
    QVERIFY2(result.everyoneAte(), qPrintable(remedy));
    QVERIFY(!result.livelocked);
    if (config.remedy == Remedy::Ordering || config.remedy == Remedy::Backoff)
        QVERIFY(result.lockOrderCycles.isEmpty()); // one order; tryLock adds no edge
    if (config.remedy == Remedy::ChandyMisra) {
        QVERIFY(result.lockOrderCycles.isEmpty()); // one lock, the fork table, held at a time
        const DiningPhilosophers::Snapshot s = table.snapshot();
        QCOMPARE(s.forks.size(), philosophers);
        QCOMPARE(s.cleanForks.size(), philosophers);
        for (const SyncSnapshot &fork : s.forks) // every fork always has an owner
            QVERIFY(s.philosophers.cend() != std::find_if(s.philosophers.cbegin(), s.philosophers.cend(),
                                                          [&](const auto &p) { return p.name == fork.owner; }));
    }
}

void TestDiningPhilosophers::chandyMisraHandsDirtyForksOver()
{
    DiningPhilosophers table;
    QSignalSpy finished(&table, &DiningPhilosophers::finished);
    DiningPhilosophers::Config config;
    config.philosophers = 5;
    config.remedy = Remedy::ChandyMisra;
    config.seconds = 1;
    config.thinkMs = 5;
    config.eatMs = 60;
    QVERIFY(table.start(config));
    // Someone eats with both forks in hand (Chandy/Misra's forks have owners even between meals).
    const auto someoneEatsWithBothForks = [&] {
        const DiningPhilosophers::Snapshot s = table.snapshot();
        for (int i = 0; i < s.philosophers.size(); ++i) {
            const QString name = s.philosophers.at(i).name;
            if (s.philosophers.at(i).state == DiningPhilosophers::State::Eating)
                return s.forks.at(i).owner == name && s.forks.at((i + 1) % 5).owner == name;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(someoneEatsWithBothForks(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto result = finished.constFirst().constFirst().value<DiningPhilosophers::Result>();
    QVERIFY(!result.deadlocked);
    QVERIFY(!result.livelocked);
    QVERIFY2(result.everyoneAte(), "Chandy/Misra starves nobody");
    // Eating leaves both forks dirty: at the end (everyone has eaten and left) all are dirty.
    for (bool clean : table.snapshot().cleanForks)
        QVERIFY(!clean);
}

void TestDiningPhilosophers::theCallerChoosesTheVictim()
{
    DiningPhilosophers table;
    QSignalSpy finished(&table, &DiningPhilosophers::finished);
    DiningPhilosophers::Config config;
    config.philosophers = 4;
    config.remedy = Remedy::None;
    config.seconds = 1;
    config.thinkMs = 5;
    config.eatMs = 60;
    config.labBreaksDeadlock = false;
    QVERIFY(table.start(config));
    QTRY_VERIFY_WITH_TIMEOUT(table.snapshot().awaitingVictim, 30000);
    const DeadlockReport report = table.snapshot().deadlock;
    QCOMPARE(report.cycle.size(), 4);
    // The lab does not end it, nor does the time (1 s, and 1.5 s of grace): it waits for the choice.
    QTest::qWait(3000);
    QVERIFY(finished.isEmpty());
    QVERIFY(table.snapshot().awaitingVictim);
    QVERIFY(!table.breakDeadlock(QStringLiteral("philosopher-9")));
    const QString victim = report.cycle.at(2).thread;
    QVERIFY(table.breakDeadlock(victim));
    QVERIFY(!table.breakDeadlock(victim)); // once
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto result = finished.constFirst().constFirst().value<DiningPhilosophers::Result>();
    QVERIFY(result.deadlocked);
    QCOMPARE(result.victim, victim);
    QVERIFY(!result.cancelled);
    QVERIFY(!table.snapshot().awaitingVictim);
}

void TestDiningPhilosophers::liveSnapshot()
{
    DiningPhilosophers table;
    QSignalSpy finished(&table, &DiningPhilosophers::finished);
    DiningPhilosophers::Config config;
    config.philosophers = 5;
    config.remedy = Remedy::Arbitrator;
    config.seconds = 1;
    config.eatMs = 100;
    QVERIFY(table.start(config));
    // Someone eats with two forks in hand; the seats show N-1 permits.
    const auto someoneEatsWithBothForks = [&] {
        const DiningPhilosophers::Snapshot s = table.snapshot();
        for (int i = 0; i < s.philosophers.size(); ++i) {
            const QString name = s.philosophers.at(i).name;
            if (s.philosophers.at(i).state == DiningPhilosophers::State::Eating)
                return s.forks.at(i).owner == name && s.forks.at((i + 1) % 5).owner == name;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(someoneEatsWithBothForks(), 30000);
    const DiningPhilosophers::Snapshot s = table.snapshot();
    QCOMPARE(s.philosophers.size(), 5);
    QCOMPARE(s.forks.size(), 5);
    QCOMPARE(s.forks.at(2).name, QStringLiteral("fork-3"));
    QCOMPARE(s.philosophers.at(4).name, QStringLiteral("philosopher-5"));
    QCOMPARE(s.seats.maxPermits, 4);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    for (const auto &p : table.snapshot().philosophers)
        QCOMPARE(p.state, DiningPhilosophers::State::Done);
}

void TestDiningPhilosophers::cancelEndsTheDinner()
{
    DiningPhilosophers table;
    QSignalSpy finished(&table, &DiningPhilosophers::finished);
    DiningPhilosophers::Config config;
    config.remedy = Remedy::Ordering;
    config.seconds = 60;
    QVERIFY(table.start(config));
    QTRY_VERIFY_WITH_TIMEOUT(table.snapshot().philosophers.constFirst().meals > 0, 30000);
    table.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.constFirst().constFirst().value<DiningPhilosophers::Result>().cancelled);
}

void TestDiningPhilosophers::schemaDefaults()
{
    const ParameterValues values = DiningPhilosophers::schema().defaults();
    const auto config = DiningPhilosophers::configFrom(values, Remedy::Backoff);
    QCOMPARE(config.philosophers, 5);
    QCOMPARE(config.seconds, 5);
    QCOMPARE(config.seed, quint64(42));
    // The headless contract's five; chandy-misra is there to choose.
    QCOMPARE(values.choices(QStringLiteral("remedies")), DiningPhilosophers::defaultRemedyNames());
    QCOMPARE(DiningPhilosophers::defaultRemedyNames().size(), 5);
    QVERIFY(DiningPhilosophers::schema().find(u"remedies")->choices.contains(QStringLiteral("chandy-misra")));
}

void TestDiningPhilosophers::livelockWatch_data()
{
    // Looks at times (ms) with the meals so far and whether everyone was busy; the window is 300 ms.
    QTest::addColumn<QList<int>>("atMs");
    QTest::addColumn<QList<int>>("meals");
    QTest::addColumn<QList<bool>>("busy");
    QTest::addColumn<QList<bool>>("livelock");
    QTest::newRow("busy, no meal") << QList<int>{100, 300, 301, 400} << QList<int>{0, 0, 0, 0}
                                   << QList<bool>{true, true, true, true} << QList<bool>{false, false, true, true};
    QTest::newRow("a meal restarts the window")
        << QList<int>{200, 400, 501, 701} << QList<int>{0, 1, 1, 1} << QList<bool>{true, true, true, true}
        << QList<bool>{false, false, false, true};
    QTest::newRow("someone thinking or a pause restarts it")
        << QList<int>{250, 500, 551, 801} << QList<int>{0, 0, 0, 0} << QList<bool>{true, false, true, true}
        << QList<bool>{false, false, false, true};
}

void TestDiningPhilosophers::livelockWatch()
{
    QFETCH(QList<int>, atMs);
    QFETCH(QList<int>, meals);
    QFETCH(QList<bool>, busy);
    QFETCH(QList<bool>, livelock);
    constexpr qint64 ms = 1'000'000;
    LivelockWatch watch;
    watch.restart(0);
    for (qsizetype i = 0; i < atMs.size(); ++i)
        QCOMPARE(watch.observe(atMs.at(i) * ms, meals.at(i), busy.at(i), 300 * ms), livelock.at(i));
}

LAB_TEST_GUILESS_MAIN(TestDiningPhilosophers)
#include "tst_diningphilosophers.moc"
