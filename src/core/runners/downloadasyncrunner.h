// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloadrunner.h"

#include <QList>
#include <QPointer>

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
    QNetworkAccessManager *m_manager = nullptr;
    QList<QPointer<DownloadJob>> m_jobs;
    int m_pending = 0;
    bool m_cancelled = false;
};

} // namespace Lab::Core
