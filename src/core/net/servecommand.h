// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lab::Core {

// `concurrency-lab serve [--port 0] [--latency-ms 200] [--size-kb 64] [--bandwidth-kbps 0]
// [--failure-rate 0] [--seed 42]`: runs the embedded image server in the foreground, prints its URL
// and serves until SIGINT or SIGTERM.
int runServeCommand(const QStringList &arguments);
QString serveSynopsis();

} // namespace Lab::Core
