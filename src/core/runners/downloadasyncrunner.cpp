// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadasyncrunner.h"

#include "core/net/downloadjob.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace Lab::Core {

namespace {

// The host:port a request goes to first, as DownloadJob::origin() computes it (empty when invalid).
QString originOf(const QString &source)
{
    QUrl url;
    QString error;
    if (!DownloadJob::validate(source, &url, &error))
        return {};
    return QStringLiteral("%1:%2")
        .arg(url.host())
        .arg(url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80));
}

} // namespace

DownloadAsyncRunner::DownloadAsyncRunner(QStringList sources, const DownloadOptions &options, Cap cap, QObject *parent)
    : DownloadRunner(std::move(sources), options, parent)
    , m_cap(cap)
{}

DownloadAsyncRunner::~DownloadAsyncRunner()
{
    // Jobs are children of their manager; deleting it aborts them without emitting into a dead runner.
    qDeleteAll(m_managers);
}

QNetworkAccessManager *DownloadAsyncRunner::managerFor(const QString &origin)
{
    // Uncapped: the n-th request to a host goes to manager n / 6 of that host, so no manager ever
    // holds more requests to one host than it has connections for.
    const int slot = m_cap == Cap::Uncapped ? m_issued[origin]++ / ConnectionsPerHost : 0;
    const QString key = m_cap == Cap::Uncapped ? origin + QLatin1Char('#') + QString::number(slot) : QString();
    QNetworkAccessManager *&manager = m_managerByKey[key];
    if (!manager) {
        manager = new QNetworkAccessManager(this);
        m_managers.append(manager);
    }
    return manager;
}

void DownloadAsyncRunner::start()
{
    if (isRunning())
        return;
    // Fresh managers per run, like the threaded strategies, so no run reuses another's connections.
    qDeleteAll(m_managers);
    m_managers.clear();
    m_managerByKey.clear();
    m_issued.clear();
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
    const QString worker = strategy();
    const bool capped = m_cap == Cap::PerManager;
    for (int i = 0; i < m_sources.size(); ++i) {
        const QString origin = originOf(m_sources.at(i));
        QNetworkAccessManager *manager = managerFor(origin);
        auto *job = new DownloadJob(manager, i, m_sources.at(i), m_options, m_clock, worker, manager);
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
        // Uncapped, every request has its connection at once, so its deadline starts now.
        job->start(capped ? DownloadJob::Deadline::Later : DownloadJob::Deadline::Now);
        if (capped && !origin.isEmpty()) {
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
