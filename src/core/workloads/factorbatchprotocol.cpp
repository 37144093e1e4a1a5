// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorbatchprotocol.h"

#include "factorchecksum.h"

namespace Lab::Core {

namespace {

// Splits on spaces, skipping repeats; returns false at the end of the line.
bool nextField(std::string_view line, std::size_t *position, std::string_view *field)
{
    std::size_t i = *position;
    while (i < line.size() && line[i] == ' ')
        ++i;
    if (i == line.size())
        return false;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ')
        ++i;
    *field = line.substr(start, i - start);
    *position = i;
    return true;
}

void appendNumber(std::string &out, std::uint64_t n)
{
    char digits[20];
    out.append(digits, std::size_t(formatUInt64(n, digits)));
}

} // namespace

bool FactorBatchProtocol::parseUInt64(std::string_view digits, std::uint64_t *out)
{
    if (digits.empty() || digits.size() > 20)
        return false;
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
        const std::uint64_t digit = std::uint64_t(c - '0');
        if (value > (~std::uint64_t(0) - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    *out = value;
    return true;
}

bool FactorBatchProtocol::parseRequest(std::string_view line, FactorBatchRequest *out, std::string *error,
                                       std::string *idText)
{
    // Not `*idText = "-"`: GCC 12 at -O3 reports a false -Wrestrict inside std::string's
    // operator=(const char *) (GCC bug 105329); assign(count, char) takes another path.
    idText->assign(1, '-');
    std::size_t position = 0;
    std::string_view field;
    if (!nextField(line, &position, &field)) {
        *error = "empty request";
        return false;
    }
    if (field != "B" && field != "L") {
        *error = "unknown request (expected B or L)";
        return false;
    }
    out->withLines = field == "L";
    if (!nextField(line, &position, &field) || !parseUInt64(field, &out->id)) {
        *error = "missing or invalid id";
        return false;
    }
    *idText = std::string(field);
    if (!nextField(line, &position, &field) || !parseFactorAlgorithm(field.data(), field.size(), &out->algorithm)) {
        *error = "missing or unknown algorithm (expected naive or fast)";
        return false;
    }
    out->numbers.clear();
    while (nextField(line, &position, &field)) {
        std::uint64_t n = 0;
        if (!parseUInt64(field, &n)) {
            *error = "invalid number \"" + std::string(field.substr(0, 40)) + "\" (expected 0 to 18446744073709551615)";
            return false;
        }
        out->numbers.push_back(n);
    }
    return true;
}

std::string FactorBatchProtocol::formatRequest(std::uint64_t id, FactorAlgorithm algorithm, bool withLines,
                                               const std::uint64_t *begin, const std::uint64_t *end)
{
    std::string line;
    line.reserve(32 + std::size_t(end - begin) * 21);
    line += withLines ? "L " : "B ";
    appendNumber(line, id);
    line += ' ';
    line += factorAlgorithmName(algorithm);
    for (const std::uint64_t *n = begin; n != end; ++n) {
        line += ' ';
        appendNumber(line, *n);
    }
    line += '\n';
    return line;
}

std::string FactorBatchProtocol::formatRequest(const FactorBatchRequest &request)
{
    const std::uint64_t *data = request.numbers.data();
    return formatRequest(request.id, request.algorithm, request.withLines, data, data + request.numbers.size());
}

bool FactorBatchProtocol::parseReply(std::string_view line, FactorBatchReply *out)
{
    std::size_t position = 0;
    std::string_view field;
    if (!nextField(line, &position, &field) || field != "R")
        return false;
    if (!nextField(line, &position, &field) || !parseUInt64(field, &out->id))
        return false;
    if (!nextField(line, &position, &field) || field.size() != 16)
        return false;
    std::uint64_t checksum = 0;
    for (char c : field) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else
            return false;
        checksum = checksum << 4 | std::uint64_t(digit);
    }
    out->checksum = checksum;
    if (!nextField(line, &position, &field) || !parseUInt64(field, &out->count))
        return false;
    return !nextField(line, &position, &field);
}

std::string FactorBatchProtocol::formatReply(const FactorBatchReply &reply)
{
    std::string line = "R ";
    appendNumber(line, reply.id);
    line += ' ';
    line += FactorChecksum::toHex(reply.checksum);
    line += ' ';
    appendNumber(line, reply.count);
    line += '\n';
    return line;
}

std::string FactorBatchProtocol::formatError(std::string_view idText, std::string_view message)
{
    std::string line = "E ";
    line += idText;
    line += ' ';
    line += message;
    line += '\n';
    return line;
}

} // namespace Lab::Core
