// SPDX-License-Identifier: GPL-3.0-or-later
// The handling-threads panel as a student uses it: Run names and renames a thread, stops a thread
// gracefully and ends three worker processes (politely, SIGTERM, SIGKILL); the buttons do it by hand.
#include "gui/labresources.h"
#include "gui/topics/handlingthreads/handlingthreadspanel.h"
#include "gui/topics/handlingthreads/processendingmodel.h"
#include "gui/topics/handlingthreads/processendingwidget.h"
#include "gui/topics/handlingthreads/threadnamesmodel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace Lab::Gui;
using Ending = ProcessEndingWidget::Ending;
using EndingColumn = ProcessEndingModel::Column;
using NamesColumn = ThreadNamesModel::Column;

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
QString endedText(const ProcessEndingModel *model, Ending ending)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, EndingColumn::HowColumn).data(ProcessEndingModel::EndingRole).toInt() == int(ending))
            return model->index(row, EndingColumn::EndedColumn).data().toString() + QStringLiteral(" | ") +
                   model->index(row, EndingColumn::LastWordsColumn).data().toString();
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
    QAbstractItemModelTester namesTester(panel.namesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester endingTester(panel.processes()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
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
    const ThreadNamesModel *names = panel.namesModel();
    const auto name = [names](ThreadNamesModel::Step step, NamesColumn column) {
        return names->index(step, column).data().toString();
    };
    QCOMPARE(name(ThreadNamesModel::BeforeStartStep, NamesColumn::ObjectNameColumn),
             QStringLiteral("handling-threads-demo"));
    QCOMPARE(name(ThreadNamesModel::BeforeStartStep, NamesColumn::OsNameColumn), QStringLiteral("handling-thread"));
    QCOMPARE(name(ThreadNamesModel::RenamedStep, NamesColumn::ObjectNameColumn), QStringLiteral("renamed-later"));
    QCOMPARE(name(ThreadNamesModel::RenamedStep, NamesColumn::OsNameColumn), QStringLiteral("handling-thread"));
    QCOMPARE(name(ThreadNamesModel::OsRenamedStep, NamesColumn::OsNameColumn), QStringLiteral("renamed-later"));

    // Graceful stop: asked, it finished its step and cleaned up.
    const QString graceful = panel.gracefulResult()->text();
    QVERIFY2(graceful.contains(QStringLiteral("Cleaned up: yes")), qPrintable(graceful));
    QVERIFY(graceful.contains(QStringLiteral("requestInterruption()")));

    // Processes: exit code 0 vs signal 15 vs signal 9, in words.
    const ProcessEndingModel *processes = panel.processes()->model();
    QCOMPARE(processes->rowCount(), 3);
    const QString polite = endedText(processes, Ending::Polite);
    QVERIFY2(polite.startsWith(QStringLiteral("exited normally, exit code 0 | yes")), qPrintable(polite));
    const QString terminated = endedText(processes, Ending::Terminate);
    QVERIFY2(terminated.startsWith(QStringLiteral("killed by signal 15 (SIGTERM) | none")), qPrintable(terminated));
    const QString killed = endedText(processes, Ending::Kill);
    QVERIFY2(killed.startsWith(QStringLiteral("killed by signal 9 (SIGKILL) | none")), qPrintable(killed));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("threadIdentity"))->text().contains(QStringLiteral("main (GUI)")));

    // The short columns show their whole values (a pid cut to "2…" told nothing), also in the larger
    // type of presenter mode.
    auto *table = panel.processes()->findChild<QTableView *>(QStringLiteral("processTable"));
    QVERIFY(table);
    const auto textWidth = [table](int column) {
        return static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column);
    };
    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1) {
            QFont larger = table->font();
            larger.setPointSizeF(larger.pointSizeF() * 1.6);
            table->setFont(larger);
        }
        for (const EndingColumn column : {EndingColumn::PidColumn, EndingColumn::ByColumn}) {
            QTRY_VERIFY2(table->columnWidth(column) >= textWidth(column),
                         qPrintable(QStringLiteral("column %1: %2 px for %3 px of text")
                                        .arg(column)
                                        .arg(table->columnWidth(column))
                                        .arg(textWidth(column))));
        }
    }
}

void TestHandlingThreadsPanel::byHand()
{
    HandlingThreadsPanel panel;
    QAbstractItemModelTester endingTester(panel.processes()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
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

    ProcessEndingWidget *view = panel.processes();
    QVERIFY(!view->button(Ending::Kill)->isEnabled());
    QTest::mouseClick(view->startButton(), Qt::LeftButton);
    QVERIFY(view->button(Ending::Kill)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(view->manualPid() > 0, 5000);
    QTest::mouseClick(view->button(Ending::Kill), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 5000);
    QVERIFY(endedText(view->model(), Ending::Kill).startsWith(QStringLiteral("killed by signal 9 (SIGKILL)")));
    QCOMPARE(view->model()->index(0, EndingColumn::ByColumn).data().toString(), QStringLiteral("by hand"));
    QCOMPARE(view->model()->index(0, EndingColumn::HowColumn).data(ProcessEndingModel::SignalRole).toInt(), 9);
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

LAB_TEST_MAIN(TestHandlingThreadsPanel)
#include "tst_handlingthreadspanel.moc"
