// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/resultjson.h"
#include "labtest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>

using namespace Lab::Core;

namespace {

BenchmarkResult jsonSample()
{
    BenchmarkResult r;
    r.experiment = QStringLiteral("factorize");
    r.environment = {{QStringLiteral("cpu_model"), QStringLiteral("Test CPU")}, {QStringLiteral("logical_cores"), 2}};
    r.parameters = {{QStringLiteral("count"), 10000}, {QStringLiteral("algorithm"), QStringLiteral("naive")}};
    StrategyStats seq;
    seq.strategy = QStringLiteral("sequential");
    seq.runsSeconds = {0.4, 0.5, 0.6};
    seq.meanSeconds = 0.5;
    seq.stddevSeconds = 0.1;
    seq.medianSeconds = 0.5;
    seq.minSeconds = 0.4;
    seq.maxSeconds = 0.6;
    seq.userSeconds = 0.49;
    seq.sysSeconds = 0.01;
    seq.speedup = 1;
    seq.checksum = QStringLiteral("9f2c");
    seq.itemsOk = 10000;
    seq.workloadSize = 10000;
    StrategyStats threads = seq;
    threads.strategy = QStringLiteral("threads");
    threads.workers = 2;
    threads.runsSeconds = {0.24, 0.25, 0.26};
    threads.meanSeconds = 0.25;
    threads.speedup = 2.0;
    threads.speedupStddev = 0.41;
    threads.startupSeconds = 0.002;
    threads.itemsOk = 9998;
    threads.itemsFailed = 2;
    threads.errors = {{QStringLiteral("number 17"), QStringLiteral("worker died")},
                      {QStringLiteral("number 18"), QStringLiteral("worker died")}};
    threads.note = QStringLiteral("1 of 3 runs were statistical outliers; the machine may have been busy.");
    StrategyStats python = seq;
    python.strategy = QStringLiteral("python");
    python.reference = true;
    r.results = {seq, threads, python};
    return r;
}

QJsonObject sampleJson()
{
    return ResultJson::toJson(jsonSample());
}

// Edits a nested value of the sample: path like {"results", 0, "mean_s"}.
using Edit = std::function<void(QJsonObject &)>;

void editResult(QJsonObject &json, int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QJsonObject entry = results.at(index).toObject();
    edit(entry);
    results.replace(index, entry);
    json.insert(QStringLiteral("results"), results);
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestReportJson : public QObject
{
    Q_OBJECT
private slots:
    void exactKeys();
    void roundTrip();
    void cancelledAndFailure();
    void wrongShape_data();
    void wrongShape();
    void bytes();
    void fileRoundTrip();
};

void TestReportJson::exactKeys()
{
    const QJsonObject json = sampleJson();
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("environment"), QStringLiteral("experiment"), QStringLiteral("parameters"),
                          QStringLiteral("results"), QStringLiteral("tool"), QStringLiteral("version")}));
    QCOMPARE(json.value(QStringLiteral("tool")).toString(), QStringLiteral("concurrency-lab"));
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral(LAB_VERSION));
    QStringList expected{QStringLiteral("strategy"),  QStringLiteral("workers"),   QStringLiteral("runs_s"),
                         QStringLiteral("mean_s"),    QStringLiteral("stddev_s"),  QStringLiteral("median_s"),
                         QStringLiteral("min_s"),     QStringLiteral("max_s"),     QStringLiteral("user_s"),
                         QStringLiteral("sys_s"),     QStringLiteral("speedup"),   QStringLiteral("speedup_stddev"),
                         QStringLiteral("checksum"),  QStringLiteral("items_ok"),  QStringLiteral("items_failed"),
                         QStringLiteral("errors"),    QStringLiteral("startup_s"), QStringLiteral("workload_size"),
                         QStringLiteral("reference"), QStringLiteral("note")};
    expected.sort();
    const QJsonObject threads = json.value(QStringLiteral("results")).toArray().at(1).toObject();
    QCOMPARE(threads.keys(), expected);
    QCOMPARE(threads.value(QStringLiteral("workers")).toInt(), 2);
    QCOMPARE(threads.value(QStringLiteral("runs_s")).toArray().at(2).toDouble(), 0.26);
    QCOMPARE(
        threads.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("item")).toString(),
        QStringLiteral("number 17"));
    QCOMPARE(threads.value(QStringLiteral("speedup_stddev")).toDouble(), 0.41);
}

void TestReportJson::roundTrip()
{
    const BenchmarkResult original = jsonSample();
    QString error;
    const auto back = ResultJson::fromJson(ResultJson::toJson(original), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->experiment, original.experiment);
    QCOMPARE(back->environment, original.environment);
    QCOMPARE(back->parameters, original.parameters);
    QCOMPARE(back->results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const StrategyStats &a = original.results.at(i);
        const StrategyStats &b = back->results.at(i);
        QCOMPARE(b.strategy, a.strategy);
        QCOMPARE(b.workers, a.workers);
        QCOMPARE(b.workloadSize, a.workloadSize);
        QCOMPARE(b.reference, a.reference);
        QCOMPARE(b.runsSeconds, a.runsSeconds);
        QCOMPARE(b.meanSeconds, a.meanSeconds);
        QCOMPARE(b.stddevSeconds, a.stddevSeconds);
        QCOMPARE(b.userSeconds, a.userSeconds);
        QCOMPARE(b.startupSeconds, a.startupSeconds);
        QCOMPARE(b.speedup, a.speedup);
        QCOMPARE(b.speedupStddev, a.speedupStddev);
        QCOMPARE(b.checksum, a.checksum);
        QCOMPARE(b.itemsOk, a.itemsOk);
        QCOMPARE(b.itemsFailed, a.itemsFailed);
        QCOMPARE(b.errors, a.errors);
        QCOMPARE(b.note, a.note);
    }
    QVERIFY(!back->cancelled);
    QVERIFY(back->failure.isEmpty());
    QVERIFY(back->timesCompared); // absent: true
    QVERIFY(!ResultJson::toJson(jsonSample()).contains(QStringLiteral("times_compared")));
}

