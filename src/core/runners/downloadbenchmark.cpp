// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadbenchmark.h"

#include "core/async/futurewatch.h"
#include "core/net/imageserverhost.h"
#include "downloadrunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Lab::Core {

namespace {

// Starts the server on the calling thread and makes its images. On success the host is returned; on
// failure *error says why.
std::shared_ptr<ImageServerHost> startServer(const DownloadBenchmarkOptions &options, QString *error)
{
    ImageServerOptions server = options.server;
    server.maxImages = options.images;
    auto host = std::make_shared<ImageServerHost>();
    if (!host->start(server, 0, options.images)) {
        *error = QStringLiteral("cannot start the embedded image server: %1").arg(host->errorString());
        return {};
    }
    return host;
}

} // namespace

const ParameterSchema &DownloadBenchmarkOptions::schema()
{
    static const ParameterSchema declared([] {
        using Spec = ParameterSpec;
        const DownloadBenchmarkOptions defaults;
        QList<ParameterSpec> specs{
            Spec::choiceList(QStringLiteral("strategies"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Strategies"),
                             QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                               "One download after another, one thread each, event-driven on one "
                                               "network manager (async) or on one per 6 requests (async-uncapped), "
                                               "or a pool of threads."),
                             DownloadRunner::strategies(), defaults.strategies),
            Spec::integer(QStringLiteral("workers"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Pool threads"),
                          QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                            "Threads of the pool strategy; 6 = the connections one Qt 6.4 network "
                                            "manager opens per host, so pool and async meet at the same concurrency."),
                          1, MaxWorkers, defaults.workers),
            Spec::integer(
                QStringLiteral("images"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Images"),
                QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How many images to download from the embedded server."), 1,
                MaxImages, defaults.images),
        };
        specs += ImageServerOptions::schema().specs();
        specs += {
            Spec::integer(QStringLiteral("timeout-ms"),
                          QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Deadline per download (ms)"),
                          QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                            "The whole transfer, redirects included (as curl --max-time): a slow or "
                                            "silent server fails the item when it passes."),
                          100, 600000, defaults.download.timeoutMs)
                .folded(),
            Spec::integer(QStringLiteral("max-bytes"),
                          QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Largest reply (bytes)"),
                          QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                            "A download is aborted when its body passes this many bytes, counted as "
                                            "they arrive (also without Content-Length)."),
                          1, 2000000000, defaults.download.maxBytes)
                .folded(),
            Spec::integer(QStringLiteral("max-redirects"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Redirects"),
                          QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Redirects followed per download."), 0, 20,
                          defaults.download.maxRedirects)
                .folded(),
            Spec::integer(QStringLiteral("warmup"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Warm-up runs"),
                          QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Unmeasured runs per strategy."), 0, 100,
                          defaults.warmup)
                .folded(),
            Spec::integer(QStringLiteral("runs"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Measured runs"),
                          QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Measured runs per strategy."), 1, 100,
                          defaults.runs)
                .folded(),
        };
        return specs;
    }());
    return declared;
}

DownloadBenchmarkOptions DownloadBenchmarkOptions::fromValues(const ParameterValues &values)
{
    DownloadBenchmarkOptions options;
    options.strategies = values.choices(QStringLiteral("strategies"));
    options.workers = int(values.integer(QStringLiteral("workers")));
    options.images = int(values.integer(QStringLiteral("images")));
    options.server = ImageServerOptions::fromValues(values);
    options.download.timeoutMs = int(values.integer(QStringLiteral("timeout-ms")));
    options.download.maxBytes = values.integer(QStringLiteral("max-bytes"));
    options.download.maxRedirects = int(values.integer(QStringLiteral("max-redirects")));
    options.warmup = int(values.integer(QStringLiteral("warmup")));
    options.runs = int(values.integer(QStringLiteral("runs")));
    return options;
}

DownloadBenchmark::DownloadBenchmark(QObject *parent)
    : QObject(parent)
    , m_benchmark(new Benchmark(this))
{}

DownloadBenchmark::~DownloadBenchmark()
{
    // The runners (children of the benchmark) go before the server they download from.
    delete m_benchmark;
    m_benchmark = nullptr;
    m_host.reset();
}

bool DownloadBenchmark::prepare(const DownloadBenchmarkOptions &options, QString *error)
{
    cancelPreparation();
    m_options = options;
    std::shared_ptr<ImageServerHost> host;
    if (options.usesServer()) {
        host = startServer(options, error);
        if (!host)
            return false;
    }
    configure(std::move(host));
    return true;
}

void DownloadBenchmark::prepareInBackground(const DownloadBenchmarkOptions &options)
{
    cancelPreparation();
    m_options = options;
    m_preparing = true;
    const quint64 generation = ++m_generation;
    if (!options.usesServer()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation != m_generation)
                    return;
                m_preparing = false;
                configure({});
                emit prepared(QString());
            },
            Qt::QueuedConnection);
        return;
    }
    auto start = QtConcurrent::run([options] {
        QString error;
        std::shared_ptr<ImageServerHost> host = startServer(options, &error);
        // No thread affinity, so the receiving thread can pull it (a pool thread cannot push it there).
        if (host)
            host->moveToThread(nullptr);
        return std::make_pair(host, error);
    });
    whenFinished(this, start, [this, generation](const std::pair<std::shared_ptr<ImageServerHost>, QString> &started) {
        if (generation != m_generation)
            return; // cancelled or replaced: the host is dropped with the future
        m_preparing = false;
        if (!started.first) {
            emit prepared(started.second);
            return;
        }
        started.first->moveToThread(thread());
        configure(started.first);
        emit prepared(QString());
    });
}

