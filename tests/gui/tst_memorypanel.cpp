// SPDX-License-Identifier: GPL-3.0-or-later
// The memory panel with small settings: the real topology, a short latency curve with the cache sizes
// marked, bandwidth per thread count, false sharing with the counters' addresses, cancel, bad input.
#include "core/experiments/memoryexperiment.h"
#include "core/system/machineinfo.h"
#include "gui/charts/chartexportbutton.h"
#include "gui/charts/chartexporter.h"
#include "gui/charts/chartview.h"
#include "gui/labresources.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/memory/falsesharingwidget.h"
#include "gui/topics/memory/memorycharts.h"
#include "gui/topics/memory/memorymachinepage.h"
#include "gui/topics/memory/memorypanel.h"
#include "gui/topics/memory/topologywidget.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThreadPool>

#include <memory>

using namespace Lab::Gui;

class TestMemoryPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void topologyFromSys();
    void modelIsTwoNodes();
    void latencyCurve();
    void bandwidthPerThreadCount();
    void falseSharingAddresses();
    void cancelMidRun();
    void runAgainRightAfterCancel();
    void badSettingsRejected_data();
    void badSettingsRejected();
    void codeListing();
    void destroyedWhileReadingMachine();
    void latencyExplainedWithoutCacheSizes();

private:
    static void set(MemoryPanel &panel, const QString &key, const QString &value)
    {
        QString error;
        QVERIFY2(panel.setParameter(key, value, &error), qPrintable(error));
    }
};

void TestMemoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestMemoryPanel::registered()
{
    const Topic *topic = findTopic(u"memory");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<MemoryPanel *>(experiment.get()));
    QVERIFY(experiment->parameterNames().contains(QStringLiteral("experiment")));
}

void TestMemoryPanel::topologyFromSys()
{
    const Lab::Core::MachineInfo machine = Lab::Core::MachineInfo::read();
    MemoryPanel panel;
    panel.resize(1400, 900);
    panel.show();
    QTRY_VERIFY(panel.hasMachine());
    panel.tabs()->setCurrentWidget(panel.machinePage());
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.machinePage()->topologyView()->repaint();
    QCOMPARE(panel.machinePage()->topologyView()->machine().numaNodes.size(), machine.numaNodes.size());
    QCOMPARE(panel.machinePage()->topologyView()->drawnNodes(), int(machine.numaNodes.size()));
    QCOMPARE(panel.machinePage()->topologyView()->drawnCaches(), int(machine.caches.size()));
    QVERIFY(!panel.machinePage()->topologyView()->isModel());
    if (machine.numaNodes.size() == 1) {
        QVERIFY2(panel.machinePage()->umaLabel()->text().contains(QStringLiteral("This machine is UMA")),
                 qPrintable(panel.machinePage()->umaLabel()->text()));
        QVERIFY(panel.machinePage()->modelView()->isVisible());
    } else {
        QVERIFY(panel.machinePage()->umaLabel()->text().contains(QStringLiteral("NUMA")));
        QVERIFY(!panel.machinePage()->modelView()->isVisible());
    }
}

void TestMemoryPanel::modelIsTwoNodes()
{
    MemoryPanel panel;
    QVERIFY(panel.machinePage()->modelView()->isModel());
    QCOMPARE(panel.machinePage()->modelView()->machine().numaNodes.size(), 2);
    // Each node: 4 x (L1d, L1i, L2) + one L3.
    QCOMPARE(panel.machinePage()->modelView()->machine().caches.size(), 26);
}

