// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadcommand.h"

#include "core/bench/benchmark.h"
#include "core/cli/benchmarkcommand.h"
#include "core/cli/optionreader.h"
#include "core/net/downloadsaver.h"
#include "core/system/inputfile.h"
#include "core/system/printable.h"
#include "downloadbenchmark.h"
#include "downloadrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Lab::Core {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::DownloadCommand)
};

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
        {QStringLiteral("timeout-ms"),
         QStringLiteral("Deadline per download: the whole transfer, redirects included (as curl --max-time); "
                        "a slow or silent server fails the item when it passes."),
         QStringLiteral("MS")},
        {QStringLiteral("max-bytes"),
         QStringLiteral("Abort a download when its body passes this many bytes, counted as they arrive "
                        "(also without Content-Length)."),
         QStringLiteral("BYTES")},
        {QStringLiteral("max-redirects"), QStringLiteral("Redirects followed per download."), QStringLiteral("N")},
        {QStringLiteral("warmup"), QStringLiteral("Unmeasured runs per strategy."), QStringLiteral("N")},
        {QStringLiteral("runs"), QStringLiteral("Measured runs per strategy."), QStringLiteral("N")},
    });
    BenchmarkCommand::addReportOptions(parser);
    OptionReader reader(parser, command);
    if (!reader.parse(arguments))
        return reader.fail();
    if (QString error; !BenchmarkCommand::checkReportPaths(parser, &error, {}, {QStringLiteral("urls")}))
        return reader.fail(error);

    DownloadBenchmarkOptions o;
    ImageServerOptions &server = o.server;
    qint64 seed = server.seed;
    if (!reader.readChoiceList(QStringLiteral("strategies"), DownloadRunner::strategies(), &o.strategies) ||
        !reader.readInt(QStringLiteral("workers"), 1, DownloadBenchmarkOptions::MaxWorkers, &o.workers) ||
        !reader.readInt(QStringLiteral("images"), 1, DownloadBenchmarkOptions::MaxImages, &o.images) ||
        !reader.readInt(QStringLiteral("latency-ms"), 0, 60000, &server.latencyMs) ||
        !reader.readInt(QStringLiteral("size-kb"), 1, 20000, &server.sizeKb) ||
        !reader.readInt(QStringLiteral("bandwidth-kbps"), 0, 10000000, &server.bandwidthKbps) ||
        !reader.readDouble(QStringLiteral("failure-rate"), 0.0, 1.0, &server.failureRate) ||
        !reader.readInt(QStringLiteral("seed"), qint64(0), qint64(0xFFFFFFFFu), &seed) ||
        !reader.readInt(QStringLiteral("timeout-ms"), 100, 600000, &o.download.timeoutMs) ||
        !reader.readInt(QStringLiteral("max-bytes"), qint64(1), qint64(2000000000), &o.download.maxBytes) ||
        !reader.readInt(QStringLiteral("max-redirects"), 0, 20, &o.download.maxRedirects) ||
        !reader.readInt(QStringLiteral("warmup"), 0, 100, &o.warmup) ||
        !reader.readInt(QStringLiteral("runs"), 1, 100, &o.runs))
        return reader.fail();
    server.seed = quint32(seed);

    // The work list: the user's URLs, or the embedded server's images.
    const QString urlsFile = parser.value(QStringLiteral("urls"));
    if (parser.isSet(QStringLiteral("urls"))) {
        QString error;
        const std::optional<QByteArray> text = InputFile::read(urlsFile, InputFile::MaxUrlListBytes, &error);
        if (!text)
            return reader.fail(QStringLiteral("--urls: must be a readable file (got \"%1\": %2)").arg(urlsFile, error));
        o.urls = DownloadSaver::parseUrlList(QString::fromUtf8(*text));
        o.urlsName = urlsFile;
        if (o.urls.isEmpty())
            return reader.fail(
                QStringLiteral("--urls: must list at least one URL (got \"%1\" with none)").arg(urlsFile));
        if (o.urls.size() > DownloadBenchmarkOptions::MaxUrls)
            return reader.fail(QStringLiteral("--urls: must list at most %1 URLs (got %2)")
                                   .arg(DownloadBenchmarkOptions::MaxUrls)
                                   .arg(o.urls.size()));
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

    // The embedded server runs on its own thread with the images pre-made.
    DownloadBenchmark setup;
    if (QString error; !setup.prepare(o, &error))
        return reader.fail(error);
    Benchmark &benchmark = *setup.benchmark();
    TraceRecording trace;
    BenchmarkResult result = BenchmarkCommand::runToEnd(benchmark, &parser, &trace);

    // Say why each strategy's concurrency is what it is (Qt 6.4's 6 connections per manager and host).
    setup.addConcurrencyNotes(result);

    int exitCode = 0;
    if (saver) {
        int saved = 0;
        for (const DownloadItemResult &item : setup.lastItems()) {
            QString path, error;
            if (saver->save(item, &path, &error)) {
                ++saved;
            } else if (!error.isEmpty()) {
                print(QStringLiteral("concurrency-lab run download: %1\n").arg(printable(error)), stderr);
                exitCode = 1;
            }
        }
        print(Tr::tr("Saved %1 of %2 files in %3\n").arg(saved).arg(setup.lastItems().size()).arg(printable(saveDir)));
    }

    const bool written = BenchmarkCommand::report(command, parser, result, trace);
    const int code = BenchmarkCommand::exitCode(result, written);
    return code != 0 ? code : exitCode;
}

} // namespace Lab::Core
