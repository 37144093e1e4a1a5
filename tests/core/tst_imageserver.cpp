// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/imagegenerator.h"
#include "core/net/imageserver.h"
#include "labtest.h"

#include <QElapsedTimer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace Lab::Core;

namespace {

// A raw HTTP client: writes `request` as given (so tests can send what no well-behaved client
// would) and collects the answer until the server closes or `expectedReplies` replies arrived.
class RawClient : public QObject
{
public:
    RawClient(quint16 port, QByteArray request)
        : m_request(std::move(request))
    {
        connect(&socket, &QTcpSocket::connected, this, [this] {
            timer.start();
            socket.write(m_request);
        });
        connect(&socket, &QTcpSocket::readyRead, this, [this] {
            if (firstByteMs < 0)
                firstByteMs = double(timer.nsecsElapsed()) / 1e6;
            answer += socket.readAll();
        });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    int status() const { return answer.size() > 12 ? answer.mid(9, 3).toInt() : 0; }
    QByteArray body() const
    {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : answer.mid(end + 4);
    }
    int replies() const { return int(answer.count("HTTP/1.1 ")); }

    QTcpSocket socket;
    QElapsedTimer timer;
    QByteArray answer;
    double firstByteMs = -1;
    bool closed = false;

private:
    QByteArray m_request;
};

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "Connection: close\r\n\r\n";
}

} // namespace

class TestImageServer : public QObject
{
    Q_OBJECT
private slots:
    void crc32();
    void generatedImages_data();
    void generatedImages();
    void servesImageToQNetworkAccessManager();
    void statusCodes_data();
    void statusCodes();
    void oversizedHeaderIsRefused();
    void keepAliveServesPipelinedRequests();
    void latencyIsApplied();
    void delayedRequestsOverlap();
    void failureRate_data();
    void failureRate();
    void bandwidthIsShared();
    void survivesVanishingClients();
    void listensOnLoopbackOnly();
    void destroyedWhileGenerating();
};

void TestImageServer::crc32()
{
    QCOMPARE(ImageGenerator::crc32(QByteArrayLiteral("123456789")), 0xCBF43926u);
}

void TestImageServer::generatedImages_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("target");
    QTest::newRow("tiny target gives the plain png") << 0 << qint64(1);
    QTest::newRow("64 KiB") << 7 << qint64(64 * 1024);
    QTest::newRow("1 MiB, six digits") << 123456 << qint64(1024 * 1024);
}

void TestImageServer::generatedImages()
{
    QFETCH(int, index);
    QFETCH(qint64, target);
    const QByteArray png = ImageGenerator::png(index, target);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(png.size() >= target);
    if (target > 4096)
        QCOMPARE(png.size(), target);
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "PNG"));
    QCOMPARE(decoded.size(), QSize(ImageGenerator::Width, ImageGenerator::Height));
    QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32),
             ImageGenerator::image(index).convertToFormat(QImage::Format_RGB32));
    // Different indices look different (colour and digits).
    QVERIFY(ImageGenerator::image(index) != ImageGenerator::image(index + 1));
}

void TestImageServer::servesImageToQNetworkAccessManager()
{
    ImageServer server({.latencyMs = 10, .sizeKb = 16});
    QVERIFY(server.listen());
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(server.imageUrl(3))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("image/png"));
    const QByteArray body = reply->readAll();
    QCOMPARE(body.size(), 16 * 1024);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), qint64(body.size()));
    QCOMPARE(body, ImageGenerator::png(3, 16 * 1024));
    QCOMPARE(server.responsesCompleted(), 1);
}

