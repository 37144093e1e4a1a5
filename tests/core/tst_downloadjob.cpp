// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/downloadjob.h"
#include "core/net/imageserver.h"
#include "labtest.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Lab::Core;

namespace {

// A local server that misbehaves in one chosen way, once it has read a request's header.
class MisbehavingServer : public QTcpServer
{
public:
    enum Behaviour
    {
        NeverAnswer,
        Garbage,
        ShortBody,
        HugeLength,
        Endless,
        RedirectLoop,
        Good
    };

    explicit MisbehavingServer(Behaviour behaviour)
        : m_behaviour(behaviour)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (buffer.contains("\r\n\r\n") && !m_answered.contains(socket)) {
                        m_answered.insert(socket);
                        answer(socket);
                    }
                });
            }
        });
        QVERIFY(listen(QHostAddress::LocalHost));
    }
    QString url(const QString &path = QStringLiteral("/file")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }
    qint64 streamed = 0;

private:
    void answer(QTcpSocket *socket)
    {
        switch (m_behaviour) {
        case NeverAnswer:
            return;
        case Garbage:
            socket->write("this is not HTTP at all\r\n\r\n");
            socket->disconnectFromHost();
            return;
        case ShortBody:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
            socket->disconnectFromHost();
            return;
        case HugeLength:
            // Announces 5 MB and then sends nothing: only the header can have stopped the client.
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 5000000\r\n\r\n");
            return;
        case Endless: {
            // No Content-Length: the body ends when the connection does, which is never.
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] {
                socket->write(QByteArray(64 * 1024, 'z'));
                streamed += 64 * 1024;
            });
            timer->start(1);
            return;
        }
        case RedirectLoop:
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + url(QStringLiteral("/again")).toLatin1() +
                          "\r\nContent-Length: 0\r\n\r\n");
            m_answered.remove(socket);
            m_buffers[socket].clear();
            return;
        case Good:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
            socket->disconnectFromHost();
            return;
        }
    }

    Behaviour m_behaviour;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_answered;
};

QString refusedUrl()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("http://127.0.0.1:%1/x.png").arg(port);
}

} // namespace

class TestDownloadJob : public QObject
{
    Q_OBJECT
private slots:
    void errors_data();
    void errors();
    void succeedsAndTimesItsPhases();
    void abortIsReportedAsCancelled();
    void validate_data();
    void validate();
};

void TestDownloadJob::errors_data()
{
    QTest::addColumn<int>("behaviour"); // -1: no local server, use `source`
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("error");

    const int none = -1;
    QTest::newRow("refused") << none << refusedUrl() << 5000 << qint64(1000000) << QStringLiteral("connection refused");
    QTest::newRow("host not found") << none << QStringLiteral("http://no-such-host.invalid/a.png") << 5000
                                    << qint64(1000000) << QStringLiteral("host not found");
    QTest::newRow("not a URL") << none << QStringLiteral("::not a url::") << 5000 << qint64(1000000)
                               << QStringLiteral("not a URL");
    QTest::newRow("relative") << none << QStringLiteral("images/1.png") << 5000 << qint64(1000000)
                              << QStringLiteral("not a URL");
    QTest::newRow("unsupported scheme") << none << QStringLiteral("ftp://127.0.0.1/a.png") << 5000 << qint64(1000000)
                                        << QStringLiteral("unsupported scheme \"ftp\" (only http and https)");
    QTest::newRow("file scheme") << none << QStringLiteral("file:///etc/passwd") << 5000 << qint64(1000000)
                                 << QStringLiteral("unsupported scheme \"file\" (only http and https)");
    QTest::newRow("never answers") << int(MisbehavingServer::NeverAnswer) << QString() << 2000 << qint64(1000000)
                                   << QStringLiteral("timed out after 2 s");
    QTest::newRow("never answers, short timeout") << int(MisbehavingServer::NeverAnswer) << QString() << 300
                                                  << qint64(1000000) << QStringLiteral("timed out after 300 ms");
    QTest::newRow("too large by Content-Length") << int(MisbehavingServer::HugeLength) << QString() << 5000
                                                 << qint64(1000000) << QStringLiteral("larger than 1 MB");
    QTest::newRow("too large while streaming") << int(MisbehavingServer::Endless) << QString() << 5000
                                               << qint64(1000000) << QStringLiteral("larger than 1 MB");
    QTest::newRow("not HTTP") << int(MisbehavingServer::Garbage) << QString() << 5000 << qint64(1000000)
                              << QStringLiteral("the server closed the connection without a valid HTTP reply");
    QTest::newRow("body cut short") << int(MisbehavingServer::ShortBody) << QString() << 5000 << qint64(1000000)
                                    << QStringLiteral("the server closed the connection before the reply was complete");
    QTest::newRow("redirect loop") << int(MisbehavingServer::RedirectLoop) << QString() << 5000 << qint64(1000000)
                                   << QStringLiteral("more than 3 redirects");
}

