// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorizer.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace Lab::Core {

namespace {

using u64 = std::uint64_t;
__extension__ typedef unsigned __int128 u128; // GCC and Clang extension; -Wpedantic otherwise objects

// ---- small primes with their inverses modulo 2^64 --------------------------------------------
// n is divisible by an odd p exactly when n * inverse(p) (mod 2^64) <= (2^64 - 1) / p, which
// costs one multiplication instead of a division.
constexpr int SmallPrimeCount = 300; // the odd primes 3 .. 1993
constexpr u64 TrialLimit = 1993;

struct SmallPrime
{
    u64 prime;
    u64 inverse;
    u64 limit;
};

constexpr u64 inverse64(u64 n)
{
    u64 x = n; // correct to 3 bits for odd n; every Newton step doubles the correct bits
    for (int i = 0; i < 5; ++i)
        x *= 2 - n * x;
    return x;
}

constexpr std::array<SmallPrime, SmallPrimeCount> makeSmallPrimes()
{
    std::array<SmallPrime, SmallPrimeCount> table{};
    int count = 0;
    for (u64 candidate = 3; count < SmallPrimeCount; candidate += 2) {
        bool prime = true;
        for (u64 d = 3; d * d <= candidate; d += 2) {
            if (candidate % d == 0) {
                prime = false;
                break;
            }
        }
        if (prime)
            table[count++] = {candidate, inverse64(candidate), ~u64(0) / candidate};
    }
    return table;
}

constexpr auto SmallPrimes = makeSmallPrimes();
static_assert(SmallPrimes[SmallPrimeCount - 1].prime == TrialLimit);

// ---- Montgomery arithmetic modulo an odd n < 2^64 -------------------------------------------
class Montgomery
{
public:
    explicit Montgomery(u64 n)
        : m_n(n)
        , m_inverse(inverse64(n))
    {
        m_one = (0 - n) % n; // 2^64 mod n
        m_r2 = u64((u128(m_one) * m_one) % n);
    }

    u64 modulus() const { return m_n; }
    u64 one() const { return m_one; }
    u64 toMontgomery(u64 a) const { return multiply(a % m_n, m_r2); }

    // a * b / 2^64 mod n, for a, b < n.
    u64 multiply(u64 a, u64 b) const
    {
        const u128 t = u128(a) * b;
        const u64 m = u64(t) * m_inverse;
        const u64 mh = u64((u128(m) * m_n) >> 64);
        const u64 th = u64(t >> 64);
        return th >= mh ? th - mh : th - mh + m_n;
    }

    u64 power(u64 base, u64 exponent) const
    {
        u64 result = m_one;
        while (exponent) {
            if (exponent & 1)
                result = multiply(result, base);
            base = multiply(base, base);
            exponent >>= 1;
        }
        return result;
    }

private:
    u64 m_n;
    u64 m_inverse;
    u64 m_one = 0;
    u64 m_r2 = 0;
};

u64 binaryGcd(u64 a, u64 b)
{
    if (a == 0)
        return b;
    if (b == 0)
        return a;
    const int shift = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    do {
        b >>= __builtin_ctzll(b);
        if (a > b)
            std::swap(a, b);
        b -= a;
    } while (b);
    return a << shift;
}

// Miller-Rabin for odd n > TrialLimit^2 or any odd n >= 3.
bool millerRabin(u64 n)
{
    const Montgomery mont(n);
    const u64 d = (n - 1) >> __builtin_ctzll(n - 1);
    const int s = __builtin_ctzll(n - 1);
    const u64 one = mont.one();
    const u64 minusOne = n - one;
    auto witness = [&](u64 a) {
        a %= n;
        if (a == 0)
            return false; // the base is a multiple of n: says nothing
        u64 x = mont.power(mont.toMontgomery(a), d);
        if (x == one || x == minusOne)
            return false;
        for (int i = 1; i < s; ++i) {
            x = mont.multiply(x, x);
            if (x == minusOne)
                return false;
        }
        return true; // a proves n composite
    };
    // Bases from Jim Sinclair's set: deterministic for every n < 2^64. Below 4,759,123,141 (so for
    // every 32-bit n) the bases 2, 7, 61 suffice (Jaeschke 1993).
    if (n < 4759123141ULL) {
        for (u64 a : {2ULL, 7ULL, 61ULL}) {
            if (witness(a))
                return false;
        }
        return true;
    }
    for (u64 a : {2ULL, 325ULL, 9375ULL, 28178ULL, 450775ULL, 9780504ULL, 1795265022ULL}) {
        if (witness(a))
            return false;
    }
    return true;
}

u64 absDifference(u64 a, u64 b)
{
    return a > b ? a - b : b - a;
}

// A non-trivial factor of the odd composite n (no factor <= TrialLimit), by Pollard-Brent rho.
// Several sequences (lanes, each with its own constant c) advance in lock step. One step of one
// lane is a chain of dependent multiplications (about 15 cycles of latency, 6 multiplications), so
// the other lanes' steps fill the multiplier nearly for free; and the first of L sequences to close
// its cycle needs about 1/sqrt(L) of one sequence's steps. Measured on 100,000 random 64-bit numbers
// (CPU time of the kernel): 1 lane 1.50 s, 2 lanes 1.28 s, 3 lanes 1.30 s, 4 lanes 1.37 s.
u64 pollardBrent(u64 n)
{
    constexpr int Lanes = 2;
    constexpr u64 BatchSize = 128;
    const Montgomery mont(n);
    u64 nextC = 1;
    for (;;) {
        std::array<u64, Lanes> minusC{}, x{}, y{}, ys{}, q{};
        for (int l = 0; l < Lanes; ++l) {
            minusC[l] = n - mont.toMontgomery(nextC++);
            y[l] = mont.toMontgomery(2);
            q[l] = mont.one();
        }
        // v * v + c (Montgomery form), with c added as the subtraction of n - c.
        auto f = [&](u64 v, int l) {
            const u64 square = mont.multiply(v, v);
            const u64 difference = square - minusC[l];
            return square < minusC[l] ? difference + n : difference;
        };
        u64 g = 1;
        for (u64 r = 1; g == 1; r <<= 1) {
            x = y;
            for (u64 i = 0; i < r; ++i) {
                for (int l = 0; l < Lanes; ++l)
                    y[l] = f(y[l], l);
            }
            for (u64 k = 0; k < r && g == 1; k += BatchSize) {
                ys = y;
                const u64 steps = std::min(BatchSize, r - k);
                for (u64 i = 0; i < steps; ++i) {
                    for (int l = 0; l < Lanes; ++l) {
                        y[l] = f(y[l], l);
                        q[l] = mont.multiply(q[l], absDifference(x[l], y[l]));
                    }
                }
                // One gcd for all lanes; gcd(q * 2^64 mod n, n) == gcd(q, n) because 2^64 is coprime to odd n.
                u64 product = q[0];
                for (int l = 1; l < Lanes; ++l)
                    product = mont.multiply(product, q[l]);
                g = binaryGcd(product, n);
            }
        }
        // Every earlier batch left each lane's product coprime to n, so a lane whose product is now
        // 0 mod n closed its cycle within this batch: step it again one at a time from the batch's start.
        for (int l = 0; l < Lanes; ++l) {
            u64 lane = binaryGcd(q[l], n);
            if (lane == n) {
                u64 v = ys[l];
                do {
                    v = f(v, l);
                    lane = binaryGcd(absDifference(x[l], v), n);
                } while (lane == 1);
            }
            if (lane != 1 && lane != n)
                return lane;
        }
        // Every lane met itself modulo n at once: start again with new constants.
    }
}

// n is odd and has no factor up to TrialLimit.
void factorLarge(u64 n, Factors &out)
{
    if (millerRabin(n)) {
        out.primes[out.count++] = n;
        return;
    }
    const u64 d = pollardBrent(n);
    factorLarge(d, out);
    factorLarge(n / d, out);
}

} // namespace

