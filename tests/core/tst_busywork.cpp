// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/busywork.h"
#include "labtest.h"

#include <QSet>

using Lab::Core::BusyWork;

class TestBusyWork : public QObject
{
    Q_OBJECT
private slots:
    void everySeedBitCounts()
    {
        // Neighbouring seeds (thread ids that differ in the lowest bit) give different results.
        QSet<quint64> results;
        for (quint64 seed = 0; seed < 64; ++seed)
            results.insert(BusyWork::compute(seed, 100));
        QCOMPARE(results.size(), 64);
    }
    void deterministic()
    {
        QCOMPARE(BusyWork::compute(13810, 1000), BusyWork::compute(13810, 1000));
        QVERIFY(BusyWork::compute(0, 1) != 0);
    }
};

LAB_TEST_GUILESS_MAIN(TestBusyWork)
#include "tst_busywork.moc"
