// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageserverconnection.h"

#include "imageserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Lab::Core {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Error");
    }
}

QByteArray buildHead(int status, const QByteArray &contentType, qint64 bodySize, bool keepAlive)
{
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    reply += "Server: concurrency-lab\r\nCache-Control: no-store\r\n";
    reply += "Content-Type: " + contentType + "\r\n";
    reply += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
    if (status == 405)
        reply += "Allow: GET\r\n";
    reply += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return reply;
}

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock.elapsed();
}
} // namespace

ImageServerConnection::ImageServerConnection(QTcpSocket *socket, ImageServer *server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_latency(new QTimer(this))
    , m_idle(new QTimer(this))
    , m_stall(new QTimer(this))
{
    socket->setParent(this);
    m_latency->setSingleShot(true);
    // Coarse timers may fire 5 % late (10 ms at 200 ms); the latency is what is being measured.
    m_latency->setTimerType(Qt::PreciseTimer);
    m_idle->setSingleShot(true);
    m_idle->setInterval(ImageServer::IdleTimeoutMs);
    connect(m_latency, &QTimer::timeout, this, &ImageServerConnection::onLatencyElapsed);
    connect(&m_image, &QFutureWatcher<QByteArray>::finished, this, &ImageServerConnection::onImageReady);
    connect(m_idle, &QTimer::timeout, this, &ImageServerConnection::drop);
    m_stall->setSingleShot(true);
    m_stall->setInterval(server->options().writeTimeoutMs);
    connect(m_stall, &QTimer::timeout, this, &ImageServerConnection::drop);
    connect(socket, &QTcpSocket::readyRead, this, &ImageServerConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ImageServerConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &ImageServerConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    m_idle->start();
    m_idleSinceMs = monotonicMs();
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

qint64 ImageServerConnection::idleSinceMs() const
{
    return m_gone || m_state != State::Reading || !m_buffer.isEmpty() ? -1 : m_idleSinceMs;
}

qint64 ImageServerConnection::bufferedBytes() const
{
    return m_gone ? 0 : m_socket->bytesToWrite();
}

void ImageServerConnection::drop()
{
    if (m_gone)
        return;
    m_socket->abort();
    onDisconnected();
}

void ImageServerConnection::onReadyRead()
{
    if (m_gone)
        return;
    m_buffer += m_socket->readAll();
    if (m_state == State::Reading) {
        processBuffer();
    } else if (m_buffer.size() > 4 * ImageServer::MaxHeaderBytes) {
        // A client that keeps sending while its reply is pending is not a browser; drop it.
        drop();
    }
}

void ImageServerConnection::processBuffer()
{
    if (m_gone || m_state != State::Reading)
        return;
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > ImageServer::MaxHeaderBytes)
            sendError(431, "request header larger than 8 KiB");
        return;
    }
    if (end > ImageServer::MaxHeaderBytes) {
        sendError(431, "request header larger than 8 KiB");
        return;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/")) {
        sendError(400, "malformed request line");
        return;
    }
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        sendError(505, "only HTTP/1.0 and HTTP/1.1 are served");
        return;
    }
    QByteArray connectionHeader;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            sendError(400, "malformed header line");
            return;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "connection")
            connectionHeader = value;
        // GET carries no body; refusing one keeps the request framing unambiguous.
        else if ((name == "content-length" && value != "0") || name == "transfer-encoding") {
            sendError(400, "request bodies are not accepted");
            return;
        }
    }
    m_keepAlive = version == "HTTP/1.1" ? !connectionHeader.contains("close") : connectionHeader.contains("keep-alive");

    // The latency runs from the request's arrival: start it before the reply is built, so making
    // an image (a few ms the first time) happens inside the wait instead of adding to it.
    m_latency->start(m_server->options().latencyMs);
    m_state = State::Delaying;
    m_server->requestBegan();
    m_idle->stop();
    m_latencyElapsed = false;
    m_replyReady = false;
    m_sent = 0;
    const ImageServer::Response response = m_server->respond(requestLine.at(0), requestLine.at(1));
    m_status = response.status;
    if (response.imageIndex < 0) {
        m_replyHead = buildHead(response.status, response.contentType, response.body.size(), m_keepAlive);
        m_replyBody = response.body;
        m_replyReady = true;
        return;
    }
    m_replyContentType = response.contentType;
    m_image.setFuture(m_server->imageFuture(response.imageIndex));
}

