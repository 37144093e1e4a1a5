// SPDX-License-Identifier: GPL-3.0-or-later
#include "labtest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>

#include <csignal>

class TestServeCommand : public QObject
{
    Q_OBJECT
private slots:
    void servesUntilSignalled_data();
    void servesUntilSignalled();
    void badOptions_data();
    void badOptions();
    void takenPort();

private:
    static QString lab() { return QStringLiteral(LAB_BIN_DIR "/concurrency-lab"); }
};

void TestServeCommand::servesUntilSignalled_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SIGTERM");
    QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("SIGINT");
}

void TestServeCommand::servesUntilSignalled()
{
    QFETCH(int, signal);
    QFETCH(QString, name);
    QProcess serve;
    serve.start(lab(), {QStringLiteral("serve"), QStringLiteral("--latency-ms"), QStringLiteral("20"),
                        QStringLiteral("--size-kb"), QStringLiteral("3")});
    QByteArray out;
    const QRegularExpression urlPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/images/0\\.png)"));
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += serve.readAllStandardOutput(), match = urlPattern.match(QString::fromUtf8(out)), match.hasMatch()),
        10000);

    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(QUrl(match.captured(1)))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll().size(), 3 * 1024);

    ::kill(pid_t(serve.processId()), signal);
    QSignalSpy exited(&serve, &QProcess::finished);
    QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 10000);
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    out += serve.readAllStandardOutput();
    QVERIFY2(out.contains(QStringLiteral("Stopped (%1) after 1 requests").arg(name).toUtf8()), out.constData());
}

void TestServeCommand::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                          << QStringLiteral("--port: must be an integer from 0 to 65535 (got \"70000\")");
    QTest::newRow("latency") << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("-5")}
                             << QStringLiteral("--latency-ms: must be an integer from 0 to 60000 (got \"-5\")");
    QTest::newRow("size") << QStringList{QStringLiteral("--size-kb"), QStringLiteral("big")}
                          << QStringLiteral("--size-kb: must be an integer from 1 to 20000 (got \"big\")");
    QTest::newRow("failure rate") << QStringList{QStringLiteral("--failure-rate"), QStringLiteral("1.5")}
                                  << QStringLiteral("--failure-rate: must be a number from 0 to 1 (got \"1.5\")");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--color")} << QStringLiteral("Unknown option 'color'.");
}

void TestServeCommand::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess serve;
    serve.start(lab(), QStringList{QStringLiteral("serve")} + arguments);
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), 2);
    const QString err = QString::fromUtf8(serve.readAllStandardError()).trimmed();
    QCOMPARE(err, QStringLiteral("concurrency-lab serve: ") + message);
}

void TestServeCommand::takenPort()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    QProcess serve;
    serve.start(lab(), {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(taken.serverPort())});
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), 2);
    QVERIFY(serve.readAllStandardError().contains("--port: must be a free port"));
}

LAB_TEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