bool isPrime64(u64 n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    for (const SmallPrime &p : SmallPrimes) {
        if (n == p.prime)
            return true;
        if (n * p.inverse <= p.limit)
            return false;
        if (p.prime * p.prime > n)
            return true;
    }
    return millerRabin(n);
}

Factors factorizeNaive(u64 n, const std::atomic<bool> *cancel)
{
    // The outline's algorithm, kept as plain as it is there; `d <= n / d` is `d * d <= n` without
    // the overflow of d * d past 2^64.
    Factors out;
    if (n < 2)
        return out;
    u64 d = 2;
    std::uint32_t poll = 0;
    while (d <= n / d) {
        if (n % d == 0) {
            out.primes[out.count++] = d;
            n /= d;
        } else {
            ++d;
        }
        if (cancel && ++poll == (1u << 20)) {
            poll = 0;
            if (cancel->load(std::memory_order_relaxed)) {
                out.cancelled = true;
                return out;
            }
        }
    }
    out.primes[out.count++] = n;
    return out;
}

Factors factorizeFast(u64 n)
{
    Factors out;
    if (n < 2)
        return out;
    const int twos = __builtin_ctzll(n);
    for (int i = 0; i < twos; ++i)
        out.primes[out.count++] = 2;
    n >>= twos;
    bool sieved = true; // false when the loop stopped because p * p > n: n is then 1 or a prime
    for (const SmallPrime &p : SmallPrimes) {
        if (p.prime * p.prime > n) {
            sieved = false;
            break;
        }
        while (n * p.inverse <= p.limit) {
            out.primes[out.count++] = p.prime;
            n = n * p.inverse; // exact division: multiplying by the inverse divides
        }
    }
    if (n == 1)
        return out;
    // 1997 is the first prime past the table: below its square, n without smaller factors is prime.
    if (!sieved || n < 1997ULL * 1997ULL) {
        out.primes[out.count++] = n;
        return out;
    }
    const int firstLarge = out.count;
    factorLarge(n, out);
    std::sort(out.primes.begin() + firstLarge, out.primes.begin() + out.count);
    return out;
}

Factors factorize(u64 n, FactorAlgorithm algorithm, const std::atomic<bool> *cancel)
{
    return algorithm == FactorAlgorithm::Naive ? factorizeNaive(n, cancel) : factorizeFast(n);
}

int formatUInt64(u64 n, char *out)
{
    char digits[20];
    int length = 0;
    do {
        digits[length++] = char('0' + n % 10);
        n /= 10;
    } while (n);
    for (int i = 0; i < length; ++i)
        out[i] = digits[length - 1 - i];
    return length;
}

int formatFactorLine(u64 n, const Factors &factors, char *out)
{
    int length = formatUInt64(n, out);
    out[length++] = ':';
    for (int i = 0; i < factors.count; ++i) {
        out[length++] = ' ';
        length += formatUInt64(factors.primes[i], out + length);
    }
    return length;
}

const char *factorAlgorithmName(FactorAlgorithm algorithm)
{
    return algorithm == FactorAlgorithm::Naive ? "naive" : "fast";
}

bool parseFactorAlgorithm(const char *text, std::size_t length, FactorAlgorithm *out)
{
    if (length == 5 && std::memcmp(text, "naive", 5) == 0) {
        *out = FactorAlgorithm::Naive;
        return true;
    }
    if (length == 4 && std::memcmp(text, "fast", 4) == 0) {
        *out = FactorAlgorithm::Fast;
        return true;
    }
    return false;
}

} // namespace Lab::Core
