// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloaditem.h"
#include "downloadqueue.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Lab::Core {

class DownloadJob;

// The object a download thread runs: with its own QNetworkAccessManager (created on that thread),
// it takes items from a shared queue one at a time until the queue is empty, then emits done().
// One worker per download gives the "threads" strategy, N workers on one queue the "pool", one
// worker the "sequential" strategy. Lives on its thread; talk to it only by queued calls.
class DownloadWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadWorker)
public:
    DownloadWorker(std::shared_ptr<DownloadQueue> queue, const DownloadOptions &options, QElapsedTimer runClock,
                   QString name);

    void run();    // call (queued) once the thread has started
    void cancel(); // call queued: the current download is aborted, no new one starts

signals:
    void itemStarted(int index, double startSeconds, const QString &worker);
    void itemFinished(const Lab::Core::DownloadItemResult &item);
    void done();

private:
    void next();

    std::shared_ptr<DownloadQueue> m_queue;
    DownloadOptions m_options;
    QElapsedTimer m_clock;
    QString m_name;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<DownloadJob> m_job;
    QString m_waitDetail;
};

} // namespace Lab::Core
