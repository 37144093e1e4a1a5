// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloaditem.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Lab::Core {

// One download on a given QNetworkAccessManager, on that manager's thread. Applies the limits of
// DownloadOptions (transfer timeout, maximum size checked from Content-Length and while streaming,
// bounded redirects, http/https only) and names every failure in plain words. Emits finished()
// exactly once, always asynchronously, also after abort().
class DownloadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadJob)
public:
    DownloadJob(QNetworkAccessManager *manager, int index, QString source, const DownloadOptions &options,
                QElapsedTimer runClock, QString worker, QObject *parent = nullptr);

    void start();
    void abort(); // reported as "cancelled"

    // Checks `source` is an absolute http(s) URL with a host; otherwise names the problem.
    static bool validate(const QString &source, QUrl *url, QString *error);
    // "1 MB", "64 kB": the sizes in messages.
    static QString describeSize(qint64 bytes);
    static QString describeDuration(int milliseconds);

signals:
    void finished(const Lab::Core::DownloadItemResult &result);

private:
    enum class Abort
    {
        None,
        TooLarge,
        Cancelled
    };

    void onMetaDataChanged();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void onFinished();
    void abortWith(Abort reason);
    void complete(const QString &error);
    QString describeNetworkError() const;
    double now() const { return double(m_clock.nsecsElapsed()) / 1e9; }

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    DownloadOptions m_options;
    QElapsedTimer m_clock;
    DownloadItemResult m_result;
    Abort m_abort = Abort::None;
    bool m_done = false;
};

} // namespace Lab::Core
