// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/processinfo.h"
#include "labtest.h"

#include <unistd.h>

using namespace Lab::Core;

class TestProcessInfo : public QObject
{
    Q_OBJECT
private slots:
    void fixture();
    void zombieFixture();
    void malformedStat_data();
    void malformedStat();
    void missingProcess();
    void ownProcess();
};

static QString fixtureRoot()
{
    return QStringLiteral(LAB_TEST_DATA_DIR "/procpid");
}

void TestProcessInfo::fixture()
{
    const ProcessInfo info = ProcessInfo::read(4242, fixtureRoot());
    QVERIFY(info.valid);
    QCOMPARE(info.pid, 4242);
    QCOMPARE(info.name, QStringLiteral("lab worker (1)")); // spaces and ')' inside the name
    QCOMPARE(info.state, QLatin1Char('S'));
    QCOMPARE(info.ppid, 4200);
    QCOMPARE(info.pgid, 4242);
    QCOMPARE(info.sid, 4100);
    QCOMPARE(info.uid, 1000);
    QCOMPARE(info.threads, 3);
    QCOMPARE(info.vmRssKb, 6120);
    QCOMPARE(info.openFds, 7);
    QCOMPARE(info.openFiles.count(OpenFiles::Kind::Socket), 2);
    QVERIFY(info.signalActions.valid);
    QCOMPARE(SignalDispositions::names(info.signalActions.ignored), QStringList{QStringLiteral("PIPE")});
    QCOMPARE(info.libraries.count(), 4);
    QCOMPARE(info.environmentEntries, 4);
    QCOMPARE(info.environmentBytes, 63);
    QVERIFY(info.unreadable.isEmpty());
}

void TestProcessInfo::zombieFixture()
{
    const ProcessInfo info = ProcessInfo::read(77, fixtureRoot());
    QVERIFY(info.valid);
    QCOMPARE(info.state, QLatin1Char('Z'));
    QCOMPARE(info.uid, 0);
    QCOMPARE(info.vmRssKb, -1); // zombies have no VmRSS line
    QCOMPARE(info.openFds, -1);
    QCOMPARE(info.environmentEntries, -1);
    QCOMPARE(info.unreadable, QStringLiteral("environ,fd"));
}

void TestProcessInfo::malformedStat_data()
{
    QTest::addColumn<QByteArray>("stat");
    QTest::newRow("truncated") << QByteArray("88 (x) S 1 2 3\n");
    QTest::newRow("no parentheses") << QByteArray("88 x S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18\n");
    QTest::newRow("no pid") << QByteArray("(x) S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("letters for numbers") << QByteArray("88 (x) S a b c 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18\n");
}

void TestProcessInfo::malformedStat()
{
    QFETCH(QByteArray, stat);
    ProcessInfo info;
    QVERIFY(!ProcessInfo::parseStat(stat, &info));
    QCOMPARE(info.ppid, -1); // nothing half-filled
}

void TestProcessInfo::missingProcess()
{
    QVERIFY(!ProcessInfo::read(88, fixtureRoot()).valid); // broken stat
    QVERIFY(!ProcessInfo::read(999999, fixtureRoot()).valid);
}

void TestProcessInfo::ownProcess()
{
    const ProcessInfo info = ProcessInfo::read(getpid());
    QVERIFY(info.valid);
    QCOMPARE(info.ppid, getppid());
    QCOMPARE(info.pgid, getpgrp());
    QCOMPARE(info.sid, getsid(0));
    QCOMPARE(info.uid, qint64(getuid()));
    QVERIFY(info.threads >= 1);
    QVERIFY(info.openFds >= 3);
    QVERIFY(info.vmRssKb > 0);
    QVERIFY(info.environmentEntries > 0);
    QCOMPARE(info.openFds, info.openFiles.count());
    QVERIFY(info.signalActions.valid);
    QVERIFY(info.libraries.count() >= 2); // at least QtCore and libc
}

LAB_TEST_GUILESS_MAIN(TestProcessInfo)
#include "tst_processinfo.moc"
