// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/downloaditem.h"
#include "runner.h"

#include <QElapsedTimer>
#include <QList>
#include <QStringList>

namespace Lab::Core {

// The strategies of the download experiment share this base: the list of URLs, the per-item
// results of the last run, live per-item signals, and the RunResult (items_ok, items_failed,
// errors, a checksum over the downloaded bytes that is identical when strategies fetched the same).
class DownloadRunner : public Runner
{
    Q_OBJECT
public:
    DownloadRunner(QStringList sources, const DownloadOptions &options, QObject *parent = nullptr);

    // Qt 6.4's cap: connections one QNetworkAccessManager opens at once to one host:port.
    static constexpr int ConnectionsPerHost = 6;

    // "sequential", "threads", "async", "pool"
    static QStringList strategies();
    // A runner for `strategy` (nullptr for an unknown name). `workers` matters only for "pool".
    static DownloadRunner *create(const QString &strategy, const QStringList &sources, const DownloadOptions &options,
                                  int workers, QObject *parent = nullptr);
    // The most requests the strategy has in flight at once to one host:port, with Qt 6.4's cap of
    // 6 connections per QNetworkAccessManager, for `items` downloads.
    static int maxInFlight(const QString &strategy, int items, int workers);
    // One plain-words sentence on why a strategy's concurrency is what it is (the 6-connection cap).
    static QString concurrencyNote(const QString &strategy, int items, int workers);

    const QStringList &sources() const { return m_sources; }
    // The last run's items in list order (complete after finished()).
    const QList<DownloadItemResult> &items() const { return m_items; }

signals:
    void itemStarted(int index, double startSeconds, const QString &worker);
    void itemFinished(const Lab::Core::DownloadItemResult &item);

protected:
    void beginRun();
    void recordItem(const DownloadItemResult &item);
    void finishRun(bool cancelled);

    QStringList m_sources;
    DownloadOptions m_options;
    QElapsedTimer m_clock;

private:
    QList<DownloadItemResult> m_items;
    qint64 m_done = 0;
};

} // namespace Lab::Core
