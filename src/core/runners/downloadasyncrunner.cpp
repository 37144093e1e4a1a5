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
        connect(job, &DownloadJob::finished, this, [this, job](const DownloadItemResult &item) {
            job->deleteLater();
            recordItem(item);
            if (--m_pending == 0)
                finishRun(m_cancelled);
        });
        m_jobs.append(job);
        job->start();
        emit itemStarted(i, double(m_clock.nsecsElapsed()) / 1e9, worker);
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