void ImageServerConnection::onImageReady()
{
    if (m_gone || m_state != State::Delaying || m_replyReady)
        return;
    m_replyBody = m_image.result();
    m_replyHead = buildHead(m_status, m_replyContentType, m_replyBody.size(), m_keepAlive);
    m_replyReady = true;
    if (m_latencyElapsed)
        sendReply();
}

void ImageServerConnection::onLatencyElapsed()
{
    if (m_gone)
        return;
    m_latencyElapsed = true;
    if (m_replyReady)
        sendReply();
}

void ImageServerConnection::sendReply()
{
    m_state = State::Sending;
    if (m_server->options().bandwidthKbps > 0)
        m_server->startPacedSend(this);
    else
        writeMore(std::numeric_limits<qint64>::max());
}

qint64 ImageServerConnection::writeSlice(qint64 budget)
{
    if (m_gone || m_state != State::Sending)
        return 0;
    return writeMore(budget);
}

qint64 ImageServerConnection::writeMore(qint64 budget)
{
    // The socket's buffer never holds more than MaxBufferedBytes of the reply: 150 clients that ask
    // for a 5 MB image and never read pinned 1.5 GB when each reply was written at once.
    qint64 written = 0;
    while (hasPendingBytes() && budget > 0) {
        const qint64 room = ImageServer::MaxBufferedBytes - m_socket->bytesToWrite();
        if (room <= 0)
            break;
        const bool inHead = m_sent < m_replyHead.size();
        const QByteArray &part = inHead ? m_replyHead : m_replyBody;
        const qint64 offset = inHead ? m_sent : m_sent - m_replyHead.size();
        const qint64 count = std::min({budget, room, qint64(part.size()) - offset});
        m_socket->write(part.constData() + offset, count);
        m_sent += count;
        written += count;
        budget -= count;
    }
    watchStall();
    return written;
}

void ImageServerConnection::watchStall()
{
    // Bytes waiting in the socket: they must leave within the write timeout, or the client is stalled.
    if (m_gone || m_socket->bytesToWrite() == 0)
        m_stall->stop();
    else if (!m_stall->isActive())
        m_stall->start();
}

void ImageServerConnection::onBytesWritten()
{
    if (m_gone)
        return;
    m_stall->stop(); // progress
    if (m_state == State::Sending && hasPendingBytes() && m_server->options().bandwidthKbps <= 0)
        writeMore(std::numeric_limits<qint64>::max());
    else
        watchStall();
    if (m_state != State::Sending || hasPendingBytes() || m_socket->bytesToWrite() > 0)
        return;
    m_server->requestEnded(true, m_status);
    m_replyHead.clear();
    m_replyBody.clear();
    if (!m_keepAlive) {
        closeAfterReply();
        return;
    }
    m_state = State::Reading;
    m_idle->start();
    m_idleSinceMs = monotonicMs();
    // A pipelined request may already be waiting in the buffer.
    QMetaObject::invokeMethod(this, &ImageServerConnection::processBuffer, Qt::QueuedConnection);
}

void ImageServerConnection::sendError(int status, const QByteArray &message)
{
    m_status = status;
    m_keepAlive = false;
    m_idle->stop();
    const QByteArray body = message + '\n';
    m_socket->write(buildHead(status, QByteArrayLiteral("text/plain; charset=utf-8"), body.size(), false) + body);
    m_server->responseCompleted(status);
    closeAfterReply();
}

void ImageServerConnection::closeAfterReply()
{
    m_state = State::Closing;
    m_buffer.clear();
    // Waits for the pending bytes, then closes; disconnected() then deletes this object. A client that
    // does not take them is dropped after the write timeout.
    watchStall();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void ImageServerConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    if (m_state == State::Delaying || m_state == State::Sending)
        m_server->requestEnded(false, m_status); // the client left before its reply was complete
    m_latency->stop();
    m_idle->stop();
    m_stall->stop();
    m_server->connectionClosed(this);
    deleteLater();
}

} // namespace Lab::Core
