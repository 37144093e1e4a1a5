// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadcommand.h"

#include "core/bench/benchmark.h"
#include "core/cli/optionreader.h"
#include "core/net/downloadsaver.h"
#include "core/net/imageserverhost.h"
#include "core/report/resultcsv.h"
#include "core/report/resultjson.h"
#include "core/report/resultmarkdown.h"
#include "core/report/resultsummary.h"
#include "downloadrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace Lab::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lab::Core::DownloadCommand", text);
}

void print(const QString &text, FILE *stream = stdout)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int runDownloadCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("run download");
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("strategies"), QStringLiteral("Comma-separated strategies."), QStringLiteral("LIST")},
        {QStringLiteral("workers"), QStringLiteral("Threads of the pool strategy."), QStringLiteral("N")},
        {QStringLiteral("images"), QStringLiteral("Images to download from the embedded server."), QStringLiteral("N")},
        {QStringLiteral("latency-ms"), QStringLiteral("Embedded server: delay per request."), QStringLiteral("MS")},
        {QStringLiteral("size-kb"), QStringLiteral("Embedded server: image size in KiB."), QStringLiteral("KB")},
        {QStringLiteral("bandwidth-kbps"), QStringLiteral("Embedded server: uplink in kbit/s (0: unlimited)."),
         QStringLiteral("K")},
        {QStringLiteral("failure-rate"), QStringLiteral("Embedded server: fraction of HTTP 500 replies."),
         QStringLiteral("R")},
        {QStringLiteral("seed"), QStringLiteral("Embedded server: seed of the failure draw."), QStringLiteral("N")},
        {QStringLiteral("urls"), QStringLiteral("Download these URLs (one a line, # comments) instead."),
         QStringLiteral("FILE")},
        {QStringLiteral("save-dir"), QStringLiteral("Save the last run's files into this folder."),
         QStringLiteral("DIR")},
        {QStringLiteral("timeout-ms"), QStringLiteral("Abort a download after this long without data."),
         QStringLiteral("MS")},
        {QStringLiteral("max-bytes"), QStringLiteral("Abort downloads larger than this."), QStringLiteral("BYTES")},
        {QStringLiteral("max-redirects"), QStringLiteral("Redirects followed per download."), QStringLiteral("N")},
        {QStringLiteral("warmup"), QStringLiteral("Unmeasured runs per strategy."), QStringLiteral("N")},
        {QStringLiteral("runs"), QStringLiteral("Measured runs per strategy."), QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("Write the result JSON here."), QStringLiteral("FILE")},
        {QStringLiteral("csv"), QStringLiteral("Write the result CSV here."), QStringLiteral("FILE")},
        {QStringLiteral("markdown"), QStringLiteral("Write a Markdown report here."), QStringLiteral("FILE")},
    });
    OptionReader reader(parser, command);
    if (!reader.parse(arguments))
        return reader.fail();

    QStringList strategies = DownloadRunner::strategies();
    int workers = 6;
    int images = 10;
    ImageServerOptions server;
    qint64 seed = server.seed;
    DownloadOptions options;
    int warmup = 0;
    int runs = 3;
    if (!reader.readChoiceList(QStringLiteral("strategies"), DownloadRunner::strategies(), &strategies) ||
        !reader.readInt(QStringLiteral("workers"), 1, 256, &workers) ||
        !reader.readInt(QStringLiteral("images"), 1, 1000, &images) ||
        !reader.readInt(QStringLiteral("latency-ms"), 0, 60000, &server.latencyMs) ||
        !reader.readInt(QStringLiteral("size-kb"), 1, 20000, &server.sizeKb) ||
        !reader.readInt(QStringLiteral("bandwidth-kbps"), 0, 10000000, &server.bandwidthKbps) ||
        !reader.readDouble(QStringLiteral("failure-rate"), 0.0, 1.0, &server.failureRate) ||
        !reader.readInt(QStringLiteral("seed"), qint64(0), qint64(0xFFFFFFFFu), &seed) ||
        !reader.readInt(QStringLiteral("timeout-ms"), 100, 600000, &options.timeoutMs) ||
        !reader.readInt(QStringLiteral("max-bytes"), qint64(1), qint64(2000000000), &options.maxBytes) ||
        !reader.readInt(QStringLiteral("max-redirects"), 0, 20, &options.maxRedirects) ||
        !reader.readInt(QStringLiteral("warmup"), 0, 100, &warmup) ||
        !reader.readInt(QStringLiteral("runs"), 1, 100, &runs))
        return reader.fail();
    server.seed = quint32(seed);

    // The work list: the user's URLs, or the embedded server's images.
    QStringList sources;
    ImageServerHost host;
    const QString urlsFile = parser.value(QStringLiteral("urls"));
    if (parser.isSet(QStringLiteral("urls"))) {
        QFile file(urlsFile);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return reader.fail(
                QStringLiteral("--urls: must be a readable file (got \"%1\": %2)").arg(urlsFile, file.errorString()));
        sources = DownloadSaver::parseUrlList(QString::fromUtf8(file.readAll()));
        if (sources.isEmpty())
            return reader.fail(
                QStringLiteral("--urls: must list at least one URL (got \"%1\" with none)").arg(urlsFile));
        if (sources.size() > 10000)
            return reader.fail(QStringLiteral("--urls: must list at most 10000 URLs (got %1)").arg(sources.size()));
    } else {
        server.maxImages = images;
        if (!host.start(server, 0, images))
            return reader.fail(QStringLiteral("cannot start the embedded image server: %1").arg(host.errorString()));
        for (int i = 0; i < images; ++i)
            sources.append(host.imageUrl(i).toString());
    }

    std::unique_ptr<DownloadSaver> saver;
    const QString saveDir = parser.value(QStringLiteral("save-dir"));
    if (parser.isSet(QStringLiteral("save-dir"))) {
        saver = std::make_unique<DownloadSaver>(saveDir);
        QString error;
        if (!saver->prepare(&error))
            return reader.fail(QStringLiteral("--save-dir: must be a folder that can be created (got \"%1\": %2)")
                                   .arg(saveDir, error));
    }

    QJsonObject parameters{
        {QStringLiteral("strategies"), QJsonArray::fromStringList(strategies)},
        {QStringLiteral("workers"), workers},
        {QStringLiteral("items"), int(sources.size())},
        {QStringLiteral("source"), urlsFile.isEmpty() ? QStringLiteral("embedded server") : urlsFile},
        {QStringLiteral("timeout_ms"), options.timeoutMs},
        {QStringLiteral("max_bytes"), double(options.maxBytes)},
        {QStringLiteral("max_redirects"), options.maxRedirects},
        {QStringLiteral("warmup"), warmup},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("qnam_connections_per_host"), 6},
    };
    if (urlsFile.isEmpty()) {
        parameters.insert(QStringLiteral("images"), images);
        parameters.insert(QStringLiteral("latency_ms"), server.latencyMs);
        parameters.insert(QStringLiteral("size_kb"), server.sizeKb);
        parameters.insert(QStringLiteral("bandwidth_kbps"), server.bandwidthKbps);
        parameters.insert(QStringLiteral("failure_rate"), server.failureRate);
        parameters.insert(QStringLiteral("seed"), double(server.seed));
    }

    const int count = int(sources.size());
    QList<BenchmarkCase> cases;
    for (const QString &strategy : std::as_const(strategies)) {
        const int caseWorkers = strategy == QLatin1String("pool")      ? workers
                                : strategy == QLatin1String("threads") ? count
                                                                       : 1;
        cases.append({strategy, caseWorkers, count, QString(), false});
    }

    Benchmark benchmark;
    benchmark.setExperiment(QStringLiteral("download"));
    benchmark.setParameters(parameters);
    benchmark.setCases(cases);
    benchmark.setWarmupRuns(warmup);
    benchmark.setMeasuredRuns(runs);
    // The files saved are those of the last run that finished; an item that failed there leaves no file.
    QList<DownloadItemResult> lastItems;
    benchmark.setRunnerFactory([&](const BenchmarkCase &c, QObject *parent) -> Runner * {
        DownloadRunner *runner = DownloadRunner::create(c.strategy, sources, options, workers, parent);
        if (runner) {
            QObject::connect(runner, &Runner::finished, runner, [runner, &lastItems] { lastItems = runner->items(); });
        }
        return runner;
    });
    QString lastProgress;
    QObject::connect(&benchmark, &Benchmark::progressChanged, &benchmark,
                     [&lastProgress](int done, int total, const QString &what) {
                         if (what == lastProgress)
                             return;
                         lastProgress = what;
                         print(tr("[%1/%2] %3\n").arg(done).arg(total).arg(what), stderr);
                     });

    BenchmarkResult result;
    QEventLoop loop;
    QObject::connect(&benchmark, &Benchmark::finished, &loop, [&](const BenchmarkResult &r) {
        result = r;
        loop.quit();
    });
    benchmark.start();
    loop.exec();

    // Say why each strategy's concurrency is what it is (Qt 6.4's 6 connections per manager and host).
    for (StrategyStats &stats : result.results) {
        const QString why = DownloadRunner::concurrencyNote(stats.strategy, count, workers);
        stats.note = stats.note.isEmpty() ? why : stats.note + QStringLiteral("; ") + why;
    }

    int exitCode = 0;
    if (saver) {
        int saved = 0;
        for (const DownloadItemResult &item : std::as_const(lastItems)) {
            QString path, error;
            if (saver->save(item, &path, &error)) {
                ++saved;
            } else if (!error.isEmpty()) {
                print(QStringLiteral("concurrency-lab run download: %1\n").arg(error), stderr);
                exitCode = 1;
            }
        }
        print(tr("Saved %1 of %2 files in %3\n").arg(saved).arg(lastItems.size()).arg(saveDir));
    }

    print(ResultSummary::toText(result));

    const auto writeReport = [&](const QString &option, auto writer) {
        if (!parser.isSet(option))
            return true;
        QString error;
        if (writer(result, parser.value(option), &error))
            return true;
        print(QStringLiteral("concurrency-lab run download: --%1: %2\n").arg(option, error), stderr);
        return false;
    };
    if (!writeReport(QStringLiteral("json"), &ResultJson::write) ||
        !writeReport(QStringLiteral("csv"), &ResultCsv::write) ||
        !writeReport(QStringLiteral("markdown"), &ResultMarkdown::write))
        return 2;

    bool anyFailed = result.cancelled || !result.failure.isEmpty();
    for (const StrategyStats &stats : std::as_const(result.results))
        anyFailed = anyFailed || stats.itemsFailed > 0;
    return anyFailed ? 1 : exitCode;
}

} // namespace Lab::Core