void TestReportJson::cancelledAndFailure()
{
    BenchmarkResult r = jsonSample();
    r.cancelled = true;
    r.failure = QStringLiteral("processes (2 workers), run 2: worker 4242 was killed by signal 9");
    const QJsonObject json = ResultJson::toJson(r);
    QVERIFY(json.value(QStringLiteral("cancelled")).toBool());
    QString error;
    const auto back = ResultJson::fromJson(json, &error);
    QVERIFY(back);
    QVERIFY(back->cancelled);
    QCOMPARE(back->failure, r.failure);

    r.timesCompared = false; // entries of a set length (the philosophers' dinners)
    const auto notCompared = ResultJson::fromJson(ResultJson::toJson(r), &error);
    QVERIFY(notCompared);
    QVERIFY(!notCompared->timesCompared);
}

void TestReportJson::wrongShape_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("message");
    auto removeTop = [](const char *key) { return Edit([key](QJsonObject &j) { j.remove(QLatin1String(key)); }); };
    QTest::newRow("no tool") << removeTop("tool") << QStringLiteral("tool: missing");
    QTest::newRow("foreign tool") << Edit([](QJsonObject &j) {
        j[QStringLiteral("tool")] = QStringLiteral("hyperfine");
    }) << QStringLiteral("tool: must be \"concurrency-lab\" (got \"hyperfine\")");
    QTest::newRow("no experiment") << removeTop("experiment") << QStringLiteral("experiment: missing");
    QTest::newRow("no environment") << removeTop("environment") << QStringLiteral("environment: missing");
    QTest::newRow("parameters not an object") << Edit([](QJsonObject &j) { j[QStringLiteral("parameters")] = 3; })
                                              << QStringLiteral("parameters: must be an object (got a number)");
    QTest::newRow("results not an array") << Edit([](QJsonObject &j) { j[QStringLiteral("results")] = QJsonObject(); })
                                          << QStringLiteral("results: must be an array (got an object)");
    QTest::newRow("no mean") << Edit([](QJsonObject &j) {
        editResult(j, 1, [](QJsonObject &e) { e.remove(QStringLiteral("mean_s")); });
    }) << QStringLiteral("results[1].mean_s: missing");
    QTest::newRow("workers as text") << Edit([](QJsonObject &j) {
        editResult(j, 0, [](QJsonObject &e) { e[QStringLiteral("workers")] = QStringLiteral("2"); });
    }) << QStringLiteral("results[0].workers: must be a whole number (got a string)");
    QTest::newRow("fractional workers") << Edit([](QJsonObject &j) {
        editResult(j, 0, [](QJsonObject &e) { e[QStringLiteral("workers")] = 1.5; });
    }) << QStringLiteral("results[0].workers: must be a whole number (got a number)");
    QTest::newRow("run as text") << Edit([](QJsonObject &j) {
        editResult(j, 2, [](QJsonObject &e) { e[QStringLiteral("runs_s")] = QJsonArray{0.1, QStringLiteral("fast")}; });
    }) << QStringLiteral("results[2].runs_s[1]: must be a number (got a string)");
    QTest::newRow("error without item") << Edit([](QJsonObject &j) {
        editResult(j, 1, [](QJsonObject &e) {
            e[QStringLiteral("errors")] = QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("x")}}};
        });
    }) << QStringLiteral("results[1].errors[0].item: missing");
    QTest::newRow("result not an object") << Edit([](QJsonObject &j) {
        QJsonArray results = j.value(QStringLiteral("results")).toArray();
        results.append(5);
        j[QStringLiteral("results")] = results;
    }) << QStringLiteral("results[3]: must be an object (got a number)");
    QTest::newRow("reference as text") << Edit([](QJsonObject &j) {
        editResult(j, 2, [](QJsonObject &e) { e[QStringLiteral("reference")] = QStringLiteral("yes"); });
    }) << QStringLiteral("results[2].reference: must be true or false (got a string)");
}

void TestReportJson::wrongShape()
{
    QFETCH(Edit, edit);
    QFETCH(QString, message);
    QJsonObject json = sampleJson();
    edit(json);
    QString error;
    QVERIFY(!ResultJson::fromJson(json, &error));
    QCOMPARE(error, message);
}

void TestReportJson::bytes()
{
    QString error;
    QVERIFY(!ResultJson::fromBytes("{\"tool\": ", &error));
    QVERIFY2(error.startsWith(QLatin1String("not JSON: ")), qPrintable(error));
    QVERIFY(!ResultJson::fromBytes("[1, 2]", &error));
    QCOMPARE(error, QStringLiteral("not a JSON object"));
    const auto back = ResultJson::fromBytes(ResultJson::toBytes(jsonSample()), &error);
    QVERIFY(back);
    QCOMPARE(back->results.size(), 3);
}

void TestReportJson::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("result.json"));
    QString error;
    QVERIFY2(ResultJson::write(jsonSample(), path, &error), qPrintable(error));
    const auto back = ResultJson::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->results.at(1).errors.size(), 2);
    QVERIFY(!ResultJson::read(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QLatin1String("missing.json")));
}

LAB_TEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
