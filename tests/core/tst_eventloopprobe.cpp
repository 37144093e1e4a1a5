// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/system/eventloopprobe.h"
#include "labtest.h"

#include <QElapsedTimer>

using namespace std::chrono_literals;
using Lab::Core::EventLoopProbe;

class TestEventLoopProbe : public QObject
{
    Q_OBJECT

private slots:
    void emptyProbeReportsZero()
    {
        EventLoopProbe probe;
        QCOMPARE(probe.sampleCount(), 0);
        QCOMPARE(probe.percentileMs(0.5), 0.0);
        QCOMPARE(probe.summary().maxMs, 0.0);
    }

    void percentiles_data()
    {
        QTest::addColumn<QList<double>>("samplesMs");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p99");
        QTest::addColumn<double>("max");

        QList<double> oneToHundred;
        for (int i = 1; i <= 100; ++i)
            oneToHundred.append(i);
        QTest::newRow("1..100 ms") << oneToHundred << 50.0 << 99.0 << 100.0;
        QTest::newRow("one sample") << QList<double>{3.0} << 3.0 << 3.0 << 3.0;
        QList<double> mostlyFast(99, 0.2);
        mostlyFast.append(40.0);
        QTest::newRow("one stall in 100") << mostlyFast << 0.2 << 0.2 << 40.0;
        QList<double> twoStalls(98, 0.2);
        twoStalls << 40.0 << 45.0;
        QTest::newRow("two stalls in 100") << twoStalls << 0.2 << 40.0 << 45.0;
        QTest::newRow("beyond the histogram") << QList<double>{1.0, 400.0} << 1.0 << 400.0 << 400.0;
    }

    void percentiles()
    {
        QFETCH(QList<double>, samplesMs);
        QFETCH(double, p50);
        QFETCH(double, p99);
        QFETCH(double, max);
        EventLoopProbe probe;
        for (double ms : samplesMs)
            probe.recordLatency(std::chrono::nanoseconds(qint64(ms * 1e6)));
        // Percentiles are exact to one histogram bucket (10 us); the maximum is exact.
        const double bucketMs = 0.0101;
        const Lab::Core::EventLoopLatency summary = probe.summary();
        QCOMPARE(summary.samples, samplesMs.size());
        QVERIFY2(qAbs(summary.p50Ms - p50) <= bucketMs, qPrintable(QString::number(summary.p50Ms)));
        QVERIFY2(qAbs(summary.p99Ms - p99) <= bucketMs, qPrintable(QString::number(summary.p99Ms)));
        QCOMPARE(summary.maxMs, max);
        QVERIFY(summary.p50Ms <= summary.p99Ms && summary.p99Ms <= summary.maxMs);
    }

    void resetForgetsSamples()
    {
        EventLoopProbe probe;
        probe.recordLatency(5ms);
        probe.reset();
        QCOMPARE(probe.sampleCount(), 0);
        QCOMPARE(probe.maxMs(), 0.0);
    }

    void measuresABlockedLoop()
    {
        EventLoopProbe probe;
        probe.setInterval(5ms);
        probe.start();
        QVERIFY(probe.isRunning());
        QTRY_VERIFY(probe.sampleCount() >= 3);

        // Keep the loop busy: the tick due within 5 ms is dispatched at least ~55 ms late.
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 60) {
        }
        QTRY_VERIFY(probe.maxMs() >= 50.0);

        probe.stop();
        const qint64 count = probe.sampleCount();
        QTest::qWait(30);
        QCOMPARE(probe.sampleCount(), count);
    }
};

LAB_TEST_GUILESS_MAIN(TestEventLoopProbe)
#include "tst_eventloopprobe.moc"
