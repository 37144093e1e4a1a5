// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorizer.h"

#include <string>
#include <string_view>
#include <vector>

namespace Lab::Core {

// The line protocol between the lab's process strategy and `concurrency-lab-worker batch`
// (documented in docs/factorization.md). ASCII, one message per '\n'-terminated line:
//
//   request  B <id> <algorithm> <n1> <n2> ...   factor the numbers, reply with the summary only
//   request  L <id> <algorithm> <n1> <n2> ...   the same, but first one GNU factor line per number
//                                               ("n: p1 p2 ..."), in request order
//   reply    R <id> <checksum> <count>          checksum: FactorChecksum of the batch (16 hex digits)
//   reply    E <id> <message>                   the request was malformed; <id> is "-" when unreadable
//
// <id> and the numbers are decimal 64-bit unsigned integers (digits only); <algorithm> is naive or
// fast; fields are separated by one or more spaces. A malformed line gets an E reply and the worker
// goes on.
struct FactorBatchRequest
{
    std::uint64_t id = 0;
    FactorAlgorithm algorithm = FactorAlgorithm::Fast;
    bool withLines = false;
    std::vector<std::uint64_t> numbers;
};

struct FactorBatchReply
{
    std::uint64_t id = 0;
    std::uint64_t checksum = 0;
    std::uint64_t count = 0;
};

class FactorBatchProtocol final
{
public:
    // Parses a request line (without its '\n'). On failure returns false, sets *error to a short
    // message and *idText to the request's id when it could be read ("-" otherwise).
    static bool parseRequest(std::string_view line, FactorBatchRequest *out, std::string *error, std::string *idText);
    // The request line, with its '\n', for numbers[begin, end).
    static std::string formatRequest(std::uint64_t id, FactorAlgorithm algorithm, bool withLines,
                                     const std::uint64_t *begin, const std::uint64_t *end);
    static std::string formatRequest(const FactorBatchRequest &request);

    // Parses an "R ..." line (without its '\n').
    static bool parseReply(std::string_view line, FactorBatchReply *out);
    static std::string formatReply(const FactorBatchReply &reply);
    static std::string formatError(std::string_view idText, std::string_view message);

    // A decimal 64-bit unsigned integer, digits only; false on empty input, other characters or overflow.
    static bool parseUInt64(std::string_view digits, std::uint64_t *out);
};

} // namespace Lab::Core
