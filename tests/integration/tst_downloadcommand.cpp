// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/imagegenerator.h"
#include "core/net/imageserverhost.h"
#include "labprocess.h"
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Lab::Core;

namespace {
// `concurrency-lab run download <arguments...>`.
LabProcess::Outcome runDownload(const QStringList &arguments)
{
    return LabProcess::run({QStringLiteral("run"), QStringLiteral("download")}, arguments);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QStringList QuickOptions = {QStringLiteral("--latency-ms"), QStringLiteral("10"),
                                  QStringLiteral("--runs"),       QStringLiteral("1"),
                                  QStringLiteral("--size-kb"),    QStringLiteral("4")};
} // namespace

class TestDownloadCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void embeddedServerRun();
    void failedItemsExitWithOne();
    void urlListWithGoodAndBadItems();
    void badOptions_data();
    void badOptions();

private:
    QTemporaryDir m_dir;
};

void TestDownloadCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDownloadCommand::embeddedServerRun()
{
    const QString json = m_dir.filePath(QStringLiteral("embedded.json"));
    const QString saveDir = m_dir.filePath(QStringLiteral("embedded-files"));
    const LabProcess::Outcome outcome =
        runDownload(QuickOptions + QStringList{QStringLiteral("--images"), QStringLiteral("3"),
                                               QStringLiteral("--json"), json, QStringLiteral("--save-dir"), saveDir});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonObject result = readJson(json);
    QCOMPARE(result.value(QStringLiteral("experiment")).toString(), QStringLiteral("download"));
    QCOMPARE(result.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("images")).toInt(), 3);
    const QJsonArray results = result.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);
    QString checksum;
    QStringList strategies;
    for (const auto &value : results) {
        const QJsonObject entry = value.toObject();
        strategies.append(entry.value(QStringLiteral("strategy")).toString());
        QCOMPARE(entry.value(QStringLiteral("items_ok")).toInt(), 3);
        QCOMPARE(entry.value(QStringLiteral("items_failed")).toInt(), 0);
        QVERIFY(entry.value(QStringLiteral("errors")).toArray().isEmpty());
        // Every strategy fetched the same bytes.
        if (checksum.isEmpty())
            checksum = entry.value(QStringLiteral("checksum")).toString();
        QCOMPARE(entry.value(QStringLiteral("checksum")).toString(), checksum);
    }
    QCOMPARE(strategies, (QStringList{QStringLiteral("sequential"), QStringLiteral("threads"), QStringLiteral("async"),
                                      QStringLiteral("pool")}));
    QVERIFY(results.at(2).toObject().value(QStringLiteral("note")).toString().contains(QStringLiteral("at most 6")));
    QVERIFY(outcome.out.contains("at most 6 connections per host"));

    const QStringList files = QDir(saveDir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("0.png"), QStringLiteral("1.png"), QStringLiteral("2.png")}));
    QFile saved(QDir(saveDir).filePath(QStringLiteral("1.png")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), ImageGenerator::png(1, 4 * 1024));
}

