// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/amdahlfit.h"
#include "core/bench/benchmarkcase.h"
#include "core/bench/statistics.h"
#include "labtest.h"

#include <cmath>

using namespace Lab::Core;

class TestStatistics : public QObject
{
    Q_OBJECT
private slots:
    void summary_data();
    void summary();
    void outliers_data();
    void outliers();
    void outlierNote();
    void speedup();
    void amdahlRecoversSerialFraction_data();
    void amdahlRecoversSerialFraction();
    void amdahlEdges();
    void workerSweep_data();
    void workerSweep();
    void sizeSweep();
    void sweepCases();
};

void TestStatistics::summary_data()
{
    QTest::addColumn<QList<double>>("samples");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("stddev");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::newRow("empty") << QList<double>{} << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("one") << QList<double>{0.25} << 0.25 << 0.0 << 0.25 << 0.25 << 0.25;
    QTest::newRow("odd") << QList<double>{5, 1, 4, 2, 3} << 3.0 << std::sqrt(2.5) << 3.0 << 1.0 << 5.0;
    // The textbook example: population sd 2, sample sd sqrt(32/7).
    QTest::newRow("even") << QList<double>{2, 4, 4, 4, 5, 5, 7, 9} << 5.0 << std::sqrt(32.0 / 7.0) << 4.5 << 2.0 << 9.0;
}

void TestStatistics::summary()
{
    QFETCH(QList<double>, samples);
    const Statistics s = Statistics::of(samples);
    QCOMPARE(s.count, samples.size());
    QFETCH(double, mean);
    QFETCH(double, stddev);
    QFETCH(double, median);
    QFETCH(double, min);
    QFETCH(double, max);
    QVERIFY(qFuzzyCompare(1 + s.mean, 1 + mean));
    QVERIFY(qFuzzyCompare(1 + s.stddev, 1 + stddev));
    QVERIFY(qFuzzyCompare(1 + s.median, 1 + median));
    QCOMPARE(s.min, min);
    QCOMPARE(s.max, max);
}

void TestStatistics::outliers_data()
{
    QTest::addColumn<QList<double>>("samples");
    QTest::addColumn<QList<int>>("outliers");
    QTest::addColumn<bool>("firstSlow");
    QTest::newRow("quiet") << QList<double>{1.0, 1.01, 0.99, 1.02, 0.98} << QList<int>{} << false;
    QTest::newRow("one slow run") << QList<double>{1.0, 1.01, 0.99, 1.02, 0.98, 1.0, 1.01, 0.99, 1.0, 2.5}
                                  << QList<int>{9} << false;
    QTest::newRow("two slow runs") << QList<double>{1.0, 1.01, 0.99, 3.0, 0.98, 1.0, 1.01, 0.99, 1.0, 2.5}
                                   << QList<int>{3, 9} << false;
    QTest::newRow("cold first run") << QList<double>{3.0, 1.0, 1.01, 0.99, 1.0} << QList<int>{0} << true;
    QTest::newRow("fast first run") << QList<double>{0.2, 1.0, 1.01, 0.99, 1.0} << QList<int>{0} << false;
    // More than half identical: MAD is 0, the mean absolute deviation stands in.
    QTest::newRow("MAD zero") << QList<double>{1, 1, 1, 1, 2} << QList<int>{4} << false;
    QTest::newRow("all equal") << QList<double>{1, 1, 1} << QList<int>{} << false;
    QTest::newRow("two runs") << QList<double>{1, 100} << QList<int>{} << false;
}

void TestStatistics::outliers()
{
    QFETCH(QList<double>, samples);
    QFETCH(QList<int>, outliers);
    QFETCH(bool, firstSlow);
    const Statistics s = Statistics::of(samples);
    QCOMPARE(s.outliers, outliers);
    QCOMPARE(s.firstIsSlowOutlier, firstSlow);
    QCOMPARE(s.outlierNote().isEmpty(), outliers.isEmpty());
}

void TestStatistics::outlierNote()
{
    const Statistics s = Statistics::of({1.0, 1.01, 0.99, 3.0, 0.98, 1.0, 1.01, 0.99, 1.0, 2.5});
    QCOMPARE(s.outlierNote(),
             QStringLiteral("2 of 10 runs were statistical outliers; the machine may have been busy."));
    QVERIFY(Statistics::of({3.0, 1.0, 1.01, 0.99, 1.0}).outlierNote().contains(QLatin1String("warm-up")));
}

