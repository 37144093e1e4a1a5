// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloaditem.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Lab::Core {

// One download on a given QNetworkAccessManager, on that manager's thread. Applies the limits of
// DownloadOptions (one deadline for the whole item, redirects included; a maximum size checked from
// Content-Length and while the body streams in, with the reply's buffer bounded so that a fast server
// cannot pile data up faster than it is counted; bounded redirects, http/https only; images only) and
// names every failure in plain words. Emits finished() exactly once, always asynchronously, also after
// abort().
class DownloadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadJob)
public:
    DownloadJob(QNetworkAccessManager *manager, int index, QString source, const DownloadOptions &options,
                QElapsedTimer runClock, QString worker, QObject *parent = nullptr);

    // The deadline (DownloadOptions::timeoutMs) starts now, or, with DeadlineLater, at armDeadline():
    // a runner that hands more requests to one manager than it runs at once (Qt queues them) arms each
    // when it gets a connection, so time spent queued behind other items is not counted against it.
    enum class Deadline
    {
        Now,
        Later
    };
    void start(Deadline deadline = Deadline::Now);
    void armDeadline();
    void abort(); // reported as "cancelled"
    // Host and port the request goes to first ("127.0.0.1:8080"); empty for an invalid source.
    QString origin() const;

    // Checks `source` is an absolute http(s) URL with a host; otherwise names the problem.
    static bool validate(const QString &source, QUrl *url, QString *error);
    // "1 MB", "64 kB": the sizes in messages.
    static QString describeSize(qint64 bytes);
    static QString describeDuration(int milliseconds);
    // The image format that `head` (the first bytes of a body) starts with ("PNG", "JPEG", ...), or empty.
    static QString imageFormat(const QByteArray &head);

signals:
    void finished(const Lab::Core::DownloadItemResult &result);

private:
    enum class Abort
    {
        None,
        TooLarge,
        TimedOut,
        Cancelled
    };

    void onMetaDataChanged();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void onFinished();
    void abortWith(Abort reason);
    void complete(const QString &error);
    QString describeNetworkError() const;
    QString describeTimeout() const;
    QString checkImage() const;
    // The scheme of the redirect the reply ended on ("file"); nothing when it was no redirect.
    std::optional<QString> redirectScheme() const;
    double now() const { return double(m_clock.nsecsElapsed()) / 1e9; }

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    DownloadOptions m_options;
    QElapsedTimer m_clock;
    DownloadItemResult m_result;
    QTimer m_deadline;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_head; // the body's first bytes, for the image check when the data is not kept
    Abort m_abort = Abort::None;
    bool m_done = false;
};

} // namespace Lab::Core
