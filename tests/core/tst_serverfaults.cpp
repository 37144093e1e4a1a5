// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded image server against clients that do not play along (issue 18, item 6): clients that
// ask for a large image and never read pin a bounded number of bytes each, a stalled writer is dropped
// after the write timeout, and at the connection cap idle connections give way to a new client.
#include "core/net/imageserver.h"
#include "labtest.h"

#include <QTcpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Lab::Core;

namespace {

// A client that asks for one image and then never reads: a plain socket with a small receive buffer,
// so the kernel does not absorb the reply on the client's behalf.
class StalledClient
{
public:
    StalledClient(quint16 port, int image)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int small = 4096;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
        const QByteArray request = "GET /images/" + QByteArray::number(image) + ".png HTTP/1.1\r\nHost: x\r\n\r\n";
        m_connected = m_connected && ::send(m_fd, request.constData(), size_t(request.size()), 0) == request.size();
    }
    ~StalledClient() { ::close(m_fd); }
    bool connected() const { return m_connected; }

private:
    int m_fd = -1;
    bool m_connected = false;
};

// Bytes the server's sockets hold that the kernel has not taken.
qint64 bytesHeldInSockets(const ImageServer &server)
{
    qint64 total = 0;
    for (const QTcpSocket *socket : server.findChildren<QTcpSocket *>())
        total += socket->bytesToWrite();
    return total;
}

} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT
private slots:
    void clientsThatNeverReadPinBoundedBytes();
    void stalledWriterIsDropped();
    void capGivesWayToNewClients();
};

void TestServerFaults::clientsThatNeverReadPinBoundedBytes()
{
    ImageServer server({.latencyMs = 0, .sizeKb = 5000});
    QVERIFY(server.listen());
    server.imageBytes(1); // made before the clients come
    const int clients = 20;
    std::vector<std::unique_ptr<StalledClient>> stalled;
    for (int i = 0; i < clients; ++i) {
        stalled.push_back(std::make_unique<StalledClient>(server.port(), 1));
        QVERIFY(stalled.back()->connected());
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsReceived(), qint64(clients), 10000);
    QTest::qWait(500); // let every reply be written as far as it goes
    const qint64 held = bytesHeldInSockets(server);
    qInfo("%d clients that never read a 5 MB image: the server holds %lld bytes in its sockets", clients, held);
    // Before: each reply was written whole, about 4 MB per client stayed in the socket's buffer.
    QVERIFY2(held <= clients * ImageServer::MaxBufferedBytes, qPrintable(QString::number(held)));
    QCOMPARE(server.bufferedBytes(), held);
}

void TestServerFaults::stalledWriterIsDropped()
{
    ImageServer server({.latencyMs = 0, .sizeKb = 5000, .writeTimeoutMs = 500});
    QVERIFY(server.listen());
    server.imageBytes(2);
    StalledClient stalled(server.port(), 2);
    QVERIFY(stalled.connected());
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsReceived(), qint64(1), 10000);
    QCOMPARE(server.openConnections(), 1);
    // The idle timeout (15 s) does not run while a reply is being sent; the write timeout does.
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 10000);
    QCOMPARE(server.requestsInFlight(), 0);
}

void TestServerFaults::capGivesWayToNewClients()
{
    ImageServer server({.latencyMs = 0, .sizeKb = 4, .maxConnections = 4});
    QVERIFY(server.listen());
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 4; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, server.port());
        QTRY_COMPARE(server.openConnections(), i + 1);
    }
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    client.write("GET /images/3.png HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply += client.readAll()).contains("\r\n\r\n"), 10000);
    QVERIFY2(reply.startsWith("HTTP/1.1 200 OK"), reply.left(100).constData());
    // The first idle connection, the idlest, made room.
    QTRY_COMPARE(idle.front()->state(), QAbstractSocket::UnconnectedState);
    for (std::size_t i = 1; i < idle.size(); ++i)
        QCOMPARE(idle.at(i)->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server.openConnections(), 4);
}

LAB_TEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
