// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorizecommand.h"

#include "core/cli/benchmarkcommand.h"
#include "core/cli/optionreader.h"
#include "core/report/atomicfile.h"
#include "core/system/inputfile.h"
#include "factorbenchmark.h"
#include "factorrunner.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace Lab::Core {

QString factorizeSynopsis()
{
    return QStringLiteral("run factorize ") + FactorizeOptions::schema().synopsis() +
           QStringLiteral(" [--input FILE] [--factors FILE] ") + BenchmarkCommand::reportSynopsis();
}

int runFactorizeCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("run factorize");
    const ParameterSchema &schema = FactorizeOptions::schema();
    QCommandLineParser parser;
    schema.addOptions(parser);
    parser.addOptions({
        {QStringLiteral("input"), QStringLiteral("Factor the numbers of this file instead (GNU factor's input)."),
         QStringLiteral("FILE")},
        {QStringLiteral("factors"), QStringLiteral("Write GNU factor's lines, in input order, here."),
         QStringLiteral("FILE")},
    });
    BenchmarkCommand::addReportOptions(parser);
    OptionReader reader(parser, command);
    ParameterValues values;
    if (!reader.parse(arguments) || !reader.read(schema, &values))
        return reader.fail();
    if (QString error;
        !BenchmarkCommand::checkReportPaths(parser, &error, {QStringLiteral("factors")}, {QStringLiteral("input")}))
        return reader.fail(error);

    FactorizeOptions options = FactorizeOptions::fromValues(values);
    if (options.min > options.max)
        return reader.fail(
            QStringLiteral("--min: must be at most --max (%1) (got \"%2\")").arg(options.max).arg(options.min));

    if (parser.isSet(QStringLiteral("input"))) {
        options.inputName = parser.value(QStringLiteral("input"));
        QString error;
        const std::optional<QByteArray> text =
            InputFile::read(options.inputName, InputFile::MaxNumberListBytes, &error);
        if (!text)
            return reader.fail(
                QStringLiteral("--input: must be a readable file (got \"%1\": %2)").arg(options.inputName, error));
        if (!parseFactorInput(*text, &options.input, &error))
            return reader.fail(QStringLiteral("--input: %1: %2").arg(options.inputName, error));
        if (options.input.isEmpty())
            return reader.fail(
                QStringLiteral("--input: must hold at least one number (got \"%1\" with none)").arg(options.inputName));
        for (const QString &other :
             {QStringLiteral("count"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("seed")}) {
            if (parser.isSet(other))
                return reader.fail(QStringLiteral("--%1: cannot be combined with --input").arg(other));
        }
    }
    options.keepLines = parser.isSet(QStringLiteral("factors"));
    if (options.keepLines && options.sizes.size() > 0)
        return reader.fail(QStringLiteral("--factors: cannot be combined with --sizes"));
    bool anyLab = false;
    for (const QString &s : std::as_const(options.strategies))
        anyLab = anyLab || (!FactorRunner::isReferenceStrategy(s) && s != QLatin1String("mpi"));
    if (options.keepLines && !anyLab)
        return reader.fail(QStringLiteral("--factors: needs one of the strategies sequential, threads, processes"));

    FactorBenchmark setup;
    QString error;
    if (!setup.prepare(options, &error))
        return reader.fail(QStringLiteral("--") + error);
    Benchmark *benchmark = setup.benchmark();

    QObject::connect(&setup, &FactorBenchmark::rankStarted, &setup, [](int rank, const QString &host, qint64 pid) {
        BenchmarkCommand::print(QStringLiteral("mpi rank %1 on %2, pid %3\n").arg(rank).arg(host).arg(pid), stderr);
    });
    QObject::connect(&setup, &FactorBenchmark::workerCrashed, &setup, [](qint64 pid, int, const QString &how) {
        BenchmarkCommand::print(QStringLiteral("worker process %1 %2; its batches are re-run\n").arg(pid).arg(how),
                                stderr);
    });
    TraceRecording trace;
    const BenchmarkResult result = BenchmarkCommand::runToEnd(*benchmark, &parser, &trace);
    bool written = BenchmarkCommand::report(command, parser, result, trace);
    if (written && options.keepLines && !result.cancelled) {
        const QString path = parser.value(QStringLiteral("factors"));
        if (setup.lines().size() != setup.workloadSize()) {
            BenchmarkCommand::print(
                QStringLiteral("concurrency-lab run factorize: --factors: not written, no run finished\n"), stderr);
            written = false;
        } else {
            QByteArray text;
            for (const QByteArray &line : setup.lines())
                text += line + '\n';
            QString writeError;
            if (!writeFileAtomically(path, text, &writeError)) {
                BenchmarkCommand::print(
                    QStringLiteral("concurrency-lab run factorize: --factors: %1\n").arg(writeError), stderr);
                written = false;
            }
        }
    }
    return BenchmarkCommand::exitCode(result, written);
}

} // namespace Lab::Core
