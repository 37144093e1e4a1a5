// SPDX-License-Identifier: GPL-3.0-or-later
// `concurrency-lab run factorize` as a user runs it: the real executable, real threads and worker
// processes, result files read back.
#include "labprocess.h"
#include "labtest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

using LabProcess::Outcome;

Outcome runFactorize(const QStringList &arguments, int timeoutMs = 120000)
{
    return LabProcess::run({QStringLiteral("run"), QStringLiteral("factorize")}, arguments, timeoutMs);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRunFactorize : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyStrategyAgreesAndReports();
    void factorsFileMatchesGnuFormat();
    void inputFileInOrder();
    void workerSweepAndSizes();
    void badOptions_data();
    void badOptions();

private:
    QTemporaryDir m_dir;
};

void TestRunFactorize::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRunFactorize::everyStrategyAgreesAndReports()
{
    const QString json = m_dir.filePath(QStringLiteral("result.json"));
    const QString csv = m_dir.filePath(QStringLiteral("result.csv"));
    const QString markdown = m_dir.filePath(QStringLiteral("result.md"));
    const Outcome outcome = runFactorize(
        {QStringLiteral("--count"), QStringLiteral("2000"), QStringLiteral("--workers"), QStringLiteral("2"),
         QStringLiteral("--warmup"), QStringLiteral("0"), QStringLiteral("--runs"), QStringLiteral("2"),
         QStringLiteral("--json"), json, QStringLiteral("--csv"), csv, QStringLiteral("--markdown"), markdown});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains("than sequential"), outcome.out.constData());

    const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(root.value(QStringLiteral("experiment")).toString(), QStringLiteral("factorize"));
    QVERIFY(root.value(QStringLiteral("environment")).toObject().contains(QStringLiteral("logical_cores")));
    const QJsonObject parameters = root.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(parameters.value(QStringLiteral("count")).toInt(), 2000);
    QCOMPARE(parameters.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QStringList strategies;
    const QString checksum = results.at(0).toObject().value(QStringLiteral("checksum")).toString();
    QCOMPARE(checksum.size(), 16);
    for (const QJsonValue &value : results) {
        const QJsonObject entry = value.toObject();
        strategies.append(entry.value(QStringLiteral("strategy")).toString());
        QCOMPARE(entry.value(QStringLiteral("checksum")).toString(), checksum);
        QCOMPARE(entry.value(QStringLiteral("items_ok")).toInt(), 2000);
        QCOMPARE(entry.value(QStringLiteral("runs_s")).toArray().size(), 2);
        QVERIFY(entry.value(QStringLiteral("mean_s")).toDouble() > 0);
    }
    QCOMPARE(strategies,
             (QStringList{QStringLiteral("sequential"), QStringLiteral("threads"), QStringLiteral("processes")}));
    QVERIFY(readFile(csv).startsWith("#") || readFile(csv).contains("strategy"));
    QVERIFY(readFile(markdown).contains("| "));
}

void TestRunFactorize::factorsFileMatchesGnuFormat()
{
    const QString factors = m_dir.filePath(QStringLiteral("factors.txt"));
    const Outcome outcome =
        runFactorize({QStringLiteral("--count"), QStringLiteral("500"), QStringLiteral("--strategies"),
                      QStringLiteral("processes"), QStringLiteral("--runs"), QStringLiteral("1"),
                      QStringLiteral("--warmup"), QStringLiteral("0"), QStringLiteral("--factors"), factors});
    QCOMPARE(outcome.exitCode, 0);
    const QList<QByteArray> lines = readFile(factors).split('\n');
    QCOMPARE(lines.size(), 501); // 500 lines and the final newline
    for (const QByteArray &line : lines.mid(0, 500)) {
        const qsizetype colon = line.indexOf(": ");
        QVERIFY2(colon > 0, line.constData());
        quint64 product = 1;
        for (const QByteArray &p : line.mid(colon + 2).split(' '))
            product *= p.toULongLong();
        QCOMPARE(product, line.left(colon).toULongLong());
    }
}

void TestRunFactorize::inputFileInOrder()
{
    const QString input = m_dir.filePath(QStringLiteral("numbers.txt"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("18446744073709551615\n12 +7\t1\n0 97\n");
    file.close();
    const QString factors = m_dir.filePath(QStringLiteral("input-factors.txt"));
    const Outcome outcome =
        runFactorize({QStringLiteral("--input"), input, QStringLiteral("--algorithm"), QStringLiteral("fast"),
                      QStringLiteral("--strategies"), QStringLiteral("sequential,threads"), QStringLiteral("--runs"),
                      QStringLiteral("1"), QStringLiteral("--factors"), factors});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(readFile(factors), QByteArray("18446744073709551615: 3 5 17 257 641 65537 6700417\n"
                                           "12: 2 2 3\n7: 7\n1:\n0:\n97: 97\n"));
}

void TestRunFactorize::workerSweepAndSizes()
{
    const QString json = m_dir.filePath(QStringLiteral("sweep.json"));
    const Outcome outcome = runFactorize({QStringLiteral("--count"), QStringLiteral("400"), QStringLiteral("--workers"),
                                          QStringLiteral("1,2"), QStringLiteral("--sizes"), QStringLiteral("100,400"),
                                          QStringLiteral("--strategies"), QStringLiteral("sequential,threads"),
                                          QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--warmup"),
                                          QStringLiteral("0"), QStringLiteral("--json"), json});
    QCOMPARE(outcome.exitCode, 0);
    const QJsonArray results =
        QJsonDocument::fromJson(readFile(json)).object().value(QStringLiteral("results")).toArray();
    // Per size: sequential once, threads at 1 and 2 workers.
    QCOMPARE(results.size(), 6);
}

void TestRunFactorize::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("count 0") << QStringList{QStringLiteral("--count"), QStringLiteral("0")}
                             << QStringLiteral("--count: must be an integer from 1 to 10000000 (got \"0\")");
    QTest::newRow("min > max") << QStringList{QStringLiteral("--min"), QStringLiteral("10"), QStringLiteral("--max"),
                                              QStringLiteral("5")}
                               << QStringLiteral("--min: must be at most --max (5)");
    QTest::newRow("past 2^64-1") << QStringList{QStringLiteral("--max"), QStringLiteral("18446744073709551616")}
                                 << QStringLiteral("--max: must be an integer from 0 to 18446744073709551615");
    QTest::newRow("workers 0") << QStringList{QStringLiteral("--workers"), QStringLiteral("0")}
                               << QStringLiteral("--workers: must be");
    QTest::newRow("absurd workers") << QStringList{QStringLiteral("--workers"), QStringLiteral("100000")}
                                    << QStringLiteral("--workers: must be");
    QTest::newRow("strategy") << QStringList{QStringLiteral("--strategies"), QStringLiteral("gpu")}
                              << QStringLiteral("--strategies: must be");
    QTest::newRow("algorithm") << QStringList{QStringLiteral("--algorithm"), QStringLiteral("quantum")}
                               << QStringLiteral("--algorithm: must be one of naive, fast (got \"quantum\")");
    QTest::newRow("missing input") << QStringList{QStringLiteral("--input"), QStringLiteral("/nonexistent/numbers")}
                                   << QStringLiteral("--input: must be a readable file");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
}

void TestRunFactorize::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = runFactorize(arguments, 20000);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message.toUtf8()), outcome.err.constData());
    QCOMPARE(outcome.err.count('\n'), 1);
    QVERIFY(outcome.out.isEmpty());
}

LAB_TEST_GUILESS_MAIN(TestRunFactorize)
#include "tst_runfactorize.moc"
