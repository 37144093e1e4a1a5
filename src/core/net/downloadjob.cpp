// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadjob.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Lab::Core {

namespace {
const int s_itemType = qRegisterMetaType<Lab::Core::DownloadItemResult>();
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

void DownloadJob::start()
{
    m_result.startSeconds = now();
    QUrl url;
    QString error;
    if (!validate(m_result.source, &url, &error)) {
        QMetaObject::invokeMethod(
            this, [this, error] { complete(error); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("concurrency-lab/" LAB_VERSION));
    if (m_options.maxRedirects > 0) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    } else {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    }
    m_reply = m_manager->get(request);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        if (m_result.sentSeconds < 0)
            m_result.sentSeconds = now();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &DownloadJob::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onFinished);
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
    m_result.data += chunk;
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
    complete(QString());
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
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply this way
        return tr("timed out after %1").arg(describeDuration(m_options.timeoutMs));
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
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
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
    m_result.endSeconds = now();
    m_result.error = error;
    if (error.isEmpty()) {
        m_result.sha256 = QCryptographicHash::hash(m_result.data, QCryptographicHash::Sha256);
        if (!m_options.keepData)
            m_result.data.clear();
    } else {
        m_result.data.clear();
    }
    if (m_reply)
        m_reply->deleteLater();
    emit finished(m_result);
}

} // namespace Lab::Core
