// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workloads/factorchecksum.h"
#include "core/workloads/factorizer.h"
#include "core/workloads/numbergenerator.h"
#include "labtest.h"

#include <random>

using namespace Lab::Core;

namespace {

__extension__ typedef unsigned __int128 u128;

// An independent primality check for the property test: plain Miller-Rabin with 128-bit
// modular multiplication (no Montgomery form, no trial-division table) and the first twelve
// prime bases, which is deterministic far beyond 2^64.
quint64 mulMod(quint64 a, quint64 b, quint64 m)
{
    return quint64(u128(a) * b % m);
}

quint64 powMod(quint64 b, quint64 e, quint64 m)
{
    quint64 r = 1 % m;
    b %= m;
    while (e) {
        if (e & 1)
            r = mulMod(r, b, m);
        b = mulMod(b, b, m);
        e >>= 1;
    }
    return r;
}

bool referenceIsPrime(quint64 n)
{
    if (n < 2)
        return false;
    for (quint64 p : {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
        if (n % p == 0)
            return n == p;
    }
    quint64 d = n - 1;
    int s = 0;
    while ((d & 1) == 0) {
        d >>= 1;
        ++s;
    }
    for (quint64 a : {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
        quint64 x = powMod(a, d, n);
        if (x == 1 || x == n - 1)
            continue;
        bool composite = true;
        for (int i = 1; i < s && composite; ++i) {
            x = mulMod(x, x, n);
            if (x == n - 1)
                composite = false;
        }
        if (composite)
            return false;
    }
    return true;
}

QList<quint64> toList(const Factors &f)
{
    return QList<quint64>(f.primes.begin(), f.primes.begin() + f.count);
}

// Checks the three properties every factorization must have; returns an empty string when fine.
QString checkFactorization(quint64 n, const Factors &f)
{
    if (n < 2)
        return f.count == 0 ? QString() : QStringLiteral("%1 must have no factors").arg(n);
    u128 product = 1;
    for (int i = 0; i < f.count; ++i) {
        if (!referenceIsPrime(f.primes[i]))
            return QStringLiteral("%1: factor %2 is not prime").arg(n).arg(f.primes[i]);
        if (i > 0 && f.primes[i - 1] > f.primes[i])
            return QStringLiteral("%1: factors not sorted").arg(n);
        product *= f.primes[i];
        if (product > u128(n))
            return QStringLiteral("%1: product too large").arg(n);
    }
    return product == u128(n) ? QString() : QStringLiteral("%1: product differs").arg(n);
}

} // namespace

class TestFactorKernels : public QObject
{
    Q_OBJECT
private slots:
    void known_data();
    void known();
    void fastProperty();
    void naiveAgreesWithFast();
    void naiveCancel();
    void isPrime_data();
    void isPrime();
    void formatLine();
    void checksumIsOrderIndependent();
    void generatorIsReproducible();
    void generatorRange_data();
    void generatorRange();
};

void TestFactorKernels::known_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::addColumn<bool>("naiveFeasible"); // naive needs ~sqrt(second largest factor) divisions

    using L = QList<quint64>;
    const quint64 max = ~quint64(0);
    QTest::newRow("0") << quint64(0) << L{} << true;
    QTest::newRow("1") << quint64(1) << L{} << true;
    QTest::newRow("2") << quint64(2) << L{2} << true;
    QTest::newRow("3") << quint64(3) << L{3} << true;
    QTest::newRow("4") << quint64(4) << L{2, 2} << true;
    QTest::newRow("12") << quint64(12) << L{2, 2, 3} << true;
    QTest::newRow("prime 1997 (past the trial table)") << quint64(1997) << L{1997} << true;
    QTest::newRow("1993^2") << quint64(1993 * 1993) << L{1993, 1993} << true;
    QTest::newRow("1997^2") << quint64(1997 * 1997) << L{1997, 1997} << true;
    QTest::newRow("prime 99999989") << quint64(99999989) << L{99999989} << true;
    QTest::newRow("prime 2^31-1") << quint64(2147483647) << L{2147483647} << true;
    QTest::newRow("prime 10^12+39") << quint64(1000000000039ULL) << L{1000000000039ULL} << true;
    QTest::newRow("2^32-5 squared") << quint64(4294967291ULL) * 4294967291ULL << L{4294967291ULL, 4294967291ULL}
                                    << false;
    QTest::newRow("65521^2 * 65519") << quint64(65521ULL * 65521ULL * 65519ULL) << L{65519, 65521, 65521} << true;
    QTest::newRow("2^63") << (quint64(1) << 63) << L(63, 2) << true;
    QTest::newRow("2^64-1") << max << L{3, 5, 17, 257, 641, 65537, 6700417} << true;
    QTest::newRow("largest 64-bit prime") << quint64(18446744073709551557ULL) << L{18446744073709551557ULL} << false;
    QTest::newRow("2^64-58") << quint64(18446744073709551558ULL) << L{2, 3, 7, 439208192231179799ULL} << false;
    QTest::newRow("Carmichael 561") << quint64(561) << L{3, 11, 17} << true;
    QTest::newRow("Carmichael 41041") << quint64(41041) << L{7, 11, 13, 41} << true;
    QTest::newRow("Carmichael 3215031751") << quint64(3215031751ULL) << L{151, 751, 28351} << true;
    QTest::newRow("strong pseudoprime 3825123056546413051")
        << quint64(3825123056546413051ULL) << L{149491, 747451, 34233211} << true;
    QTest::newRow("semiprime 4294967279 * 4294967291")
        << quint64(4294967279ULL) * 4294967291ULL << L{4294967279ULL, 4294967291ULL} << false;
    QTest::newRow("semiprime 1000003 * 1000033")
        << quint64(1000003ULL) * 1000033ULL << L{1000003ULL, 1000033ULL} << true;
    QTest::newRow("semiprime 3 * 62-bit prime")
        << quint64(3) * 4611686018427387847ULL << L{3, 4611686018427387847ULL} << false;
    // Cases for the Miller-Rabin base sets and the multi-lane Pollard-Brent (expected lines from GNU factor).
    QTest::newRow("prime 2^64-83") << quint64(18446744073709551533ULL) << L{18446744073709551533ULL} << false;
    QTest::newRow("prime 2^64-95") << quint64(18446744073709551521ULL) << L{18446744073709551521ULL} << false;
    QTest::newRow("largest 32-bit prime") << quint64(4294967291ULL) << L{4294967291ULL} << true;
    QTest::newRow("prime 4759123129 (below the 3-base limit)") << quint64(4759123129ULL) << L{4759123129ULL} << true;
    QTest::newRow("spsp(2,7,61) 4759123141") << quint64(4759123141ULL) << L{48781, 97561} << true;
    QTest::newRow("4294967279^2") << quint64(4294967279ULL) * 4294967279ULL << L{4294967279ULL, 4294967279ULL} << false;
    QTest::newRow("2147483647^2") << quint64(2147483647ULL) * 2147483647ULL << L{2147483647ULL, 2147483647ULL} << false;
    QTest::newRow("2642239^3") << quint64(18446598518342697919ULL) << L{2642239, 2642239, 2642239} << true;
    QTest::newRow("Chernick Carmichael 1452961 * 2905921 * 4358881")
        << quint64(18404023255395111361ULL) << L{1452961, 2905921, 4358881} << false;
    QTest::newRow("Chernick Carmichael 1451521 * 2903041 * 4354561")
        << quint64(18349357898532971521ULL) << L{1451521, 2903041, 4354561} << false;
    QTest::newRow("semiprime 2834777479 * 4041858053")
        << quint64(11457768181959188387ULL) << L{2834777479ULL, 4041858053ULL} << false;
    QTest::newRow("semiprime 2151553051 * 3787533317")
        << quint64(8149078863955500167ULL) << L{2151553051ULL, 3787533317ULL} << false;
    QTest::newRow("semiprime 3897562381 * 4062510523")
        << quint64(15833888186861435263ULL) << L{3897562381ULL, 4062510523ULL} << false;
}

void TestFactorKernels::known()
{
    QFETCH(quint64, n);
    QFETCH(QList<quint64>, expected);
    QFETCH(bool, naiveFeasible);
    QCOMPARE(toList(factorizeFast(n)), expected);
    QCOMPARE(checkFactorization(n, factorizeFast(n)), QString());
    if (naiveFeasible)
        QCOMPARE(toList(factorizeNaive(n)), expected);
}

void TestFactorKernels::fastProperty()
{
    std::mt19937_64 engine(20240611);
    for (int i = 0; i < 3000; ++i) {
        // Mix the full range with products of two ~32-bit primes-ish numbers, rho's hard case.
        quint64 n = engine();
        if (i % 3 == 1)
            n = (engine() >> 32 | 1) * (engine() >> 32 | 1);
        const QString problem = checkFactorization(n, factorizeFast(n));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestFactorKernels::naiveAgreesWithFast()
{
    const QList<quint64> numbers = generateNumbers(3000, 2, 1000000000000ULL, 7);
    for (quint64 n : numbers) {
        const Factors naive = factorizeNaive(n);
        QCOMPARE(toList(naive), toList(factorizeFast(n)));
        QVERIFY(!naive.cancelled);
    }
}

void TestFactorKernels::naiveCancel()
{
    // A 64-bit prime needs 2^32 naive divisions; a set flag must stop it at the first poll.
    std::atomic<bool> cancel{true};
    const Factors f = factorizeNaive(18446744073709551557ULL, &cancel);
    QVERIFY(f.cancelled);
}

void TestFactorKernels::isPrime_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<bool>("prime");
    QTest::newRow("0") << quint64(0) << false;
    QTest::newRow("1") << quint64(1) << false;
    QTest::newRow("2") << quint64(2) << true;
    QTest::newRow("1993") << quint64(1993) << true;
    QTest::newRow("1995") << quint64(1995) << false;
    QTest::newRow("Carmichael 561") << quint64(561) << false;
    QTest::newRow("spsp(2) 2047") << quint64(2047) << false;
    QTest::newRow("spsp(2,3,5,7) 3215031751") << quint64(3215031751ULL) << false;
    QTest::newRow("spsp(2,7,61) 4759123141") << quint64(4759123141ULL) << false;
    QTest::newRow("prime 4759123129") << quint64(4759123129ULL) << true;
    QTest::newRow("largest 32-bit prime") << quint64(4294967291ULL) << true;
    QTest::newRow("Chernick Carmichael near 2^64") << quint64(18404023255395111361ULL) << false;
    QTest::newRow("2^64-83") << quint64(18446744073709551533ULL) << true;
    QTest::newRow("3825123056546413051") << quint64(3825123056546413051ULL) << false;
    QTest::newRow("2^61-1") << quint64(2305843009213693951ULL) << true;
    QTest::newRow("2^64-59") << quint64(18446744073709551557ULL) << true;
    QTest::newRow("2^64-1") << ~quint64(0) << false;
}

void TestFactorKernels::isPrime()
{
    QFETCH(quint64, n);
    QFETCH(bool, prime);
    QCOMPARE(isPrime64(n), prime);
    QCOMPARE(referenceIsPrime(n), prime);
}

void TestFactorKernels::formatLine()
{
    char line[MaxFactorLine];
    QCOMPARE(QByteArray(line, formatFactorLine(12, factorizeFast(12), line)), QByteArray("12: 2 2 3"));
    QCOMPARE(QByteArray(line, formatFactorLine(1, factorizeFast(1), line)), QByteArray("1:"));
    QCOMPARE(QByteArray(line, formatFactorLine(0, factorizeFast(0), line)), QByteArray("0:"));
    const quint64 max = ~quint64(0);
    QCOMPARE(QByteArray(line, formatFactorLine(max, factorizeFast(max), line)),
             QByteArray("18446744073709551615: 3 5 17 257 641 65537 6700417"));
}

void TestFactorKernels::checksumIsOrderIndependent()
{
    const QList<quint64> numbers = generateNumbers(500, 2, 1000000, 1);
    FactorChecksum forward, backward, halves[2];
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        forward.add(numbers[i], factorizeFast(numbers[i]));
        backward.add(numbers[numbers.size() - 1 - i], factorizeFast(numbers[numbers.size() - 1 - i]));
        halves[i % 2].add(numbers[i], factorizeFast(numbers[i]));
    }
    halves[0].merge(halves[1]);
    QCOMPARE(forward.toString(), backward.toString());
    QCOMPARE(forward.value(), halves[0].value());
    QCOMPARE(forward.toString().size(), 16);
    FactorChecksum one;
    one.addLine("12: 2 2 3");
    FactorChecksum other;
    other.addLine("12: 2 3 3");
    QVERIFY(one.value() != other.value());
    // FNV-1a 64 of the empty string is its offset basis.
    QCOMPARE(FactorChecksum::fnv1a({}), 0xcbf29ce484222325ULL);
}

void TestFactorKernels::generatorIsReproducible()
{
    // Golden values: the algorithm is documented in numbergenerator.h and must not drift, or
    // saved results and the Python reference stop matching.
    const QList<quint64> numbers = generateNumbers(5, 20000, 100000000, 42);
    QCOMPARE(numbers, generateNumbers(5, 20000, 100000000, 42));
    QVERIFY(numbers != generateNumbers(5, 20000, 100000000, 43));
    std::mt19937_64 engine(42);
    const quint64 bound = 100000000 - 20000 + 1;
    const quint64 threshold = (0 - bound) % bound;
    quint64 x = engine();
    while (x < threshold)
        x = engine();
    QCOMPARE(numbers.first(), 20000 + x % bound);
    QCOMPARE(generateNumbers(2, 0, ~quint64(0), 5), (QList<quint64>{std::mt19937_64(5)(), [] {
                                                                        std::mt19937_64 e(5);
                                                                        e();
                                                                        return quint64(e());
                                                                    }()}));
}

void TestFactorKernels::generatorRange_data()
{
    QTest::addColumn<quint64>("min");
    QTest::addColumn<quint64>("max");
    QTest::newRow("outline") << quint64(20000) << quint64(100000000);
    QTest::newRow("single value") << quint64(77) << quint64(77);
    QTest::newRow("two values") << quint64(0) << quint64(1);
    QTest::newRow("top of the range") << (~quint64(0) - 10) << ~quint64(0);
    QTest::newRow("full range") << quint64(0) << ~quint64(0);
}

void TestFactorKernels::generatorRange()
{
    QFETCH(quint64, min);
    QFETCH(quint64, max);
    const QList<quint64> numbers = generateNumbers(2000, min, max, 9);
    QCOMPARE(numbers.size(), 2000);
    for (quint64 n : numbers)
        QVERIFY(n >= min && n <= max);
    if (max - min == 1) // both ends are reached
        QVERIFY(numbers.contains(min) && numbers.contains(max));
    QVERIFY(generateNumbers(0, min, max, 9).isEmpty());
}

LAB_TEST_GUILESS_MAIN(TestFactorKernels)
#include "tst_factorkernels.moc"
