// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmark.h"
#include "core/net/downloaditem.h"
#include "core/net/imageserver.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace Lab::Core {

class DownloadRunner;
class ImageServerHost;

// Everything that shapes a download benchmark. Its parameters are declared once, in schema(): `run
// download` takes its options from it and the downloads panel its controls, so both have the same
// names, defaults, ranges and refusals. The URL list and the save folder are the command's and the
// panel's own (--urls FILE, --save-dir DIR; the panel's URL editor).
struct DownloadBenchmarkOptions
{
    static constexpr int MaxImages = 1000;
    static constexpr int MaxWorkers = 256;
    static constexpr int MaxUrls = 10000;

    QStringList strategies{QStringLiteral("sequential"), QStringLiteral("threads"), QStringLiteral("async"),
                           QStringLiteral("pool")};
    int workers = 6; // pool threads; 6 = one manager's connection cap, so pool and async meet
    int images = 10; // embedded server only
    ImageServerOptions server;
    QStringList urls; // non-empty: download these instead of the embedded server's images
    QString urlsName; // where they came from ("urls.txt", "the URL list")
    DownloadOptions download;
    int warmup = 0;
    int runs = 3;

    bool usesServer() const { return urls.isEmpty(); }

    // strategies, workers, images, the server's (ImageServerOptions::schema()), timeout-ms,
    // max-bytes, max-redirects, warmup, runs.
    static const ParameterSchema &schema();
    // The options of checked schema values (a panel's form, the parsed command line).
    static DownloadBenchmarkOptions fromValues(const ParameterValues &values);
};

// Prepares a Benchmark for DownloadBenchmarkOptions: starts the embedded image server (on its own
// thread, with the images pre-made) unless URLs are given, builds one case per strategy, the
// parameters block of the result JSON and the runners. The caller connects to benchmark() and starts
// it. Runners' live per-item signals are forwarded with the strategy's name.
class DownloadBenchmark final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadBenchmark)

public:
    explicit DownloadBenchmark(QObject *parent = nullptr);
    ~DownloadBenchmark() override;

    // Synchronous: the server's images are made on the caller's thread. False with *error ("cannot
    // start the embedded image server: ...").
    bool prepare(const DownloadBenchmarkOptions &options, QString *error);
    // The same without blocking the caller's thread: the server is started and its images are made on
    // Qt's thread pool; prepared() follows (empty error: ready). cancelPreparation() drops a pending one.
    void prepareInBackground(const DownloadBenchmarkOptions &options);
    void cancelPreparation();
    bool isPreparing() const { return m_preparing; }

    Benchmark *benchmark() const { return m_benchmark; }
    const DownloadBenchmarkOptions &options() const { return m_options; }
    const QStringList &sources() const { return m_sources; }
    const ImageServerHost *server() const { return m_host.get(); }
    // Items of the last run that finished (any strategy) and of each strategy's last run.
    const QList<DownloadItemResult> &lastItems() const { return m_lastItems; }
    QList<DownloadItemResult> lastItems(const QString &strategy) const { return m_lastByStrategy.value(strategy); }

    // Appends DownloadRunner::concurrencyNote() to every entry's note (the 6-connection cap in words).
    void addConcurrencyNotes(BenchmarkResult &result) const;

signals:
    void prepared(const QString &error);
    // A run of `strategy` is starting: its items are all waiting.
    void runStarting(const QString &strategy);
    void itemStarted(const QString &strategy, int index, double startSeconds, const QString &worker);
    void itemFinished(const QString &strategy, const Lab::Core::DownloadItemResult &item);

private:
    // Builds sources, cases, parameters and the runner factory once the server (if any) runs.
    void configure(std::shared_ptr<ImageServerHost> host);
    Runner *createRunner(const BenchmarkCase &benchmarkCase, QObject *parent);

    Benchmark *m_benchmark = nullptr;
    DownloadBenchmarkOptions m_options;
    std::shared_ptr<ImageServerHost> m_host;
    QStringList m_sources;
    QList<DownloadItemResult> m_lastItems;
    QHash<QString, QList<DownloadItemResult>> m_lastByStrategy;
    quint64 m_generation = 0;
    bool m_preparing = false;
};

} // namespace Lab::Core
