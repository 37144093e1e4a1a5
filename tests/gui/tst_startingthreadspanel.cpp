// SPDX-License-Identifier: GPL-3.0-or-later
// The starting-threads panel as a student uses it: Run starts a thread in each of the four ways and
// the table shows what each reported from inside; Fork shows the worker's process tree; Daemon
// shows the standard thread waited for and the daemon abandoned. No child outlives the panel.
#include "core/experiments/threadidentity.h"
#include "gui/labresources.h"
#include "gui/topics/startingthreads/daemondemowidget.h"
#include "gui/topics/startingthreads/forkdemowidget.h"
#include "gui/topics/startingthreads/startingthreadspanel.h"
#include "gui/topics/startingthreads/threadstartmodel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Lab::Gui;
using StartColumn = ThreadStartModel::Column;

namespace {
QString startCell(const ThreadStartModel *model, int row, StartColumn column)
{
    return model->index(row, column).data().toString();
}

// The pids of this test's child processes, from /proc/self/task/*/children.
QStringList childPids()
{
    QStringList pids;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (file.open(QIODevice::ReadOnly))
            pids += QString::fromLatin1(file.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return pids;
}
} // namespace

class TestStartingThreadsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void fourWaysReportFromTheirOwnThreads();
    void forkShowsTheTree();
    void daemonIsAbandonedStandardThreadIsWaitedFor();
    void noChildOutlivesThePanel();
    void codeListing();
};

void TestStartingThreadsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestStartingThreadsPanel::registered()
{
    const Topic *topic = findTopic(u"starting-threads");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<StartingThreadsPanel *>(experiment.get()));
    QVERIFY(experiment->parameterNames().contains(QStringLiteral("iterations")));
}

void TestStartingThreadsPanel::fourWaysReportFromTheirOwnThreads()
{
    StartingThreadsPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.resize(1100, 800);
    panel.show();
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("iterations"), QStringLiteral("20000"), &error));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    for (int run = 1; run <= 2; ++run) {
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), run, 10000);
        const ThreadStartModel *table = panel.model();
        QCOMPARE(table->rowCount(), 4);
        QSet<QString> tids;
        QSet<QString> ways;
        for (int row = 0; row < 4; ++row) {
            const QString requested = startCell(table, row, StartColumn::RequestedColumn);
            QVERIFY(!requested.isEmpty());
            QCOMPARE(startCell(table, row, StartColumn::OsNameColumn),
                     requested.left(Lab::Core::ThreadIdentity::MaxOsNameLength)); // the OS name
            const QString tid = startCell(table, row, StartColumn::TidColumn);
            QVERIFY(tid.toInt() > 0);
            QVERIFY(tid.toLongLong() != QCoreApplication::applicationPid());
            tids.insert(tid);
            ways.insert(startCell(table, row, StartColumn::WayColumn));
            QCOMPARE(startCell(table, row, StartColumn::ResultColumn).size(), 16); // the task's result
        }
        QCOMPARE(tids.size(), 4);
        QCOMPARE(ways.size(), 4);
        QVERIFY(
            panel.findChild<QLabel *>(QStringLiteral("startVerdict"))
                ->text()
                .contains(QStringLiteral("none of them the GUI thread; every OS name is the name given before start")));
    }
    auto *spellings = panel.findChild<QTableWidget *>(QStringLiteral("spellingTable"));
    QCOMPARE(spellings->rowCount(), 4);
    // Row n of the spellings is the way of row n of the results.
    QCOMPARE(startCell(panel.model(), 0, StartColumn::WayColumn), QStringLiteral("QThread subclass with run()"));
    QVERIFY(spellings->item(0, 0)->text().contains(QStringLiteral("QThread")));
    QVERIFY(spellings->item(0, 1)->text().contains(QStringLiteral("class-based")));
    QCOMPARE(startCell(panel.model(), 2, StartColumn::WayColumn), QStringLiteral("QThread::create(lambda)"));
    // A new run empties the rows until their threads report again.
    panel.model()->clear();
    QCOMPARE(panel.model()->rowCount(), 4);
    QCOMPARE(startCell(panel.model(), 0, StartColumn::TidColumn), QString());
    QVERIFY(spellings->item(2, 1)->text().contains(QStringLiteral("target=")));
}

