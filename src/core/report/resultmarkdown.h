// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"

#include <QJsonObject>
#include <QString>

namespace Lab::Core {

// A result as a Markdown table in hyperfine's style, followed by notes, the environment and the
// parameters:
//
//   | Strategy | Workers | Mean ± σ [s] | Min [s] | Max [s] | Relative |
//   |:---|---:|---:|---:|---:|---:|
//   | `sequential` | 1 | 0.5000 ± 0.1000 | 0.4000 | 0.6000 | 2.50 ± 0.50 |
//   | `threads` | 2 | 0.2000 ± 0.0000 | 0.2000 | 0.2000 | 1.00 |
//
// Relative = mean / mean(fastest) with propagated uncertainty; the fastest row reads "1.00". Sweeps
// over workload sizes get one table per size. Decimals follow the smallest mean (4 significant
// digits, at least 3 decimals).
class ResultMarkdown final
{
public:
    static QString toMarkdown(const BenchmarkResult &result);
    static bool write(const BenchmarkResult &result, const QString &path, QString *error);

    // The environment block as "- **key**: value" lines, nested values in words (caches, NUMA
    // nodes, hybrid core types): shared with other human-readable exports.
    static QString environmentMarkdown(const QJsonObject &environment);
};

} // namespace Lab::Core
