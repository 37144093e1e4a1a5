// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadworker.h"

#include "core/trace/trace.h"
#include "downloadjob.h"

#include <QAbstractEventDispatcher>
#include <QNetworkAccessManager>
#include <QThread>

namespace Lab::Core {

DownloadWorker::DownloadWorker(std::shared_ptr<DownloadQueue> queue, const DownloadOptions &options,
                               QElapsedTimer runClock, QString name)
    : m_queue(std::move(queue))
    , m_options(options)
    , m_clock(runClock)
    , m_name(std::move(name))
{}

void DownloadWorker::run()
{
    Q_ASSERT(QThread::currentThread() == thread());
    // Created here, on the worker's thread, so its replies are delivered to this thread.
    m_manager = new QNetworkAccessManager(this);
    // Trace::attachThread reports an idle event loop as Waiting ("event loop"). While a download is
    // in flight the thread is idle because it waits for the network: report that as Blocked on I/O.
    // Connected after attachThread's own handler, so this one has the last word.
    if (auto *dispatcher = QAbstractEventDispatcher::instance()) {
        connect(
            dispatcher, &QAbstractEventDispatcher::aboutToBlock, this,
            [this] {
                if (m_job)
                    Trace::setState(ThreadState::Blocked, m_waitDetail);
            },
            Qt::DirectConnection);
    }
    next();
}

void DownloadWorker::cancel()
{
    m_queue->cancel();
    if (m_job)
        m_job->abort();
}

void DownloadWorker::next()
{
    DownloadQueue::Entry entry;
    // A pacer checkpoint between downloads: the monitor's pause and step hold the thread here;
    // false means the runner asked the thread to stop.
    if (!Trace::checkpoint())
        m_queue->cancel();
    if (!m_queue->take(&entry)) {
        emit done();
        return;
    }
    m_job = new DownloadJob(m_manager, entry.index, entry.source, m_options, m_clock, m_name, this);
    connect(m_job, &DownloadJob::finished, this, [this](const DownloadItemResult &result) {
        emit itemFinished(result);
        m_job->deleteLater();
        m_job.clear();
        next();
    });
    m_waitDetail = tr("network: %1").arg(entry.source);
    m_job->start();
    emit itemStarted(entry.index, double(m_clock.nsecsElapsed()) / 1e9, m_name);
}

} // namespace Lab::Core
