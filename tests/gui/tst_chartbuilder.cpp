// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"
#include "gui/charts/chartbuilder.h"
#include "gui/charts/strategypalette.h"
#include "labtest.h"

using namespace Lab;
using namespace Lab::Gui;

class TestChartBuilder : public QObject
{
    Q_OBJECT
private slots:
    void runtimeBars();
    void runtimeUnits_data();
    void runtimeUnits();
    void speedupLines();
    void amdahlCurve();
    void sweepCrossover();
    void emptyKinds_data();
    void emptyKinds();
    void timelineGroups();
    void caption();
    void palette();
    void kindNames();
};

void TestChartBuilder::runtimeBars()
{
    const ChartSpec spec = ChartBuilder::runtime(ChartFixtures::workerSweep());
    QCOMPARE(spec.kind, ChartKind::Runtime);
    QVERIFY(!spec.isEmpty());
    QCOMPARE(spec.categories, QStringList({QStringLiteral("sequential"), QStringLiteral("threads ×2"),
                                           QStringLiteral("threads ×4"), QStringLiteral("processes ×4")}));
    QCOMPARE(spec.bars.size(), 4);
    // 0.4 s is shown in milliseconds: the largest value stays below 1000.
    QCOMPARE(spec.bars.at(0).value, 400.0);
    QCOMPARE(spec.bars.at(0).errorLow, 390.0);
    QCOMPARE(spec.bars.at(0).errorHigh, 410.0);
    QCOMPARE(spec.bars.at(0).valueLabel, QStringLiteral("400 ms"));
    QCOMPARE(spec.bars.at(3).valueLabel, QStringLiteral("125 ms · 3.20×"));
    QCOMPARE(spec.bars.at(3).color, strategyColor(QStringLiteral("processes")));
    QVERIFY(spec.yAxis.title.contains(QLatin1String("(ms)")));
    QVERIFY(spec.yAxis.max >= 410.0);
    // Title says what, subtitle says where.
    QVERIFY(spec.title.contains(QLatin1String("Factorization")));
    QVERIFY(spec.subtitle.contains(QLatin1String("Test CPU 9000")));
    QVERIFY(spec.subtitle.contains(QLatin1String("8 logical cores")));
    QCOMPARE(spec.strategies(),
             QStringList({QStringLiteral("sequential"), QStringLiteral("threads"), QStringLiteral("processes")}));
}

void TestChartBuilder::runtimeUnits_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("shown");
    QTest::newRow("microseconds") << 0.00025 << QStringLiteral("µs") << 250.0;
    QTest::newRow("milliseconds") << 0.25 << QStringLiteral("ms") << 250.0;
    QTest::newRow("seconds") << 2.5 << QStringLiteral("s") << 2.5;
}

void TestChartBuilder::runtimeUnits()
{
    QFETCH(double, seconds);
    QFETCH(QString, unit);
    QFETCH(double, shown);
    Core::BenchmarkResult result;
    result.results = {ChartFixtures::stats(QStringLiteral("sequential"), 1, seconds, 0)};
    const ChartSpec spec = ChartBuilder::runtime(result);
    QVERIFY(spec.yAxis.title.contains(QLatin1Char('(') + unit + QLatin1Char(')')));
    QVERIFY(qFuzzyCompare(spec.bars.at(0).value, shown));
    QVERIFY(spec.bars.at(0).valueLabel.endsWith(QLatin1Char(' ') + unit));
}

void TestChartBuilder::speedupLines()
{
    const FittedCurve fit = ChartBuilder::amdahlFit(QStringLiteral("threads"), 0.95, 4);
    const ChartSpec spec = ChartBuilder::speedup(ChartFixtures::workerSweep(), {fit});
    QCOMPARE(spec.kind, ChartKind::Speedup);
    // ideal, threads, processes, the fit
    QCOMPARE(spec.series.size(), 4);
    QCOMPARE(spec.series.at(0).line, ChartSeries::Line::Dashed);
    QCOMPARE(spec.series.at(0).points.first(), QPointF(1, 1));
    const ChartSeries &threads = spec.series.at(1);
    QCOMPARE(threads.strategy, QStringLiteral("threads"));
    QCOMPARE(threads.points, QList<QPointF>({{2, 2.0}, {4, 3.6}}));
    QCOMPARE(threads.errors, QList<double>({0.06, 0.1}));
    QCOMPARE(spec.series.at(2).points, QList<QPointF>({{4, 3.2}}));
    QCOMPARE(spec.series.at(3).line, ChartSeries::Line::Dotted);
    QVERIFY(spec.series.at(3).name.contains(QLatin1String("Amdahl")));
    // Both core counts are marked: 4 physical, 8 logical.
    QCOMPARE(spec.markers.size(), 2);
    QCOMPARE(spec.markers.at(0).position, 4.0);
    QCOMPARE(spec.markers.at(1).position, 8.0);
    QVERIFY(spec.markers.at(1).label.contains(QLatin1String("8 logical cores")));
    QVERIFY(spec.xAxis.max > 8);
    QVERIFY(spec.yAxis.title.contains(QStringLiteral("×")));
    QVERIFY(spec.xAxis.title.contains(QLatin1String("Workers")));
}

