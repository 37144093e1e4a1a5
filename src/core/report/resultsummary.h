// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Lab::Core {

// The human summary `run` prints, in hyperfine's wording:
//   threads (2 workers) ran 1.93 ± 0.04 times faster than sequential
//   processes (2 workers) ran 1.20 ± 0.10 times slower than sequential
// using each entry's speedup (relative to sequential, as in the JSON). Without a sequential entry
// the fastest one is the reference ("threads (4 workers) ran 1.50 ± 0.02 times faster than async
// (4 workers)"). Then one line per note, per entry with failed items, and for a cancelled or
// failed benchmark. Sweeps get a "Workload size N:" line before each group.
class ResultSummary final
{
public:
    // Numbers in `locale` (the GUI passes the interface's; reports and the terminal keep C's "1.93").
    static QStringList lines(const BenchmarkResult &result, const QLocale &locale = QLocale::c(),
                             const QString &baselineStrategy = QStringLiteral("sequential"));
    static QString toText(const BenchmarkResult &result); // lines joined, each ending in "\n"

    // "threads (2 workers)", "sequential": how every report names an entry.
    static QString entryName(const StrategyStats &stats);
};

} // namespace Lab::Core
