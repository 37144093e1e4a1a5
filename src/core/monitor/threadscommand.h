// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lab::Core {

// `concurrency-lab threads [--spawn N] [--name-prefix P] [--hold-ms MS] [--json]`: starts N lab threads
// named P-0 .. P-(N-1) that wait on a condition, samples this process once (when every spawned thread
// is asleep in the kernel, so the table agrees with `ps -L` taken meanwhile), prints the table or JSON,
// keeps running MS milliseconds, then releases and joins the threads and exits 0.
int runThreadsCommand(const QStringList &arguments);

} // namespace Lab::Core
