// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadjob.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <algorithm>

namespace Lab::Core {

namespace {
const int DownloadItemResultMetaType = qRegisterMetaType<Lab::Core::DownloadItemResult>();

// The reply's own buffer: the manager's thread stops reading the socket while this much waits to be
// read here. Without a bound Qt reads as fast as the server sends and queues it all for this thread,
// which sees readyRead only once that queue drains: a fast endless body grows without limit (1.7 GB
// for --max-bytes 1000000) before any byte is counted.
constexpr qint64 ReadBufferBytes = 256 * 1024;
constexpr qsizetype HeadBytes = 64; // enough for every magic number imageFormat() knows

// Text a server chose (a content type, a URL scheme), safe to print: printable ASCII, bounded.
QString printableToken(const QString &text)
{
    QString out;
    for (QChar c : text.left(64))
        out.append(c.unicode() > 0x20 && c.unicode() < 0x7f ? c : QLatin1Char('?'));
    return out;
}

bool looksLikeMarkup(const QByteArray &head)
{
    const QByteArray start = head.trimmed().left(15).toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head") ||
           start.startsWith("<body");
}
} // namespace

DownloadJob::DownloadJob(QNetworkAccessManager *manager, int index, QString source, const DownloadOptions &options,
                         QElapsedTimer runClock, QString worker, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_options(options)
    , m_clock(runClock)
{
    m_result.index = index;
    m_result.source = std::move(source);
    m_result.worker = std::move(worker);
}

bool DownloadJob::validate(const QString &source, QUrl *url, QString *error)
{
    const QUrl parsed(source.trimmed(), QUrl::StrictMode);
    if (source.trimmed().isEmpty() || !parsed.isValid() || parsed.isRelative()) {
        *error = tr("not a URL");
        return false;
    }
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        *error = tr("unsupported scheme \"%1\" (only http and https)").arg(parsed.scheme());
        return false;
    }
    if (parsed.host().isEmpty()) {
        *error = tr("not a URL (no host name)");
        return false;
    }
    *url = parsed;
    return true;
}

QString DownloadJob::describeSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, bytes % 1000 == 0 ? 0 : 1, QLocale::DataSizeSIFormat);
}

QString DownloadJob::describeDuration(int milliseconds)
{
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    return tr("%1 s").arg(QLocale::c().toString(milliseconds / 1000.0, 'g', 4));
}

QString DownloadJob::imageFormat(const QByteArray &head)
{
    static const struct
    {
        const char *magic;
        qsizetype size;
        qsizetype offset;
        const char *name;
    } formats[] = {
        {"\x89PNG\r\n\x1a\n", 8, 0, "PNG"},
        {"\xff\xd8\xff", 3, 0, "JPEG"},
        {"GIF87a", 6, 0, "GIF"},
        {"GIF89a", 6, 0, "GIF"},
        {"WEBP", 4, 8, "WebP"},
        {"BM", 2, 0, "BMP"},
        {"II*\0", 4, 0, "TIFF"},
        {"MM\0*", 4, 0, "TIFF"},
        {"\0\0\1\0", 4, 0, "ICO"},
        {"ftypavif", 8, 4, "AVIF"},
        {"ftypheic", 8, 4, "HEIC"},
        {"\xff\x0a", 2, 0, "JPEG XL"},
        {"\0\0\0\x0cJXL ", 8, 0, "JPEG XL"},
        {"qoif", 4, 0, "QOI"},
    };
    for (const auto &f : formats) {
        if (head.size() >= f.offset + f.size && head.mid(f.offset, f.size) == QByteArray(f.magic, f.size))
            return QString::fromLatin1(f.name);
    }
    return {};
}

QString DownloadJob::origin() const
{
    QUrl url;
    QString error;
    if (!validate(m_result.source, &url, &error))
        return {};
    return QStringLiteral("%1:%2")
        .arg(url.host())
        .arg(url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80));
}

void DownloadJob::start(Deadline deadline)
{
    m_result.startSeconds = now();
    QUrl url;
    QString error;
    if (!validate(m_result.source, &url, &error)) {
        QMetaObject::invokeMethod(
            this, [this, error] { complete(error); }, Qt::QueuedConnection);
        return;
    }
    // One deadline for the whole item, as curl's --max-time: Qt's transfer timeout restarts with every
    // byte (a server trickling one byte a second keeps it alive for ever) and is lost on a redirect.
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_deadline.setInterval(m_options.timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(Abort::TimedOut); });
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("concurrency-lab/" LAB_VERSION));
    if (m_options.maxRedirects > 0) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    } else {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    }
    m_reply = m_manager->get(request);
    m_reply->setParent(this);
    m_reply->setReadBufferSize(std::clamp<qint64>(m_options.maxBytes + 1, 16 * 1024, ReadBufferBytes));
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        if (m_result.sentSeconds < 0)
            m_result.sentSeconds = now();
    });
    // A followed redirect's header is not the answer: the first byte is the final reply's.
    connect(m_reply, &QNetworkReply::redirected, this, [this] { m_result.firstByteSeconds = -1; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &DownloadJob::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onFinished);
    if (deadline == Deadline::Now)
        armDeadline();
}

void DownloadJob::armDeadline()
{
    if (!m_done && m_abort == Abort::None && !m_deadline.isActive() && m_reply)
        m_deadline.start();
}

void DownloadJob::abort()
{
    if (m_done)
        return;
    if (m_reply)
        abortWith(Abort::Cancelled);
    else
        m_abort = Abort::Cancelled;
}

