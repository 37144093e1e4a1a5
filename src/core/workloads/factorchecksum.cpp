// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorchecksum.h"

namespace Lab::Core {

std::uint64_t FactorChecksum::fnv1a(std::string_view bytes)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

void FactorChecksum::add(std::uint64_t n, const Factors &factors)
{
    char line[MaxFactorLine];
    const int length = formatFactorLine(n, factors, line);
    addLine(std::string_view(line, std::size_t(length)));
}

std::string FactorChecksum::toHex(std::uint64_t value)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex(16, '0');
    for (int i = 15; i >= 0; --i) {
        hex[std::size_t(i)] = digits[value & 15];
        value >>= 4;
    }
    return hex;
}

} // namespace Lab::Core
