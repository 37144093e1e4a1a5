// SPDX-License-Identifier: GPL-3.0-or-later
// One declaration per parameter: validation wording, parsing, defaults, the command line and JSON.
#include "core/cli/optionreader.h"
#include "core/params/parameterschema.h"
#include "labtest.h"

#include <QCommandLineParser>
#include <QJsonArray>

using Lab::Core::OptionReader;
using Lab::Core::ParameterSchema;
using Lab::Core::ParameterSpec;
using Lab::Core::ParameterValues;

class TestParameterSchema : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void defaultsAndSynopsis();
    void readFromCommandLine();
    void setLikeSet();
    void json();
    void textKind();

private:
    static ParameterSchema schema();
};

ParameterSchema TestParameterSchema::schema()
{
    return ParameterSchema({
        ParameterSpec::integer(QStringLiteral("threads"), "Threads", "How many.", 1, 64, 4),
        ParameterSpec::uint64(QStringLiteral("max"), "Max", "Largest.", 0, 18446744073709551615ULL, 100),
        ParameterSpec::number(QStringLiteral("rate"), "Rate", "Share.", 0, 1, 0.5),
        ParameterSpec::flag(QStringLiteral("pin"), "Pin", "Pin it.", false),
        ParameterSpec::choice(QStringLiteral("algorithm"), "Algorithm", "Which.",
                              {QStringLiteral("naive"), QStringLiteral("fast")}, QStringLiteral("naive")),
        ParameterSpec::choiceList(QStringLiteral("sync"), "Sync", "How.",
                                  {QStringLiteral("none"), QStringLiteral("mutex")},
                                  {QStringLiteral("none"), QStringLiteral("mutex")}),
        ParameterSpec::intList(QStringLiteral("workers"), "Workers", "Sweep.", 1, 64, {1, 2}),
    });
}

void TestParameterSchema::check_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // empty: allowed
    QTest::newRow("int ok") << "threads"
                            << " 8 "
                            << "";
    QTest::newRow("int low") << "threads"
                             << "0"
                             << "must be an integer from 1 to 64 (got \"0\")";
    QTest::newRow("int text") << "threads"
                              << "many"
                              << "must be an integer from 1 to 64 (got \"many\")";
    QTest::newRow("uint64 max") << "max"
                                << "18446744073709551615"
                                << "";
    QTest::newRow("uint64 over") << "max"
                                 << "18446744073709551616"
                                 << "must be an integer from 0 to 18446744073709551615 (got \"18446744073709551616\")";
    QTest::newRow("uint64 negative") << "max"
                                     << "-1"
                                     << "must be an integer from 0 to 18446744073709551615 (got \"-1\")";
    QTest::newRow("double ok") << "rate"
                               << "0.25"
                               << "";
    QTest::newRow("double nan") << "rate"
                                << "nan"
                                << "must be a number from 0 to 1 (got \"nan\")";
    QTest::newRow("double high") << "rate"
                                 << "1.5"
                                 << "must be a number from 0 to 1 (got \"1.5\")";
    QTest::newRow("flag on") << "pin"
                             << "on"
                             << "";
    QTest::newRow("flag bad") << "pin"
                              << "maybe"
                              << "must be true or false (got \"maybe\")";
    QTest::newRow("choice") << "algorithm"
                            << "fast"
                            << "";
    QTest::newRow("choice bad") << "algorithm"
                                << "slow"
                                << "must be one of naive, fast (got \"slow\")";
    QTest::newRow("list") << "sync"
                          << "mutex, none"
                          << "";
    QTest::newRow("list empty") << "sync"
                                << ""
                                << "must be a comma-separated list of none, mutex (got \"\")";
    QTest::newRow("list repeat") << "sync"
                                 << "none,none"
                                 << "must be a comma-separated list of none, mutex (got \"none,none\")";
    QTest::newRow("list hole") << "sync"
                               << "none,,mutex"
                               << "must be a comma-separated list of none, mutex (got \"none,,mutex\")";
    QTest::newRow("ints") << "workers"
                          << "1,2,4"
                          << "";
    QTest::newRow("ints repeat") << "workers"
                                 << "1,1"
                                 << "must be a comma-separated list of integers from 1 to 64 (got \"1,1\")";
    QTest::newRow("ints range") << "workers"
                                << "1,0"
                                << "must be a comma-separated list of integers from 1 to 64 (got \"1,0\")";
}

void TestParameterSchema::check()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const ParameterSchema s = schema();
    const ParameterSpec *spec = s.find(key);
    QVERIFY(spec);
    const auto result = spec->check(text);
    QCOMPARE(result.value_or(QString()), problem);
}

