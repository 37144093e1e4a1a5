// SPDX-License-Identifier: GPL-3.0-or-later
// The threads panel as a student uses it: N lab threads on one shared counter, with a mutex (nothing
// lost) and without (run until a loss shows), the per-thread table, cancel and bad input.
#include "core/trace/tracerecorder.h"
#include "gui/labresources.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/threads/threadspanel.h"
#include "gui/topics/topicregistry.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Lab::Gui;

class TestThreadsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void withTheMutexNothingIsLost();
    void unsynchronizedUntilALossShows();
    void badInputIsRejected_data();
    void badInputIsRejected();
    void cancelMidRun();
    void codeListing();

private:
    static qint64 number(const ValueTile *tile) { return QLocale().toLongLong(tile->value()); }
    static bool run(ThreadsPanel &panel, const QList<std::pair<QString, QString>> &settings, int timeoutMs);
};

void TestThreadsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

bool TestThreadsPanel::run(ThreadsPanel &panel, const QList<std::pair<QString, QString>> &settings, int timeoutMs)
{
    QString error;
    for (const auto &[key, value] : settings) {
        if (!panel.setParameter(key, value, &error)) {
            qWarning() << error;
            return false;
        }
    }
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    if (!panel.isRunning() && finished.isEmpty())
        return false;
    return finished.size() == 1 || finished.wait(timeoutMs);
}

void TestThreadsPanel::registered()
{
    const Topic *topic = findTopic(u"threads");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<ThreadsPanel *>(experiment.get()));
    for (const char *key : {"threads", "increments", "mode", "until-loss", "rounds"})
        QVERIFY2(experiment->parameterNames().contains(QLatin1String(key)), key);
}

void TestThreadsPanel::withTheMutexNothingIsLost()
{
    ThreadsPanel panel;
    panel.resize(1200, 900);
    panel.show();
    QVERIFY(run(panel,
                {{QStringLiteral("threads"), QStringLiteral("4")},
                 {QStringLiteral("increments"), QStringLiteral("20000")},
                 {QStringLiteral("mode"), QStringLiteral("mutex")},
                 {QStringLiteral("until-loss"), QStringLiteral("false")}},
                20000));
    QCOMPARE(number(panel.expectedTile()), 80000);
    QCOMPARE(number(panel.actualTile()), 80000);
    QCOMPARE(number(panel.lostTile()), 0);
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("With the mutex")),
             qPrintable(panel.statusLabel()->text()));

    // One row per thread: own tid and name, the same counter address, different stacks.
    QTableWidget *table = panel.threadTable();
    QCOMPARE(table->rowCount(), 4);
    QSet<QString> tids, names, shared, stacks;
    for (int row = 0; row < 4; ++row) {
        names.insert(table->item(row, 0)->text());
        tids.insert(table->item(row, 1)->text());
        shared.insert(table->item(row, 2)->text());
        stacks.insert(table->item(row, 3)->text());
        QCOMPARE(QLocale().toLongLong(table->item(row, 5)->text()), 20000);
    }
    QVERIFY(names.contains(QStringLiteral("counter-1")) && names.contains(QStringLiteral("counter-4")));
    QCOMPARE(tids.size(), 4);
    QVERIFY(!tids.contains(QString()) && !tids.contains(QString::number(QCoreApplication::applicationPid())));
    QCOMPARE(shared.size(), 1);
    QVERIFY(shared.constBegin()->startsWith(QStringLiteral("0x")));
    // Different stacks; glibc hands a finished thread's stack to the next thread it starts, so on a
    // loaded machine two of the four may show the same address (one ended before the other began).
    QVERIFY2(stacks.size() >= 2, qPrintable(QStringList(stacks.cbegin(), stacks.cend()).join(QLatin1Char(' '))));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("addressNote"))->text().contains(*shared.constBegin()));

    // The threads were traced lab threads: the monitor lists them by name.
    bool traced = false;
    for (const Lab::Core::LabWorkerStatus &worker : Lab::Core::TraceRecorder::instance()->workers())
        traced = traced || worker.name == QLatin1String("counter-3");
    QVERIFY(traced);
}

void TestThreadsPanel::unsynchronizedUntilALossShows()
{
    ThreadsPanel panel;
    panel.show();
    // yieldEvery makes a loss near certain in the first round even on one core; 50 rounds bound it.
    QVERIFY(run(panel,
                {{QStringLiteral("threads"), QStringLiteral("4")},
                 {QStringLiteral("increments"), QStringLiteral("50000")},
                 {QStringLiteral("mode"), QStringLiteral("unsynchronized")},
                 {QStringLiteral("until-loss"), QStringLiteral("true")},
                 {QStringLiteral("rounds"), QStringLiteral("50")}},
                15000));
    QCOMPARE(number(panel.expectedTile()), 200000);
    QVERIFY2(number(panel.actualTile()) < 200000, qPrintable(panel.actualTile()->value()));
    QCOMPARE(number(panel.lostTile()), 200000 - number(panel.actualTile()));
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("were lost")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(
        panel.findChild<QLabel *>(QStringLiteral("lostUpdateExplanation"))->text().contains(QStringLiteral("read")));
}

void TestThreadsPanel::badInputIsRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("no threads") << "threads"
                                << "0"
                                << R"(threads: must be an integer from 1 to 64 (got "0"))";
    QTest::newRow("too many") << "increments"
                              << "100000001"
                              << "increments: must be an integer from 1 to 100000000";
    QTest::newRow("mode") << "mode"
                          << "sometimes"
                          << "mode: must be one of unsynchronized, mutex";
    QTest::newRow("flag") << "until-loss"
                          << "maybe"
                          << "until-loss: must be true or false";
    QTest::newRow("unknown key") << "speed"
                                 << "3"
                                 << "speed";
}

void TestThreadsPanel::badInputIsRejected()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ThreadsPanel panel;
    QString error;
    QVERIFY(!panel.setParameter(key, value, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QVERIFY(!panel.isRunning());
}

void TestThreadsPanel::cancelMidRun()
{
    ThreadsPanel panel;
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("increments"), QStringLiteral("100000000"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("mode"), QStringLiteral("mutex"), &error));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(panel.isRunning());
    QTRY_VERIFY(panel.threadTable()->rowCount() == 4 && !panel.threadTable()->item(3, 1)->text().isEmpty());
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Cancelled")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.runButton()->isEnabled());
}

void TestThreadsPanel::codeListing()
{
    ThreadsPanel panel;
    auto *cpp = panel.findChild<QPlainTextEdit *>(QStringLiteral("cppListing"));
    auto *python = panel.findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"));
    QVERIFY(cpp->toPlainText().startsWith(QStringLiteral("// src/core/experiments/sharedcounterexperiment.cpp")));
    QVERIFY(python->toPlainText().contains(QStringLiteral("threading.Thread")));
    QVERIFY(python->toPlainText().contains(QStringLiteral("threading.Lock()")));
}

QTEST_MAIN(TestThreadsPanel)
#include "tst_threadspanel.moc"
