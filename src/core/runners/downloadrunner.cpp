// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadrunner.h"

#include "downloadasyncrunner.h"
#include "downloadthreadedrunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Lab::Core {

namespace {
// Qt 6.4's QNetworkAccessManager opens at most this many HTTP/1.1 connections per host:port.
} // namespace

DownloadRunner::DownloadRunner(QStringList sources, const DownloadOptions &options, QObject *parent)
    : Runner(parent)
    , m_sources(std::move(sources))
    , m_options(options)
{}

QStringList DownloadRunner::strategies()
{
    return {QStringLiteral("sequential"), QStringLiteral("threads"), QStringLiteral("async"),
            QStringLiteral("async-uncapped"), QStringLiteral("pool")};
}

DownloadRunner *DownloadRunner::create(const QString &strategy, const QStringList &sources,
                                       const DownloadOptions &options, int workers, QObject *parent)
{
    if (strategy == QLatin1String("sequential"))
        return new DownloadThreadedRunner(DownloadThreadedRunner::Mode::Sequential, sources, options, 1, parent);
    if (strategy == QLatin1String("threads"))
        return new DownloadThreadedRunner(DownloadThreadedRunner::Mode::ThreadPerDownload, sources, options,
                                          int(sources.size()), parent);
    if (strategy == QLatin1String("pool"))
        return new DownloadThreadedRunner(DownloadThreadedRunner::Mode::Pool, sources, options, workers, parent);
    if (strategy == QLatin1String("async"))
        return new DownloadAsyncRunner(sources, options, DownloadAsyncRunner::Cap::PerManager, parent);
    if (strategy == QLatin1String("async-uncapped"))
        return new DownloadAsyncRunner(sources, options, DownloadAsyncRunner::Cap::Uncapped, parent);
    return nullptr;
}

int DownloadRunner::maxInFlight(const QString &strategy, int items, int workers)
{
    if (strategy == QLatin1String("sequential"))
        return qMin(1, items);
    if (strategy == QLatin1String("async"))
        return qMin(DownloadRunner::ConnectionsPerHost, items);
    if (strategy == QLatin1String("pool"))
        return qMin(workers, items);
    return items; // threads, async-uncapped
}

QString DownloadRunner::concurrencyNote(const QString &strategy, int items, int workers)
{
    const int inFlight = maxInFlight(strategy, items, workers);
    const int rounds = inFlight > 0 ? (items + inFlight - 1) / inFlight : 0;
    if (strategy == QLatin1String("sequential"))
        return QCoreApplication::translate("Lab::Core::DownloadRunner",
                                           "one download at a time on one thread: %1 waits one after another")
            .arg(items);
    if (strategy == QLatin1String("async"))
        return QCoreApplication::translate(
                   "Lab::Core::DownloadRunner",
                   "one QNetworkAccessManager, no threads of ours: Qt 6.4 opens at most %1 connections per host, "
                   "so at most %2 requests wait at once and %3 items take at least %4 rounds of latency")
            .arg(DownloadRunner::ConnectionsPerHost)
            .arg(inFlight)
            .arg(items)
            .arg(rounds);
    if (strategy == QLatin1String("async-uncapped"))
        return QCoreApplication::translate(
                   "Lab::Core::DownloadRunner",
                   "no threads of ours: %1 requests on the lab's own thread, spread over %2 "
                   "QNetworkAccessManagers of at most %3 requests each, so every request waits at once (one round "
                   "of latency)")
            .arg(items)
            .arg((items + DownloadRunner::ConnectionsPerHost - 1) / DownloadRunner::ConnectionsPerHost)
            .arg(DownloadRunner::ConnectionsPerHost);
    if (strategy == QLatin1String("pool"))
        return QCoreApplication::translate("Lab::Core::DownloadRunner",
                                           "%1 threads share the list, each with its own QNetworkAccessManager: at "
                                           "most %2 requests at once, at least %3 rounds of latency")
            .arg(workers)
            .arg(inFlight)
            .arg(rounds);
    return QCoreApplication::translate("Lab::Core::DownloadRunner",
                                       "one thread per download, each with its own QNetworkAccessManager (and its "
                                       "helper thread): all %1 requests wait at once, the 6-connection cap of one "
                                       "manager does not apply")
        .arg(items);
}

void DownloadRunner::beginRun()
{
    m_items.clear();
    m_items.resize(m_sources.size());
    for (int i = 0; i < m_sources.size(); ++i) {
        m_items[i].index = i;
        m_items[i].source = m_sources.at(i);
    }
    m_done = 0;
    m_clock.start();
    markStarted();
}

void DownloadRunner::recordItem(const DownloadItemResult &item)
{
    if (item.index < 0 || item.index >= m_items.size())
        return;
    m_items[item.index] = item;
    ++m_done;
    emit itemFinished(item);
    emit progressChanged(m_done, m_items.size());
}

void DownloadRunner::finishRun(bool cancelled)
{
    RunResult result;
    result.strategy = strategy();
    result.workers = workers();
    result.wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    result.cancelled = cancelled;
    QCryptographicHash checksum(QCryptographicHash::Sha256);
    for (const DownloadItemResult &item : std::as_const(m_items)) {
        if (item.ok() && !item.sha256.isEmpty()) {
            ++result.itemsOk;
            checksum.addData(QByteArray(QByteArray::number(item.index) + ':' + item.sha256));
        } else {
            ++result.itemsFailed;
            const QString message = item.error.isEmpty()
                                        ? QCoreApplication::translate("Lab::Core::DownloadRunner", "not downloaded")
                                        : item.error;
            result.errors.append({item.source, message});
        }
    }
    result.checksum = QString::fromLatin1(checksum.result().toHex().left(16));
    finish(result);
}

} // namespace Lab::Core
