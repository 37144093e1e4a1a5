// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadasyncrunner.h"

#include "core/net/downloadjob.h"

#include <QNetworkAccessManager>

namespace Lab::Core {

DownloadAsyncRunner::DownloadAsyncRunner(QStringList sources, const DownloadOptions &options, QObject *parent)
    : DownloadRunner(std::move(sources), options, parent)
{}

DownloadAsyncRunner::~DownloadAsyncRunner()
{
    // Jobs are children of the manager; deleting it aborts them without emitting into a dead runner.
    delete m_manager;
}

void DownloadAsyncRunner::start()
{
    if (isRunning())
        return;
    // A fresh manager per run, like the threaded strategies, so no run reuses another's connections.
    delete m_manager;
    m_manager = new QNetworkAccessManager(this);
    m_jobs.clear();
    m_waiting.clear();
    m_armed.clear();
    m_armedItems.clear();
    m_cancelled = false;
    beginRun();
    m_pending = int(m_sources.size());
    if (m_pending == 0) {
        QMetaObject::invokeMethod(
            this, [this] { finishRun(false); }, Qt::QueuedConnection);
        return;
    }
    const QString worker = QStringLiteral("async");
    for (int i = 0; i < m_sources.size(); ++i) {
        auto *job = new DownloadJob(m_manager, i, m_sources.at(i), m_options, m_clock, worker, m_manager);
        const QString origin = job->origin();
        connect(job, &DownloadJob::finished, this, [this, job, i, origin](const DownloadItemResult &item) {
            job->deleteLater();
            if (m_armedItems.remove(i)) {
                --m_armed[origin];
                armWaiting(origin);
            }
            recordItem(item);
            if (--m_pending == 0)
                finishRun(m_cancelled);
        });
        m_jobs.append(job);
        job->start(DownloadJob::Deadline::Later);
        if (!origin.isEmpty()) {
            m_waiting[origin].append(i);
            armWaiting(origin);
        }
        emit itemStarted(i, double(m_clock.nsecsElapsed()) / 1e9, worker);
    }
}

void DownloadAsyncRunner::armWaiting(const QString &origin)
{
    // Each item's deadline starts when it gets one of the manager's connections to its host: the
    // items queued inside the manager behind the cap wait for earlier ones, not for the server, and
    // --timeout-ms means the same for every strategy. Every armed item ends by its deadline, so
    // the queue always moves.
    QList<int> &waiting = m_waiting[origin];
    while (m_armed.value(origin) < ConnectionsPerHost && !waiting.isEmpty()) {
        const int item = waiting.takeFirst();
        const QPointer<DownloadJob> &job = m_jobs.at(item);
        if (!job)
            continue; // already finished (cancelled) while it waited
        m_armedItems.insert(item);
        ++m_armed[origin];
        job->armDeadline();
    }
}

void DownloadAsyncRunner::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    // Aborting emits finished() synchronously for running replies; copy the list first.
    const auto jobs = m_jobs;
    for (const auto &job : jobs) {
        if (job)
            job->abort();
    }
}

} // namespace Lab::Core
