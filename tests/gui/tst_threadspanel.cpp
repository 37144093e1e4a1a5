// SPDX-License-Identifier: GPL-3.0-or-later
// The threads panel as a student uses it: N lab threads on one shared counter, with a mutex (nothing
// lost) and without (run until a loss shows), the per-thread table, cancel and bad input.
#include "core/trace/pacer.h"
#include "core/trace/tracerecorder.h"
#include "gui/labresources.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/threads/counterthreadmodel.h"
#include "gui/topics/threads/threadspanel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

using namespace Lab::Gui;
using ThreadsColumn = CounterThreadModel::Column;

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
    void lectureSpeedStepsThroughEveryReadAndWrite();
    void lectureSpeedCancelledWhileHeld();
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
    QAbstractItemModelTester tester(panel.threadModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
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
    const CounterThreadModel *table = panel.threadModel();
    QCOMPARE(table->rowCount(), 4);
    const auto threadsCell = [table](int row, ThreadsColumn column) {
        return table->index(row, column).data().toString();
    };
    QSet<QString> tids, names, shared, stacks;
    for (int row = 0; row < 4; ++row) {
        names.insert(threadsCell(row, ThreadsColumn::NameColumn));
        tids.insert(threadsCell(row, ThreadsColumn::TidColumn));
        shared.insert(threadsCell(row, ThreadsColumn::SharedColumn));
        stacks.insert(threadsCell(row, ThreadsColumn::StackColumn));
        QCOMPARE(QLocale().toLongLong(threadsCell(row, ThreadsColumn::IncrementsColumn)), 20000);
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
    // Round after round: each new round's threads replace the previous round's rows.
    QAbstractItemModelTester tester(panel.threadModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
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
    const CounterThreadModel *threads = panel.threadModel();
    QTRY_VERIFY(threads->rowCount() == 4 && !threads->index(3, ThreadsColumn::TidColumn).data().toString().isEmpty());
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Cancelled")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.runButton()->isEnabled());
}

// Lecture speed: Pause before Run holds the threads at their first checkpoint; each S (stepToEvent)
// runs to the next visible event, the status says which, the step list and the timeline show it.
void TestThreadsPanel::lectureSpeedStepsThroughEveryReadAndWrite()
{
    Lab::Core::Pacer *pacer = Lab::Core::Pacer::instance();
    ThreadsPanel panel;
    panel.resize(1200, 900);
    panel.show();
    QString error;
    for (const auto &[key, value] : {std::pair{"threads", "2"}, std::pair{"increments", "1"},
                                     std::pair{"until-loss", "false"}, std::pair{"every-step", "true"}})
        QVERIFY2(panel.setParameter(QLatin1String(key), QLatin1String(value), &error), qPrintable(error));
    pacer->pause(); // armed before Run
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(pacer->heldCount(), 2, 5000); // both threads exist and wait at the start
    QVERIFY(panel.stepList()->isVisible());
    QCOMPARE(panel.stepList()->count(), 0);
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Paused")), qPrintable(panel.statusLabel()->text()));

    // The first S reaches the first visible event: a thread read the counter (0), and holds there.
    pacer->stepToEvent();
    QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().startsWith(QStringLiteral("Step: counter-")), 5000);
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral(" read 0")), qPrintable(panel.statusLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepList()->count() >= 1, 5000);
    QVERIFY2(panel.stepList()->item(0)->text().contains(QStringLiteral(" read 0")),
             qPrintable(panel.stepList()->item(0)->text()));
    QTRY_COMPARE_WITH_TIMEOUT(pacer->heldCount(), 2, 5000);
    QTest::qWait(100);
    const int afterOne = panel.stepList()->count();
    QVERIFY2(afterOne <= 2, qPrintable(QString::number(afterOne))); // at most one step per thread
    pacer->stepToEvent();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepList()->count() > afterOne, 5000);

    pacer->resume(); // each remaining step takes its lecture hold, then the round ends
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(panel.stepList()->count(), 6); // 2 threads x (read, add, write)
    QSet<QString> kinds;
    for (int i = 0; i < panel.stepList()->count(); ++i) {
        const QString line = panel.stepList()->item(i)->text();
        QVERIFY2(line.startsWith(QStringLiteral("counter-")), qPrintable(line));
        kinds.insert(line.section(QLatin1Char(' '), 1, 1));
    }
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("read"), QStringLiteral("added"), QStringLiteral("wrote")}));
    QVERIFY(!pacer->isPaused());
}

void TestThreadsPanel::lectureSpeedCancelledWhileHeld()
{
    Lab::Core::Pacer *pacer = Lab::Core::Pacer::instance();
    ThreadsPanel panel;
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("every-step"), QStringLiteral("true"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("increments"), QStringLiteral("51"), &error));
    panel.start(); // more than 50 narrated increments: refused with the field named
    QVERIFY(!panel.isRunning());
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("increments: with every step shown")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.setParameter(QStringLiteral("increments"), QStringLiteral("50"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("mode"), QStringLiteral("mutex"), &error));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    pacer->pause();
    panel.start();
    QTRY_COMPARE_WITH_TIMEOUT(pacer->heldCount(), 4, 5000);
    pacer->stepToEvent();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepList()->count() >= 1, 5000);
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000); // no thread is left holding the mutex
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Cancelled")),
             qPrintable(panel.statusLabel()->text()));
    pacer->release();
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

LAB_TEST_MAIN(TestThreadsPanel)
#include "tst_threadspanel.moc"
