// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workloads/factorizer.h"

#include <string>
#include <string_view>
#include <vector>

namespace Lab::Worker {

// `concurrency-lab-worker factor`: a drop-in for GNU coreutils `factor` on 64-bit numbers.
// Numbers come from the arguments or, without any, from stdin as tokens separated by spaces, tabs
// and newlines (GNU's delimiters; other whitespace such as \r makes a token invalid, as in GNU).
// A token is an optional '+' followed by decimal digits. Output is byte for byte GNU's.
// Invalid tokens print "<program>: ‘x’ is not a valid positive integer" on stderr, and the exit
// status becomes 1 while the rest is still processed. Values past 2^64 - 1, which GNU factor handles
// with multi-precision arithmetic, are refused with their own message (same status) rather than
// answered wrongly.
class FactorMode final
{
public:
    FactorMode(std::string programName, Core::FactorAlgorithm algorithm);

    int runArguments(const std::vector<std::string> &arguments);
    int runStdin();

private:
    void handleToken(std::string_view token);
    void flush();

    std::string m_programName;
    Core::FactorAlgorithm m_algorithm;
    std::string m_out;
    bool m_failed = false;
};

} // namespace Lab::Worker
