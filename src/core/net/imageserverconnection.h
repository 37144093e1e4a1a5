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
    bool hasPendingBytes() const { return m_sent < m_reply.size(); }

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

    ImageServer *m_server = nullptr;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_latency = nullptr;
    QTimer *m_idle = nullptr;
    State m_state = State::Reading;
    QByteArray m_buffer;
    QFutureWatcher<QByteArray> m_image;
    bool m_latencyElapsed = false;
    bool m_replyReady = false;
    QByteArray m_replyContentType;
    QByteArray m_reply;
    qint64 m_sent = 0;
    int m_status = 0;
    bool m_keepAlive = true;
    bool m_gone = false;
};

} // namespace Lab::Core
