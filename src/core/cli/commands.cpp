// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "core/experiments/diningphilosophers.h"
#include "core/experiments/philosopherscommand.h"
#include "core/experiments/racebenchmark.h"
#include "core/experiments/racecommand.h"
#include "core/monitor/threadscommand.h"
#include "core/net/servecommand.h"
#include "core/runners/downloadbenchmark.h"
#include "core/runners/downloadcommand.h"
#include "core/runners/factorbenchmark.h"
#include "core/runners/factorizecommand.h"
#include "core/system/sysinfocommand.h"

namespace Lab::Core {

QList<Command> coreCommands()
{
    // Keep in the order --help lists them. Each entry's run() lives with its feature.
    return {
        {QStringLiteral("run download"), downloadSynopsis(), false, &runDownloadCommand},
        {QStringLiteral("run factorize"), factorizeSynopsis(), false, &runFactorizeCommand},
        {QStringLiteral("run philosophers"), philosophersSynopsis(), false, &runPhilosophersCommand},
        {QStringLiteral("run race"), raceSynopsis(), false, &runRaceCommand},
        {QStringLiteral("serve"), serveSynopsis(), false, &runServeCommand},
        {QStringLiteral("sysinfo"), QStringLiteral("sysinfo [--json]"), false, &runSysinfoCommand},
        {QStringLiteral("threads"),
         QStringLiteral("threads [--spawn N] [--name-prefix P] [--hold-ms MS] [--json] [--trace FILE]"), false,
         &runThreadsCommand},
    };
}

QList<ExperimentSchema> experimentSchemas()
{
    return {
        {QStringLiteral("run race"), &raceSchema()},
        {QStringLiteral("run philosophers"), &DiningPhilosophers::schema()},
        {QStringLiteral("run factorize"), &FactorizeOptions::schema()},
        {QStringLiteral("run download"), &DownloadBenchmarkOptions::schema()},
    };
}

const Command *findCommand(const QList<Command> &commands, const QStringList &arguments, int *consumed)
{
    for (int words = 2; words >= 1; --words) {
        if (arguments.size() <= words)
            continue;
        const QString name = arguments.mid(1, words).join(QLatin1Char(' '));
        for (const Command &command : commands) {
            if (command.name == name) {
                if (consumed)
                    *consumed = words;
                return &command;
            }
        }
    }
    return nullptr;
}

} // namespace Lab::Core