void DownloadBenchmark::cancelPreparation()
{
    if (!m_preparing)
        return;
    ++m_generation;
    m_preparing = false;
}

void DownloadBenchmark::configure(std::shared_ptr<ImageServerHost> host)
{
    m_host = std::move(host);
    m_lastItems.clear();
    m_lastByStrategy.clear();
    const DownloadBenchmarkOptions &o = m_options;
    m_sources.clear();
    if (m_host) {
        for (int i = 0; i < o.images; ++i)
            m_sources.append(m_host->imageUrl(i).toString());
    } else {
        m_sources = o.urls;
    }

    QJsonObject parameters{
        {QStringLiteral("strategies"), QJsonArray::fromStringList(o.strategies)},
        {QStringLiteral("workers"), o.workers},
        {QStringLiteral("items"), int(m_sources.size())},
        {QStringLiteral("source"), o.usesServer() ? QStringLiteral("embedded server") : o.urlsName},
        {QStringLiteral("timeout_ms"), o.download.timeoutMs},
        {QStringLiteral("max_bytes"), double(o.download.maxBytes)},
        {QStringLiteral("max_redirects"), o.download.maxRedirects},
        {QStringLiteral("warmup"), o.warmup},
        {QStringLiteral("runs"), o.runs},
        {QStringLiteral("qnam_connections_per_host"), 6},
    };
    if (o.usesServer()) {
        parameters.insert(QStringLiteral("images"), o.images);
        parameters.insert(QStringLiteral("latency_ms"), o.server.latencyMs);
        parameters.insert(QStringLiteral("size_kb"), o.server.sizeKb);
        parameters.insert(QStringLiteral("bandwidth_kbps"), o.server.bandwidthKbps);
        parameters.insert(QStringLiteral("failure_rate"), o.server.failureRate);
        parameters.insert(QStringLiteral("seed"), double(o.server.seed));
    }

    const int count = int(m_sources.size());
    QList<BenchmarkCase> cases;
    for (const QString &strategy : o.strategies) {
        const int caseWorkers = strategy == QLatin1String("pool")      ? o.workers
                                : strategy == QLatin1String("threads") ? count
                                                                       : 1;
        cases.append({strategy, caseWorkers, count, QString(), false});
    }

    // Benchmark::start() replaces the runners of an earlier configuration (and their URLs).
    m_benchmark->setExperiment(QStringLiteral("download"));
    m_benchmark->setParameters(parameters);
    m_benchmark->setCases(cases);
    m_benchmark->setWarmupRuns(o.warmup);
    m_benchmark->setMeasuredRuns(o.runs);
    m_benchmark->setRunnerFactory(
        [this](const BenchmarkCase &c, QObject *parent) -> Runner * { return createRunner(c, parent); });
}

Runner *DownloadBenchmark::createRunner(const BenchmarkCase &benchmarkCase, QObject *parent)
{
    DownloadRunner *runner =
        DownloadRunner::create(benchmarkCase.strategy, m_sources, m_options.download, m_options.workers, parent);
    if (!runner)
        return nullptr;
    const QString strategy = benchmarkCase.strategy;
    // The first live signal of a run announces it (a Runner has no "started" signal).
    auto running = std::make_shared<bool>(false);
    const auto announce = [this, running, strategy] {
        if (*running)
            return;
        *running = true;
        emit runStarting(strategy);
    };
    connect(runner, &DownloadRunner::itemStarted, this,
            [this, announce, strategy](int index, double seconds, const QString &worker) {
                announce();
                emit itemStarted(strategy, index, seconds, worker);
            });
    connect(runner, &DownloadRunner::itemFinished, this, [this, announce, strategy](const DownloadItemResult &item) {
        announce();
        emit itemFinished(strategy, item);
    });
    // The files saved are those of the last run that finished; an item that failed there leaves no file.
    connect(runner, &Runner::finished, this, [this, runner, running, strategy] {
        *running = false;
        m_lastItems = runner->items();
        m_lastByStrategy.insert(strategy, m_lastItems);
    });
    return runner;
}

void DownloadBenchmark::addConcurrencyNotes(BenchmarkResult &result) const
{
    const int count = int(m_sources.size());
    for (StrategyStats &stats : result.results) {
        const QString why = DownloadRunner::concurrencyNote(stats.strategy, count, m_options.workers);
        stats.note = stats.note.isEmpty() ? why : stats.note + QStringLiteral("; ") + why;
    }
}

} // namespace Lab::Core
