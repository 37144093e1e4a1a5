// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "core/net/servecommand.h"

namespace Lab::Core {

QList<Command> coreCommands()
{
    // Keep in the order --help lists them. Each entry's run() lives with its feature.
    return {
        {QStringLiteral("serve"),
         QStringLiteral("serve [--port 0] [--latency-ms 200] [--size-kb 64] [--bandwidth-kbps 0] [--failure-rate 0]"),
         false, &runServeCommand},
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
