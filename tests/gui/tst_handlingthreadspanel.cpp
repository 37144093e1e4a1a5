// SPDX-License-Identifier: GPL-3.0-or-later
// The handling-threads panel as a student uses it: Run names and renames a thread, stops a thread
// gracefully and ends three worker processes (politely, SIGTERM, SIGKILL); the buttons do it by hand.
#include "gui/labresources.h"
#include "gui/topics/handlingthreads/handlingthreadspanel.h"
#include "gui/topics/handlingthreads/processendingview.h"
#include "gui/topics/topicregistry.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Lab::Gui;
using Ending = ProcessEndingView::Ending;

namespace {
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

// The "How it ended" text of the first row ended `ending`.
QString endedText(QTableWidget *table, Ending ending)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toInt() == int(ending))
            return table->item(row, 3)->text() + QStringLiteral(" | ") + table->item(row, 4)->text();
    }
    return {};
}
} // namespace

class TestHandlingThreadsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void runNamesStopsAndEnds();
    void byHand();
    void noChildOutlivesThePanel();
    void codeListing();
};

void TestHandlingThreadsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestHandlingThreadsPanel::registered()
{
    const Topic *topic = findTopic(u"handling-threads");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<HandlingThreadsPanel *>(experiment.get()));
    QVERIFY(experiment->parameterNames().contains(QStringLiteral("stop-after-ms")));
}

void TestHandlingThreadsPanel::runNamesStopsAndEnds()
{
    HandlingThreadsPanel panel;
    panel.resize(1100, 900);
    panel.show();
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("stop-after-ms"), QStringLiteral("200"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("work-ms"), QStringLiteral("300"), &error));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Done")), qPrintable(panel.statusLabel()->text()));

    // Names: before start the OS keeps 15 bytes; a rename after start does not reach the OS.
    QTableWidget *names = panel.namesTable();
    QCOMPARE(names->item(0, 1)->text(), QStringLiteral("handling-threads-demo"));
    QCOMPARE(names->item(0, 2)->text(), QStringLiteral("handling-thread"));
    QCOMPARE(names->item(1, 1)->text(), QStringLiteral("renamed-later"));
    QCOMPARE(names->item(1, 2)->text(), QStringLiteral("handling-thread"));
    QCOMPARE(names->item(2, 2)->text(), QStringLiteral("renamed-later"));

    // Graceful stop: asked, it finished its step and cleaned up.
    const QString graceful = panel.gracefulResult()->text();
    QVERIFY2(graceful.contains(QStringLiteral("Cleaned up: yes")), qPrintable(graceful));
    QVERIFY(graceful.contains(QStringLiteral("requestInterruption()")));

    // Processes: exit code 0 vs signal 15 vs signal 9, in words.
    QTableWidget *processes = panel.processes()->table();
    QCOMPARE(processes->rowCount(), 3);
    const QString polite = endedText(processes, Ending::Polite);
    QVERIFY2(polite.startsWith(QStringLiteral("exited normally, exit code 0 | yes")), qPrintable(polite));
    const QString terminated = endedText(processes, Ending::Terminate);
    QVERIFY2(terminated.startsWith(QStringLiteral("killed by signal 15 (SIGTERM) | none")), qPrintable(terminated));
    const QString killed = endedText(processes, Ending::Kill);
    QVERIFY2(killed.startsWith(QStringLiteral("killed by signal 9 (SIGKILL) | none")), qPrintable(killed));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("threadIdentity"))->text().contains(QStringLiteral("main (GUI)")));
}

void TestHandlingThreadsPanel::byHand()
{
    HandlingThreadsPanel panel;
    panel.show();
    auto *start = panel.findChild<QPushButton *>(QStringLiteral("threadStartButton"));
    auto *stop = panel.findChild<QPushButton *>(QStringLiteral("threadStopButton"));
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.gracefulResult()->text().contains(QStringLiteral("until you ask it")), 5000);
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.gracefulResult()->text().contains(QStringLiteral("Cleaned up: yes")), 5000);
    QVERIFY(start->isEnabled());

    ProcessEndingView *view = panel.processes();
    QVERIFY(!view->button(Ending::Kill)->isEnabled());
    QTest::mouseClick(view->startButton(), Qt::LeftButton);
    QVERIFY(view->button(Ending::Kill)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(view->manualPid() > 0, 5000);
    QTest::mouseClick(view->button(Ending::Kill), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->table()->rowCount(), 1, 5000);
    QVERIFY(endedText(view->table(), Ending::Kill).startsWith(QStringLiteral("killed by signal 9 (SIGKILL)")));
    QCOMPARE(view->table()->item(0, 1)->text(), QStringLiteral("by hand"));
    QVERIFY(view->startButton()->isEnabled());
}

void TestHandlingThreadsPanel::noChildOutlivesThePanel()
{
    QTRY_VERIFY_WITH_TIMEOUT(childPids().isEmpty(), 5000);
    {
        HandlingThreadsPanel panel;
        QString error;
        QVERIFY(panel.setParameter(QStringLiteral("stop-after-ms"), QStringLiteral("60000"), &error));
        panel.start();
        panel.processes()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(childPids().size(), 4, 10000);
        QVERIFY(panel.isRunning());
    }
    QVERIFY(childPids().isEmpty());
}

void TestHandlingThreadsPanel::codeListing()
{
    HandlingThreadsPanel panel;
    auto *code = panel.findChild<QWidget *>(QStringLiteral("codeComparison"));
    QVERIFY(code);
    QVERIFY(code->findChild<QPlainTextEdit *>(QStringLiteral("cppListing"))
                ->toPlainText()
                .startsWith(QStringLiteral("// src/core/experiments/threadrenamedemo.cpp")));
    QVERIFY(code->findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"))
                ->toPlainText()
                .contains(QStringLiteral("terminate()")));
}

QTEST_MAIN(TestHandlingThreadsPanel)
#include "tst_handlingthreadspanel.moc"
