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
//
// Uncapped (`async-uncapped`): the same jobs, still all on the runner's thread, but spread over one
// manager per 6 requests to a host:port, so every request gets its connection at once and 20 items
// take one round of latency. The managers' helper threads are Qt's, not ours. Chosen over sockets
// driven by the event loop because DownloadJob (timeouts, HTTP errors, size limits, redirects,
// cancel) is reused unchanged; see docs/downloads.md.
class DownloadAsyncRunner final : public DownloadRunner
{
    Q_OBJECT
public:
    enum class Cap
    {
        PerManager, // one manager: Qt's 6 connections per host
        Uncapped,   // one manager per 6 requests to a host
    };
    DownloadAsyncRunner(QStringList sources, const DownloadOptions &options, Cap cap = Cap::PerManager,
                        QObject *parent = nullptr);
    ~DownloadAsyncRunner() override;

    QString strategy() const override
    {
        return m_cap == Cap::Uncapped ? QStringLiteral("async-uncapped") : QStringLiteral("async");
    }
    // Managers the last start() created (1 for `async`).
    int managerCount() const { return int(m_managers.size()); }
    int workers() const override { return 1; }
    void start() override;
    void cancel() override;

private:
    void armWaiting(const QString &origin);

    QNetworkAccessManager *managerFor(const QString &origin);

    Cap m_cap = Cap::PerManager;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QString, int> m_issued; // requests per host:port so far (uncapped: picks the manager)
    QHash<QString, QNetworkAccessManager *> m_managerByKey;
    QList<QPointer<DownloadJob>> m_jobs;
    QHash<QString, QList<int>> m_waiting; // items per host:port whose deadline has not started
    QHash<QString, int> m_armed;          // items per host:port whose deadline runs
    QSet<int> m_armedItems;
    int m_pending = 0;
    bool m_cancelled = false;
};

} // namespace Lab::Core
