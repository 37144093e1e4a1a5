// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/statparser.h"
#include "labtest.h"

using namespace Lab::Core;

class TestStatParser : public QObject
{
    Q_OBJECT
private slots:
    void parseStat_data();
    void parseStat();
    void rejectsBrokenLines_data();
    void rejectsBrokenLines();
    void schedStat();
    void statusSwitches();
};

namespace {
// A full 52-field stat line as Linux 6.x writes it, with the given name, state and last CPU.
QByteArray statLine(qint64 pid, const QByteArray &comm, char state, int processor = 3)
{
    return QByteArray::number(pid) + " (" + comm + ") " + state +
           " 1 100 100 0 -1 4194560 2200 0 3 0 123 45 0 0 20 0 7 0 98765 1000000 250 18446744073709551615 1 1 0 0 0 0 "
           "0 4096 0 0 0 0 17 " +
           QByteArray::number(processor) + " 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
}
} // namespace

void TestStatParser::parseStat_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<char>("state");
    QTest::addColumn<int>("processor");

    QTest::newRow("plain") << statLine(42, "worker", 'S') << qint64(42) << QStringLiteral("worker") << 'S' << 3;
    QTest::newRow("spaces") << statLine(43, "my worker 1", 'R') << qint64(43) << QStringLiteral("my worker 1") << 'R'
                            << 3;
    QTest::newRow("Qt pool name") << statLine(44, "Thread (pooled)", 'S') << qint64(44)
                                  << QStringLiteral("Thread (pooled)") << 'S' << 3;
    QTest::newRow("parentheses inside") << statLine(45, "a) b) (c", 'D') << qint64(45) << QStringLiteral("a) b) (c")
                                        << 'D' << 3;
    QTest::newRow("closing paren last") << statLine(46, "x)", 'S') << qint64(46) << QStringLiteral("x)") << 'S' << 3;
    QTest::newRow("15-char truncation") << statLine(47, "QNetworkAccessM", 'S') << qint64(47)
                                        << QStringLiteral("QNetworkAccessM") << 'S' << 3;
    QTest::newRow("empty name") << statLine(48, "", 'S') << qint64(48) << QString() << 'S' << 0 + 3;
    QTest::newRow("utf-8 name") << statLine(49,
                                            "f\xc3\xa4"
                                            "den",
                                            'S')
                                << qint64(49) << QStringLiteral("f\u00e4den") << 'S' << 3;
    QTest::newRow("core 0") << statLine(50, "w", 'S', 0) << qint64(50) << QStringLiteral("w") << 'S' << 0;
    QTest::newRow("core 63") << statLine(51, "w", 'S', 63) << qint64(51) << QStringLiteral("w") << 'S' << 63;
    for (char letter : {'R', 'S', 'D', 'Z', 'T', 't', 'X', 'I', 'P', 'W', 'K'}) {
        QTest::addRow("state %c", letter)
            << statLine(60, "s", letter) << qint64(60) << QStringLiteral("s") << letter << 3;
    }
}

void TestStatParser::parseStat()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, pid);
    QFETCH(QString, comm);
    QFETCH(char, state);
    QFETCH(int, processor);
    const auto stat = StatParser::parseStat(line);
    QVERIFY(stat);
    QCOMPARE(stat->pid, pid);
    QCOMPARE(stat->comm, comm);
    QCOMPARE(stat->state, state);
    QCOMPARE(stat->ppid, qint64(1));
    QCOMPARE(stat->utimeTicks, quint64(123));
    QCOMPARE(stat->stimeTicks, quint64(45));
    QCOMPARE(stat->numThreads, qint64(7));
    QCOMPARE(stat->startTimeTicks, quint64(98765));
    QCOMPARE(stat->processor, processor);
}

void TestStatParser::rejectsBrokenLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no parentheses") << QByteArray("42 worker S 1 2 3");
    QTest::newRow("no pid") << QByteArray("(worker) S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20");
    QTest::newRow("truncated after name") << QByteArray("42 (worker) S 1 2 3");
    QTest::newRow("letter in a number") << statLine(42, "w", 'S').replace(" 123 ", " 12x ");
    QTest::newRow("two-letter state") << statLine(42, "w", 'S').replace(") S ", ") SS ");
}

void TestStatParser::rejectsBrokenLines()
{
    QFETCH(QByteArray, line);
    QVERIFY(!StatParser::parseStat(line));
}

void TestStatParser::schedStat()
{
    const auto s = StatParser::parseSchedStat("123456789 2000 17\n");
    QVERIFY(s);
    QCOMPARE(s->onCpuNs, quint64(123456789));
    QCOMPARE(s->runDelayNs, quint64(2000));
    QCOMPARE(s->timeslices, quint64(17));
    QVERIFY(!StatParser::parseSchedStat("1 2\n"));
    QVERIFY(!StatParser::parseSchedStat("a b c\n"));
}

void TestStatParser::statusSwitches()
{
    const QByteArray status = "Name:\tw\nState:\tS (sleeping)\nvoluntary_ctxt_switches:\t120\n"
                              "nonvoluntary_ctxt_switches:\t7\n";
    const auto s = StatParser::parseStatusSwitches(status);
    QVERIFY(s);
    QCOMPARE(s->voluntary, quint64(120));
    QCOMPARE(s->involuntary, quint64(7));
    // The order of the lines does not matter; "nonvoluntary" must not be read as "voluntary".
    const auto swapped =
        StatParser::parseStatusSwitches("Name:\tw\nnonvoluntary_ctxt_switches:\t5\nvoluntary_ctxt_switches:\t9\n");
    QVERIFY(swapped);
    QCOMPARE(swapped->voluntary, quint64(9));
    QCOMPARE(swapped->involuntary, quint64(5));
    QVERIFY(!StatParser::parseStatusSwitches("Name:\tw\n"));
}

LAB_TEST_GUILESS_MAIN(TestStatParser)
#include "tst_statparser.moc"
