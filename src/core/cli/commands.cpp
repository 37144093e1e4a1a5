// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "core/experiments/diningphilosophers.h"
#include "core/experiments/philosopherscommand.h"
#include "core/experiments/racebenchmark.h"
#include "core/experiments/racecommand.h"
#include "core/monitor/threadscommand.h"
#include "core/net/servecommand.h"
#include "core/runners/downloadcommand.h"
#include "core/runners/factorizecommand.h"
#include "core/system/sysinfocommand.h"

namespace Lab::Core {

QList<Command> coreCommands()
{
    // Keep in the order --help lists them. Each entry's run() lives with its feature.
    return {
        {QStringLiteral("run download"),
         QStringLiteral(
             "run download [--strategies sequential,threads,async,pool,async-uncapped] [--workers N] [--images 10] "
             "[--latency-ms 200] [--size-kb 64] [--failure-rate 0] [--urls FILE] [--save-dir DIR] "
             "[--timeout-ms 10000] [--max-bytes 20000000] [--warmup 0] [--runs 3] [--json FILE] [--trace FILE] ..."),
         false, &runDownloadCommand},
        {QStringLiteral("run factorize"),
         QStringLiteral("run factorize [--strategies sequential,threads,processes] [--workers 2 | --workers 1,2,4] "
                        "[--count 10000] [--min 20000] [--max 100000000] [--seed 42] [--input FILE] [--sizes LIST] "
                        "[--algorithm naive|fast] [--warmup 1] [--runs 5] [--json FILE] [--csv FILE] "
                        "[--markdown FILE] [--trace FILE] [--factors FILE] [--mpi-hosts FILE|host:slots,...]"),
         false, &runFactorizeCommand},
        {QStringLiteral("run philosophers"), philosophersSynopsis(), false, &runPhilosophersCommand},
        {QStringLiteral("run race"), raceSynopsis(), false, &runRaceCommand},
        {QStringLiteral("serve"),
         QStringLiteral("serve [--port 0] [--latency-ms 200] [--size-kb 64] [--bandwidth-kbps 0] [--failure-rate 0]"),
         false, &runServeCommand},
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