void TestStatistics::speedup()
{
    const Ratio r = speedupOf(2.0, 0.1, 1.0, 0.05);
    QVERIFY(qFuzzyCompare(r.value, 2.0));
    QVERIFY(qFuzzyCompare(r.stddev, 2.0 * std::sqrt(0.05 * 0.05 + 0.05 * 0.05)));
    const Ratio exact = speedupOf(0.6, 0, 0.3, 0);
    QVERIFY(qFuzzyCompare(exact.value, 2.0));
    QCOMPARE(exact.stddev, 0.0);
    QCOMPARE(speedupOf(1.0, 0.1, 0.0, 0.0).value, 0.0);
    QCOMPARE(speedupOf(0.0, 0.0, 1.0, 0.1).value, 0.0);
}

void TestStatistics::amdahlRecoversSerialFraction_data()
{
    QTest::addColumn<double>("serial");
    QTest::newRow("perfectly parallel") << 0.0;
    QTest::newRow("5% serial") << 0.05;
    QTest::newRow("30% serial") << 0.3;
    QTest::newRow("fully serial") << 1.0;
}

void TestStatistics::amdahlRecoversSerialFraction()
{
    QFETCH(double, serial);
    QList<QPointF> points{{1, 1.0}};
    for (int n : {2, 4, 8, 16})
        points.append(QPointF(n, AmdahlFit::speedup(serial, n)));
    const AmdahlFit fit = AmdahlFit::fit(points);
    QVERIFY(fit.valid);
    QCOMPARE(fit.points, 4); // n = 1 says nothing about s
    QVERIFY2(std::abs(fit.serialFraction - serial) < 1e-6, qPrintable(QString::number(fit.serialFraction)));
    QVERIFY(fit.rmsError < 1e-6);
}

void TestStatistics::amdahlEdges()
{
    QVERIFY(!AmdahlFit::fit({}).valid);
    QVERIFY(!AmdahlFit::fit({{1, 1.0}}).valid);
    // Slower with more workers than any s can explain: s clamps to 1.
    const AmdahlFit slow = AmdahlFit::fit({{2, 0.8}, {4, 0.6}});
    QVERIFY(slow.valid);
    QCOMPARE(slow.serialFraction, 1.0);
    // Super-linear speedups clamp to 0.
    QCOMPARE(AmdahlFit::fit({{2, 2.2}, {4, 4.5}}).serialFraction, 0.0);
    // Noisy 2-core measurements: S(2) = 1.8 alone means s = 1/9.
    const AmdahlFit noisy = AmdahlFit::fit({{2, 1.8}});
    QVERIFY(std::abs(noisy.serialFraction - 1.0 / 9.0) < 1e-6);
    QVERIFY(std::abs(noisy.limit() - 9.0) < 1e-4);
    const QList<QPointF> curve = noisy.curve(4);
    QCOMPARE(curve.size(), 4);
    QCOMPARE(curve.at(0), QPointF(1, 1));
    QVERIFY(std::abs(curve.at(1).y() - 1.8) < 1e-5);
    QVERIFY(curve.at(3).y() > curve.at(2).y());
}

void TestStatistics::workerSweep_data()
{
    QTest::addColumn<int>("cores");
    QTest::addColumn<QList<int>>("counts");
    QTest::newRow("2 cores") << 2 << QList<int>{1, 2, 3, 4};
    QTest::newRow("1 core") << 1 << QList<int>{1, 2};
    QTest::newRow("12 cores") << 12 << QList<int>{1, 2, 4, 8, 12, 16, 24};
    QTest::newRow("64 cores") << 64 << QList<int>{1, 2, 4, 8, 16, 32, 64, 128};
}

void TestStatistics::workerSweep()
{
    QFETCH(int, cores);
    QFETCH(QList<int>, counts);
    QCOMPARE(workerCountSweep(cores), counts);
}

void TestStatistics::sizeSweep()
{
    QCOMPARE(workloadSizeSweep(1000, 100000, 5), (QList<qint64>{1000, 3200, 10000, 32000, 100000}));
    QCOMPARE(workloadSizeSweep(500, 500, 3), (QList<qint64>{500}));
    QCOMPARE(workloadSizeSweep(10, 1000, 1), (QList<qint64>{10, 1000}));
}

void TestStatistics::sweepCases()
{
    const QList<BenchmarkCase> cases =
        Lab::Core::sweepCases({QStringLiteral("sequential"), QStringLiteral("threads")}, {1, 2}, {100, 200});
    QCOMPARE(cases.size(), 6);
    QCOMPARE(cases.at(0).strategy, QStringLiteral("sequential"));
    QCOMPARE(cases.at(2).workers, 2);
    QCOMPARE(cases.at(3).workloadSize, 200);
    QCOMPARE(cases.at(2).displayName(), QStringLiteral("threads (2 workers)"));
    QCOMPARE(cases.at(0).displayName(), QStringLiteral("sequential"));
}

LAB_TEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
