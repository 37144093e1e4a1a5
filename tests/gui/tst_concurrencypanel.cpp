// SPDX-License-Identifier: GPL-3.0-or-later
// The concurrency panel as a student uses it: an I/O-bound and a CPU-bound job with 1 and 4 threads,
// every thread pinned to one CPU; the table and charts fill, the pinning is read back from the
// threads, the I/O job speeds up on one core and the CPU job does not (ratios from the same run).
#include "core/experiments/cpuaffinity.h"
#include "core/experiments/threadjobbenchmark.h"
#include "gui/charts/chartview.h"
#include "gui/labresources.h"
#include "gui/panels/benchmarkresultmodel.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/threadjobreport.h"
#include "gui/topics/concurrency/concurrencypanel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

#include <unistd.h>

using namespace Lab::Gui;
using Lab::Core::ThreadJobBenchmark;

class TestConcurrencyPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void runPinnedToOneCore();
    void badValuesRejected_data();
    void badValuesRejected();
    void cancelMidRun();
    void codeListing();
};

void TestConcurrencyPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestConcurrencyPanel::registered()
{
    const Topic *topic = findTopic(u"concurrency");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<ConcurrencyPanel *>(experiment.get()));
    QVERIFY(experiment->parameterNames().contains(QStringLiteral("pin-cpu")));
}

void TestConcurrencyPanel::runPinnedToOneCore()
{
    const int cpu = Lab::Core::CpuAffinity::ofThread(getpid()).last();
    ConcurrencyPanel panel;
    panel.resize(1400, 1000);
    panel.show();
    QString error;
    for (const auto &[key, value] :
         std::initializer_list<std::pair<QString, QString>>{{QStringLiteral("threads"), QStringLiteral("1,4")},
                                                            {QStringLiteral("pin-cpu"), QString::number(cpu)},
                                                            {QStringLiteral("io-units"), QStringLiteral("12")},
                                                            {QStringLiteral("wait-ms"), QStringLiteral("20")},
                                                            {QStringLiteral("cpu-units"), QStringLiteral("16")},
                                                            {QStringLiteral("iterations"), QStringLiteral("3000000")},
                                                            {QStringLiteral("runs"), QStringLiteral("3")}}) {
        QVERIFY2(panel.setParameter(key, value, &error), qPrintable(error));
    }
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("pinBanner"))->text().contains(QStringLiteral("CPU %1").arg(cpu)));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Done")), qPrintable(panel.statusLabel()->text()));

    QCOMPARE(panel.results()->model()->rowCount(), 4);
    const auto &result = panel.results()->result();
    const auto *io1 = ThreadJobReport::entry(result, QStringLiteral("io-job"), 1);
    const auto *io4 = ThreadJobReport::entry(result, QStringLiteral("io-job"), 4);
    const auto *cpu4 = ThreadJobReport::entry(result, QStringLiteral("cpu-job"), 4);
    QVERIFY(io1 && io4 && cpu4);
    // Ratios measured side by side in this run (each against its own 1-thread run).
    qInfo("pinned to CPU %d: io-job x4 %.2fx (CPU %.0f %% of wall), cpu-job x4 %.2fx (x1 %.0f ms)", cpu, io4->speedup,
          ThreadJobBenchmark::cpuShare(*io4) * 100, cpu4->speedup,
          ThreadJobReport::entry(result, QStringLiteral("cpu-job"), 1)->meanSeconds * 1000);
    QVERIFY2(io4->speedup > 1.5, qPrintable(QString::number(io4->speedup)));
    // One core: the 4 pinned threads together never had more than that core...
    const auto *cpu1 = ThreadJobReport::entry(result, QStringLiteral("cpu-job"), 1);
    QVERIFY2(ThreadJobBenchmark::cpuShare(*cpu4) < 1.15,
             qPrintable(QString::number(ThreadJobBenchmark::cpuShare(*cpu4))));
    // ...so when one thread already had most of it, 4 threads cannot be much faster. (On a machine
    // busy with other programs, 4 runnable threads win a larger share of the core than 1 does.)
    if (ThreadJobBenchmark::cpuShare(*cpu1) >= 0.8)
        QVERIFY2(cpu4->speedup < 1.3, qPrintable(QString::number(cpu4->speedup)));
    else
        qInfo("the machine is busy (1 thread had %.0f %% of the core): wall ratio not checked",
              ThreadJobBenchmark::cpuShare(*cpu1) * 100);
    QVERIFY(ThreadJobBenchmark::cpuShare(*io4) < 0.5); // waiting, not computing

    // The pinning really pinned: every thread read back {cpu} and last ran on it.
    for (const QString &strategy : {QStringLiteral("io-job"), QStringLiteral("cpu-job")}) {
        const auto record = panel.setup()->lastRecord(strategy, 4);
        QVERIFY(record.valid);
        QCOMPARE(record.reports.size(), 4);
        for (const auto &report : record.reports) {
            QCOMPARE(report.affinity, QList<int>{cpu});
            QCOMPARE(report.lastCpu, cpu);
        }
    }
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("pinBanner"))->text().contains(QStringLiteral("Checked")));

    const ChartSpec speedup = panel.results()->chart(ChartKind::Speedup)->spec();
    QVERIFY(!speedup.isEmpty());
    QVERIFY(speedup.strategies().contains(QStringLiteral("io-job")));
    QVERIFY(speedup.strategies().contains(QStringLiteral("cpu-job")));
    QVERIFY(speedup.title.contains(QStringLiteral("CPU %1").arg(cpu)));
    QCOMPARE(panel.results()->chart(ChartKind::Runtime)->spec().bars.size(), 4);
    // The reading: speedup ± error and CPU share per job and thread count, in plain words.
    const QString reading = panel.results()->findChild<QLabel *>(QStringLiteral("benchmarkExplanation"))->text();
    QVERIFY(reading.contains(QStringLiteral("I/O-bound")) && reading.contains(QStringLiteral("CPU-bound")));
    QVERIFY(
        reading.contains(QStringLiteral("CPU&nbsp;%1&nbsp;%").arg(qRound(ThreadJobBenchmark::cpuShare(*io4) * 100))));
    QVERIFY(!panel.results()->summaryLabel()->isVisible()); // nothing went wrong
    QVERIFY(panel.history());
}

