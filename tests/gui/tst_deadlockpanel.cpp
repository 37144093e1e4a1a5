// SPDX-License-Identifier: GPL-3.0-or-later
// The deadlock panel as a person uses it: without a remedy the philosophers deadlock, the lab finds
// the circle of waits (drawn in red, every condition ticked) and ends it; with the ordering remedy
// everyone eats; a cancel ends the dinner.
#include "gui/labresources.h"
#include "gui/panels/tilegrid.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/deadlock/deadlockpanel.h"
#include "gui/topics/deadlock/philosopherstableview.h"
#include "gui/topics/topicregistry.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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
        set(panel, QStringLiteral("remedies"), QStringLiteral("ordering,arbitrator"));
        set(panel, QStringLiteral("seconds"), QStringLiteral("30"));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        QTest::qWait(300);
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(panel.lastStatus(), QStringLiteral("Cancelled."));
    }

private:
    static void set(DeadlockPanel &panel, const QString &key, const QString &value)
    {
        QString error;
        QVERIFY2(panel.setParameter(key, value, &error), qPrintable(error));
    }
};

QTEST_MAIN(TestDeadlockPanel)
#include "tst_deadlockpanel.moc"