void TestDownloadCommand::failedItemsExitWithOne()
{
    const QString json = m_dir.filePath(QStringLiteral("failing.json"));
    const QString saveDir = m_dir.filePath(QStringLiteral("failing-files"));
    const LabProcess::Outcome outcome = runDownload(
        QuickOptions + QStringList{QStringLiteral("--images"), QStringLiteral("2"), QStringLiteral("--failure-rate"),
                                   QStringLiteral("1"), QStringLiteral("--strategies"), QStringLiteral("async"),
                                   QStringLiteral("--json"), json, QStringLiteral("--save-dir"), saveDir});
    QCOMPARE(outcome.exitCode, 1);
    const QJsonObject entry = readJson(json).value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("items_ok")).toInt(), 0);
    QCOMPARE(entry.value(QStringLiteral("items_failed")).toInt(), 2);
    const QJsonArray errors = entry.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("HTTP 500 (Internal Server Error)"));
    QVERIFY(errors.at(0).toObject().value(QStringLiteral("item")).toString().endsWith(QStringLiteral("/images/0.png")));
    // Failed items leave no file, and nothing half-written either.
    QVERIFY(QDir(saveDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestDownloadCommand::urlListWithGoodAndBadItems()
{
    ImageServerHost host;
    QVERIFY(host.start({.latencyMs = 10, .sizeKb = 2}));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString refused = QStringLiteral("http://127.0.0.1:%1/gone.png").arg(probe.serverPort());
    probe.close();
    const QString clash = host.imageUrl(1).toString() + QStringLiteral("?again");
    const QString list = QStringLiteral("# lecture images\n\n%1\n  %2  \nftp://127.0.0.1/x.png\n%3\n# end\n%4\n")
                             .arg(host.imageUrl(1).toString(), refused, clash, host.imageUrl(2).toString());
    const QString urls = m_dir.filePath(QStringLiteral("urls.txt"));
    {
        QFile file(urls);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(list.toUtf8());
    }
    const QString json = m_dir.filePath(QStringLiteral("urls.json"));
    const QString saveDir = m_dir.filePath(QStringLiteral("urls-files"));
    const LabProcess::Outcome outcome =
        runDownload({QStringLiteral("--urls"), urls, QStringLiteral("--runs"), QStringLiteral("1"),
                     QStringLiteral("--strategies"), QStringLiteral("threads,pool"), QStringLiteral("--workers"),
                     QStringLiteral("2"), QStringLiteral("--json"), json, QStringLiteral("--save-dir"), saveDir});
    QCOMPARE(outcome.exitCode, 1);
    const QJsonObject result = readJson(json);
    QCOMPARE(result.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("items")).toInt(), 5);
    for (const auto &value : result.value(QStringLiteral("results")).toArray()) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value(QStringLiteral("items_ok")).toInt(), 3);
        QCOMPARE(entry.value(QStringLiteral("items_failed")).toInt(), 2);
        QStringList messages;
        for (const auto &error : entry.value(QStringLiteral("errors")).toArray())
            messages.append(error.toObject().value(QStringLiteral("message")).toString());
        messages.sort();
        QCOMPARE(messages, (QStringList{QStringLiteral("connection refused"),
                                        QStringLiteral("unsupported scheme \"ftp\" (only http and https)")}));
    }
    const QStringList files = QDir(saveDir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("1-1.png"), QStringLiteral("1.png"), QStringLiteral("2.png")}));
}

void TestDownloadCommand::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("strategy") << QStringList{QStringLiteral("--strategies"), QStringLiteral("threads,magic")}
                              << QStringLiteral("--strategies: must be a comma-separated list of sequential, threads, "
                                                "async, async-uncapped, pool (got \"threads,magic\")");
    QTest::newRow("images") << QStringList{QStringLiteral("--images"), QStringLiteral("0")}
                            << QStringLiteral("--images: must be an integer from 1 to 1000 (got \"0\")");
    QTest::newRow("workers") << QStringList{QStringLiteral("--workers"), QStringLiteral("x")}
                             << QStringLiteral("--workers: must be an integer from 1 to 256 (got \"x\")");
    QTest::newRow("failure rate") << QStringList{QStringLiteral("--failure-rate"), QStringLiteral("2")}
                                  << QStringLiteral("--failure-rate: must be a number from 0 to 1 (got \"2\")");
    QTest::newRow("timeout") << QStringList{QStringLiteral("--timeout-ms"), QStringLiteral("5")}
                             << QStringLiteral("--timeout-ms: must be an integer from 100 to 600000 (got \"5\")");
    QTest::newRow("runs") << QStringList{QStringLiteral("--runs"), QStringLiteral("0")}
                          << QStringLiteral("--runs: must be an integer from 1 to 100 (got \"0\")");
    QTest::newRow("missing url file")
        << QStringList{QStringLiteral("--urls"), QStringLiteral("/nonexistent/urls.txt")}
        << QStringLiteral("--urls: must be a readable file (got \"/nonexistent/urls.txt\": No such file or directory)");
    QTest::newRow("save-dir is a file") << QStringList{QStringLiteral("--save-dir"), QStringLiteral("/dev/null")}
                                        << QStringLiteral("--save-dir: must be a folder that can be created (got "
                                                          "\"/dev/null\": /dev/null exists and is not a folder)");
}

void TestDownloadCommand::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const LabProcess::Outcome outcome = runDownload(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QCOMPARE(QString::fromUtf8(outcome.err).trimmed(), QStringLiteral("concurrency-lab run download: ") + message);
}

LAB_TEST_GUILESS_MAIN(TestDownloadCommand)
#include "tst_downloadcommand.moc"