void TestImageServer::statusCodes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("image") << get("/images/2.png") << 200;
    QTest::newRow("query is ignored") << get("/images/2.png?x=1") << 200;
    QTest::newRow("index page") << get("/") << 200;
    QTest::newRow("unknown path") << get("/nope") << 404;
    QTest::newRow("not a number") << get("/images/two.png") << 404;
    QTest::newRow("leading zero") << get("/images/02.png") << 404;
    QTest::newRow("negative") << get("/images/-1.png") << 404;
    QTest::newRow("beyond maxImages") << get("/images/5.png") << 404;
    QTest::newRow("dot dot") << get("/images/../images/1.png") << 400;
    QTest::newRow("encoded slash") << get("/images%2f1.png") << 400;
    QTest::newRow("encoded dot dot") << get("/%2e%2e/etc/passwd") << 400;
    QTest::newRow("backslash") << get("/images\\1.png") << 400;
    QTest::newRow("double slash") << get("//images/1.png") << 400;
    QTest::newRow("absolute URL") << get("http://127.0.0.1/images/1.png") << 400;
    QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1\r\nConnection: close\r\n\r\n") << 405;
    QTest::newRow("post") << QByteArray("POST /images/1.png HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                          << 405;
    QTest::newRow("request body") << get("/images/1.png", "Content-Length: 5\r\n") << 400;
    QTest::newRow("chunked body") << get("/images/1.png", "Transfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("http 2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << 400;
}

void TestImageServer::statusCodes()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    ImageServer server({.latencyMs = 0, .sizeKb = 4, .maxImages = 5});
    QVERIFY(server.listen());
    RawClient client(server.port(), request);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 10000);
    QCOMPARE(client.status(), status);
    if (status == 200 && request.contains("/images/"))
        QCOMPARE(client.body(), server.imageBytes(2));
}

void TestImageServer::oversizedHeaderIsRefused()
{
    ImageServer server({.latencyMs = 0});
    QVERIFY(server.listen());
    // Never ends its header: the server must stop reading after 8 KiB rather than buffer forever.
    RawClient client(server.port(), "GET / HTTP/1.1\r\nX-Filler: " + QByteArray(20000, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 10000);
    QCOMPARE(client.status(), 431);
}

void TestImageServer::keepAliveServesPipelinedRequests()
{
    ImageServer server({.latencyMs = 20, .sizeKb = 2});
    QVERIFY(server.listen());
    const QByteArray keep = "GET /images/1.png HTTP/1.1\r\nHost: x\r\n\r\n";
    RawClient client(server.port(), keep + keep + get("/images/2.png"));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 10000);
    QCOMPARE(client.replies(), 3);
    QCOMPARE(server.responsesCompleted(), 3);
    QVERIFY(client.answer.contains("Connection: keep-alive"));
}

void TestImageServer::latencyIsApplied()
{
    const int latency = 150;
    ImageServer server({.latencyMs = latency, .sizeKb = 1});
    QVERIFY(server.listen());
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 20; ++i)
        clients.push_back(std::make_unique<RawClient>(server.port(), get("/images/" + QByteArray::number(i) + ".png")));
    QTRY_COMPARE_WITH_TIMEOUT(server.responsesCompleted(), 20, 20000);
    double sum = 0;
    for (const auto &client : clients) {
        QTRY_VERIFY(client->firstByteMs >= 0);
        QCOMPARE(client->status(), 200);
        // Never early: a precise timer is not allowed to fire before its interval.
        QVERIFY2(client->firstByteMs >= latency - 1, qPrintable(QString::number(client->firstByteMs)));
        sum += client->firstByteMs;
    }
    qInfo("mean time to first byte %.1f ms for %d ms latency", sum / 20, latency);
}

void TestImageServer::delayedRequestsOverlap()
{
    // Structural check of concurrency: with a long latency, all 200 requests are held at once
    // (timers, not threads), none is answered before the last one arrived.
    ImageServer server({.latencyMs = 3000, .sizeKb = 1});
    QVERIFY(server.listen());
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 200; ++i)
        clients.push_back(std::make_unique<RawClient>(server.port(), get("/images/1.png")));
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsInFlight(), 200, 10000);
    QCOMPARE(server.peakRequestsInFlight(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(server.responsesCompleted(), 200, 20000);
    QCOMPARE(server.requestsInFlight(), 0);
}

void TestImageServer::failureRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("minFailures");
    QTest::addColumn<int>("maxFailures");
    QTest::newRow("none") << 0.0 << 0 << 0;
    QTest::newRow("a quarter") << 0.25 << 25 << 75; // 200 draws: mean 50, sd 6
    QTest::newRow("all") << 1.0 << 200 << 200;
}

