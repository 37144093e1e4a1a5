// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile servers against one download (issue 18): every item ends by its deadline, however the server
// stalls (a redirect to a silent server, one byte every half second); a fast endless body is counted as
// it arrives and stopped at --max-bytes with the memory it holds bounded; a redirect to file: or data:
// is named as such; an HTML page is not an image.
#include "core/net/downloadjob.h"
#include "core/runners/downloadrunner.h"
#include "labtest.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace Lab::Core;

namespace {

enum class Behaviour
{
    Silent,       // reads the request, never answers
    Redirect,     // 302 to `target`
    Trickle,      // a 200 header announcing 1 MB, then one byte every 500 ms
    FloodChunked, // chunked body without Content-Length, written as fast as the client takes it
    FloodPlain,   // no Content-Length, Connection: close, as fast as the client takes it
    Html,         // 200 text/html with a small page
    PngUntyped,   // 200 application/octet-stream with PNG bytes
};

// A local HTTP server on its own thread, so that it writes as fast as the client's socket takes data
// while the test's thread is busy with the client.
class FaultServer final : public QThread
{
public:
    FaultServer(Behaviour behaviour, QByteArray target = {})
        : m_behaviour(behaviour)
        , m_target(std::move(target))
    {
        start();
        m_ready.acquire();
    }
    ~FaultServer() override
    {
        quit();
        wait();
    }
    QString url(const QString &path = QStringLiteral("/image.png")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port.load()).arg(path);
    }
    qint64 bodyBytesWritten() const { return m_written.load(); }
    int connections() const { return m_connections.load(); }

    // A flood stops by itself after this much, so that a client that never stops cannot hold the
    // test for ever: what it received is then far above any limit and the test fails on that.
    static constexpr qint64 FloodCap = 512ll * 1024 * 1024;

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++m_connections;
                auto request = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                    if (request->contains("\r\n\r\n"))
                        return socket->readAll(), void();
                    *request += socket->readAll();
                    if (request->contains("\r\n\r\n"))
                        answer(socket);
                });
            }
        });
        m_port = server.serverPort();
        m_ready.release();
        exec();
    }

private:
    void answer(QTcpSocket *socket)
    {
        switch (m_behaviour) {
        case Behaviour::Silent:
            return;
        case Behaviour::Redirect:
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + m_target + "\r\nContent-Length: 0\r\n\r\n");
            return;
        case Behaviour::Trickle: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 1000000\r\n\r\n\x89");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [this, socket] {
                socket->write("P");
                ++m_written;
            });
            timer->start(500);
            return;
        }
        case Behaviour::FloodChunked:
        case Behaviour::FloodPlain: {
            const bool chunked = m_behaviour == Behaviour::FloodChunked;
            socket->write(chunked ? "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  : "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n");
            const QByteArray block(64 * 1024, 'z');
            const QByteArray chunk = chunked ? "10000\r\n" + block + "\r\n" : block;
            auto fill = [this, socket, chunk, block] {
                while (socket->bytesToWrite() < 256 * 1024 && m_written.load() < FloodCap) {
                    socket->write(chunk);
                    m_written += block.size();
                }
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, fill);
            fill();
            return;
        }
        case Behaviour::Html:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 44\r\n\r\n"
                          "<!DOCTYPE html><html><body>hi</body></html>\n");
            return;
        case Behaviour::PngUntyped:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 12\r\n\r\n");
            socket->write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\0", 12));
            return;
        }
    }

    Behaviour m_behaviour;
    QByteArray m_target;
    QSemaphore m_ready;
    std::atomic<int> m_port = 0;
    std::atomic<qint64> m_written = 0;
    std::atomic<int> m_connections = 0;
};

DownloadItemResult download(const QString &source, const DownloadOptions &options, int waitMs = 30000)
{
    QNetworkAccessManager manager;
    QElapsedTimer clock;
    clock.start();
    DownloadJob job(&manager, 0, source, options, clock, QStringLiteral("test"));
    QSignalSpy finished(&job, &DownloadJob::finished);
    job.start();
    if (!finished.wait(waitMs) && finished.isEmpty())
        return {};
    return finished.first().first().value<DownloadItemResult>();
}

} // namespace

class TestDownloadFaults : public QObject
{
    Q_OBJECT
private slots:
    void deadlineCoversTheWholeItem_data();
    void deadlineCoversTheWholeItem();
    void queuedItemsGetTheirOwnDeadline();
    void maxBytesBoundsWhatIsHeld_data();
    void maxBytesBoundsWhatIsHeld();
    void parallelFloodsStopEach_data();
    void parallelFloodsStopEach();
    void uncappedItemsTimeOutOnTheirOwn();
    void redirectToUnsupportedScheme_data();
    void redirectToUnsupportedScheme();
    void onlyImagesCount();
};

