// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloadrunner.h"

#include <QList>
#include <QPointer>

#include <memory>

class QThread;

namespace Lab::Core {

class DownloadQueue;
class DownloadWorker;

// The download strategies that run on threads of ours, each thread with its own
// QNetworkAccessManager: "sequential" (one thread, one item after another), "threads" (one QThread
// per download, named download-<n>) and "pool" (N threads named pool-<n> sharing the list).
class DownloadThreadedRunner final : public DownloadRunner
{
    Q_OBJECT
public:
    enum class Mode
    {
        Sequential,
        ThreadPerDownload,
        Pool
    };

    DownloadThreadedRunner(Mode mode, QStringList sources, const DownloadOptions &options, int workers,
                           QObject *parent = nullptr);
    ~DownloadThreadedRunner() override;

    QString strategy() const override;
    int workers() const override;
    void start() override;
    void cancel() override;

private:
    void onThreadFinished();
    void stopThreads();

    Mode m_mode;
    int m_workers = 1;
    QList<QThread *> m_threads;
    QList<QPointer<DownloadWorker>> m_runningWorkers;
    int m_finishedThreads = 0;
    bool m_cancelled = false;
};

} // namespace Lab::Core
