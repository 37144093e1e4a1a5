// SPDX-License-Identifier: GPL-3.0-or-later
#include "racecommand.h"

#include "core/cli/benchmarkcommand.h"
#include "racebenchmark.h"

namespace Lab::Core {

QString raceSynopsis()
{
    return QStringLiteral("run race ") + raceSchema().synopsis() + QLatin1Char(' ') +
           BenchmarkCommand::reportSynopsis();
}

int runRaceCommand(const QStringList &arguments)
{
    return BenchmarkCommand::runSchemaCommand(QStringLiteral("run race"), raceSchema(), arguments, &setUpRaceBenchmark);
}

} // namespace Lab::Core
