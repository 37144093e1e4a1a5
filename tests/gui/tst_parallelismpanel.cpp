// SPDX-License-Identifier: GPL-3.0-or-later
// The parallelism panel as a student uses it: a CPU-bound job with 1..N threads, free, pinned to one
// CPU and behind the simulated GIL; the table and charts fill, the pinned threads stay on their CPU,
// the GIL lets at most one thread into the work, cancel and bad values.
#include "core/experiments/cpuaffinity.h"
#include "core/experiments/threadjobbenchmark.h"
#include "gui/charts/chartview.h"
#include "gui/labresources.h"
#include "gui/panels/benchmarkresultmodel.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/threadjobreport.h"
#include "gui/topics/parallelism/parallelismpanel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

using namespace Lab::Gui;

class TestParallelismPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void freePinnedAndGil();
    void gilOnly();
    void badValuesRejected_data();
    void badValuesRejected();
    void cancelMidRun();
    void codeListing();
};

void TestParallelismPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestParallelismPanel::registered()
{
    const Topic *topic = findTopic(u"parallelism");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<ParallelismPanel *>(experiment.get()));
    QVERIFY(experiment->parameterNames().contains(QStringLiteral("gil")));
    // Default: 1 .. 2 × cores.
    const QString threads = static_cast<ParallelismPanel *>(experiment.get())->form()->text(QStringLiteral("threads"));
    QVERIFY2(threads.endsWith(QString::number(2 * QThread::idealThreadCount())), qPrintable(threads));
}

static bool runToEnd(ParallelismPanel &panel)
{
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    if (!panel.isRunning())
        return false;
    return QTest::qWaitFor([&] { return finished.size() == 1; }, 60000);
}

void TestParallelismPanel::freePinnedAndGil()
{
    const int cpu = Lab::Core::CpuAffinity::ofThread(getpid()).last();
    ParallelismPanel panel;
    panel.resize(1400, 1000);
    panel.show();
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("threads"), QStringLiteral("1,2"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("pin-cpu"), QString::number(cpu), &error));
    QVERIFY(panel.setParameter(QStringLiteral("units"), QStringLiteral("24"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("iterations"), QStringLiteral("3000000"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("runs"), QStringLiteral("3"), &error));
    QVERIFY(runToEnd(panel));
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Done")), qPrintable(panel.statusLabel()->text()));
    QCOMPARE(panel.results()->model()->rowCount(), 6);

    const auto &result = panel.results()->result();
    const auto *free2 = ThreadJobReport::entry(result, QStringLiteral("threads"), 2);
    const auto *pinned2 = ThreadJobReport::entry(result, QStringLiteral("1-core"), 2);
    const auto *gil2 = ThreadJobReport::entry(result, QStringLiteral("gil-lock"), 2);
    QVERIFY(free2 && pinned2 && gil2);
    qInfo("2 threads: free %.2fx, pinned to CPU %d %.2fx, simulated GIL %.2fx (pinned x1 %.0f ms)", free2->speedup, cpu,
          pinned2->speedup, gil2->speedup,
          ThreadJobReport::entry(result, QStringLiteral("1-core"), 1)->meanSeconds * 1000);
    // Pinned: the threads together never had more than the one core; when one thread already had
    // most of it, two cannot be much faster (on a busy machine two runnable threads win more of it).
    using Lab::Core::ThreadJobBenchmark;
    const auto *pinned1 = ThreadJobReport::entry(result, QStringLiteral("1-core"), 1);
    QVERIFY2(ThreadJobBenchmark::cpuShare(*pinned2) < 1.15,
             qPrintable(QString::number(ThreadJobBenchmark::cpuShare(*pinned2))));
    if (ThreadJobBenchmark::cpuShare(*pinned1) >= 0.8)
        QVERIFY2(pinned2->speedup < 1.3, qPrintable(QString::number(pinned2->speedup)));
    else
        qInfo("the machine is busy (1 thread had %.0f %% of the core): wall ratio not checked",
              ThreadJobBenchmark::cpuShare(*pinned1) * 100);

    const auto pinned = panel.setup()->lastRecord(QStringLiteral("1-core"), 2);
    QCOMPARE(pinned.reports.size(), 2);
    for (const auto &report : pinned.reports) {
        QCOMPARE(report.affinity, QList<int>{cpu});
        QCOMPARE(report.lastCpu, cpu);
    }
    QCOMPARE(panel.setup()->lastRecord(QStringLiteral("gil-lock"), 2).maxInsideWork, 1);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("threadChecks"))->text().contains(QStringLiteral("Checked")));

    const ChartSpec speedup = panel.results()->chart(ChartKind::Speedup)->spec();
    QCOMPARE(speedup.strategies().size() >= 3, true);
    QVERIFY(!speedup.markers.isEmpty()); // the core count: the ceiling
    const QString reading = panel.results()->findChild<QLabel *>(QStringLiteral("benchmarkExplanation"))->text();
    QVERIFY(reading.contains(QStringLiteral("never more than 1 thread inside")));
}