void TestDownloadJob::errors()
{
    QFETCH(int, behaviour);
    QFETCH(QString, source);
    QFETCH(int, timeoutMs);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, error);

    std::unique_ptr<MisbehavingServer> server;
    if (behaviour >= 0) {
        server = std::make_unique<MisbehavingServer>(MisbehavingServer::Behaviour(behaviour));
        source = server->url();
    }
    QNetworkAccessManager manager;
    QElapsedTimer clock;
    clock.start();
    DownloadJob job(&manager, 4, source, {.timeoutMs = timeoutMs, .maxBytes = maxBytes, .maxRedirects = 3}, clock,
                    QStringLiteral("test"));
    QSignalSpy finished(&job, &DownloadJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto result = finished.first().first().value<DownloadItemResult>();
    QCOMPARE(result.error, error);
    QVERIFY(!result.ok());
    QCOMPARE(result.index, 4);
    QCOMPARE(result.source, source);
    QVERIFY(result.data.isEmpty());
    QVERIFY(result.endSeconds >= result.startSeconds);
    if (behaviour == MisbehavingServer::Endless)
        QVERIFY2(server->streamed < 8 * maxBytes, "the client stopped reading soon after the limit");
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // exactly once
}

void TestDownloadJob::succeedsAndTimesItsPhases()
{
    ImageServer server({.latencyMs = 100, .sizeKb = 8});
    QVERIFY(server.listen());
    QNetworkAccessManager manager;
    QElapsedTimer clock;
    clock.start();
    DownloadJob job(&manager, 1, server.imageUrl(1).toString(), {}, clock, QStringLiteral("test"));
    QSignalSpy finished(&job, &DownloadJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto result = finished.first().first().value<DownloadItemResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.bytes, 8 * 1024);
    QCOMPARE(result.data, server.imageBytes(1));
    QVERIFY(result.startSeconds <= result.sentSeconds);
    QVERIFY(result.sentSeconds < result.firstByteSeconds);
    QVERIFY(result.firstByteSeconds <= result.endSeconds);
    // The server's latency lies between sending and the first byte.
    QVERIFY(result.firstByteSeconds - result.sentSeconds >= 0.099);
}

void TestDownloadJob::abortIsReportedAsCancelled()
{
    MisbehavingServer server(MisbehavingServer::NeverAnswer);
    QNetworkAccessManager manager;
    QElapsedTimer clock;
    clock.start();
    DownloadJob job(&manager, 0, server.url(), {}, clock, QStringLiteral("test"));
    QSignalSpy finished(&job, &DownloadJob::finished);
    job.start();
    QTRY_VERIFY(server.findChildren<QTcpSocket *>().size() == 1);
    job.abort();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<DownloadItemResult>().error, QStringLiteral("cancelled"));
}

void TestDownloadJob::validate_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("valid");
    QTest::newRow("http") << QStringLiteral("http://example.org/a.png") << true;
    QTest::newRow("https, spaces around") << QStringLiteral("  https://example.org/a.png ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no host") << QStringLiteral("http:///a.png") << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.org") << false;
    QTest::newRow("bad port") << QStringLiteral("http://example.org:99999/") << false;
}

void TestDownloadJob::validate()
{
    QFETCH(QString, source);
    QFETCH(bool, valid);
    QUrl url;
    QString error;
    QCOMPARE(DownloadJob::validate(source, &url, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

LAB_TEST_GUILESS_MAIN(TestDownloadJob)
#include "tst_downloadjob.moc"
