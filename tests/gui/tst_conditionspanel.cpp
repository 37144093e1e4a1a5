// SPDX-License-Identifier: GPL-3.0-or-later
// The conditions panel as a person uses it: a scenario chosen by its control or its tab shows only
// its own settings; subscribers that check with `if` fail when notify all wakes them for one message
// and never with `while`; the traffic light lets waiting cars through together; the barrier makes
// everyone wait for the straggler and breaks when a timeout passes; cancel ends every scenario.
#include "gui/labresources.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/tilegrid.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/conditions/barrierpage.h"
#include "gui/topics/conditions/conditionspanel.h"
#include "gui/topics/conditions/phasegridwidget.h"
#include "gui/topics/conditions/publishsubscribepage.h"
#include "gui/topics/conditions/trafficlightpage.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>

#include <memory>

using namespace Lab::Gui;

class TestConditionsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void scenarioShowsItsOwnSettings();
    void ifCheckFailsWhenAllAreWoken();
    void whileCheckNeverFails();
    void trafficLightLetsWaitingCarsThrough();
    void barrierWaitsForTheStraggler();
    void timeoutBreaksTheBarrier();
    void cancelEveryScenario_data();
    void cancelEveryScenario();

private:
    static void set(ConditionsPanel &panel, const QString &key, const QString &value)
    {
        QString error;
        QVERIFY2(panel.setParameter(key, value, &error), qPrintable(error));
    }
    static QString explanation(ConditionsPanel &panel) { return panel.currentPage()->explanation()->text(); }
};

void TestConditionsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestConditionsPanel::registered()
{
    const Topic *topic = findTopic(u"conditions");
    QVERIFY(topic && topic->createExperiment);
    QCOMPARE(topic->section, QStringLiteral("9.4"));
    QCOMPARE(topic->groupId, QStringLiteral("synchronization"));
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<ConditionsPanel *>(experiment.get()));
    QString error;
    QVERIFY(!experiment->setParameter(QStringLiteral("scenario"), QStringLiteral("mutex"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("scenario: ")) && error.contains(QStringLiteral("barrier")),
             qPrintable(error));
    QVERIFY(!experiment->setParameter(QStringLiteral("workers"), QStringLiteral("1"), &error));
    QCOMPARE(error, QStringLiteral("workers: must be an integer from 2 to 8 (got \"1\")"));
}

void TestConditionsPanel::scenarioShowsItsOwnSettings()
{
    ConditionsPanel panel;
    ParameterForm *form = panel.form();
    QVERIFY(form->isRowVisible(QStringLiteral("notify")));
    QVERIFY(!form->isRowVisible(QStringLiteral("cars")));
    QCOMPARE(panel.tabs()->currentWidget(), panel.page(QStringLiteral("condition")));

    // The control switches the tab and the settings ...
    auto *scenario = qobject_cast<QComboBox *>(form->editor(QStringLiteral("scenario")));
    QVERIFY(scenario);
    scenario->setCurrentIndex(scenario->findText(QStringLiteral("barrier")));
    QCOMPARE(panel.tabs()->currentWidget(), panel.page(QStringLiteral("barrier")));
    QVERIFY(form->isRowVisible(QStringLiteral("timeout-ms")));
    QVERIFY(!form->isRowVisible(QStringLiteral("notify")));
    QVERIFY(!form->appliedKeys().contains(QStringLiteral("notify")));

    // ... and a tab switches the control.
    panel.tabs()->setCurrentWidget(panel.page(QStringLiteral("event")));
    QCOMPARE(form->choice(QStringLiteral("scenario")), QStringLiteral("event"));
    QVERIFY(form->isRowVisible(QStringLiteral("green-ms")));
    QVERIFY(!form->isRowVisible(QStringLiteral("timeout-ms")));
}

void TestConditionsPanel::ifCheckFailsWhenAllAreWoken()
{
    ConditionsPanel panel;
    set(panel, QStringLiteral("subscribers"), QStringLiteral("3"));
    set(panel, QStringLiteral("messages"), QStringLiteral("6"));
    set(panel, QStringLiteral("publish-ms"), QStringLiteral("60"));
    set(panel, QStringLiteral("read-ms"), QStringLiteral("0"));
    set(panel, QStringLiteral("notify"), QStringLiteral("all"));
    set(panel, QStringLiteral("check"), QStringLiteral("if"));
    auto *page = qobject_cast<PublishSubscribePage *>(panel.page(QStringLiteral("condition")));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    // Between messages the subscribers are seen waiting on the condition.
    QTRY_VERIFY_WITH_TIMEOUT(page->waitersLabel()->text().contains(QStringLiteral("subscriber-")), 10000);
    QVERIFY(finished.wait(30000));
    // Every message woke all three; each time the two that came second found the queue empty.
    QVERIFY2(page->failuresTile()->value().toInt() > 0, qPrintable(explanation(panel)));
    QVERIFY(explanation(panel).contains(QStringLiteral("woke to an empty queue")));
    QVERIFY2(panel.lastStatus().startsWith(QStringLiteral("Done: 6 of 6 messages received")),
             qPrintable(panel.lastStatus()));
}

