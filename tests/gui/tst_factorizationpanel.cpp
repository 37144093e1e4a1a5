// SPDX-License-Identifier: GPL-3.0-or-later
// The factorization panel as a student uses it: controls, Run, results table and charts, cancel,
// bad input, presets; the workers are real lab threads and worker processes.
#include "gui/charts/chartview.h"
#include "gui/labresources.h"
#include "gui/panels/benchmarkresultmodel.h"
#include "gui/panels/benchmarkresultswidget.h" // panel.results() is still a BenchmarkResultsWidget (see that header)
#include "gui/panels/parameterform.h"
#include "gui/topics/factorization/factorizationpanel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Lab::Gui;
using FactorizationColumn = BenchmarkResultModel::Column;

namespace {

// One cell of the results table, read through its model by column.
QString factorizationCell(const BenchmarkResultModel *model, int row, BenchmarkResultModel::Column column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestFactorizationPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void runFromTheButton();
    void badInputStartsNothing();
    void mpiHostsField();
    void cancelMidRun();
    void presets();
    void codeListing();
};

void TestFactorizationPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestFactorizationPanel::registered()
{
    const Topic *topic = findTopic(u"factorization");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<FactorizationPanel *>(experiment.get()));
    QVERIFY(experiment->parameterNames().contains(QStringLiteral("count")));
    QVERIFY(experiment->parameterNames().contains(QStringLiteral("strategies")));
}

void TestFactorizationPanel::runFromTheButton()
{
    FactorizationPanel panel;
    panel.resize(1200, 900);
    panel.show();
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("count"), QStringLiteral("1500"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("workers"), QStringLiteral("2"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("runs"), QStringLiteral("1"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("warmup"), QStringLiteral("0"), &error));
    QSignalSpy started(&panel, &Experiment::runStarted);
    QSignalSpy finished(&panel, &Experiment::runFinished);
    const QList<ChartView *> chartsBefore = panel.results()->charts();
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    // The same kinds of chart keep their views: making new ones at every start cost 12 ms of GUI.
    QCOMPARE(panel.results()->charts(), chartsBefore);
    QVERIFY(panel.isRunning());
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(panel.cancelButton()->isEnabled());
    QVERIFY(!panel.form()->editor(QStringLiteral("count"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.runButton()->isEnabled());

    const BenchmarkResultModel *table = panel.results()->model();
    QCOMPARE(table->rowCount(), 3);
    const QString checksum = factorizationCell(table, 0, FactorizationColumn::ChecksumColumn);
    QCOMPARE(checksum.size(), 16);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(factorizationCell(table, row, FactorizationColumn::ChecksumColumn),
                 checksum); // every strategy computed the same factors
        QCOMPARE(factorizationCell(table, row, FactorizationColumn::ItemsDoneColumn), QStringLiteral("1500"));
    }
    QCOMPARE(factorizationCell(table, 0, FactorizationColumn::StrategyColumn), QStringLiteral("sequential"));
    QVERIFY(panel.results()->summaryLabel()->text().contains(QStringLiteral("than sequential")));
    QCOMPARE(panel.results()->charts().size(), 2);
    QVERIFY(panel.results()->chart(ChartKind::Runtime)->spec().bars.size() == 3);
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Done: 3 strategies measured."));
    // One measured run has no spread: the mean alone, no "± 0.00".
    const QString mean = factorizationCell(table, 1, FactorizationColumn::MeanColumn);
    const QString speedup = factorizationCell(table, 1, FactorizationColumn::SpeedupColumn);
    QVERIFY2(!mean.contains(QStringLiteral("±")), qPrintable(mean));
    QVERIFY2(!speedup.contains(QStringLiteral("±")), qPrintable(speedup));
    QVERIFY(speedup.endsWith(QStringLiteral("×")));
    QVERIFY(panel.history());
    QVERIFY(panel.findChild<QPlainTextEdit *>(QStringLiteral("factorizationLog"))
                ->toPlainText()
                .contains(QStringLiteral("worker process")));
}

void TestFactorizationPanel::badInputStartsNothing()
{
    FactorizationPanel panel;
    QString error;
    QVERIFY(!panel.setParameter(QStringLiteral("count"), QStringLiteral("0"), &error));
    QCOMPARE(error, QStringLiteral("count: must be an integer from 1 to 10000000 (got \"0\")"));
    QVERIFY(!panel.setParameter(QStringLiteral("max"), QStringLiteral("18446744073709551616"), &error));
    // min > max typed into the fields: Run shows one line and starts nothing.
    panel.form()->findChild<QLineEdit *>(QStringLiteral("param-min"))->setText(QStringLiteral("500"));
    panel.form()->findChild<QLineEdit *>(QStringLiteral("param-max"))->setText(QStringLiteral("100"));
    QSignalSpy started(&panel, &Experiment::runStarted);
    panel.start();
    QVERIFY(!panel.isRunning());
    QCOMPARE(started.size(), 1); // started, then refused by the workload check...
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("min: must be at most max")),
             qPrintable(panel.statusLabel()->text()));
    // ...a garbled field is caught before anything starts.
    panel.form()->findChild<QLineEdit *>(QStringLiteral("param-workers"))->setText(QStringLiteral("two"));
    panel.start();
    QCOMPARE(started.size(), 1);
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("workers: must be")));
}