void TestDownloadFaults::deadlineCoversTheWholeItem_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QString>("redirect"); // "": none, else the scheme the redirect goes to
    QTest::addColumn<QString>("error");    // a regular expression
    const QString silent = QStringLiteral("timed out after 1\\.5 s");
    // The trickle has sent 2 to 4 bytes by the deadline, with the timers' phase and the redirect's hop.
    const QString trickle = QStringLiteral("timed out after 1\\.5 s \\([234] bytes of the body received\\)");
    const QString http = QStringLiteral("http");
    QTest::newRow("silent") << int(Behaviour::Silent) << QString() << silent;
    QTest::newRow("redirect to a silent server") << int(Behaviour::Silent) << http << silent;
    QTest::newRow("redirect to https on a silent server")
        << int(Behaviour::Silent) << QStringLiteral("https") << silent;
    QTest::newRow("one byte every 0.5 s") << int(Behaviour::Trickle) << QString() << trickle;
    QTest::newRow("redirect to a trickle") << int(Behaviour::Trickle) << http << trickle;
}

void TestDownloadFaults::deadlineCoversTheWholeItem()
{
    QFETCH(int, behaviour);
    QFETCH(QString, redirect);
    QFETCH(QString, error);
    FaultServer server{Behaviour(behaviour)};
    std::unique_ptr<FaultServer> redirector;
    const bool redirected = !redirect.isEmpty();
    if (redirected) {
        QString target = server.url();
        target.replace(0, 4, redirect);
        redirector = std::make_unique<FaultServer>(Behaviour::Redirect, target.toLatin1());
    }
    QElapsedTimer elapsed;
    elapsed.start();
    const DownloadItemResult result =
        download(redirected ? redirector->url() : server.url(), {.timeoutMs = 1500, .maxBytes = 1000000});
    QVERIFY2(result.index == 0, "the item never ended (waited 30 s for a 1.5 s deadline)");
    QVERIFY2(QRegularExpression(QLatin1Char('^') + error + QLatin1Char('$')).match(result.error).hasMatch(),
             qPrintable(result.error));
    QVERIFY(result.endSeconds - result.startSeconds >= 1.4);
    QVERIFY2(elapsed.elapsed() < 15000, "ended at the deadline, not long after it");
}

void TestDownloadFaults::queuedItemsGetTheirOwnDeadline()
{
    // async hands all its requests to one manager, which runs 6 at a time per host and queues the rest:
    // 12 items at 1 s each take 2 rounds; a deadline of 1.6 s counted from the hand-over would fail the
    // second round, although each of its items takes 1 s once it is sent.
    QStringList sources;
    QTcpServer delayed;
    QVERIFY(delayed.listen(QHostAddress::LocalHost));
    connect(&delayed, &QTcpServer::newConnection, this, [&delayed] {
        while (QTcpSocket *socket = delayed.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                QTimer::singleShot(1000, socket, [socket] {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 8\r\n\r\n"
                                  "\x89PNG\r\n\x1a\n");
                });
            });
        }
    });
    for (int i = 0; i < 12; ++i)
        sources.append(QStringLiteral("http://127.0.0.1:%1/%2.png").arg(delayed.serverPort()).arg(i));
    std::unique_ptr<DownloadRunner> runner(
        DownloadRunner::create(QStringLiteral("async"), sources, {.timeoutMs = 1600, .maxBytes = 1000000}, 1));
    QSignalSpy finished(runner.get(), &Runner::finished);
    runner->start();
    QVERIFY(finished.wait(30000));
    QStringList errors;
    for (const DownloadItemResult &item : runner->items()) {
        if (!item.ok())
            errors.append(QStringLiteral("%1: %2").arg(item.index).arg(item.error));
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral("; "))));
}

void TestDownloadFaults::maxBytesBoundsWhatIsHeld_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::newRow("chunked, no Content-Length") << int(Behaviour::FloodChunked);
    QTest::newRow("plain, until the connection closes") << int(Behaviour::FloodPlain);
}

void TestDownloadFaults::maxBytesBoundsWhatIsHeld()
{
    QFETCH(int, behaviour);
    FaultServer server{Behaviour(behaviour)};
    const qint64 limit = 1000000;
    const DownloadItemResult result = download(server.url(), {.timeoutMs = 60000, .maxBytes = limit}, 90000);
    QCOMPARE(result.error, QStringLiteral("larger than 1 MB"));
    // result.bytes is what the reply had handed over when the job stopped it: counted as it arrives, it
    // passes the limit by at most the reply's bounded buffer. Without that bound Qt reads on as fast as
    // the server writes and queues it all; the job sees one readyRead for many MB at once (9.7 MB for a
    // 1 MB limit here, 287 MB for 200 MB, and without end on a busy thread: the 1.7 GB of issue 18).
    qInfo("held %lld bytes when stopped, the server wrote %lld (limit %lld)", result.bytes, server.bodyBytesWritten(),
          limit);
    QVERIFY2(result.bytes <= limit + 512 * 1024, qPrintable(QString::number(result.bytes)));
    // The server can only write what the client reads, plus the two kernels' socket buffers.
    QVERIFY2(server.bodyBytesWritten() < limit + 32 * 1024 * 1024,
             qPrintable(QString::number(server.bodyBytesWritten())));
}