void TestConditionsPanel::whileCheckNeverFails()
{
    ConditionsPanel panel;
    set(panel, QStringLiteral("messages"), QStringLiteral("6"));
    set(panel, QStringLiteral("publish-ms"), QStringLiteral("40"));
    set(panel, QStringLiteral("read-ms"), QStringLiteral("0"));
    set(panel, QStringLiteral("notify"), QStringLiteral("all"));
    set(panel, QStringLiteral("check"), QStringLiteral("while"));
    auto *page = qobject_cast<PublishSubscribePage *>(panel.page(QStringLiteral("condition")));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(page->failuresTile()->value(), QStringLiteral("0"));
    QVERIFY2(panel.lastStatus() == QStringLiteral("Done: 6 of 6 messages received, 0 failures."),
             qPrintable(panel.lastStatus()));
    int received = 0;
    for (int i = 0; i < page->subscribers()->count(); ++i)
        received += page->subscribers()->tile(i)->value().toInt();
    QCOMPARE(received, 6);
}

void TestConditionsPanel::trafficLightLetsWaitingCarsThrough()
{
    ConditionsPanel panel;
    set(panel, QStringLiteral("scenario"), QStringLiteral("event"));
    set(panel, QStringLiteral("cars"), QStringLiteral("4"));
    set(panel, QStringLiteral("laps"), QStringLiteral("2"));
    set(panel, QStringLiteral("green-ms"), QStringLiteral("150"));
    set(panel, QStringLiteral("red-ms"), QStringLiteral("400"));
    set(panel, QStringLiteral("drive-ms"), QStringLiteral("50"));
    auto *page = qobject_cast<TrafficLightPage *>(panel.page(QStringLiteral("event")));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    // It starts red: the cars arrive and wait (the light tile shows it).
    QTRY_COMPARE_WITH_TIMEOUT(page->lightTile()->value(), QStringLiteral("red"), 10000);
    QVERIFY(finished.wait(30000));
    QCOMPARE(page->cars()->values(), QStringList(4, QStringLiteral("2 of 2")));
    QVERIFY2(explanation(panel).contains(QStringLiteral("8 crossings")), qPrintable(explanation(panel)));
    QVERIFY(panel.lastStatus().startsWith(QStringLiteral("Done: 8 crossings")));
}

void TestConditionsPanel::barrierWaitsForTheStraggler()
{
    ConditionsPanel panel;
    set(panel, QStringLiteral("scenario"), QStringLiteral("barrier"));
    set(panel, QStringLiteral("workers"), QStringLiteral("3"));
    set(panel, QStringLiteral("phases"), QStringLiteral("3"));
    set(panel, QStringLiteral("work-ms"), QStringLiteral("40"));
    set(panel, QStringLiteral("late-ms"), QStringLiteral("300"));
    auto *page = qobject_cast<BarrierPage *>(panel.page(QStringLiteral("barrier")));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    // In phase 2 two workers wait at the barrier for worker-3.
    QTRY_COMPARE_WITH_TIMEOUT(page->barrierTile()->value(), QStringLiteral("2 of 3"), 10000);
    QVERIFY(finished.wait(30000));
    QVERIFY2(explanation(panel).contains(QStringLiteral("All 3 workers went through 3 phases together")),
             qPrintable(explanation(panel)));
    QCOMPARE(page->barrierTile()->value(), QStringLiteral("0 of 3"));
}

void TestConditionsPanel::timeoutBreaksTheBarrier()
{
    ConditionsPanel panel;
    set(panel, QStringLiteral("scenario"), QStringLiteral("barrier"));
    set(panel, QStringLiteral("phases"), QStringLiteral("4"));
    set(panel, QStringLiteral("work-ms"), QStringLiteral("20"));
    set(panel, QStringLiteral("late-ms"), QStringLiteral("1500"));
    set(panel, QStringLiteral("timeout-ms"), QStringLiteral("300"));
    auto *page = qobject_cast<BarrierPage *>(panel.page(QStringLiteral("barrier")));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(page->barrierTile()->value(), QStringLiteral("broken"));
    QVERIFY2(explanation(panel).contains(QStringLiteral("The barrier broke in phase 2")),
             qPrintable(explanation(panel)));
    QVERIFY(explanation(panel).contains(QStringLiteral("worker-1")) ||
            explanation(panel).contains(QStringLiteral("worker-2")));
    QCOMPARE(panel.lastStatus(), QStringLiteral("Done: the barrier broke in phase 2."));
}

void TestConditionsPanel::cancelEveryScenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("condition") << QStringLiteral("condition");
    QTest::newRow("event") << QStringLiteral("event");
    QTest::newRow("barrier") << QStringLiteral("barrier");
}

void TestConditionsPanel::cancelEveryScenario()
{
    QFETCH(QString, scenario);
    ConditionsPanel panel;
    set(panel, QStringLiteral("scenario"), scenario);
    set(panel, QStringLiteral("publish-ms"), QStringLiteral("5000"));
    set(panel, QStringLiteral("red-ms"), QStringLiteral("10000"));
    set(panel, QStringLiteral("work-ms"), QStringLiteral("10000"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(panel.isRunning());
    QTest::qWait(200);
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(panel.lastStatus(), QStringLiteral("Cancelled."));
    // A new run starts at once: every thread of the cancelled one has ended.
    set(panel, QStringLiteral("publish-ms"), QStringLiteral("0"));
    set(panel, QStringLiteral("red-ms"), QStringLiteral("100"));
    set(panel, QStringLiteral("work-ms"), QStringLiteral("0"));
    set(panel, QStringLiteral("drive-ms"), QStringLiteral("0"));
    panel.start();
    QVERIFY(panel.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY2(panel.lastStatus().startsWith(QStringLiteral("Done")), qPrintable(panel.lastStatus()));
}

LAB_TEST_MAIN(TestConditionsPanel)
#include "tst_conditionspanel.moc"