void TestImageServer::failureRate()
{
    QFETCH(double, rate);
    QFETCH(int, minFailures);
    QFETCH(int, maxFailures);
    ImageServer server({.latencyMs = 0, .sizeKb = 1, .failureRate = rate, .seed = 7});
    QVERIFY(server.listen());
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 200; ++i)
        clients.push_back(std::make_unique<RawClient>(server.port(), get("/images/1.png")));
    QTRY_COMPARE_WITH_TIMEOUT(server.responsesCompleted(), 200, 20000);
    int failures = 0;
    for (const auto &client : clients) {
        QTRY_VERIFY(client->closed);
        QVERIFY(client->status() == 200 || client->status() == 500);
        failures += client->status() == 500;
    }
    QCOMPARE(server.failuresSent(), failures);
    QVERIFY2(failures >= minFailures && failures <= maxFailures, qPrintable(QString::number(failures)));
}

void TestImageServer::bandwidthIsShared()
{
    // 2 x 32 KiB through a 1024 kbit/s (128,000 B/s) uplink cannot take less than ~0.51 s in all.
    ImageServer server({.latencyMs = 0, .sizeKb = 32, .bandwidthKbps = 1024});
    QVERIFY(server.listen());
    QElapsedTimer timer;
    timer.start();
    RawClient a(server.port(), get("/images/1.png"));
    RawClient b(server.port(), get("/images/2.png"));
    QTRY_VERIFY_WITH_TIMEOUT(a.closed && b.closed, 20000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(a.body(), server.imageBytes(1));
    QCOMPARE(b.body(), server.imageBytes(2));
    const double minimum = 2 * 32 * 1024 / 128000.0 - 0.06; // the first 50 ms burst is allowed
    QVERIFY2(seconds >= minimum, qPrintable(QString::number(seconds)));
    qInfo("2 x 32 KiB at 1024 kbit/s took %.3f s (ideal %.3f s)", seconds, 2 * 32 * 1024 / 128000.0);
}

void TestImageServer::survivesVanishingClients()
{
    ImageServer server({.latencyMs = 50, .sizeKb = 64, .bandwidthKbps = 8000});
    QVERIFY(server.listen());
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 40; ++i)
        clients.push_back(std::make_unique<RawClient>(server.port(), get("/images/" + QByteArray::number(i) + ".png")));
    // Half vanish while their reply is delayed, the rest in the middle of the paced transfer.
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsInFlight(), 40, 10000);
    for (int i = 0; i < 20; ++i)
        clients[size_t(i)]->socket.abort();
    QTRY_VERIFY_WITH_TIMEOUT(clients[20]->answer.size() > 1000, 10000);
    for (int i = 20; i < 40; ++i)
        clients[size_t(i)]->socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 10000);
    QCOMPARE(server.requestsInFlight(), 0);
    // ... and the server still serves the next client in full.
    RawClient after(server.port(), get("/images/1.png"));
    QTRY_VERIFY_WITH_TIMEOUT(after.closed, 20000);
    QCOMPARE(after.status(), 200);
    QCOMPARE(after.body(), server.imageBytes(1));
}

void TestImageServer::listensOnLoopbackOnly()
{
    ImageServer server;
    QVERIFY(server.listen());
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QTcpSocket socket;
    // Any non-loopback address of this machine must not reach the server.
    socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), server.port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    ImageServer second;
    QVERIFY(!second.listen(server.port())); // the port is taken: listen reports it, no crash
    QVERIFY(!second.errorString().isEmpty());
}

void TestImageServer::destroyedWhileGenerating()
{
    // Images are generated on the pool and cached by the server when they are ready; a server that
    // is gone by then must not be touched (asan preset). The callers' futures still get the bytes.
    QList<QFuture<QByteArray>> futures;
    for (int i = 0; i < 4; ++i) {
        auto server = std::make_unique<ImageServer>(ImageServerOptions{.latencyMs = 0, .sizeKb = 2048});
        futures.append(server->imageFuture(i));
    }
    for (QFuture<QByteArray> &future : futures) {
        future.waitForFinished();
        QVERIFY(future.result().startsWith("\x89PNG"));
    }
    QCoreApplication::processEvents();
}

LAB_TEST_GUILESS_MAIN(TestImageServer)
#include "tst_imageserver.moc"
