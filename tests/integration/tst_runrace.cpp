// SPDX-License-Identifier: GPL-3.0-or-later
// `concurrency-lab run race` as a user runs it: the real executable and threads, the result JSON read
// back, the contract of the synchronization-primitives issue checked field by field.
#include "labprocess.h"
#include "labtest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace {

using LabProcess::Outcome;
using LabProcess::resultEntry;

Outcome runRace(const QStringList &arguments, int timeoutMs = 120000)
{
    return LabProcess::run({QStringLiteral("run"), QStringLiteral("race")}, arguments, timeoutMs);
}

} // namespace

class TestRunRace : public QObject
{
    Q_OBJECT
private slots:
    void everySyncMode();
    void cancelledRunLeavesEarlierReport();
    void badOptions_data();
    void badOptions();

private:
    QTemporaryDir m_dir;
};

void TestRunRace::everySyncMode()
{
    const QString json = m_dir.filePath(QStringLiteral("race.json"));
    const Outcome outcome = runRace({QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--increments"),
                                     QStringLiteral("50000"), QStringLiteral("--warmup"), QStringLiteral("0"),
                                     QStringLiteral("--runs"), QStringLiteral("3"), QStringLiteral("--json"), json});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("experiment")).toString(), QStringLiteral("race"));
    const QJsonObject parameters = root.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(parameters.value(QStringLiteral("threads")).toInt(), 4);
    QCOMPARE(parameters.value(QStringLiteral("increments")).toInt(), 50000);
    QCOMPARE(parameters.value(QStringLiteral("sync")).toArray().size(), 4);
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);

    qint64 lostWithoutSync = 0;
    for (const QString &sync :
         {QStringLiteral("none"), QStringLiteral("mutex"), QStringLiteral("atomic"), QStringLiteral("rlock")}) {
        const QJsonObject entry = resultEntry(results, sync);
        QVERIFY2(!entry.isEmpty(), qPrintable(sync));
        QCOMPARE(entry.value(QStringLiteral("workers")).toInt(), 4);
        QCOMPARE(entry.value(QStringLiteral("expected")).toInteger(), 200000);
        const QJsonArray actual = entry.value(QStringLiteral("actual_runs")).toArray();
        const QJsonArray lost = entry.value(QStringLiteral("lost_runs")).toArray();
        QCOMPARE(actual.size(), 3);
        QCOMPARE(lost.size(), 3);
        QCOMPARE(entry.value(QStringLiteral("runs_s")).toArray().size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(actual.at(i).toInteger() + lost.at(i).toInteger(), 200000);
            if (sync == QLatin1String("none"))
                lostWithoutSync += lost.at(i).toInteger();
            else
                QCOMPARE(lost.at(i).toInteger(), 0);
        }
    }
    if (QThread::idealThreadCount() >= 2)
        QVERIFY2(lostWithoutSync > 0, "no update lost without synchronization in 3 runs on 2+ cores");
    QVERIFY(outcome.out.contains("mutex"));
}

void TestRunRace::cancelledRunLeavesEarlierReport()
{
    // A run stopped by Ctrl+C writes no report: an earlier file of the same name stays as it was.
    const QString json = m_dir.filePath(QStringLiteral("kept.json"));
    {
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier");
    }
    QProcess lab;
    lab.start(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"),
              {QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--increments"),
               QStringLiteral("100000000"), QStringLiteral("--sync"), QStringLiteral("mutex"), QStringLiteral("--json"),
               json});
    QVERIFY(lab.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += lab.readAllStandardError()).contains("["), 20000); // the first run is under way
    lab.terminate(); // SIGTERM, as Ctrl+C's SIGINT: the benchmark cancels
    QVERIFY(lab.waitForFinished(20000));
    QCOMPARE(lab.exitStatus(), QProcess::NormalExit);
    QCOMPARE(lab.exitCode(), 1);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("earlier"));
}

void TestRunRace::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("threads 0") << QStringList{QStringLiteral("--threads"), QStringLiteral("0")}
                               << QStringLiteral("--threads: must be an integer from 1 to 64 (got \"0\")");
    QTest::newRow("sync repeated") << QStringList{QStringLiteral("--sync"), QStringLiteral("none,none")}
                                   << QStringLiteral("--sync: must be a comma-separated list of none, mutex, "
                                                     "atomic, rlock (got \"none,none\")");
    QTest::newRow("sync unknown") << QStringList{QStringLiteral("--sync"), QStringLiteral("spinlock")}
                                  << QStringLiteral("--sync: must be a comma-separated list of none, mutex, "
                                                    "atomic, rlock (got \"spinlock\")");
    QTest::newRow("same report twice") << QStringList{QStringLiteral("--json"), QStringLiteral("x.out"),
                                                      QStringLiteral("--csv"), QStringLiteral("x.out")}
                                       << QStringLiteral("--csv: must differ from --json (both \"x.out\")");
    QTest::newRow("report folder missing")
        << QStringList{QStringLiteral("--json"), QStringLiteral("/nonexistent-folder/x.json")}
        << QStringLiteral("--json: must be in a folder that exists (got \"/nonexistent-folder/x.json\")");
}

void TestRunRace::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = runRace(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QCOMPARE(QString::fromLocal8Bit(outcome.err).trimmed(), QStringLiteral("concurrency-lab run race: ") + message);
}

LAB_TEST_GUILESS_MAIN(TestRunRace)
#include "tst_runrace.moc"
