// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageserver.h"

#include "core/async/futurewatch.h"
#include "imagegenerator.h"
#include "imageserverconnection.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Lab::Core {

Q_LOGGING_CATEGORY(lcImageServer, "lab.core.net.server")

namespace {
constexpr qint64 MaxCacheBytes = 256ll * 1024 * 1024;
constexpr int PaceIntervalMs = 5;
constexpr int PaceBurstMs = 50;

// "/images/<n>.png" with a plain decimal index (no sign, no leading zeros); -1 otherwise.
int parseImageIndex(const QByteArray &path)
{
    static const QByteArray prefix = QByteArrayLiteral("/images/");
    static const QByteArray suffix = QByteArrayLiteral(".png");
    if (!path.startsWith(prefix) || !path.endsWith(suffix))
        return -1;
    const QByteArray digits = path.mid(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (digits.isEmpty() || digits.size() > 7 || (digits.size() > 1 && digits.startsWith('0')))
        return -1;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
    }
    return digits.toInt();
}
} // namespace

const ParameterSchema &ImageServerOptions::schema()
{
    using Spec = ParameterSpec;
    static const ParameterSchema declared({
        Spec::integer(QStringLiteral("latency-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Server latency (ms)"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "The embedded server's delay before each reply, as a far-away server's."),
                      0, 60000, 200),
        Spec::integer(QStringLiteral("size-kb"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Image size (KiB)"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "The size of each generated image in KiB."), 1, 20000,
                      64),
        Spec::integer(
            QStringLiteral("bandwidth-kbps"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Server uplink (kbit/s, 0 = unlimited)"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                              "The server's whole uplink in kbit/s, shared by every download (0: unlimited)."),
            0, 10000000, 0),
        Spec::number(
            QStringLiteral("failure-rate"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Failure rate (0..1)"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters", "The fraction of requests the server answers with HTTP 500."),
            0.0, 1.0, 0.0, 3),
        Spec::integer(QStringLiteral("seed"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Seed of the failures"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "Seed of the failure draw: the same seed fails the same requests."),
                      0, 0xFFFFFFFFLL, 42)
            .folded(),
    });
    return declared;
}

ImageServerOptions ImageServerOptions::fromValues(const ParameterValues &values)
{
    ImageServerOptions options;
    options.latencyMs = int(values.integer(QStringLiteral("latency-ms")));
    options.sizeKb = int(values.integer(QStringLiteral("size-kb")));
    options.bandwidthKbps = int(values.integer(QStringLiteral("bandwidth-kbps")));
    options.failureRate = values.number(QStringLiteral("failure-rate"));
    options.seed = quint32(values.integer(QStringLiteral("seed")));
    return options;
}

ImageServer::ImageServer(const ImageServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(new QTcpServer(this))
    , m_paceTimer(new QTimer(this))
    , m_random(options.seed)
{
    m_paceTimer->setTimerType(Qt::PreciseTimer);
    m_paceTimer->setInterval(PaceIntervalMs);
    connect(m_paceTimer, &QTimer::timeout, this, &ImageServer::onPaceTick);
    connect(m_server, &QTcpServer::newConnection, this, &ImageServer::onNewConnection);
}

ImageServer::~ImageServer() = default;

bool ImageServer::listen(quint16 port)
{
    // Qt's default backlog (50) drops SYNs when hundreds of clients connect at once; each dropped
    // SYN costs the client a one-second retransmit.
    m_server->setListenBacklogSize(1024);
    m_server->setMaxPendingConnections(1024);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void ImageServer::close()
{
    m_server->close();
}

bool ImageServer::isListening() const
{
    return m_server->isListening();
}

QString ImageServer::errorString() const
{
    return m_server->errorString();
}

QUrl ImageServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl ImageServer::imageUrl(int index) const
{
    QUrl url = baseUrl();
    url.setPath(imagePath(index));
    return url;
}

QString ImageServer::imagePath(int index)
{
    return QStringLiteral("/images/%1.png").arg(index);
}

QByteArray ImageServer::imageBytes(int index)
{
    const auto found = m_cache.constFind(index);
    if (found != m_cache.cend())
        return *found;
    if (m_cacheBytes > MaxCacheBytes) {
        m_cache.clear();
        m_cacheBytes = 0;
    }
    const QByteArray bytes = ImageGenerator::png(index, qint64(m_options.sizeKb) * 1024);
    m_cache.insert(index, bytes);
    m_cacheBytes += bytes.size();
    return bytes;
}

QFuture<QByteArray> ImageServer::imageFuture(int index)
{
    const auto found = m_cache.constFind(index);
    if (found != m_cache.cend())
        return QtFuture::makeReadyFuture(*found);
    const auto making = m_making.constFind(index);
    if (making != m_making.cend())
        return *making;
    QFuture<QByteArray> future = QtConcurrent::run(&ImageGenerator::png, index, qint64(m_options.sizeKb) * 1024);
    m_making.insert(index, future);
    whenFinished(this, future, [this, index](const QByteArray &bytes) {
        m_making.remove(index);
        if (m_cache.contains(index))
            return;
        if (m_cacheBytes > MaxCacheBytes) {
            m_cache.clear();
            m_cacheBytes = 0;
        }
        m_cache.insert(index, bytes);
        m_cacheBytes += bytes.size();
    });
    return future;
}

ImageServer::Response ImageServer::respond(const QByteArray &method, const QByteArray &target)
{
    ++m_requests;
    auto text = [](int status, const char *message) {
        return Response{status, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArray(message) + '\n'};
    };
    if (method != "GET")
        return text(405, "only GET is served");
    // Only origin-form targets ("/path"): absolute URLs, "*" and authority forms are refused, and
    // so is anything that could walk out of the served namespace once decoded.
    if (!target.startsWith('/'))
        return text(400, "only paths starting with / are served");
    if (target.contains('%') || target.contains('\\') || target.contains("..") || target.contains("//"))
        return text(400, "encoded characters, backslashes, .. and // are refused");
    QByteArray path = target;
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);
    if (path == "/")
        return text(200, "Concurrency Lab image server: GET /images/<n>.png");
    const int index = parseImageIndex(path);
    if (index < 0 || index >= m_options.maxImages)
        return text(404, "no such image");
    if (m_options.failureRate > 0 && m_random.generateDouble() < m_options.failureRate) {
        ++m_failures;
        return text(500, "simulated server failure");
    }
    return Response{200, QByteArrayLiteral("image/png"), {}, index};
}

void ImageServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // At the cap, idle keep-alive connections give way to a new client, the idlest first: thousands
        // of idle sockets must not keep good clients out until the idle timeout.
        if (m_open.load() >= m_options.maxConnections) {
            ImageServerConnection *idlest = nullptr;
            for (ImageServerConnection *c : std::as_const(m_connections)) {
                if (c->idleSinceMs() >= 0 && (!idlest || c->idleSinceMs() < idlest->idleSinceMs()))
                    idlest = c;
            }
            if (!idlest) {
                qCWarning(lcImageServer) << "too many busy connections, refusing one";
                socket->abort();
                socket->deleteLater();
                continue;
            }
            idlest->drop(); // connectionClosed() runs synchronously: m_open is one less
        }
        ++m_open;
        m_connections.append(new ImageServerConnection(socket, this));
    }
}

void ImageServer::startPacedSend(ImageServerConnection *connection)
{
    m_senders.append(connection);
    if (!m_paceTimer->isActive()) {
        m_paceBudget = 0;
        m_paceClock.start();
        m_paceTimer->start();
    }
}

void ImageServer::onPaceTick()
{
    // A token bucket shared by every connection: the limit is the server's whole uplink, so more
    // parallel downloads share it instead of multiplying it (the I/O bottleneck lesson).
    const double bytesPerMs = m_options.bandwidthKbps / 8.0;
    m_paceBudget = qMin(m_paceBudget + bytesPerMs * double(m_paceClock.restart()), bytesPerMs * PaceBurstMs);
    m_senders.removeIf([](const QPointer<ImageServerConnection> &c) { return !c || !c->hasPendingBytes(); });
    const int count = int(m_senders.size());
    if (count == 0) {
        m_paceTimer->stop();
        return;
    }
    for (int i = 0; i < count && m_paceBudget >= 1; ++i) {
        const auto &connection = m_senders.at((m_paceNext + i) % count);
        const qint64 share = qMax<qint64>(1, qint64(m_paceBudget / (count - i)));
        m_paceBudget -= double(connection->writeSlice(share));
    }
    m_paceNext = (m_paceNext + 1) % count;
}

qint64 ImageServer::bufferedBytes() const
{
    qint64 total = 0;
    for (const ImageServerConnection *c : m_connections)
        total += c->bufferedBytes();
    return total;
}

void ImageServer::connectionClosed(ImageServerConnection *connection)
{
    --m_open;
    m_connections.removeOne(connection);
    m_senders.removeAll(QPointer<ImageServerConnection>(connection));
}

void ImageServer::requestBegan()
{
    const int now = ++m_inFlight;
    int peak = m_peakInFlight.load();
    while (now > peak && !m_peakInFlight.compare_exchange_weak(peak, now)) {
    }
}

void ImageServer::requestEnded(bool completed, int status)
{
    --m_inFlight;
    if (completed)
        responseCompleted(status);
}

void ImageServer::responseCompleted(int status)
{
    ++m_completed;
    emit requestCompleted(status);
}

} // namespace Lab::Core
