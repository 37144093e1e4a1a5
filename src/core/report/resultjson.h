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
    static QJsonObject toJson(const BenchmarkResult &result);
    static QByteArray toBytes(const BenchmarkResult &result); // indented, UTF-8

    // Reads a result back (for `chart RESULT.json` and the run history). Every key the contract
    // lists must be present with the right type; startup_s, workload_size, reference and note are
    // optional. On failure returns nothing and sets *error to what is wrong, naming the key:
    //   results[1].mean_s: missing
    //   results[0].workers: must be a whole number (got a string)
    //   tool: must be "concurrency-lab" (got "hyperfine")
    static std::optional<BenchmarkResult> fromJson(const QJsonObject &json, QString *error);
    // Parses bytes first: "not JSON: <parser message> at offset N" or "not a JSON object".
    static std::optional<BenchmarkResult> fromBytes(const QByteArray &bytes, QString *error);

    // Atomic file I/O (writeFileAtomically); errors name the path.
    static bool write(const BenchmarkResult &result, const QString &path, QString *error);
    static std::optional<BenchmarkResult> read(const QString &path, QString *error);
};

} // namespace Lab::Core
