// SPDX-License-Identifier: GPL-3.0-or-later
// The locks panel as a person uses it: the race under every kind of synchronization (the controls
// are run race's), the results and their reading, and Lock vs RLock step by step.
#include "core/experiments/racebenchmark.h"
#include "core/history/runhistory.h"
#include "gui/labresources.h"
#include "gui/panels/benchmarkresultmodel.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/locks/lockdemowidget.h"
#include "gui/topics/locks/lockspanel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>

#include <memory>

using namespace Lab::Gui;

class TestLocksPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registeredWithRaceControls();
    void raceRun();
    void badValueRefusedLikeTheCommand();
    void plainLockTwiceIsRefused();
    void recursiveLockCountsUpAndDown();
};

void TestLocksPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    Lab::Core::RunHistory history;
    for (const Lab::Core::HistoryEntry &entry : history.list(QStringLiteral("locks")))
        history.remove(entry.topic, entry.id);
}

void TestLocksPanel::registeredWithRaceControls()
{
    const Topic *topic = findTopic(u"locks");
    QVERIFY(topic && topic->createExperiment);
    QCOMPARE(topic->section, QStringLiteral("9.1"));
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    auto *panel = qobject_cast<LocksPanel *>(experiment.get());
    QVERIFY(panel);
    QCOMPARE(panel->parameterNames(), Lab::Core::raceSchema().keys());
}

void TestLocksPanel::raceRun()
{
    LocksPanel panel;
    panel.resize(1200, 900);
    panel.show();
    QString error;
    for (const auto &[key, value] :
         {std::pair{"threads", "4"}, {"increments", "20000"}, {"warmup", "0"}, {"runs", "2"}})
        QVERIFY2(panel.setParameter(QString::fromLatin1(key), QString::fromLatin1(value), &error), qPrintable(error));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(panel.lastStatus().startsWith(QStringLiteral("Done")), qPrintable(panel.lastStatus()));
    QCOMPARE(panel.results()->model()->rowCount(), 4);
    const QString reading = panel.results()->findChild<QLabel *>(QStringLiteral("benchmarkExplanation"))->text();
    QVERIFY2(reading.contains(QStringLiteral("<b>mutex</b>: every update counted (80,000)")), qPrintable(reading));
    QVERIFY2(reading.contains(QStringLiteral("<b>atomic</b>: every update counted")), qPrintable(reading));
    if (QThread::idealThreadCount() >= 2)
        QVERIFY2(reading.contains(QStringLiteral("updates lost per run")), qPrintable(reading));
}

void TestLocksPanel::badValueRefusedLikeTheCommand()
{
    LocksPanel panel;
    QString error;
    QVERIFY(!panel.setParameter(QStringLiteral("sync"), QStringLiteral("none,none"), &error));
    QCOMPARE(error,
             QStringLiteral("sync: must be a comma-separated list of none, mutex, atomic, rlock (got \"none,none\")"));
    QVERIFY(!panel.setParameter(QStringLiteral("threads"), QStringLiteral("65"), &error));
    QCOMPARE(error, QStringLiteral("threads: must be an integer from 1 to 64 (got \"65\")"));
}

void TestLocksPanel::plainLockTwiceIsRefused()
{
    LockDemoWidget view;
    view.setStepMs(20);
    QTest::mouseClick(view.plainButton(), Qt::LeftButton);
    QVERIFY(!view.plainButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(view.plainButton()->isEnabled(), 10000);
    const QString steps = view.stepsText();
    QVERIFY2(steps.contains(QStringLiteral("Self-deadlock")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("Lesson:")), qPrintable(steps));
    QCOMPARE(view.holdTile()->value(), QStringLiteral("0"));
}

void TestLocksPanel::recursiveLockCountsUpAndDown()
{
    LockDemoWidget view;
    view.setStepMs(20);
    QTest::mouseClick(view.recursiveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view.recursiveButton()->isEnabled(), 10000);
    const QString steps = view.stepsText();
    QVERIFY2(steps.contains(QStringLiteral("hold count 1.")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("again; hold count 2.")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("hold count 0: the lock is free")), qPrintable(steps));
    QVERIFY(!steps.contains(QStringLiteral("Self-deadlock")));
}

LAB_TEST_MAIN(TestLocksPanel)
#include "tst_lockspanel.moc"
