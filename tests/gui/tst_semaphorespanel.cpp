// SPDX-License-Identifier: GPL-3.0-or-later
// The semaphores panel as a person uses it: the ticket sellers oversell with only a semaphore and do
// not with a lock, the permits and the queue are drawn while they sell, and a bounded semaphore
// refuses one release too many.
#include "core/experiments/ticketsale.h"
#include "gui/labresources.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/semaphores/semaphoreslotswidget.h"
#include "gui/topics/semaphores/semaphorespanel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

using namespace Lab::Gui;

class TestSemaphoresPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void onlyASemaphoreOversells();
    void aLockDoesNot();
    void boundedSemaphoreRefusesAnExtraRelease();
    void cancelMidSale();

private:
    static void set(SemaphoresPanel &panel, const QString &key, const QString &value)
    {
        QString error;
        QVERIFY2(panel.setParameter(key, value, &error), qPrintable(error));
    }
};

void TestSemaphoresPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestSemaphoresPanel::registered()
{
    const Topic *topic = findTopic(u"semaphores");
    QVERIFY(topic && topic->createExperiment);
    QCOMPARE(topic->section, QStringLiteral("9.5"));
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<SemaphoresPanel *>(experiment.get()));
    QCOMPARE(experiment->parameterNames(), Lab::Core::TicketSale::schema().keys());
    QString error;
    QVERIFY(!experiment->setParameter(QStringLiteral("permits"), QStringLiteral("0"), &error));
    QCOMPARE(error, QStringLiteral("permits: must be an integer from 1 to 8 (got \"0\")"));
}

void TestSemaphoresPanel::onlyASemaphoreOversells()
{
    SemaphoresPanel panel;
    set(panel, QStringLiteral("sellers"), QStringLiteral("6"));
    set(panel, QStringLiteral("permits"), QStringLiteral("3"));
    set(panel, QStringLiteral("tickets"), QStringLiteral("10"));
    set(panel, QStringLiteral("sell-ms"), QStringLiteral("40"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    // While they sell: three windows held by sellers, the others in the queue.
    QTRY_VERIFY_WITH_TIMEOUT(panel.slotsWidget()->slotTexts().filter(QStringLiteral("seller-")).size() == 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.slotsWidget()->queueText().contains(QStringLiteral("Waiting for a window")), 10000);
    QVERIFY(finished.wait(30000));
    QVERIFY2(panel.oversoldTile()->value().toInt() > 0, qPrintable(panel.explanation()->text()));
    QVERIFY(panel.explanation()->text().contains(QStringLiteral("oversold")));
    QVERIFY(panel.explanation()->text().contains(QStringLiteral("at most 3 sellers")));
}

void TestSemaphoresPanel::aLockDoesNot()
{
    SemaphoresPanel panel;
    set(panel, QStringLiteral("tickets"), QStringLiteral("10"));
    set(panel, QStringLiteral("sell-ms"), QStringLiteral("5"));
    set(panel, QStringLiteral("protection"), QStringLiteral("lock"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(panel.oversoldTile()->value(), QStringLiteral("0"));
    QVERIFY2(panel.explanation()->text().contains(QStringLiteral("10 tickets sold from a stock of 10: none oversold")),
             qPrintable(panel.explanation()->text()));
}

void TestSemaphoresPanel::boundedSemaphoreRefusesAnExtraRelease()
{
    SemaphoresPanel panel;
    QTest::mouseClick(panel.boundedButton(), Qt::LeftButton);
    QVERIFY2(panel.boundedResult()->text().contains(QStringLiteral("Refused.")),
             qPrintable(panel.boundedResult()->text()));
}

void TestSemaphoresPanel::cancelMidSale()
{
    SemaphoresPanel panel;
    set(panel, QStringLiteral("tickets"), QStringLiteral("1000"));
    set(panel, QStringLiteral("sell-ms"), QStringLiteral("200"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(panel.slotsWidget()->slotTexts().filter(QStringLiteral("seller-")).size() > 0, 10000);
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(panel.lastStatus(), QStringLiteral("Cancelled."));
}

LAB_TEST_MAIN(TestSemaphoresPanel)
#include "tst_semaphorespanel.moc"