void TestDownloadFaults::parallelFloodsStopEach_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::newRow("async") << QStringLiteral("async");
    QTest::newRow("async-uncapped") << QStringLiteral("async-uncapped");
}

void TestDownloadFaults::parallelFloodsStopEach()
{
    QFETCH(QString, strategy);
    // Four floods at once on one thread: each is stopped at the limit, none reported as a timeout.
    std::vector<std::unique_ptr<FaultServer>> servers;
    QStringList sources;
    for (int i = 0; i < 4; ++i) {
        servers.push_back(std::make_unique<FaultServer>(Behaviour::FloodChunked));
        sources.append(servers.back()->url());
    }
    std::unique_ptr<DownloadRunner> runner(
        DownloadRunner::create(strategy, sources, {.timeoutMs = 60000, .maxBytes = 1000000}, 1));
    QSignalSpy finished(runner.get(), &Runner::finished);
    runner->start();
    QVERIFY(finished.wait(90000));
    qint64 written = 0;
    for (const auto &server : servers)
        written += server->bodyBytesWritten();
    for (const DownloadItemResult &item : runner->items()) {
        QCOMPARE(item.error, QStringLiteral("larger than 1 MB"));
        QVERIFY2(item.bytes <= 1000000 + 512 * 1024, qPrintable(QString::number(item.bytes)));
    }
    QVERIFY2(written < 4 * (1000000 + 32 * 1024 * 1024), qPrintable(QString::number(written)));
}

void TestDownloadFaults::uncappedItemsTimeOutOnTheirOwn()
{
    // Eight requests to a server that never answers, spread over two managers: each ends at its own
    // deadline with the timeout message, and the run ends (nothing waits behind a cap).
    FaultServer server{Behaviour::Silent};
    QStringList sources;
    for (int i = 0; i < 8; ++i)
        sources.append(server.url(QStringLiteral("/%1.png").arg(i)));
    std::unique_ptr<DownloadRunner> runner(
        DownloadRunner::create(QStringLiteral("async-uncapped"), sources, {.timeoutMs = 800, .maxBytes = 1000000}, 1));
    QSignalSpy finished(runner.get(), &Runner::finished);
    runner->start();
    QVERIFY(finished.wait(30000));
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.itemsFailed, 8);
    for (const DownloadItemResult &item : runner->items())
        QVERIFY2(item.error.startsWith(QStringLiteral("timed out after")), qPrintable(item.error));
}

void TestDownloadFaults::redirectToUnsupportedScheme_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("error");
    QTest::newRow("file") << QByteArray("file:///etc/passwd")
                          << QStringLiteral("redirect to an unsupported scheme \"file\" (only http and https)");
    QTest::newRow("data") << QByteArray("data:image/png;base64,iVBORw0KGgo=")
                          << QStringLiteral("redirect to an unsupported scheme \"data\" (only http and https)");
    QTest::newRow("ftp") << QByteArray("ftp://127.0.0.1/x.png")
                         << QStringLiteral("redirect to an unsupported scheme \"ftp\" (only http and https)");
}

void TestDownloadFaults::redirectToUnsupportedScheme()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, error);
    FaultServer redirector(Behaviour::Redirect, target);
    QCOMPARE(download(redirector.url(), {.timeoutMs = 10000}).error, error);
}

void TestDownloadFaults::onlyImagesCount()
{
    FaultServer html(Behaviour::Html);
    QCOMPARE(download(html.url(), {}).error, QStringLiteral("not an image (the server sent text/html)"));
    // An image is recognised by its bytes when the server does not say what it sends.
    FaultServer png(Behaviour::PngUntyped);
    const DownloadItemResult result = download(png.url(), {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, 12);
    // A downloader of anything may switch the check off.
    QVERIFY(download(html.url(), {.imagesOnly = false}).ok());
    QCOMPARE(DownloadJob::imageFormat(QByteArray("\xff\xd8\xff\xe0", 4)), QStringLiteral("JPEG"));
    QCOMPARE(DownloadJob::imageFormat(QByteArray("<html>")), QString());
}

LAB_TEST_GUILESS_MAIN(TestDownloadFaults)
#include "tst_downloadfaults.moc"
