// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lab::Core {

// `concurrency-lab run factorize ...` (DESIGN.md): benchmarks the factorization strategies on a
// seeded workload (or the numbers of --input FILE), prints a hyperfine-style summary, writes the
// result JSON/CSV/Markdown and, with --factors FILE, GNU factor's lines in input order.
// Exit 0, 1 when a run failed or items failed, 2 for bad options.
int runFactorizeCommand(const QStringList &arguments);
// The --help line, from FactorizeOptions::schema() and the command's own file options.
QString factorizeSynopsis();

} // namespace Lab::Core