void TestParallelismPanel::gilOnly()
{
    ParallelismPanel panel;
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("modes"), QStringLiteral("free"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("gil"), QStringLiteral("true"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("threads"), QStringLiteral("4"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("units"), QStringLiteral("40"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("iterations"), QStringLiteral("200000"), &error));
    QVERIFY(panel.setParameter(QStringLiteral("runs"), QStringLiteral("1"), &error));
    QVERIFY(runToEnd(panel));
    // Free threads may be inside together (on 2+ cores they are); with the GIL never more than one.
    QCOMPARE(panel.setup()->lastRecord(QStringLiteral("gil-lock"), 4).maxInsideWork, 1);
    QVERIFY(panel.setup()->lastRecord(QStringLiteral("threads"), 4).maxInsideWork >= 1);
    QCOMPARE(panel.results()->model()->rowCount(), 4); // 1 is always measured as the baseline
}

void TestParallelismPanel::badValuesRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("threads") << QStringLiteral("threads") << QStringLiteral("1,300")
                             << QStringLiteral("threads: must be");
    QTest::newRow("modes") << QStringLiteral("modes") << QStringLiteral("everywhere")
                           << QStringLiteral("modes: must be");
    QTest::newRow("gil") << QStringLiteral("gil") << QStringLiteral("maybe") << QStringLiteral("gil: must be");
    QTest::newRow("iterations") << QStringLiteral("iterations") << QStringLiteral("0")
                                << QStringLiteral("iterations: must be an integer from 1 to 100000000");
}

void TestParallelismPanel::badValuesRejected()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    ParallelismPanel panel;
    QString message;
    QVERIFY(!panel.setParameter(key, value, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
    // A CPU this process may not use is refused when the run starts, with one line.
    QVERIFY(panel.setParameter(QStringLiteral("pin-cpu"), QStringLiteral("1023"), &message));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(!panel.isRunning());
    QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("pin-cpu: must be")),
             qPrintable(panel.statusLabel()->text()));
}

void TestParallelismPanel::cancelMidRun()
{
    ParallelismPanel panel;
    QString error;
    QVERIFY(panel.setParameter(QStringLiteral("units"), QStringLiteral("5000"), &error));
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
}

void TestParallelismPanel::codeListing()
{
    ParallelismPanel panel;
    auto *code = panel.findChild<QWidget *>(QStringLiteral("codeComparison"));
    QVERIFY(code);
    QVERIFY(code->findChild<QPlainTextEdit *>(QStringLiteral("cppListing"))
                ->toPlainText()
                .contains(QStringLiteral("simulateGil")));
    QVERIFY(code->findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"))
                ->toPlainText()
                .contains(QStringLiteral("GIL")));
}

LAB_TEST_MAIN(TestParallelismPanel)
#include "tst_parallelismpanel.moc"
