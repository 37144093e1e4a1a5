// SPDX-License-Identifier: GPL-3.0-or-later
#include "statparser.h"

#include <array>
#include <charconv>

namespace Lab::Core {

namespace {

// Splits on single spaces from `text`, filling up to `fields.size()` views; returns how many.
template<size_t N>
size_t splitFields(QByteArrayView text, std::array<QByteArrayView, N> &fields)
{
    size_t count = 0;
    qsizetype start = 0;
    const qsizetype size = text.size();
    while (start < size && count < N) {
        while (start < size && (text[start] == ' ' || text[start] == '\n'))
            ++start;
        if (start >= size)
            break;
        qsizetype end = start;
        while (end < size && text[end] != ' ' && text[end] != '\n')
            ++end;
        fields[count++] = text.sliced(start, end - start);
        start = end;
    }
    return count;
}

template<typename T>
bool toNumber(QByteArrayView field, T *out)
{
    const char *begin = field.data();
    const char *end = begin + field.size();
    const auto result = std::from_chars(begin, end, *out);
    return result.ec == std::errc() && result.ptr == end;
}

} // namespace

std::optional<StatParser::Stat> StatParser::parseStat(QByteArrayView text)
{
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 1 || close < open)
        return std::nullopt;
    Stat stat;
    if (!toNumber(text.first(open).trimmed(), &stat.pid))
        return std::nullopt;
    stat.comm = QString::fromUtf8(text.sliced(open + 1, close - open - 1));
    // Fields after the name, numbered from 3 (state) as in proc(5).
    std::array<QByteArrayView, 37> fields;
    const size_t count = splitFields(text.sliced(close + 1), fields);
    if (count < 20 || fields[0].size() != 1)
        return std::nullopt;
    auto field = [&](int number) { return fields[size_t(number - 3)]; };
    stat.state = field(3)[0];
    if (!toNumber(field(4), &stat.ppid) || !toNumber(field(14), &stat.utimeTicks) ||
        !toNumber(field(15), &stat.stimeTicks) || !toNumber(field(20), &stat.numThreads) ||
        !toNumber(field(22), &stat.startTimeTicks))
        return std::nullopt;
    if (count >= 37 && !toNumber(field(39), &stat.processor))
        stat.processor = -1;
    return stat;
}

std::optional<StatParser::SchedStat> StatParser::parseSchedStat(QByteArrayView text)
{
    std::array<QByteArrayView, 3> fields;
    if (splitFields(text, fields) != 3)
        return std::nullopt;
    SchedStat out;
    if (!toNumber(fields[0], &out.onCpuNs) || !toNumber(fields[1], &out.runDelayNs) ||
        !toNumber(fields[2], &out.timeslices))
        return std::nullopt;
    return out;
}

std::optional<StatParser::Switches> StatParser::parseStatusSwitches(QByteArrayView text)
{
    auto valueOf = [&](QByteArrayView key, quint64 *out) {
        const qsizetype at = text.indexOf(key);
        if (at < 0)
            return false;
        qsizetype start = at + key.size();
        while (start < text.size() && (text[start] == ' ' || text[start] == '\t'))
            ++start;
        qsizetype end = start;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        return toNumber(text.sliced(start, end - start), out);
    };
    Switches out;
    if (!valueOf("\nvoluntary_ctxt_switches:", &out.voluntary) ||
        !valueOf("\nnonvoluntary_ctxt_switches:", &out.involuntary))
        return std::nullopt;
    return out;
}

} // namespace Lab::Core
