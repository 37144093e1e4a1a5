// SPDX-License-Identifier: GPL-3.0-or-later
// `concurrency-lab run philosophers` as a user runs it: the real executable and threads, the result
// JSON read back, the contract of the deadlock issue checked field by field.
#include "labprocess.h"
#include "labtest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using LabProcess::Outcome;
using LabProcess::resultEntry;

Outcome runPhilosophers(const QStringList &arguments, int timeoutMs = 120000)
{
    return LabProcess::run({QStringLiteral("run"), QStringLiteral("philosophers")}, arguments, timeoutMs);
}

} // namespace

class TestRunPhilosophers : public QObject
{
    Q_OBJECT
private slots:
    void everyRemedy_data();
    void everyRemedy();
    void chandyMisraOnRequest();
    void badOptions_data();
    void badOptions();

private:
    QTemporaryDir m_dir;
};

void TestRunPhilosophers::everyRemedy_data()
{
    QTest::addColumn<int>("philosophers");
    QTest::newRow("2") << 2;
    QTest::newRow("5") << 5;
    QTest::newRow("10") << 10;
}

void TestRunPhilosophers::everyRemedy()
{
    QFETCH(int, philosophers);
    const QString json = m_dir.filePath(QStringLiteral("philosophers-%1.json").arg(philosophers));
    const Outcome outcome =
        runPhilosophers({QStringLiteral("--philosophers"), QString::number(philosophers), QStringLiteral("--seconds"),
                         QStringLiteral("1"), QStringLiteral("--think-ms"), QStringLiteral("5"),
                         QStringLiteral("--eat-ms"), QStringLiteral("60"), QStringLiteral("--json"), json});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData()); // a deadlock is a result, not a failure
    QVERIFY(outcome.out.contains("none: meals"));
    QVERIFY(outcome.out.contains("deadlock after")); // the cycle in words on stdout
    QVERIFY(!outcome.out.contains("faster than"));   // remedies are not ranked by time
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("experiment")).toString(), QStringLiteral("philosophers"));
    QCOMPARE(root.value(QStringLiteral("times_compared")).toBool(true), false);
    const QJsonObject parameters = root.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(parameters.value(QStringLiteral("philosophers")).toInt(), philosophers);
    QCOMPARE(parameters.value(QStringLiteral("seed")).toInt(), 42);
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);

    for (const QString &remedy : {QStringLiteral("none"), QStringLiteral("ordering"), QStringLiteral("arbitrator"),
                                  QStringLiteral("backoff"), QStringLiteral("fixed-backoff")}) {
        const QJsonObject entry = resultEntry(results, remedy);
        QVERIFY2(!entry.isEmpty(), qPrintable(remedy));
        QCOMPARE(entry.value(QStringLiteral("workers")).toInt(), philosophers);
        const QJsonArray meals = entry.value(QStringLiteral("meals")).toArray();
        QCOMPARE(meals.size(), philosophers);
        QCOMPARE(entry.value(QStringLiteral("max_wait_ms")).toArray().size(), philosophers);
        QVERIFY(entry.value(QStringLiteral("runs_s")).toArray().at(0).toDouble() > 0); // the dinner's length
        QCOMPARE(entry.value(QStringLiteral("items_failed")).toInt(), 0);
        QVERIFY(entry.value(QStringLiteral("livelock")).isBool());
        QVERIFY(entry.value(QStringLiteral("lock_order_cycles")).isArray());
        const QJsonObject deadlock = entry.value(QStringLiteral("deadlock")).toObject();
        QVERIFY(deadlock.value(QStringLiteral("detected")).isBool());
        QVERIFY(deadlock.value(QStringLiteral("after_ms")).isDouble());
        const QJsonArray cycle = deadlock.value(QStringLiteral("cycle")).toArray();
        if (remedy == QLatin1String("none")) {
            QVERIFY(deadlock.value(QStringLiteral("detected")).toBool());
            QCOMPARE(cycle.size(), philosophers);
            for (const QJsonValue &edge : cycle) {
                QVERIFY(edge[QStringLiteral("thread")].toString().startsWith(QLatin1String("philosopher-")));
                QVERIFY(edge[QStringLiteral("waits_on")].toString().startsWith(QLatin1String("fork-")));
                QVERIFY(edge[QStringLiteral("held_by")].toString().startsWith(QLatin1String("philosopher-")));
            }
            const QJsonArray potential = entry.value(QStringLiteral("lock_order_cycles")).toArray();
            QCOMPARE(potential.size(), 1);
            QCOMPARE(potential.at(0)[QStringLiteral("paths")].toArray().size(), philosophers);
            continue;
        }
        QVERIFY2(!deadlock.value(QStringLiteral("detected")).toBool(), qPrintable(remedy));
        QVERIFY(cycle.isEmpty());
        if (remedy == QLatin1String("fixed-backoff"))
            continue;
        for (const QJsonValue &count : meals)
            QVERIFY2(count.toInt() > 0, qPrintable(remedy)); // everyone ate
    }
}

void TestRunPhilosophers::chandyMisraOnRequest()
{
    // Not in the default list (the contract's five), chosen by name: no deadlock, everyone eats.
    const QString json = m_dir.filePath(QStringLiteral("chandy-misra.json"));
    const Outcome outcome =
        runPhilosophers({QStringLiteral("--remedies"), QStringLiteral("chandy-misra"), QStringLiteral("--philosophers"),
                         QStringLiteral("7"), QStringLiteral("--seconds"), QStringLiteral("1"),
                         QStringLiteral("--eat-ms"), QStringLiteral("60"), QStringLiteral("--json"), json});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY(outcome.out.contains("chandy-misra: meals"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray results =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject entry = resultEntry(results, QStringLiteral("chandy-misra"));
    QVERIFY(!entry.value(QStringLiteral("deadlock")).toObject().value(QStringLiteral("detected")).toBool());
    QVERIFY(!entry.value(QStringLiteral("livelock")).toBool());
    QCOMPARE(entry.value(QStringLiteral("items_failed")).toInt(), 0);
    const QJsonArray meals = entry.value(QStringLiteral("meals")).toArray();
    QCOMPARE(meals.size(), 7);
    for (const QJsonValue &count : meals)
        QVERIFY(count.toInt() > 0);
}

void TestRunPhilosophers::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("one philosopher") << QStringList{QStringLiteral("--philosophers"), QStringLiteral("1")}
                                     << QStringLiteral("--philosophers: must be an integer from 2 to 10 (got \"1\")");
    QTest::newRow("eleven") << QStringList{QStringLiteral("--philosophers"), QStringLiteral("11")}
                            << QStringLiteral("--philosophers: must be an integer from 2 to 10 (got \"11\")");
    QTest::newRow("remedy unknown")
        << QStringList{QStringLiteral("--remedies"), QStringLiteral("waiter")}
        << QStringLiteral("--remedies: must be a comma-separated list of none, ordering, arbitrator, backoff, "
                          "fixed-backoff, chandy-misra (got \"waiter\")");
    QTest::newRow("negative eat") << QStringList{QStringLiteral("--eat-ms"), QStringLiteral("-1")}
                                  << QStringLiteral("--eat-ms: must be an integer from 0 to 2000 (got \"-1\")");
}

void TestRunPhilosophers::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = runPhilosophers(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QCOMPARE(QString::fromLocal8Bit(outcome.err).trimmed(),
             QStringLiteral("concurrency-lab run philosophers: ") + message);
}

LAB_TEST_GUILESS_MAIN(TestRunPhilosophers)
#include "tst_runphilosophers.moc"
