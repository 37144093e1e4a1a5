// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/falsesharing.h"
#include "core/experiments/memorybandwidth.h"
#include "core/experiments/memoryexperiment.h"
#include "core/experiments/pointerchase.h"
#include "labtest.h"

#include <QSet>
#include <QSignalSpy>

using namespace Lab::Core;

class TestMemoryExperiment : public QObject
{
    Q_OBJECT
private slots:
    void workingSetSeries_data();
    void workingSetSeries();
    void defaultSeriesPassesTheLastLevelCache();
    void permutationIsOneCycle();
    void latencyPoint();
    void falseSharingLayout_data();
    void falseSharingLayout();
    void falseSharingCounts();
    void bandwidthPoint();
    void asynchronousLatency();
};

void TestMemoryExperiment::workingSetSeries_data()
{
    QTest::addColumn<qint64>("minBytes");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("perOctave");
    QTest::newRow("4K-64M, 2 per octave") << qint64(4096) << qint64(64LL << 20) << 2;
    QTest::newRow("4K-1M, 1 per octave") << qint64(4096) << qint64(1 << 20) << 1;
    QTest::newRow("4K-3M, 4 per octave") << qint64(4096) << qint64(3 << 20) << 4;
}

void TestMemoryExperiment::workingSetSeries()
{
    QFETCH(qint64, minBytes);
    QFETCH(qint64, maxBytes);
    QFETCH(int, perOctave);
    const QList<qint64> sizes = PointerChase::workingSetSizes(minBytes, maxBytes, perOctave);
    QCOMPARE(sizes.first(), minBytes);
    QCOMPARE(sizes.last(), maxBytes);
    for (int i = 0; i < sizes.size(); ++i) {
        QCOMPARE(sizes.at(i) % PointerChase::LineBytes, 0);
        if (i > 0)
            QVERIFY(sizes.at(i) > sizes.at(i - 1));
    }
    // Every doubling holds about perOctave points.
    int octaves = 0;
    for (qint64 b = minBytes; b < maxBytes; b *= 2)
        ++octaves;
    QVERIFY(sizes.size() >= octaves * perOctave);
    QVERIFY(sizes.size() <= octaves * perOctave + 2);
    QVERIFY(PointerChase::workingSetSizes(4096, 1024).isEmpty());
}

void TestMemoryExperiment::defaultSeriesPassesTheLastLevelCache()
{
    const qint64 llc = 32LL << 20;
    const QList<qint64> sizes = PointerChase::defaultSizes(llc);
    QCOMPARE(sizes.first(), 4096);
    QVERIFY(sizes.last() >= 4 * llc);
    QVERIFY(PointerChase::defaultSizes(0).last() >= (64LL << 20)); // unknown cache: still 64 MB
}

void TestMemoryExperiment::permutationIsOneCycle()
{
    for (qint64 n : {2, 3, 64, 1000}) {
        const QList<qint64> next = PointerChase::cyclicPermutation(n, 7);
        QCOMPARE(next.size(), n);
        QSet<qint64> seen;
        qint64 at = 0;
        for (qint64 step = 0; step < n; ++step) {
            QVERIFY(!seen.contains(at));
            seen.insert(at);
            QVERIFY(next.at(at) != at);
            at = next.at(at);
        }
        QCOMPARE(at, 0); // back at the start after exactly n steps
        QCOMPARE(seen.size(), n);
    }
    QCOMPARE(PointerChase::cyclicPermutation(100, 1), PointerChase::cyclicPermutation(100, 1));
}

void TestMemoryExperiment::latencyPoint()
{
    const LatencyPoint point = PointerChase::measure(16384, 10000);
    QCOMPARE(point.bytes, 16384);
    QCOMPARE(point.accesses, 10000);
    QVERIFY(point.nsPerAccess > 0);
    std::atomic<bool> cancelled{true};
    QVERIFY(PointerChase::measure(16384, 10000, 1, &cancelled).nsPerAccess < 0);
}

void TestMemoryExperiment::falseSharingLayout_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("2") << 2;
    QTest::newRow("4") << 4;
    QTest::newRow("8") << 8;
}

void TestMemoryExperiment::falseSharingLayout()
{
    QFETCH(int, threads);
    FalseSharing::Counters adjacent(threads, false);
    FalseSharing::Counters padded(threads, true);
    const auto line = [](const void *p) { return reinterpret_cast<quintptr>(p) / FalseSharing::LineBytes; };
    const auto address = [](const void *p) { return reinterpret_cast<quintptr>(p); };
    QCOMPARE(address(&adjacent.at(0)) % FalseSharing::PaddedStrideBytes, 0u);
    for (int i = 1; i < threads; ++i) {
        // Adjacent: 8 bytes apart, all on ONE cache line (up to 8 counters).
        QCOMPARE(address(&adjacent.at(i)) - address(&adjacent.at(i - 1)), quintptr(FalseSharing::CounterBytes));
        QCOMPARE(line(&adjacent.at(i)), line(&adjacent.at(0)));
        // Padded: 128 bytes apart, each on its own line, and no two in one 128-byte prefetch pair.
        QCOMPARE(address(&padded.at(i)) - address(&padded.at(i - 1)), quintptr(FalseSharing::PaddedStrideBytes));
        QVERIFY(line(&padded.at(i)) != line(&padded.at(i - 1)));
        QVERIFY(address(&padded.at(i)) / 128 != address(&padded.at(i - 1)) / 128);
    }
}

void TestMemoryExperiment::falseSharingCounts()
{
    for (bool padded : {false, true}) {
        const FalseSharingResult result = FalseSharing::measure(2, 10000, padded);
        QVERIFY(result.ok); // every counter reached exactly its increments
        QCOMPARE(result.padded, padded);
        QCOMPARE(result.strideBytes, padded ? FalseSharing::PaddedStrideBytes : FalseSharing::CounterBytes);
        QCOMPARE(result.counterAddresses.size(), 2);
    }
}

void TestMemoryExperiment::bandwidthPoint()
{
    const BandwidthPoint point = MemoryBandwidth::measure(2, 1 << 20, 2);
    QVERIFY(point.ok);
    QCOMPARE(point.threads, 2);
    QCOMPARE(point.bytesRead, qint64(2) * (1 << 20) * 2);
    QVERIFY(point.gbPerSecond > 0);
    QVERIFY(!MemoryBandwidth::measure(0, 1 << 20, 1).ok);
}

void TestMemoryExperiment::asynchronousLatency()
{
    MemoryExperiment experiment;
    QSignalSpy points(&experiment, &MemoryExperiment::latencyMeasured);
    QSignalSpy finished(&experiment, &MemoryExperiment::finished);
    MemoryExperiment::LatencyConfig config;
    config.sizes = PointerChase::workingSetSizes(4096, 65536, 1);
    config.accesses = 5000;
    QVERIFY(experiment.startLatency(config));
    QVERIFY(!experiment.startFalseSharing({})); // one at a time
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(points.size(), config.sizes.size());
    for (int i = 0; i < points.size(); ++i)
        QCOMPARE(points.at(i).at(0).value<LatencyPoint>().bytes, config.sizes.at(i));
}

LAB_TEST_GUILESS_MAIN(TestMemoryExperiment)
#include "tst_memoryexperiment.moc"
