// SPDX-License-Identifier: GPL-3.0-or-later
// The deadlock panel as a person uses it. Two threads, two locks: opposite orders deadlock, the cycle
// is drawn in red with every condition ticked, the person chooses the victim (a button or a click on
// the thread) and the other finishes; one order never cycles and the lock-order graph shows why.
// Philosophers: without a remedy they deadlock, the lab finds the circle of waits and ends it (or the
// person clicks the victim); with ordering or Chandy/Misra everyone eats; a cancel ends the dinner;
// closing the panel during a standing deadlock neither hangs nor crashes.
#include "gui/labresources.h"
#include "gui/panels/tilegrid.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/deadlock/deadlockpanel.h"
#include "gui/topics/deadlock/diningtablewidget.h"
#include "gui/topics/deadlock/lockgraphwidget.h"
#include "gui/topics/deadlock/philosopherspage.h"
#include "gui/topics/deadlock/twolockspage.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

using namespace Lab::Gui;

class TestDeadlockPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
    }

    void registered()
    {
        const Topic *topic = findTopic(u"deadlock");
        QVERIFY(topic && topic->createExperiment);
        QCOMPARE(topic->section, QStringLiteral("9.2"));
        std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
        QVERIFY(qobject_cast<DeadlockPanel *>(experiment.get()));
        QString error;
        QVERIFY(!experiment->setParameter(QStringLiteral("philosophers"), QStringLiteral("11"), &error));
        QCOMPARE(error, QStringLiteral("philosophers: must be an integer from 2 to 10 (got \"11\")"));
    }

    void withoutARemedyTheyDeadlock()
    {
        DeadlockPanel panel;
        set(panel, QStringLiteral("scenario"), QStringLiteral("philosophers"));
        set(panel, QStringLiteral("remedies"), QStringLiteral("none"));
        set(panel, QStringLiteral("philosophers"), QStringLiteral("5"));
        set(panel, QStringLiteral("seconds"), QStringLiteral("2"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel.lastStatus(), QStringLiteral("Done: 1 remedy tried."));
        // The circle round the table: five philosophers, each waiting on a fork its neighbour holds.
        QCOMPARE(panel.table()->deadlock().cycle.size(), qsizetype(5));
        QCOMPARE(panel.conditions()->text().count(QStringLiteral("\u2713")), 4);
        QVERIFY2(panel.results()->text().contains(QStringLiteral("deadlock</b> after")),
                 qPrintable(panel.results()->text()));
        QVERIFY(panel.results()->text().contains(QStringLiteral("ended by the lab")));
    }

    void orderingFeedsEveryone()
    {
        DeadlockPanel panel;
        set(panel, QStringLiteral("scenario"), QStringLiteral("philosophers"));
        set(panel, QStringLiteral("remedies"), QStringLiteral("ordering"));
        set(panel, QStringLiteral("seconds"), QStringLiteral("1"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(panel.table()->deadlock().cycle.isEmpty());
        QVERIFY2(panel.results()->text().contains(QStringLiteral("everyone ate")), qPrintable(panel.results()->text()));
        for (int i = 0; i < panel.philosophers()->count(); ++i)
            QVERIFY(panel.philosophers()->tile(i)->value().toInt() > 0);
        QVERIFY(panel.conditions()->text().count(QStringLiteral("\u2713")) < 4); // no circular wait
    }

    void theDeadlockIsHeldBeforeTheNextRemedy()
    {
        DeadlockPanel panel;
        set(panel, QStringLiteral("scenario"), QStringLiteral("philosophers"));
        set(panel, QStringLiteral("remedies"), QStringLiteral("none,ordering"));
        set(panel, QStringLiteral("seconds"), QStringLiteral("1"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        auto *remedy = panel.findChild<QLabel *>(QStringLiteral("currentRemedy"));
        QTRY_VERIFY_WITH_TIMEOUT(remedy->text().contains(QStringLiteral("The next remedy starts in 3 s")), 20000);
        QCOMPARE(panel.table()->deadlock().cycle.size(), qsizetype(5)); // still drawn
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel.lastStatus(), QStringLiteral("Done: 2 remedies tried."));
        QVERIFY(panel.table()->deadlock().cycle.isEmpty()); // ordering ran last: no circle
        QVERIFY(panel.results()->text().contains(QStringLiteral("<b>ordering</b>")));
    }

    void cancelEndsTheDinner()
    {
        DeadlockPanel panel;
        set(panel, QStringLiteral("scenario"), QStringLiteral("philosophers"));
        set(panel, QStringLiteral("remedies"), QStringLiteral("ordering,arbitrator"));
        set(panel, QStringLiteral("seconds"), QStringLiteral("30"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        QTest::qWait(300);
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(panel.lastStatus(), QStringLiteral("Cancelled."));
    }

    void twoLocksScenarioIsTheFirst()
    {
        DeadlockPanel panel;
        QCOMPARE(panel.currentPage(), panel.twoLocks());
        QString error;
        QVERIFY(!panel.setParameter(QStringLiteral("order"), QStringLiteral("sideways"), &error));
        QCOMPARE(error, QStringLiteral("order: must be one of opposite, same (got \"sideways\")"));
    }

    void oppositeOrdersDeadlockAndThePersonChoosesTheVictim_data()
    {
        QTest::addColumn<int>("victim");
        QTest::addColumn<bool>("byClick");
        QTest::newRow("thread-1 by its button") << 0 << false;
        QTest::newRow("thread-2 by a click on its node") << 1 << true;
    }

    void oppositeOrdersDeadlockAndThePersonChoosesTheVictim()
    {
        QFETCH(int, victim);
        QFETCH(bool, byClick);
        DeadlockPanel panel;
        panel.resize(1200, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        set(panel, QStringLiteral("order"), QStringLiteral("opposite"));
        set(panel, QStringLiteral("hold-ms"), QStringLiteral("200"));
        set(panel, QStringLiteral("work-ms"), QStringLiteral("50"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        TwoLocksPage *page = panel.twoLocks();
        QTRY_VERIFY_WITH_TIMEOUT(page->victimButton(victim)->isEnabled(), 20000);
        // The circle: each thread holds one lock and waits for the other's; every condition holds.
        QCOMPARE(page->graph()->deadlock().cycle.size(), qsizetype(2));
        QTRY_COMPARE_WITH_TIMEOUT(page->conditions()->text().count(QStringLiteral("\u2713")), 4, 5000);
        QVERIFY(finished.isEmpty()); // nothing ends it but the person's choice
        QVERIFY(panel.isRunning());
        const QString name = QStringLiteral("thread-%1").arg(victim + 1);
        if (byClick) {
            page->refresh(); // the graph has the threads' nodes
            QTest::mouseClick(page->graph(), Qt::LeftButton, {}, page->graph()->threadRect(victim).center().toPoint());
        } else {
            QTest::mouseClick(page->victimButton(victim), Qt::LeftButton);
        }
        QVERIFY(finished.wait(20000));
        QCOMPARE(panel.lastStatus(), QStringLiteral("Done: deadlock, %1 was the victim.").arg(name));
        QVERIFY2(page->explanation()->text().contains(QStringLiteral("%1 was the victim").arg(name)),
                 qPrintable(page->explanation()->text()));
        QVERIFY(page->explanation()->text().contains(QStringLiteral("potential deadlock")));
        QVERIFY(page->graph()->showsLockOrderCycle()); // A -> B and B -> A
        QVERIFY(!page->victimButton(0)->isEnabled());
    }

    void oneOrderNeverCycles()
    {
        DeadlockPanel panel;
        set(panel, QStringLiteral("order"), QStringLiteral("same"));
        set(panel, QStringLiteral("hold-ms"), QStringLiteral("100"));
        set(panel, QStringLiteral("work-ms"), QStringLiteral("50"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(panel.lastStatus(), QStringLiteral("Done: no deadlock."));
        TwoLocksPage *page = panel.twoLocks();
        QVERIFY(page->graph()->deadlock().cycle.isEmpty());
        QVERIFY(!page->graph()->showsLockOrderCycle());
        QVERIFY(page->conditions()->text().count(QStringLiteral("\u2713")) < 4); // no circular wait
        QVERIFY(page->explanation()->text().contains(QStringLiteral("no cycle")));
    }

    void aLuckyRunShowsThePotentialDeadlock()
    {
        DeadlockPanel panel;
        set(panel, QStringLiteral("order"), QStringLiteral("opposite")); // thread-2 starts once thread-1 is done
        set(panel, QStringLiteral("hold-ms"), QStringLiteral("50"));
        set(panel, QStringLiteral("work-ms"), QStringLiteral("50"));
        set(panel, QStringLiteral("stagger-ms"), QStringLiteral("1000"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(panel.lastStatus(), QStringLiteral("Done: no deadlock this time, but a potential one."));
        QVERIFY(panel.twoLocks()->graph()->showsLockOrderCycle());
    }

    void theLabBreaksItWhenTheVictimIsNamed()
    {
        DeadlockPanel panel; // as --set victim=thread-2 --run --quit-when-done does
        set(panel, QStringLiteral("hold-ms"), QStringLiteral("100"));
        set(panel, QStringLiteral("work-ms"), QStringLiteral("0"));
        set(panel, QStringLiteral("victim"), QStringLiteral("thread-2"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(panel.lastStatus(), QStringLiteral("Done: deadlock, thread-2 was the victim."));
    }

    void closingDuringAStandingDeadlockNeitherHangsNorCrashes_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("two locks") << QStringLiteral("two-locks");
        QTest::newRow("philosophers, victim by hand") << QStringLiteral("philosophers");
    }

    void closingDuringAStandingDeadlockNeitherHangsNorCrashes()
    {
        QFETCH(QString, scenario);
        auto panel = std::make_unique<DeadlockPanel>();
        set(*panel, QStringLiteral("scenario"), scenario);
        set(*panel, QStringLiteral("hold-ms"), QStringLiteral("100"));
        set(*panel, QStringLiteral("remedies"), QStringLiteral("none"));
        set(*panel, QStringLiteral("choose-victim"), QStringLiteral("true"));
        set(*panel, QStringLiteral("seconds"), QStringLiteral("1"));
        panel->start();
        if (scenario == QLatin1String("two-locks"))
            QTRY_VERIFY_WITH_TIMEOUT(panel->twoLocks()->victimButton(0)->isEnabled(), 20000);
        else
            QTRY_VERIFY_WITH_TIMEOUT(!panel->table()->prompt().isEmpty(), 20000);
        QVERIFY(panel->isRunning());
        panel.reset(); // joins the lab threads: their waits end on interruption
    }

    void theDinerChoosesTheVictim()
    {
        DeadlockPanel panel;
        panel.resize(1200, 1000);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        set(panel, QStringLiteral("scenario"), QStringLiteral("philosophers"));
        set(panel, QStringLiteral("remedies"), QStringLiteral("none"));
        set(panel, QStringLiteral("philosophers"), QStringLiteral("4"));
        set(panel, QStringLiteral("seconds"), QStringLiteral("1"));
        set(panel, QStringLiteral("choose-victim"), QStringLiteral("true"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->prompt(),
                                  QStringLiteral("Click a philosopher in the red cycle to break it"), 20000);
        QCOMPARE(panel.table()->deadlock().cycle.size(), qsizetype(4));
        QVERIFY(finished.isEmpty());
        // philosopher-3 is in the circle round the table.
        QTest::mouseClick(panel.table(), Qt::LeftButton, {}, panel.table()->seatCenter(2).toPoint());
        QVERIFY(finished.wait(20000));
        QVERIFY2(panel.results()->text().contains(
                     QStringLiteral("ended by your choice: the lab cancelled the wait of philosopher-3")),
                 qPrintable(panel.results()->text()));
        QVERIFY(panel.table()->prompt().isEmpty());
    }

    void chandyMisraFeedsEveryone()
    {
        DeadlockPanel panel;
        set(panel, QStringLiteral("scenario"), QStringLiteral("philosophers"));
        set(panel, QStringLiteral("remedies"), QStringLiteral("chandy-misra"));
        set(panel, QStringLiteral("seconds"), QStringLiteral("1"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(panel.table()->deadlock().cycle.isEmpty());
        QVERIFY2(panel.results()->text().contains(QStringLiteral("<b>chandy-misra</b>")),
                 qPrintable(panel.results()->text()));
        QVERIFY(panel.results()->text().contains(QStringLiteral("everyone ate")));
        for (int i = 0; i < panel.philosophers()->count(); ++i)
            QVERIFY(panel.philosophers()->tile(i)->value().toInt() > 0);
        // Dirty forks are handed over on request: no preemption does not hold.
        QVERIFY(panel.conditions()->text().contains(QStringLiteral("\u2013 <b>No preemption</b>")));
    }

private:
    static void set(DeadlockPanel &panel, const QString &key, const QString &value)
    {
        QString error;
        QVERIFY2(panel.setParameter(key, value, &error), qPrintable(error));
    }
};

LAB_TEST_MAIN(TestDeadlockPanel)
#include "tst_deadlockpanel.moc"