void TestFactorizationPanel::mpiHostsField()
{
    // The hosts field is the --mpi-hosts spec's: shown with the mpi strategy, same words for a refusal.
    FactorizationPanel panel;
    ParameterForm *form = panel.form();
    QVERIFY(form->contains(QStringLiteral("mpi-hosts")));
    QVERIFY(!form->isRowVisible(QStringLiteral("mpi-hosts")));
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("strategies"), QStringLiteral("sequential,mpi"), &error));
    QVERIFY(form->isRowVisible(QStringLiteral("mpi-hosts")));
    QVERIFY(!panel.setParameter(QStringLiteral("mpi-hosts"), QStringLiteral("node1:0"), &error));
    QCOMPARE(error, QStringLiteral("mpi-hosts: must be an existing Open MPI hostfile or host:slots,... (slots 1 to "
                                   "1024), or nothing (got \"node1:0\")"));
    QVERIFY(panel.setParameter(QStringLiteral("mpi-hosts"), QStringLiteral("localhost:2"), &error));
    QCOMPARE(form->text(QStringLiteral("mpi-hosts")), QStringLiteral("localhost:2"));
    QVERIFY(panel.setParameter(QStringLiteral("strategies"), QStringLiteral("sequential"), &error));
    QVERIFY(!form->isRowVisible(QStringLiteral("mpi-hosts")));
}

void TestFactorizationPanel::cancelMidRun()
{
    FactorizationPanel panel;
    QString error;
    // Seconds of naive trial division: cancel must end it at once.
    QVERIFY(panel.setParameter(QStringLiteral("count"), QStringLiteral("200000"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("min"), QStringLiteral("100000000000"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("max"), QStringLiteral("1000000000000"), &error));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(panel.isRunning());
    QTest::qWait(300);
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(panel.runButton()->isEnabled());
}

void TestFactorizationPanel::presets()
{
    FactorizationPanel panel;
    panel.applyPreset(2);
    QCOMPARE(panel.form()->choice(QStringLiteral("algorithm")), QStringLiteral("fast"));
    QCOMPARE(panel.form()->uint64Value(QStringLiteral("max")), std::numeric_limits<quint64>::max());
    panel.applyPreset(0);
    QCOMPARE(panel.form()->intValue(QStringLiteral("count")), 10000);
    QCOMPARE(panel.form()->uint64Value(QStringLiteral("max")), quint64(100000000));
    QCOMPARE(panel.form()->choice(QStringLiteral("algorithm")), QStringLiteral("naive"));
}

void TestFactorizationPanel::codeListing()
{
    FactorizationPanel panel;
    auto *code = panel.findChild<QWidget *>(QStringLiteral("codeComparison"));
    QVERIFY(code);
    auto *cpp = code->findChild<QPlainTextEdit *>(QStringLiteral("cppListing"));
    auto *python = code->findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"));
    QVERIFY(cpp->toPlainText().contains(QStringLiteral("LabThread")));
    QVERIFY(python->toPlainText().contains(QStringLiteral("Pool(")));
}

LAB_TEST_MAIN(TestFactorizationPanel)
#include "tst_factorizationpanel.moc"
