// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <atomic>

class QTcpServer;
class QTimer;

namespace Lab::Core {

class ImageServerConnection;

struct ImageServerOptions
{
    int latencyMs = 200;    // added to every request, by a timer (never a sleeping thread)
    int sizeKb = 64;        // each image's size in KiB (1024 bytes); small sizes give the plain PNG
    int bandwidthKbps = 0;  // the server's whole uplink in kilobits per second (1000 bit/s), 0 = unlimited
    double failureRate = 0; // fraction of requests answered with HTTP 500, drawn from a seeded generator
    quint32 seed = 42;
    int maxImages = 1000000; // /images/0.png .. /images/<maxImages - 1>.png exist
    // At this many open connections a new one closes the one idle the longest (refused when none is).
    int maxConnections = 4000;
    // A reply whose bytes stop leaving (the client does not read) is dropped after this long.
    int writeTimeoutMs = 15000;

    // latency-ms, size-kb, bandwidth-kbps, failure-rate and seed, declared once for `serve`,
    // `run download` and the downloads panel.
    static const ParameterSchema &schema();
    // The options of checked schema values; the others keep their defaults.
    static ImageServerOptions fromValues(const ParameterValues &values);
};

// A small GET-only HTTP/1.1 server on QTcpServer that serves generated PNG images from
// http://127.0.0.1:<port>/images/<n>.png. Why not QHttpServer: in Qt 6.4 it is a technical preview
// whose deferred responders crash when the client has gone, and it cannot pace writes to shape
// bandwidth; both are what this server is for (see docs/downloads.md).
//
// Everything runs on the thread the server lives on, event-driven: hundreds of delayed requests
// are hundreds of timers, not threads. It listens on 127.0.0.1 only. Requests are bounded (8 KiB of
// header), path tricks are refused with 400, unknown paths get 404, clients may vanish at any time.
class ImageServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageServer)
public:
    explicit ImageServer(const ImageServerOptions &options = {}, QObject *parent = nullptr);
    ~ImageServer() override;

    // Listens on 127.0.0.1 at `port` (0: a free port). False and errorString() on failure.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    QString errorString() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl imageUrl(int index) const;
    static QString imagePath(int index);

    const ImageServerOptions &options() const { return m_options; }

    // Bytes of image `index` at the configured size, generated once and cached.
    QByteArray imageBytes(int index);
    // The same without blocking: a ready future when cached, else the image is made on Qt's
    // global thread pool (once, however many requests wait for it) so the server's own thread
    // keeps accepting and timing requests meanwhile.
    QFuture<QByteArray> imageFuture(int index);

    // Counters, readable from any thread.
    qint64 requestsReceived() const { return m_requests.load(); }
    qint64 responsesCompleted() const { return m_completed.load(); }
    qint64 failuresSent() const { return m_failures.load(); }
    int openConnections() const { return m_open.load(); }
    // Requests between arrival and the end of their reply (delayed or being sent), and the most
    // there were at once since the last resetPeak(): how much concurrency clients really achieved.
    int requestsInFlight() const { return m_inFlight.load(); }
    int peakRequestsInFlight() const { return m_peakInFlight.load(); }
    void resetPeak() { m_peakInFlight.store(m_inFlight.load()); }

    static constexpr int MaxHeaderBytes = 8 * 1024;
    static constexpr int IdleTimeoutMs = 15000;
    // A connection hands the socket at most this much of its reply at a time, refilled as the client
    // reads, so a client that never reads pins this much and not a whole image.
    static constexpr qint64 MaxBufferedBytes = 256 * 1024;

    // Bytes written to sockets and not yet taken by the kernel, over every connection (the server's
    // thread only): what clients that do not read cost the server.
    qint64 bufferedBytes() const;

signals:
    void requestCompleted(int status);

private:
    friend class ImageServerConnection;

    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        int imageIndex = -1; // >= 0: the body is image `imageIndex`, to be taken from imageFuture()
    };
    // Decides the answer to one request line's method and target.
    Response respond(const QByteArray &method, const QByteArray &target);
    // Called by connections.
    void startPacedSend(ImageServerConnection *connection);
    void connectionClosed(ImageServerConnection *connection);
    void requestBegan();
    void requestEnded(bool completed, int status);
    void responseCompleted(int status);

    void onNewConnection();
    void onPaceTick();

    ImageServerOptions m_options;
    QTcpServer *m_server = nullptr;
    QTimer *m_paceTimer = nullptr;
    QElapsedTimer m_paceClock;
    double m_paceBudget = 0;
    int m_paceNext = 0;
    QList<QPointer<ImageServerConnection>> m_senders;
    QList<ImageServerConnection *> m_connections; // every open one, for the cap's idlest-first choice
    QRandomGenerator m_random;
    QHash<int, QByteArray> m_cache;
    QHash<int, QFuture<QByteArray>> m_making;
    qint64 m_cacheBytes = 0;
    quint16 m_port = 0;
    std::atomic<qint64> m_requests = 0;
    std::atomic<qint64> m_completed = 0;
    std::atomic<qint64> m_failures = 0;
    std::atomic<int> m_open = 0;
    std::atomic<int> m_inFlight = 0;
    std::atomic<int> m_peakInFlight = 0;
};

} // namespace Lab::Core