void DownloadJob::onMetaDataChanged()
{
    if (m_result.firstByteSeconds < 0)
        m_result.firstByteSeconds = now();
    // Refuse early when the server announces a body that is too large: nothing of it is read.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes)
        abortWith(Abort::TooLarge);
    else if (length.isValid() && m_options.keepData && m_result.data.isEmpty())
        m_result.data.reserve(qsizetype(std::max<qint64>(0, length.toLongLong())));
}

void DownloadJob::onReadyRead()
{
    if (m_done || m_abort != Abort::None)
        return;
    // Streams without Content-Length (or with a wrong one) are stopped as soon as they exceed the limit.
    const QByteArray chunk = m_reply->readAll();
    m_result.bytes += chunk.size();
    if (m_result.bytes > m_options.maxBytes) {
        abortWith(Abort::TooLarge);
        return;
    }
    m_hash.addData(chunk);
    if (m_head.size() < HeadBytes)
        m_head += chunk.left(HeadBytes - m_head.size());
    if (!m_options.keepData)
        return;
    QByteArray &data = m_result.data;
    if (data.size() + chunk.size() > data.capacity()) {
        // Grow as QByteArray would, but never past the limit: a body of maxBytes holds maxBytes.
        const qint64 wanted = std::max<qint64>(2 * data.capacity(), data.size() + chunk.size());
        data.reserve(qsizetype(std::min<qint64>(wanted, m_options.maxBytes)));
    }
    data += chunk;
}

void DownloadJob::onDownloadProgress(qint64 received, qint64 total)
{
    if (m_abort == Abort::None && (received > m_options.maxBytes || total > m_options.maxBytes))
        abortWith(Abort::TooLarge);
}

void DownloadJob::abortWith(Abort reason)
{
    if (m_abort != Abort::None || m_done)
        return;
    m_abort = reason;
    if (m_reply)
        m_reply->abort(); // emits finished() -> onFinished()
}

void DownloadJob::onFinished()
{
    if (m_done)
        return;
    m_result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_abort == Abort::TooLarge) {
        complete(tr("larger than %1").arg(describeSize(m_options.maxBytes)));
        return;
    }
    if (m_abort == Abort::TimedOut) {
        complete(describeTimeout());
        return;
    }
    if (m_abort == Abort::Cancelled) {
        complete(tr("cancelled"));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        complete(describeNetworkError());
        return;
    }
    if (m_result.httpStatus >= 300) { // a redirect that was not followed (maxRedirects == 0)
        complete(tr("redirected (HTTP %1), and following redirects is off").arg(m_result.httpStatus));
        return;
    }
    onReadyRead();
    if (m_done || m_abort != Abort::None)
        return;
    complete(checkImage());
}

QString DownloadJob::describeTimeout() const
{
    const QString after = describeDuration(m_options.timeoutMs);
    if (m_result.bytes > 0)
        return tr("timed out after %1 (%2 of the body received)").arg(after, describeSize(m_result.bytes));
    if (m_result.firstByteSeconds >= 0)
        return tr("timed out after %1 (the header arrived, no body)").arg(after);
    return tr("timed out after %1").arg(after);
}

std::optional<QString> DownloadJob::redirectScheme() const
{
    if (m_result.httpStatus < 300 || m_result.httpStatus >= 400)
        return std::nullopt;
    return printableToken(m_reply->header(QNetworkRequest::LocationHeader).toUrl().scheme()).toLower();
}

QString DownloadJob::checkImage() const
{
    if (!m_options.imagesOnly || !imageFormat(m_head).isEmpty())
        return {};
    const QString type =
        printableToken(m_reply->header(QNetworkRequest::ContentTypeHeader).toString().section(QLatin1Char(';'), 0, 0))
            .trimmed()
            .toLower();
    // A format the magic numbers above do not know (SVG, a camera's raw format): the server's word
    // decides, unless the body is evidently a web page.
    if (type.startsWith(QLatin1String("image/")) && !looksLikeMarkup(m_head))
        return {};
    if (m_result.bytes == 0)
        return tr("not an image (the body is empty)");
    if (type.isEmpty())
        return tr("not an image (no content type, and the body starts like no image format)");
    return tr("not an image (the server sent %1)").arg(type);
}

QString DownloadJob::describeNetworkError() const
{
    const int status = m_result.httpStatus;
    if (status >= 400) {
        const QString reason =
            QString::fromLatin1(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        return reason.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1 (%2)").arg(status).arg(reason);
    }
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return describeTimeout();
    case QNetworkReply::RemoteHostClosedError:
        // Qt reports a reply that is not HTTP at all the same way; no status line tells them apart.
        return status == 0 ? tr("the server closed the connection without a valid HTTP reply")
                           : tr("the server closed the connection before the reply was complete");
    case QNetworkReply::TooManyRedirectsError:
        return tr("more than %1 redirects").arg(m_options.maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return tr("redirected from https to plain http (refused)");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("secure connection failed (TLS handshake)");
    case QNetworkReply::ProtocolUnknownError:
        // Qt follows redirects only to http and https; to anything else (file:, data:, ftp:) it ends
        // with this error, which would otherwise read as if the server spoke no HTTP.
        if (const auto scheme = redirectScheme())
            return scheme->isEmpty()
                       ? tr("redirect to an unsupported scheme")
                       : tr("redirect to an unsupported scheme \"%1\" (only http and https)").arg(*scheme);
        return tr("the server did not answer with valid HTTP");
    case QNetworkReply::ProtocolFailure:
        return tr("the server did not answer with valid HTTP");
    default:
        return tr("network error: %1").arg(m_reply->errorString());
    }
}

void DownloadJob::complete(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_result.endSeconds = now();
    m_result.error = error;
    if (error.isEmpty())
        m_result.sha256 = m_hash.result();
    else
        m_result.data.clear();
    if (m_reply)
        m_reply->deleteLater();
    emit finished(m_result);
}

} // namespace Lab::Core
