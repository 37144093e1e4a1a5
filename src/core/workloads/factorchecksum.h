// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorizer.h"

#include <string>
#include <string_view>

#ifdef QT_CORE_LIB
#include <QString>
#endif

namespace Lab::Core {

// An order-independent fingerprint of a set of factorizations, so that strategies that process
// the numbers in different orders (threads, processes, Python) can be shown to agree:
// the sum modulo 2^64 of the 64-bit FNV-1a hashes of each GNU factor line without its newline
// ("12: 2 2 3"). Written as 16 lowercase hex digits.
class FactorChecksum final
{
public:
    void addLine(std::string_view line) { m_value += fnv1a(line); }
    void add(std::uint64_t n, const Factors &factors);
    void merge(const FactorChecksum &other) { m_value += other.m_value; }
    void mergeValue(std::uint64_t value) { m_value += value; }

    std::uint64_t value() const { return m_value; }
    static std::string toHex(std::uint64_t value);
    static std::uint64_t fnv1a(std::string_view bytes);

#ifdef QT_CORE_LIB
    QString toString() const
    {
        return QString::fromLatin1(toHex(m_value));
    }
#endif

private:
    std::uint64_t m_value = 0;
};

} // namespace Lab::Core