void TestParameterSchema::defaultsAndSynopsis()
{
    const ParameterSchema s = schema();
    const ParameterValues values = s.defaults();
    QCOMPARE(values.integer(QStringLiteral("threads")), 4);
    QCOMPARE(values.uint64(QStringLiteral("max")), 100u);
    QCOMPARE(values.number(QStringLiteral("rate")), 0.5);
    QCOMPARE(values.flag(QStringLiteral("pin")), false);
    QCOMPARE(values.choice(QStringLiteral("algorithm")), QStringLiteral("naive"));
    QCOMPARE(values.choices(QStringLiteral("sync")), (QStringList{QStringLiteral("none"), QStringLiteral("mutex")}));
    QCOMPARE(values.intList(QStringLiteral("workers")), (QList<int>{1, 2}));
    QVERIFY(!values.isGiven(QStringLiteral("threads")));
    QCOMPARE(s.synopsis(),
             QStringLiteral("[--threads 4] [--max 100] [--rate 0.5] [--pin false] [--algorithm naive|fast] "
                            "[--sync none,mutex] [--workers 1,2]"));
}

void TestParameterSchema::readFromCommandLine()
{
    const ParameterSchema s = schema();
    {
        QCommandLineParser parser;
        s.addOptions(parser);
        OptionReader reader(parser, QStringLiteral("run test"));
        ParameterValues values;
        QVERIFY(reader.parse(
            {QStringLiteral("--threads"), QStringLiteral("8"), QStringLiteral("--sync"), QStringLiteral("mutex")}));
        QVERIFY(reader.read(s, &values));
        QCOMPARE(values.integer(QStringLiteral("threads")), 8);
        QVERIFY(values.isGiven(QStringLiteral("threads")));
        QCOMPARE(values.choices(QStringLiteral("sync")), QStringList{QStringLiteral("mutex")});
        QCOMPARE(values.integer(QStringLiteral("max")), 100); // default kept
    }
    {
        QCommandLineParser parser;
        s.addOptions(parser);
        OptionReader reader(parser, QStringLiteral("run test"));
        ParameterValues values;
        QVERIFY(reader.parse({QStringLiteral("--workers"), QStringLiteral("2,2")}));
        QVERIFY(!reader.read(s, &values));
        QCOMPARE(reader.error(),
                 QStringLiteral("--workers: must be a comma-separated list of integers from 1 to 64 (got \"2,2\")"));
    }
    {
        // The older typed readers validate through the same spec.
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("count"), {}, QStringLiteral("N")});
        OptionReader reader(parser, QStringLiteral("run test"));
        QVERIFY(reader.parse({QStringLiteral("--count"), QStringLiteral("0")}));
        int count = 5;
        QVERIFY(!reader.readInt(QStringLiteral("count"), 1, 10, &count));
        QCOMPARE(reader.error(), QStringLiteral("--count: must be an integer from 1 to 10 (got \"0\")"));
        QCOMPARE(count, 5);
    }
}

void TestParameterSchema::setLikeSet()
{
    const ParameterSchema s = schema();
    ParameterValues values = s.defaults();
    QString error;
    QVERIFY(s.set(&values, QStringLiteral("rate"), QStringLiteral("0.75"), &error));
    QCOMPARE(values.number(QStringLiteral("rate")), 0.75);
    QVERIFY(!s.set(&values, QStringLiteral("rate"), QStringLiteral("2"), &error));
    QCOMPARE(error, QStringLiteral("rate: must be a number from 0 to 1 (got \"2\")"));
    QVERIFY(!s.set(&values, QStringLiteral("speed"), QStringLiteral("2"), &error));
    QVERIFY(error.startsWith(QStringLiteral("speed: unknown setting (known: threads, max, rate")));
}

void TestParameterSchema::json()
{
    const ParameterSchema s = schema();
    const QJsonObject json = s.toJson(s.defaults());
    QCOMPARE(json.value(QStringLiteral("threads")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("rate")).toDouble(), 0.5);
    QCOMPARE(json.value(QStringLiteral("pin")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("algorithm")).toString(), QStringLiteral("naive"));
    QCOMPARE(json.value(QStringLiteral("sync")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("workers")).toArray().at(1).toInt(), 2);
}

void TestParameterSchema::textKind()
{
    // Free text checked by the spec's own function; refused in the same words as every other kind.
    const ParameterSpec spec = ParameterSpec::text(
        QStringLiteral("hosts"), nullptr, nullptr, QStringLiteral("host names"),
        [](const QString &text) { return !text.contains(QLatin1Char(';')); }, QStringLiteral("LIST"));
    QVERIFY(!spec.check(QString()).has_value()); // optional
    QVERIFY(!spec.check(QStringLiteral("a,b")).has_value());
    QCOMPARE(spec.check(QStringLiteral("a;b")).value_or(QString()),
             QStringLiteral("must be host names, or nothing (got \"a;b\")"));
    QCOMPARE(spec.parse(QStringLiteral(" a,b ")).toString(), QStringLiteral("a,b"));
    QCOMPARE(spec.format(QStringLiteral("x")), QStringLiteral("x"));
    QCOMPARE(spec.shownValueName(), QStringLiteral("LIST"));
    ParameterSpec required = spec;
    required.optional = false;
    QVERIFY(required.check(QString()).has_value());
}

LAB_TEST_GUILESS_MAIN(TestParameterSchema)
#include "tst_parameterschema.moc"
