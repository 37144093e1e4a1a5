// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorizer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

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
// <id> and the numbers are decimal quint64 (digits only); <algorithm> is naive or fast; fields are
// separated by single or repeated spaces. A malformed line gets an E reply and the worker goes on.
struct FactorBatchRequest
{
    quint64 id = 0;
    FactorAlgorithm algorithm = FactorAlgorithm::Fast;
    bool withLines = false;
    QList<quint64> numbers;
};

struct FactorBatchReply
{
    quint64 id = 0;
    quint64 checksum = 0;
    quint64 count = 0;
};

class FactorBatchProtocol final
{
public:
    // Parses a request line (without its '\n'). On failure returns false, sets *error to a short
    // message and *idText to the request's id when it could be read ("-" otherwise).
    static bool parseRequest(QByteArrayView line, FactorBatchRequest *out, QByteArray *error, QByteArray *idText);
    static QByteArray formatRequest(const FactorBatchRequest &request);

    // Parses an "R ..." line (without its '\n').
    static bool parseReply(QByteArrayView line, FactorBatchReply *out);
    static QByteArray formatReply(const FactorBatchReply &reply);
    static QByteArray formatError(QByteArrayView idText, QByteArrayView message);

    // A decimal quint64 with digits only; false on empty input, other characters or overflow.
    static bool parseUInt64(QByteArrayView digits, quint64 *out);
};

} // namespace Lab::Core
