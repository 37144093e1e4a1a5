// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorbatchprotocol.h"

#include "factorchecksum.h"

namespace Lab::Core {

namespace {

// Splits on spaces, skipping repeats; returns false at the end of the line.
bool nextField(QByteArrayView line, qsizetype *position, QByteArrayView *field)
{
    qsizetype i = *position;
    while (i < line.size() && line[i] == ' ')
        ++i;
    if (i == line.size())
        return false;
    const qsizetype start = i;
    while (i < line.size() && line[i] != ' ')
        ++i;
    *field = line.sliced(start, i - start);
    *position = i;
    return true;
}

} // namespace

bool FactorBatchProtocol::parseUInt64(QByteArrayView digits, quint64 *out)
{
    if (digits.isEmpty() || digits.size() > 20)
        return false;
    quint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
        const quint64 digit = quint64(c - '0');
        if (value > (~quint64(0) - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    *out = value;
    return true;
}

bool FactorBatchProtocol::parseRequest(QByteArrayView line, FactorBatchRequest *out, QByteArray *error,
                                       QByteArray *idText)
{
    *idText = QByteArrayLiteral("-");
    qsizetype position = 0;
    QByteArrayView field;
    if (!nextField(line, &position, &field)) {
        *error = QByteArrayLiteral("empty request");
        return false;
    }
    if (field != "B" && field != "L") {
        *error = QByteArrayLiteral("unknown request (expected B or L)");
        return false;
    }
    out->withLines = field == "L";
    if (!nextField(line, &position, &field) || !parseUInt64(field, &out->id)) {
        *error = QByteArrayLiteral("missing or invalid id");
        return false;
    }
    *idText = field.toByteArray();
    if (!nextField(line, &position, &field) || !parseFactorAlgorithm(field.data(), field.size(), &out->algorithm)) {
        *error = QByteArrayLiteral("missing or unknown algorithm (expected naive or fast)");
        return false;
    }
    out->numbers.clear();
    while (nextField(line, &position, &field)) {
        quint64 n = 0;
        if (!parseUInt64(field, &n)) {
            *error = QByteArrayLiteral("invalid number \"") +
                     field.first(qMin<qsizetype>(field.size(), 40)).toByteArray() +
                     QByteArrayLiteral("\" (expected 0 to 18446744073709551615)");
            return false;
        }
        out->numbers.append(n);
    }
    return true;
}

QByteArray FactorBatchProtocol::formatRequest(const FactorBatchRequest &request)
{
    QByteArray line;
    line.reserve(24 + request.numbers.size() * 21);
    line += request.withLines ? "L " : "B ";
    line += QByteArray::number(request.id);
    line += ' ';
    line += factorAlgorithmName(request.algorithm);
    char digits[20];
    for (quint64 n : request.numbers) {
        line += ' ';
        line.append(digits, formatUInt64(n, digits));
    }
    line += '\n';
    return line;
}

bool FactorBatchProtocol::parseReply(QByteArrayView line, FactorBatchReply *out)
{
    qsizetype position = 0;
    QByteArrayView field;
    if (!nextField(line, &position, &field) || field != "R")
        return false;
    if (!nextField(line, &position, &field) || !parseUInt64(field, &out->id))
        return false;
    if (!nextField(line, &position, &field) || field.size() != 16)
        return false;
    bool ok = false;
    out->checksum = field.toByteArray().toULongLong(&ok, 16);
    if (!ok)
        return false;
    if (!nextField(line, &position, &field) || !parseUInt64(field, &out->count))
        return false;
    return !nextField(line, &position, &field);
}

QByteArray FactorBatchProtocol::formatReply(const FactorBatchReply &reply)
{
    return "R " + QByteArray::number(reply.id) + ' ' + FactorChecksum::toHex(reply.checksum).toLatin1() + ' ' +
           QByteArray::number(reply.count) + '\n';
}

QByteArray FactorBatchProtocol::formatError(QByteArrayView idText, QByteArrayView message)
{
    return "E " + idText.toByteArray() + ' ' + message.toByteArray() + '\n';
}

} // namespace Lab::Core
