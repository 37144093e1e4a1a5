// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/command.h"
#include "core/cli/optionreader.h"
#include "labtest.h"

using namespace Lab::Core;

class TestOptionReader : public QObject
{
    Q_OBJECT
private slots:
    void readInt_data();
    void readInt();
    void choiceList();
    void unknownOption();
    void findCommand();
};

void TestOptionReader::readInt_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("value");
    QTest::newRow("in range") << QStringLiteral("5") << true << 5;
    QTest::newRow("lower bound") << QStringLiteral("1") << true << 1;
    QTest::newRow("zero") << QStringLiteral("0") << false << 7;
    QTest::newRow("too big") << QStringLiteral("101") << false << 7;
    QTest::newRow("not a number") << QStringLiteral("ten") << false << 7;
    QTest::newRow("empty") << QString() << false << 7;
}

void TestOptionReader::readInt()
{
    QFETCH(QString, given);
    QFETCH(bool, ok);
    QFETCH(int, value);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("count"), QStringLiteral("n"), QStringLiteral("N")});
    OptionReader reader(parser, QStringLiteral("test"));
    QVERIFY(reader.parse({QStringLiteral("--count"), given}));
    int count = 7;
    QCOMPARE(reader.readInt(QStringLiteral("count"), 1, 100, &count), ok);
    QCOMPARE(count, value);
    if (!ok) {
        QVERIFY(reader.error().startsWith(QLatin1String("--count: must be an integer from 1 to 100")));
        QVERIFY(reader.error().contains(given));
    }
}

void TestOptionReader::choiceList()
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("strategies"), QStringLiteral("s"), QStringLiteral("LIST")});
    const QStringList allowed = {QStringLiteral("sequential"), QStringLiteral("threads")};
    {
        OptionReader reader(parser, QStringLiteral("test"));
        QVERIFY(reader.parse({QStringLiteral("--strategies"), QStringLiteral("threads,sequential")}));
        QStringList out;
        QVERIFY(reader.readChoiceList(QStringLiteral("strategies"), allowed, &out));
        QCOMPARE(out, QStringList({QStringLiteral("threads"), QStringLiteral("sequential")}));
    }
    for (const char *bad : {"threads,threads", "fibres", "threads,"}) {
        OptionReader reader(parser, QStringLiteral("test"));
        QVERIFY(reader.parse({QStringLiteral("--strategies"), QString::fromLatin1(bad)}));
        QStringList out;
        QVERIFY(!reader.readChoiceList(QStringLiteral("strategies"), allowed, &out));
        QVERIFY(reader.error().contains(QLatin1String("sequential, threads")));
    }
}

void TestOptionReader::unknownOption()
{
    QCommandLineParser parser;
    OptionReader reader(parser, QStringLiteral("test"));
    QVERIFY(!reader.parse({QStringLiteral("--bogus")}));
    QVERIFY(reader.error().contains(QLatin1String("bogus")));
    OptionReader positional(parser, QStringLiteral("test"));
    QVERIFY(!positional.parse({QStringLiteral("stray")}));
}

void TestOptionReader::findCommand()
{
    const QList<Command> commands = {{QStringLiteral("sysinfo"), {}, false, nullptr},
                                     {QStringLiteral("run factorize"), {}, false, nullptr}};
    int consumed = 0;
    const auto *c = Lab::Core::findCommand(
        commands, {QStringLiteral("lab"), QStringLiteral("run"), QStringLiteral("factorize"), QStringLiteral("-x")},
        &consumed);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("run factorize"));
    QCOMPARE(consumed, 2);
    QVERIFY(!Lab::Core::findCommand(commands, {QStringLiteral("lab"), QStringLiteral("run")}, &consumed));
    QVERIFY(!Lab::Core::findCommand(commands, {QStringLiteral("lab"), QStringLiteral("--topic")}, &consumed));
    QVERIFY(Lab::Core::findCommand(commands, {QStringLiteral("lab"), QStringLiteral("sysinfo")}, &consumed));
    QCOMPARE(consumed, 1);
}

LAB_TEST_GUILESS_MAIN(TestOptionReader)
#include "tst_optionreader.moc"
