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
struct DownloadCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::DownloadCommand)
};

} // namespace

QString downloadSynopsis()
{
    return QStringLiteral("run download ") + DownloadBenchmarkOptions::schema().synopsis() +
           QStringLiteral(" [--urls FILE] [--save-dir DIR] ") + BenchmarkCommand::reportSynopsis();
}

int runDownloadCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("run download");
    const ParameterSchema &schema = DownloadBenchmarkOptions::schema();
    QCommandLineParser parser;
    schema.addOptions(parser);
    parser.addOptions({
        {QStringLiteral("urls"), QStringLiteral("Download these URLs (one a line, # comments) instead."),
         QStringLiteral("FILE")},
        {QStringLiteral("save-dir"), QStringLiteral("Save the last run's files into this folder."),
         QStringLiteral("DIR")},
    });
    BenchmarkCommand::addReportOptions(parser);
    OptionReader reader(parser, command);
    ParameterValues values;
    if (!reader.parse(arguments) || !reader.read(schema, &values))
        return reader.fail();
    if (QString error; !BenchmarkCommand::checkReportPaths(parser, &error, {}, {QStringLiteral("urls")}))
        return reader.fail(error);
    DownloadBenchmarkOptions o = DownloadBenchmarkOptions::fromValues(values);

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
                BenchmarkCommand::print(QStringLiteral("concurrency-lab run download: %1\n").arg(printable(error)),
                                        stderr);
                exitCode = 1;
            }
        }
        BenchmarkCommand::print(DownloadCommandTr::tr("Saved %1 of %2 files in %3\n")
                                    .arg(saved)
                                    .arg(setup.lastItems().size())
                                    .arg(printable(saveDir)));
    }

    const bool written = BenchmarkCommand::report(command, parser, result, trace);
    const int code = BenchmarkCommand::exitCode(result, written);
    return code != 0 ? code : exitCode;
}

} // namespace Lab::Core
