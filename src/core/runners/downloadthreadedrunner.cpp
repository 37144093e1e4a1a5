// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadthreadedrunner.h"

#include "core/net/downloadqueue.h"
#include "core/net/downloadworker.h"
#include "core/trace/trace.h"

#include <QThread>

namespace Lab::Core {

DownloadThreadedRunner::DownloadThreadedRunner(Mode mode, QStringList sources, const DownloadOptions &options,
                                               int workers, QObject *parent)
    : DownloadRunner(std::move(sources), options, parent)
    , m_mode(mode)
    , m_workers(mode == Mode::Sequential ? 1 : qMax(1, workers))
{}

DownloadThreadedRunner::~DownloadThreadedRunner()
{
    cancel();
    stopThreads();
}

QString DownloadThreadedRunner::strategy() const
{
    switch (m_mode) {
    case Mode::Sequential:
        return QStringLiteral("sequential");
    case Mode::ThreadPerDownload:
        return QStringLiteral("threads");
    case Mode::Pool:
        return QStringLiteral("pool");
    }
    return {};
}

int DownloadThreadedRunner::workers() const
{
    return m_mode == Mode::ThreadPerDownload ? int(m_sources.size()) : m_workers;
}

void DownloadThreadedRunner::start()
{
    if (isRunning())
        return;
    stopThreads();
    m_cancelled = false;
    m_finishedThreads = 0;
    beginRun();

    QList<DownloadQueue::Entry> entries;
    for (int i = 0; i < m_sources.size(); ++i)
        entries.append({i, m_sources.at(i)});
    if (entries.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finishRun(false); }, Qt::QueuedConnection);
        return;
    }

    // Which thread gets which queue: one shared queue (sequential, pool) or one item each (threads).
    QList<std::pair<QString, std::shared_ptr<DownloadQueue>>> plan;
    if (m_mode == Mode::ThreadPerDownload) {
        for (const auto &entry : std::as_const(entries))
            plan.append({QStringLiteral("download-%1").arg(entry.index),
                         std::make_shared<DownloadQueue>(QList<DownloadQueue::Entry>{entry})});
    } else {
        auto shared = std::make_shared<DownloadQueue>(entries);
        const int threads = m_mode == Mode::Sequential ? 1 : qMin(m_workers, int(entries.size()));
        for (int i = 0; i < threads; ++i)
            plan.append(
                {m_mode == Mode::Sequential ? QStringLiteral("sequential") : QStringLiteral("pool-%1").arg(i + 1),
                 shared});
    }

    for (const auto &[name, queue] : std::as_const(plan)) {
        auto *thread = new QThread(this);
        // Names the thread (Qt gives the OS thread its objectName at start()) and reports its states
        // to the monitor; must come before the started() connection below.
        Trace::attachThread(thread, name);
        auto *worker = new DownloadWorker(queue, m_options, m_clock, name);
        worker->moveToThread(thread);
        connect(thread, &QThread::started, worker, &DownloadWorker::run);
        connect(worker, &DownloadWorker::itemStarted, this, &DownloadRunner::itemStarted);
        connect(worker, &DownloadWorker::itemFinished, this, &DownloadThreadedRunner::recordItem);
        connect(worker, &DownloadWorker::done, thread, &QThread::quit);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(thread, &QThread::finished, this, &DownloadThreadedRunner::onThreadFinished);
        m_threads.append(thread);
        m_runningWorkers.append(worker);
    }
    for (QThread *thread : std::as_const(m_threads))
        thread->start();
}

void DownloadThreadedRunner::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    // A thread the monitor's pacer holds (pause) is let go by the interruption request.
    for (QThread *thread : std::as_const(m_threads))
        thread->requestInterruption();
    for (const auto &worker : std::as_const(m_runningWorkers)) {
        if (worker)
            QMetaObject::invokeMethod(worker, &DownloadWorker::cancel, Qt::QueuedConnection);
    }
}

void DownloadThreadedRunner::onThreadFinished()
{
    if (++m_finishedThreads < m_threads.size())
        return;
    m_runningWorkers.clear();
    finishRun(m_cancelled);
}

void DownloadThreadedRunner::stopThreads()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_runningWorkers.clear();
}

} // namespace Lab::Core