void TestChartBuilder::amdahlCurve()
{
    const QList<QPointF> curve = ChartBuilder::amdahlCurve(0.9, 4);
    QCOMPARE(curve.first(), QPointF(1, 1));
    QCOMPARE(curve.last().x(), 4.0);
    QVERIFY(qFuzzyCompare(curve.last().y(), 1.0 / (0.1 + 0.9 / 4)));
    // Perfectly parallel work follows the ideal line.
    for (const QPointF &point : ChartBuilder::amdahlCurve(1.0, 8))
        QVERIFY(qFuzzyCompare(point.y(), point.x()));
}

void TestChartBuilder::sweepCrossover()
{
    const ChartSpec spec = ChartBuilder::sweep(ChartFixtures::sizeSweep());
    QCOMPARE(spec.kind, ChartKind::Sweep);
    QVERIFY(!spec.isEmpty());
    QCOMPARE(spec.series.size(), 2);
    QCOMPARE(spec.series.at(0).points.size(), 4);
    QCOMPARE(spec.series.at(0).points.first().x(), 1000.0);
    QVERIFY(spec.xAxis.title.contains(QLatin1String("items")));
    // seq = 5e-6 n, processes = 1.25e-6 n + 0.015: they cross at n = 4000, between 2000 and 8000.
    QCOMPARE(spec.markers.size(), 1);
    QVERIFY2(spec.markers.at(0).position > 2000 && spec.markers.at(0).position < 8000,
             qPrintable(QString::number(spec.markers.at(0).position)));
    QVERIFY(spec.markers.at(0).label.contains(QStringLiteral("processes ×4")));
}

void TestChartBuilder::emptyKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("sweepResult");
    QTest::newRow("sweep of a worker sweep") << int(ChartKind::Sweep) << false;
    QTest::newRow("speedup of a size sweep without speedups") << int(ChartKind::Speedup) << true;
    QTest::newRow("timeline without items") << int(ChartKind::Timeline) << false;
}

void TestChartBuilder::emptyKinds()
{
    QFETCH(int, kind);
    QFETCH(bool, sweepResult);
    Core::BenchmarkResult result = sweepResult ? ChartFixtures::sizeSweep() : ChartFixtures::workerSweep();
    if (sweepResult) {
        for (Core::StrategyStats &stats : result.results)
            stats.speedup = 0;
    }
    const ChartSpec spec = ChartBuilder::build(ChartKind(kind), result);
    QVERIFY(spec.isEmpty());
    QVERIFY(!spec.emptyMessage.isEmpty());
}

void TestChartBuilder::timelineGroups()
{
    const QList<TimelineItem> items = {{QStringLiteral("threads"), QStringLiteral("a"), 0, 0.2, false},
                                       {QStringLiteral("sequential"), QStringLiteral("a"), 0, 0.2, false},
                                       {QStringLiteral("threads"), QStringLiteral("b"), 0.01, 0.21, true},
                                       {QStringLiteral("sequential"), QStringLiteral("b"), 0.2, 0.4, false}};
    const ChartSpec spec = ChartBuilder::timeline(ChartFixtures::workerSweep(), items);
    QCOMPARE(spec.timelineGroups, QStringList({QStringLiteral("threads"), QStringLiteral("sequential")}));
    QCOMPARE(spec.timeline.size(), 4);
    QCOMPARE(spec.timeline.at(1).label, QStringLiteral("b")); // grouped: both threads items first
    QVERIFY(spec.timeline.at(1).failed);
    QVERIFY(spec.xAxis.max >= 0.4);
    QVERIFY(spec.yAxis.title.contains(QLatin1String("failed")));
}

void TestChartBuilder::caption()
{
    const QString caption = ChartBuilder::caption(ChartFixtures::workerSweep());
    QVERIFY(caption.contains(QLatin1String("cpu_model=Test CPU 9000")));
    QVERIFY(caption.contains(QLatin1String("logical_cores=8")));
    QVERIFY(caption.contains(QLatin1String("count=10000")));
    QVERIFY(caption.contains(QLatin1String("algorithm=naive")));
    // The environment keeps the contract's order: the CPU before the core count.
    QVERIFY(caption.indexOf(QLatin1String("cpu_model")) < caption.indexOf(QLatin1String("logical_cores")));
}

void TestChartBuilder::palette()
{
    const QStringList strategies = {QStringLiteral("sequential"), QStringLiteral("threads"),
                                    QStringLiteral("processes"),  QStringLiteral("async"),
                                    QStringLiteral("pool"),       QStringLiteral("cpython")};
    QSet<QRgb> colours;
    for (const QString &strategy : strategies) {
        colours.insert(strategyColor(strategy).rgb());
        QCOMPARE(strategyColor(strategy), strategyColor(strategy.toUpper())); // stable, case-insensitive
    }
    QCOMPARE(colours.size(), strategies.size()); // distinct
    // Every colour but the neutral baseline comes from the Okabe-Ito palette.
    const QList<QColor> okabeIto = okabeItoPalette();
    for (const QString &strategy : strategies.mid(1))
        QVERIFY2(okabeIto.contains(strategyColor(strategy)), qPrintable(strategy));
    QVERIFY(okabeIto.contains(strategyColor(QStringLiteral("something-new"))));
}

void TestChartBuilder::kindNames()
{
    ChartKind kind = ChartKind::Runtime;
    QVERIFY(chartKindFromName(QStringLiteral("sweep"), &kind));
    QCOMPARE(kind, ChartKind::Sweep);
    QVERIFY(!chartKindFromName(QStringLiteral("pie"), &kind));
    QCOMPARE(chartKindName(ChartKind::Speedup), QStringLiteral("speedup"));
}

LAB_TEST_GUILESS_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"
