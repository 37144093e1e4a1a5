// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>

namespace Lab::Core {

// The kernels, the checksum and the batch protocol are plain C++ (no Qt types): the worker links
// them without any Qt library, which keeps its start-up (benchmark F3) at a few milliseconds.

// The two factorization kernels of the factorization lab. Both are exact for every value of
// std::uint64_t and return the prime factors in ascending order, with multiplicity (GNU `factor`'s order).
enum class FactorAlgorithm
{
    Naive, // the outline's trial division by 2, 3, 4, 5, ... while d * d <= n: slow for large primes
    Fast,  // trial division by small primes, deterministic Miller-Rabin, Pollard-Brent rho (Montgomery)
};

// 2^64 has 64 prime factors; no std::uint64_t has more.
inline constexpr int MaxFactors = 64;

struct Factors
{
    std::array<std::uint64_t, MaxFactors> primes{};
    int count = 0;
    bool cancelled = false; // the kernel stopped early because *cancel became true; primes are incomplete
};

// Factors n. 0 and 1 have no factors (as in GNU factor). When `cancel` is given, the naive kernel
// polls it about every million trial divisions, so a run can stop within milliseconds even in the
// middle of a 64-bit prime (which takes the naive kernel up to 2^32 divisions).
Factors factorize(std::uint64_t n, FactorAlgorithm algorithm, const std::atomic<bool> *cancel = nullptr);
Factors factorizeNaive(std::uint64_t n, const std::atomic<bool> *cancel = nullptr);
Factors factorizeFast(std::uint64_t n);

// Deterministic primality test for every std::uint64_t (Miller-Rabin with bases proven sufficient below 2^64).
bool isPrime64(std::uint64_t n);

// Writes GNU factor's line for n without the trailing newline: "12: 2 2 3", "1:". Returns the length.
// `out` must hold at least MaxFactorLine bytes.
inline constexpr int MaxFactorLine = 21 * (MaxFactors + 1) + 2;
int formatFactorLine(std::uint64_t n, const Factors &factors, char *out);

// Decimal digits of n into out (no terminator); returns the length (1..20).
int formatUInt64(std::uint64_t n, char *out);

// "naive" / "fast"; parseFactorAlgorithm() returns false for anything else.
const char *factorAlgorithmName(FactorAlgorithm algorithm);
bool parseFactorAlgorithm(const char *text, std::size_t length, FactorAlgorithm *out);

} // namespace Lab::Core
