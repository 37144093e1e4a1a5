// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Lab::Core {

// The result JSON of DESIGN.md, written and read back:
// { "tool": "concurrency-lab", "version", "experiment", "environment": {...}, "parameters": {...},
//   "results": [ { "strategy", "workers", "runs_s", "mean_s", "stddev_s", "median_s", "min_s", "max_s",
//                  "user_s", "sys_s", "speedup", "speedup_stddev", "checksum", "items_ok",
//                  "items_failed", "errors": [{"item", "message"}],
//                  "startup_s", "workload_size", "reference", "note" } ] }
// plus "cancelled": true and "failure": "..." at the top level only when they apply.
class ResultJson final
{
public:
    // What a result file may hold; fromJson() refuses more, naming the field. Generous for every
    // result the lab writes (a sweep has a few hundred entries, a download lists one error per item).
    static constexpr qsizetype MaxLabelChars = 200;  // strategy, experiment, tool, version, checksum
    static constexpr qsizetype MaxTextChars = 10000; // notes, error messages, environment values
    static constexpr qsizetype MaxEntries = 1000;    // results; keys of environment and parameters
    static constexpr qsizetype MaxRuns = 10000;      // runs_s per entry
    static constexpr qsizetype MaxErrors = 100000;   // errors per entry
    static constexpr int MaxWorkers = 100000;
    static constexpr double MaxSeconds = 1e7; // about 116 days: also the bound of speedups

    static QJsonObject toJson(const BenchmarkResult &result);
    static QByteArray toBytes(const BenchmarkResult &result); // indented, UTF-8

    // Reads a result back (for `chart RESULT.json` and the run history). Every key the contract
    // lists must be present with the right type; startup_s, workload_size, reference and note are
    // optional. On failure returns nothing and sets *error to what is wrong, naming the key:
    //   results[1].mean_s: missing
    //   results[0].workers: must be a whole number (got a string)
    //   tool: must be "concurrency-lab" (got "hyperfine")
    //   results[0].strategy: must be at most 200 characters long (got 100000)
    //   results[2].mean_s: must be a time from 0 to 10000000 s (got -1)
    static std::optional<BenchmarkResult> fromJson(const QJsonObject &json, QString *error);
    // Parses bytes first: "not JSON: <parser message> at offset N" or "not a JSON object".
    static std::optional<BenchmarkResult> fromBytes(const QByteArray &bytes, QString *error);

    // Atomic file I/O (writeFileAtomically); errors name the path.
    static bool write(const BenchmarkResult &result, const QString &path, QString *error);
    static std::optional<BenchmarkResult> read(const QString &path, QString *error);
};

} // namespace Lab::Core
