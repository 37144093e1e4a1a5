// SPDX-License-Identifier: GPL-3.0-or-later
#include "racecommand.h"

#include "core/bench/benchmark.h"
#include "core/cli/benchmarkcommand.h"
#include "core/cli/optionreader.h"
#include "racebenchmark.h"

#include <QCommandLineParser>

namespace Lab::Core {

QString raceSynopsis()
{
    return QStringLiteral("run race ") + raceSchema().synopsis() + QLatin1Char(' ') +
           BenchmarkCommand::reportSynopsis();
}

int runRaceCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("run race");
    const ParameterSchema &schema = raceSchema();
    QCommandLineParser parser;
    schema.addOptions(parser);
    BenchmarkCommand::addReportOptions(parser);
    OptionReader reader(parser, command);
    ParameterValues values;
    if (!reader.parse(arguments) || !reader.read(schema, &values))
        return reader.fail();
    if (QString error; !BenchmarkCommand::checkReportPaths(parser, &error))
        return reader.fail(error);

    Benchmark benchmark;
    setUpRaceBenchmark(benchmark, values);

    TraceRecording trace;

    const BenchmarkResult result = BenchmarkCommand::runToEnd(benchmark, &parser, &trace);
    const bool written = BenchmarkCommand::report(command, parser, result, trace);
    return BenchmarkCommand::exitCode(result, written);
}

} // namespace Lab::Core