void TestConcurrencyPanel::badValuesRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("threads") << QStringLiteral("threads") << QStringLiteral("0,2")
                             << QStringLiteral("threads: must be");
    QTest::newRow("wait") << QStringLiteral("wait-ms") << QStringLiteral("0")
                          << QStringLiteral("wait-ms: must be an integer from 1 to 10000 (got \"0\")");
    QTest::newRow("pin") << QStringLiteral("pin-cpu") << QStringLiteral("x") << QStringLiteral("pin-cpu: must be");
    QTest::newRow("runs") << QStringLiteral("runs") << QStringLiteral("1000")
                          << QStringLiteral("runs: must be an integer from 1 to 100 (got \"1000\")");
}

void TestConcurrencyPanel::badValuesRejected()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    ConcurrencyPanel panel;
    QString message;
    QVERIFY(!panel.setParameter(key, value, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

void TestConcurrencyPanel::cancelMidRun()
{
    ConcurrencyPanel panel;
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("io-units"), QStringLiteral("400"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("wait-ms"), QStringLiteral("50"), &error));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(panel.isRunning());
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1500); // under the engine's 2 s watchdog
    qInfo("cancel took %lld ms", clock.elapsed());
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(panel.runButton()->isEnabled());
}

void TestConcurrencyPanel::codeListing()
{
    ConcurrencyPanel panel;
    auto *code = panel.findChild<QWidget *>(QStringLiteral("codeComparison"));
    QVERIFY(code);
    auto *cpp = code->findChild<QPlainTextEdit *>(QStringLiteral("cppListing"));
    auto *python = code->findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"));
    QVERIFY(cpp->toPlainText().startsWith(QStringLiteral("// src/core/experiments/threadjobrunner.cpp")));
    QVERIFY(python->toPlainText().contains(QStringLiteral("sched_setaffinity")));
}

LAB_TEST_MAIN(TestConcurrencyPanel)
#include "tst_concurrencypanel.moc"
