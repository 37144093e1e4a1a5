// SPDX-License-Identifier: GPL-3.0-or-later
// The `chart` subcommand as a user runs it: a separate process, no display.
#include "labtest.h"

#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>

class TestChartCommand : public QObject
{
    Q_OBJECT
private slots:
    void renders_data();
    void renders();
    void rejects_data();
    void rejects();
    void unwritableOutput();
    void comparesTwoResults_data();
    void comparesTwoResults();
    void refusesToCompare_data();
    void refusesToCompare();

private:
    static int run(const QStringList &arguments, QByteArray *errors = nullptr);
    static QString result(const QString &name) { return QStringLiteral(LAB_TEST_DATA_DIR "/results/") + name; }
};

int TestChartCommand::run(const QStringList &arguments, QByteArray *errors)
{
    QProcess process;
    process.setProgram(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"));
    process.setArguments(QStringList{QStringLiteral("chart")} + arguments);
    process.start();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestChartCommand::renders_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QSize>("size");
    QTest::newRow("runtime png default size")
        << QStringLiteral("factorize-workers.json") << QStringList() << QStringLiteral("png") << QSize(1920, 1080);
    QTest::newRow("speedup png presenter")
        << QStringLiteral("factorize-workers.json")
        << QStringList{QStringLiteral("--kind"),    QStringLiteral("speedup"), QStringLiteral("--theme"),
                       QStringLiteral("presenter"), QStringLiteral("--width"), QStringLiteral("1000"),
                       QStringLiteral("--height"),  QStringLiteral("700")}
        << QStringLiteral("png") << QSize(1000, 700);
    QTest::newRow("sweep svg dark") << QStringLiteral("factorize-sweep.json")
                                    << QStringList{QStringLiteral("--kind"), QStringLiteral("sweep"),
                                                   QStringLiteral("--theme"), QStringLiteral("dark")}
                                    << QStringLiteral("svg") << QSize();
    QTest::newRow("downloads pdf") << QStringLiteral("download.json") << QStringList() << QStringLiteral("pdf")
                                   << QSize();
}

void TestChartCommand::renders()
{
    QFETCH(QString, input);
    QFETCH(QStringList, options);
    QFETCH(QString, suffix);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("chart.") + suffix);
    QByteArray errors;
    QCOMPARE(run(QStringList{result(input), QStringLiteral("--out"), out} + options, &errors), 0);
    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), errors.constData());
    const QByteArray bytes = file.readAll();
    if (suffix == QLatin1String("png")) {
        QImageReader reader(out);
        QCOMPARE(reader.size(), size);
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("processes"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
    }
}

void TestChartCommand::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/tmp/never-written-chart.png");
    QTest::newRow("no result file") << QStringList{QStringLiteral("--out"), out}
                                    << QStringLiteral("RESULT.json: missing");
    QTest::newRow("no --out") << QStringList{result(QStringLiteral("download.json"))}
                              << QStringLiteral("--out: missing");
    QTest::newRow("bad suffix") << QStringList{result(QStringLiteral("download.json")), QStringLiteral("--out"),
                                               QStringLiteral("/tmp/x.gif")}
                                << QStringLiteral("--out: must end in .png, .svg or .pdf");
    QTest::newRow("bad kind") << QStringList{result(QStringLiteral("download.json")), QStringLiteral("--out"), out,
                                             QStringLiteral("--kind"), QStringLiteral("pie")}
                              << QStringLiteral("--kind: must be");
    QTest::newRow("bad theme") << QStringList{result(QStringLiteral("download.json")), QStringLiteral("--out"), out,
                                              QStringLiteral("--theme"), QStringLiteral("neon")}
                               << QStringLiteral("--theme: must be");
    QTest::newRow("tiny width") << QStringList{result(QStringLiteral("download.json")), QStringLiteral("--out"), out,
                                               QStringLiteral("--width"), QStringLiteral("3")}
                                << QStringLiteral("--width: must be an integer");
    QTest::newRow("results missing") << QStringList{result(QStringLiteral("missing-results.json")),
                                                    QStringLiteral("--out"), out}
                                     << QStringLiteral("results");
    QTest::newRow("mean missing") << QStringList{result(QStringLiteral("missing-mean.json")), QStringLiteral("--out"),
                                                 out}
                                  << QStringLiteral("mean_s");
    QTest::newRow("environment missing") << QStringList{result(QStringLiteral("missing-environment.json")),
                                                        QStringLiteral("--out"), out}
                                         << QStringLiteral("environment");
    QTest::newRow("not JSON") << QStringList{result(QStringLiteral("not-json.json")), QStringLiteral("--out"), out}
                              << QStringLiteral("not-json.json");
    QTest::newRow("foreign file") << QStringList{result(QStringLiteral("foreign.json")), QStringLiteral("--out"), out}
                                  << QStringLiteral("tool");
    QTest::newRow("no such file") << QStringList{result(QStringLiteral("absent.json")), QStringLiteral("--out"), out}
                                  << QStringLiteral("absent.json");
    QTest::newRow("sweep of one size") << QStringList{result(QStringLiteral("download.json")), QStringLiteral("--out"),
                                                      out, QStringLiteral("--kind"), QStringLiteral("sweep")}
                                       << QStringLiteral("--kind sweep");
}