void TestMemoryPanel::latencyCurve()
{
    MemoryPanel panel;
    set(panel, QStringLiteral("experiment"), QStringLiteral("latency"));
    set(panel, QStringLiteral("max-size"), QStringLiteral("8"));
    set(panel, QStringLiteral("points-per-octave"), QStringLiteral("1"));
    set(panel, QStringLiteral("accesses"), QStringLiteral("100000"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(panel.lastStatus().startsWith(QStringLiteral("Done")), qPrintable(panel.lastStatus()));

    // 4 KiB .. 8 MiB, one per doubling: 12 working sets, increasing, each timed.
    const QList<Lab::Core::LatencyPoint> &points = panel.latencyPoints();
    QCOMPARE(points.size(), 12);
    for (qsizetype i = 0; i < points.size(); ++i) {
        QVERIFY(points.at(i).nsPerAccess > 0);
        if (i > 0)
            QVERIFY(points.at(i).bytes > points.at(i - 1).bytes);
    }
    const ChartSpec &spec = panel.latencyChart()->spec();
    QVERIFY(spec.xAxis.logarithmic);
    QCOMPARE(spec.series.constFirst().points.size(), 12);
    QCOMPARE(spec.series.constFirst().points.constFirst().x(), 4.0);
    // A marker at each data cache size within the range, where MachineInfo says.
    QList<double> expected;
    for (const MemoryCharts::CacheLevel &level : MemoryCharts::dataCacheLevels(panel.machine())) {
        if (level.bytes >= 4096 && level.bytes <= (8 << 20))
            expected.append(double(level.bytes) / 1024);
    }
    QCOMPARE(spec.markers.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(spec.markers.at(i).position, expected.at(i));
    // It exports like every chart: an SVG naming the markers, and the export button beside it.
    const QByteArray svg = ChartExporter::svg(spec, ChartTheme::Light, {1280, 720});
    QVERIFY(svg.contains("ns / load"));
    QVERIFY(panel.findChild<ChartExportButton *>(QStringLiteral("latencyExport")));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("latencyExplanation"))
                ->text()
                .contains(QStringLiteral("ns per load")));
}

void TestMemoryPanel::bandwidthPerThreadCount()
{
    MemoryPanel panel;
    set(panel, QStringLiteral("experiment"), QStringLiteral("bandwidth"));
    set(panel, QStringLiteral("threads"), QStringLiteral("1,2,3"));
    set(panel, QStringLiteral("array-size"), QStringLiteral("4"));
    set(panel, QStringLiteral("passes"), QStringLiteral("1"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(panel.bandwidthPoints().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(panel.bandwidthPoints().at(i).threads, i + 1);
        QVERIFY(panel.bandwidthPoints().at(i).ok);
        QCOMPARE(panel.bandwidthPoints().at(i).bytesRead, qint64(i + 1) * (4 << 20));
    }
    const ChartSpec &spec = panel.bandwidthChart()->spec();
    QCOMPARE(spec.series.constFirst().points.size(), 3);
    QCOMPARE(spec.series.at(1).points.size(), 3); // the "if it scaled" line
    QVERIFY(panel.latencyPoints().isEmpty());     // only the chosen experiment ran
}

void TestMemoryPanel::falseSharingAddresses()
{
    MemoryPanel panel;
    set(panel, QStringLiteral("experiment"), QStringLiteral("false-sharing"));
    set(panel, QStringLiteral("increments"), QStringLiteral("200000"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const QList<Lab::Core::FalseSharingResult> &results = panel.falseSharingWidget()->results();
    QCOMPARE(results.size(), 2);
    QVERIFY(!results.at(0).padded);
    QVERIFY(results.at(1).padded);
    QCOMPARE(results.at(0).counterAddresses.at(1) - results.at(0).counterAddresses.at(0), quintptr(8));
    QCOMPARE(results.at(1).counterAddresses.at(1) - results.at(1).counterAddresses.at(0), quintptr(128));
    QVERIFY(results.at(0).ok && results.at(1).ok);
    QVERIFY(panel.falseSharingWidget()->ratio() > 0);
    auto *ratio = panel.falseSharingWidget()->findChild<QLabel *>(QStringLiteral("falseSharingRatio"));
    QVERIFY(ratio->text().endsWith(QStringLiteral("×")));
    QVERIFY(panel.falseSharingWidget()
                ->findChild<QLabel *>(QStringLiteral("adjacentAddresses"))
                ->text()
                .contains(QStringLiteral("8 bytes apart")));
    QVERIFY(panel.falseSharingWidget()
                ->findChild<QLabel *>(QStringLiteral("paddedAddresses"))
                ->text()
                .contains(QStringLiteral("128 bytes apart")));
}

void TestMemoryPanel::cancelMidRun()
{
    MemoryPanel panel;
    set(panel, QStringLiteral("experiment"), QStringLiteral("all"));
    set(panel, QStringLiteral("accesses"), QStringLiteral("100000000")); // far too long to finish
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    QVERIFY(panel.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.latencyPoints().isEmpty(), 20000);
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(panel.lastStatus().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.runButton()->isEnabled());
    QVERIFY(panel.bandwidthPoints().isEmpty()); // the later experiments never started
}

void TestMemoryPanel::runAgainRightAfterCancel()
{
    MemoryPanel panel;
    set(panel, QStringLiteral("max-size"), QStringLiteral("128"));
    set(panel, QStringLiteral("points-per-octave"), QStringLiteral("1"));
    set(panel, QStringLiteral("accesses"), QStringLiteral("100000"));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    // Cancel while the big chains (32..128 MiB) are being built and walked.
    QTRY_VERIFY_WITH_TIMEOUT(!panel.latencyPoints().isEmpty() && panel.latencyPoints().constLast().bytes >= (16 << 20),
                             20000);
    QElapsedTimer clock;
    clock.start();
    panel.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    qInfo("cancel ended the run after %lld ms", clock.elapsed()); // reported, not asserted
    // A new run while the cancelled one may still be stopping: it waits, then runs in full.
    set(panel, QStringLiteral("max-size"), QStringLiteral("1"));
    panel.start();
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY2(panel.lastStatus().startsWith(QStringLiteral("Done")), qPrintable(panel.lastStatus()));
    QCOMPARE(panel.latencyPoints().size(), Lab::Core::PointerChase::workingSetSizes(4096, 1 << 20, 1).size());
    QCOMPARE(panel.latencyPoints().constLast().bytes, qint64(1 << 20));
}

void TestMemoryPanel::badSettingsRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mention");
    QTest::newRow("experiment") << QStringLiteral("experiment") << QStringLiteral("cache")
                                << QStringLiteral("experiment: must be");
    QTest::newRow("max-size") << QStringLiteral("max-size") << QStringLiteral("2048")
                              << QStringLiteral("max-size: must be an integer from 0 to 1024");
    QTest::newRow("threads") << QStringLiteral("threads") << QStringLiteral("0,2")
                             << QStringLiteral("threads: must be");
    QTest::newRow("sharing-threads") << QStringLiteral("sharing-threads") << QStringLiteral("1")
                                     << QStringLiteral("sharing-threads: must be an integer from 2 to 8");
    QTest::newRow("accesses") << QStringLiteral("accesses") << QStringLiteral("many")
                              << QStringLiteral("accesses: must be");
}

void TestMemoryPanel::badSettingsRejected()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, mention);
    MemoryPanel panel;
    QString error;
    QVERIFY(!panel.setParameter(key, value, &error));
    QVERIFY2(error.startsWith(mention), qPrintable(error));
}

void TestMemoryPanel::codeListing()
{
    MemoryPanel panel;
    auto *code = panel.findChild<QWidget *>(QStringLiteral("codeComparison"));
    QVERIFY(code);
    QFile cpp(QStringLiteral(":/code/memory.cpp.txt"));
    QVERIFY(cpp.open(QIODevice::ReadOnly));
    QVERIFY(cpp.readLine().startsWith("// src/core/experiments/pointerchase.cpp"));
    QVERIFY(QFile::exists(QStringLiteral(":/code/memory.py")));
}

void TestMemoryPanel::destroyedWhileReadingMachine()
{
    // The panel reads /sys on the pool as it is built; closing it at once must drop that read's
    // continuation (checked by the asan preset).
    for (int i = 0; i < 10; ++i)
        std::make_unique<MemoryPanel>().reset();
    QThreadPool::globalInstance()->waitForDone(10000);
    QCoreApplication::processEvents();
}

void TestMemoryPanel::latencyExplainedWithoutCacheSizes()
{
    // A machine whose /sys names no cache (many VMs): the curve is still explained, from itself.
    QList<Lab::Core::LatencyPoint> points;
    for (int i = 0; i < 6; ++i) {
        Lab::Core::LatencyPoint point;
        point.bytes = qint64(4096) << (3 * i);
        point.nsPerAccess = 1.0 + i * i * 10.0;
        points.append(point);
    }
    const QString text = MemoryCharts::explainLatency(points, Lab::Core::MachineInfo());
    QVERIFY2(text.contains(QStringLiteral("does not say its cache sizes")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("about 1.0 ns per load")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("about 251 ns per load, 251× as long")), qPrintable(text));
}

LAB_TEST_MAIN(TestMemoryPanel)
#include "tst_memorypanel.moc"
