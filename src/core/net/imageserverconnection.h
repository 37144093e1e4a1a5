// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace Lab::Core {

class ImageServer;

// One client connection of ImageServer: reads requests (keep-alive, pipelined ones in order),
// waits the configured latency with a timer, then writes the reply at once or in the slices the
// server's bandwidth pacer hands out. Deletes itself (deleteLater) when the client goes.
class ImageServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageServerConnection)
public:
    ImageServerConnection(QTcpSocket *socket, ImageServer *server);

    // Pacing: writes at most `budget` bytes of the pending reply; returns how many it wrote.
    qint64 writeSlice(qint64 budget);
    bool hasPendingBytes() const { return m_sent < replySize(); }
    // When the connection became idle (waiting for a request, nothing buffered) on a monotonic clock
    // in ms; -1 while it is busy.
    qint64 idleSinceMs() const;
    // Bytes handed to the socket and not yet taken by the kernel.
    qint64 bufferedBytes() const;
    // Closes at once (the server's connection cap); the server is told synchronously.
    void drop();

private:
    enum class State
    {
        Reading,
        Delaying,
        Sending,
        Closing
    };

    void onReadyRead();
    void processBuffer();
    void onLatencyElapsed();
    void onImageReady();
    void sendReply();
    void onBytesWritten();
    void onDisconnected();
    void sendError(int status, const QByteArray &message); // immediate reply, then close
    void closeAfterReply();
    qint64 replySize() const { return m_replyHead.size() + m_replyBody.size(); }
    qint64 writeMore(qint64 budget); // what fits in the socket's bounded buffer, at most `budget`
    void watchStall();

    ImageServer *m_server = nullptr;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_latency = nullptr;
    QTimer *m_idle = nullptr;
    QTimer *m_stall = nullptr; // runs while written bytes wait in the socket and none leave
    State m_state = State::Reading;
    QByteArray m_buffer;
    QFutureWatcher<QByteArray> m_image;
    bool m_latencyElapsed = false;
    bool m_replyReady = false;
    QByteArray m_replyContentType;
    QByteArray m_replyHead; // status line and headers
    QByteArray m_replyBody; // shared with the image cache: no copy per connection
    qint64 m_sent = 0;
    qint64 m_idleSinceMs = 0;
    int m_status = 0;
    bool m_keepAlive = true;
    bool m_gone = false;
};

} // namespace Lab::Core