void TestStartingThreadsPanel::forkShowsTheTree()
{
    StartingThreadsPanel panel;
    panel.show();
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("hold-ms"), QStringLiteral("0"), &error));
    ForkDemoWidget *fork = panel.forkDemo();
    QSignalSpy done(fork, &ForkDemoWidget::demoFinished);
    QTest::mouseClick(fork->button(), Qt::LeftButton);
    QVERIFY(!fork->button()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QTreeWidget *tree = fork->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *lab = tree->topLevelItem(0);
    QCOMPARE(lab->text(1), QString::number(QCoreApplication::applicationPid()));
    QCOMPARE(lab->childCount(), 1);
    QTreeWidgetItem *parent = lab->child(0);
    QCOMPARE(parent->text(2), lab->text(1)); // the worker's parent is this program
    QCOMPARE(parent->childCount(), 1);
    QTreeWidgetItem *child = parent->child(0);
    QCOMPARE(child->text(2), parent->text(1)); // the child's parent pid is the parent's pid
    QVERIFY(child->text(1) != parent->text(1));
    QCOMPARE(child->text(4), parent->text(4));  // the same address...
    QVERIFY(child->text(3) != parent->text(3)); // ...different values
    QVERIFY(fork->summary()->text().contains(QStringLiteral("own copy")));
    QVERIFY(fork->button()->isEnabled());
}

void TestStartingThreadsPanel::daemonIsAbandonedStandardThreadIsWaitedFor()
{
    StartingThreadsPanel panel;
    panel.show();
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("beat-ms"), QStringLiteral("50"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("work-ms"), QStringLiteral("1500"), &error));
    DaemonDemoWidget *daemon = panel.daemonDemo();
    QSignalSpy done(daemon, &DaemonDemoWidget::demoFinished);
    QTest::mouseClick(daemon->startButton(), Qt::LeftButton);
    QVERIFY(daemon->endButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(daemon->daemonLabel()->text().contains(QStringLiteral("3 beats")) ||
                                 daemon->log()->toPlainText().contains(QStringLiteral("beat 3")),
                             10000);
    QTest::mouseClick(daemon->endButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
    const QString log = daemon->log()->toPlainText();
    QVERIFY(log.contains(QStringLiteral("end of program")));
    QVERIFY(log.contains(QStringLiteral("standard thread: finished its work")));
    QVERIFY2(log.contains(QStringLiteral("still running (abandoned mid-beat)")), qPrintable(log));
    // The end of the program came first; the main thread then waited for the standard thread's work.
    QVERIFY(log.indexOf(QStringLiteral("end of program")) < log.indexOf(QStringLiteral("finished its work")));
    QVERIFY(log.indexOf(QStringLiteral("finished its work")) < log.indexOf(QStringLiteral("exiting")));
    const QString summary = daemon->summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("exited with code 0")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("abandoned the daemon")));
    QVERIFY(daemon->workerLabel()->text().contains(QStringLiteral("10 of 10 steps, finished")));
    QVERIFY(daemon->daemonLabel()->text().contains(QStringLiteral("abandoned")));
}

void TestStartingThreadsPanel::noChildOutlivesThePanel()
{
    QTRY_VERIFY_WITH_TIMEOUT(childPids().isEmpty(), 5000);
    qint64 daemonPid = 0;
    {
        StartingThreadsPanel panel;
        QString error;
        QVERIFY(panel.setParameter(QStringLiteral("hold-ms"), QStringLiteral("60000"), &error));
        panel.forkDemo()->button()->click();
        panel.daemonDemo()->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.daemonDemo()->daemonLabel()->text().contains(QStringLiteral("tid")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(childPids().size(), 2, 10000);
        QVERIFY(panel.forkDemo()->isRunning());
        daemonPid = panel.daemonDemo()->pid();
        QVERIFY(childPids().contains(QString::number(daemonPid)));
    }
    QVERIFY(childPids().isEmpty()); // killed and reaped by the panel's destruction
    QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(daemonPid)));
}

void TestStartingThreadsPanel::codeListing()
{
    StartingThreadsPanel panel;
    auto *code = panel.findChild<QWidget *>(QStringLiteral("codeComparison"));
    QVERIFY(code);
    QVERIFY(code->findChild<QPlainTextEdit *>(QStringLiteral("cppListing"))
                ->toPlainText()
                .startsWith(QStringLiteral("// src/core/experiments/threadstartdemo.cpp")));
    QVERIFY(code->findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"))
                ->toPlainText()
                .contains(QStringLiteral("daemon=True")));
}

LAB_TEST_MAIN(TestStartingThreadsPanel)
#include "tst_startingthreadspanel.moc"
