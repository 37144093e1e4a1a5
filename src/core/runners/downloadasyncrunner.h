// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloadrunner.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;

namespace Lab::Core {

class DownloadJob;

// The event-driven strategy: one QNetworkAccessManager on the runner's own thread, every request
// issued at once, no threads of ours (the manager's own helper thread does the socket work).
// Qt 6.4 runs at most 6 of them at a time per host:port; the rest queue inside the manager.
class DownloadAsyncRunner final : public DownloadRunner
{
    Q_OBJECT
public:
    DownloadAsyncRunner(QStringList sources, const DownloadOptions &options, QObject *parent = nullptr);
    ~DownloadAsyncRunner() override;

    QString strategy() const override { return QStringLiteral("async"); }
    int workers() const override { return 1; }
    void start() override;
    void cancel() override;

private:
    void armWaiting(const QString &origin);

    QNetworkAccessManager *m_manager = nullptr;
    QList<QPointer<DownloadJob>> m_jobs;
    QHash<QString, QList<int>> m_waiting; // items per host:port whose deadline has not started
    QHash<QString, int> m_armed;          // items per host:port whose deadline runs
    QSet<int> m_armedItems;
    int m_pending = 0;
    bool m_cancelled = false;
};

} // namespace Lab::Core