void TestChartCommand::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QByteArray errors;
    QCOMPARE(run(arguments, &errors), 2);
    const QString text = QString::fromUtf8(errors);
    QVERIFY2(text.contains(QLatin1String("concurrency-lab chart: ")), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written-chart.png")));
}

void TestChartCommand::unwritableOutput()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QByteArray errors;
    const QString out = dir.filePath(QStringLiteral("file/chart.png"));
    QCOMPARE(run({result(QStringLiteral("download.json")), QStringLiteral("--out"), out}, &errors), 1);
    QVERIFY(QString::fromUtf8(errors).contains(QLatin1String("chart.png")));
    QVERIFY(!QFile::exists(out));
}

void TestChartCommand::comparesTwoResults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("runtime") << QStringLiteral("runtime");
    QTest::newRow("speedup") << QStringLiteral("speedup");
}

// Two results overlaid, and the ratio table: the same file twice gives 1.00 for every entry.
void TestChartCommand::comparesTwoResults()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("compare.png"));
    QProcess process;
    process.start(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"),
                  {QStringLiteral("chart"), result(QStringLiteral("factorize-workers.json")),
                   result(QStringLiteral("factorize-workers.json")), QStringLiteral("--out"), out,
                   QStringLiteral("--kind"), kind, QStringLiteral("--width"), QStringLiteral("800"),
                   QStringLiteral("--height"), QStringLiteral("450")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QImageReader(out).size(), QSize(800, 450));
    const QString table = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(table.contains(QStringLiteral("A: 2026-11-20 14:03")), qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("B/A")));
    // 11 entries (sequential, threads and processes at 1..16 workers), each 1.00 ± its spread.
    QCOMPARE(table.count(QStringLiteral("  1.00 ± 0.0")), 11);
}

void TestChartCommand::refusesToCompare_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two experiments") << QStringList{result(QStringLiteral("factorize-workers.json")),
                                                    result(QStringLiteral("download.json")), QStringLiteral("--out"),
                                                    QStringLiteral("/tmp/x.png")}
                                     << QStringLiteral("must be a result of the same experiment");
    QTest::newRow("sweep") << QStringList{result(QStringLiteral("factorize-sweep.json")),
                                          result(QStringLiteral("factorize-sweep.json")),
                                          QStringLiteral("--out"),
                                          QStringLiteral("/tmp/x.png"),
                                          QStringLiteral("--kind"),
                                          QStringLiteral("sweep")}
                           << QStringLiteral("--kind: must be one of runtime, speedup");
    QTest::newRow("three files") << QStringList{result(QStringLiteral("factorize-workers.json")),
                                                result(QStringLiteral("factorize-workers.json")),
                                                result(QStringLiteral("factorize-workers.json")),
                                                QStringLiteral("--out"), QStringLiteral("/tmp/x.png")}
                                 << QStringLiteral("unexpected argument");
}

void TestChartCommand::refusesToCompare()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QByteArray errors;
    QCOMPARE(run(arguments, &errors), 2);
    QVERIFY2(QString::fromUtf8(errors).contains(message), errors.constData());
}

LAB_TEST_GUILESS_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
