// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lab::Core {

// A result as CSV (RFC 4180, UTF-8, "\n" line ends), one row per strategy entry. Before the header
// come comment lines "# key: value" that carry what the JSON carries outside the table, so a CSV
// file alone can still be trusted later:
//   # tool: concurrency-lab
//   # version: 0.1.0
//   # experiment: factorize
//   # environment.cpu_model: AMD EPYC          (nested values as compact JSON)
//   # parameters.count: 10000
//   # cancelled: true / # failure: ...         (only when they apply)
// Spreadsheets and pandas (comment='#') skip them. Columns: see header(). runs_s holds the run
// times separated by spaces; errors holds "item: message" pairs separated by "; ".
class ResultCsv final
{
public:
    static QStringList header();
    static QByteArray toCsv(const BenchmarkResult &result);
    static bool write(const BenchmarkResult &result, const QString &path, QString *error);
};

} // namespace Lab::Core
