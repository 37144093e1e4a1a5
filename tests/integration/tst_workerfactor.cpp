// SPDX-License-Identifier: GPL-3.0-or-later
// concurrency-lab-worker against GNU coreutils factor, and its batch protocol.
#include "core/workloads/factorbatchprotocol.h"
#include "core/workloads/factorchecksum.h"
#include "core/workloads/numbergenerator.h"
#include "labtest.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <random>

using namespace Lab::Core;

namespace {

const QString GnuFactor = QStringLiteral("/usr/bin/factor");

QString workerPath()
{
    return QStringLiteral(LAB_BIN_DIR "/concurrency-lab-worker");
}

struct ProgramOutcome
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

ProgramOutcome runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                          const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    ProgramOutcome outcome{process.readAllStandardOutput(), process.readAllStandardError(), process.exitCode()};
    // Both programs name themselves by argv[0] in messages (GNU's error()); compare the rest.
    outcome.err.replace(QByteArray(program.toUtf8() + ": "), QByteArray("PROGRAM: "));
    return outcome;
}

QByteArray readFixture()
{
    QFile file(QStringLiteral(LAB_TEST_DATA_DIR "/factor/numbers.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestWorkerFactor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesGnuFactor_data();
    void matchesGnuFactor();
    void arguments_data();
    void arguments();
    void refusesNumbersPast64Bits();
    void naiveMatchesFast();
    void usageErrors_data();
    void usageErrors();
    void batchProtocol();
    void batchExitsOnStdinClose();
};

void TestWorkerFactor::initTestCase()
{
    QVERIFY2(QFile::exists(workerPath()), qPrintable(workerPath()));
    QVERIFY(!readFixture().isEmpty());
}

void TestWorkerFactor::matchesGnuFactor_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("algorithm");
    const QByteArray fixture = readFixture();
    QTest::newRow("fixture, fast, UTF-8") << fixture << QStringLiteral("C.UTF-8") << QStringLiteral("fast");
    QTest::newRow("fixture, fast, C locale") << fixture << QStringLiteral("C") << QStringLiteral("fast");
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("C.UTF-8") << QStringLiteral("fast");
    QTest::newRow("only delimiters") << QByteArray(" \t\n\n ") << QStringLiteral("C.UTF-8") << QStringLiteral("fast");
    QTest::newRow("no trailing newline") << QByteArray("12 13") << QStringLiteral("C.UTF-8") << QStringLiteral("fast");
    QTest::newRow("outline numbers, naive")
        << QByteArray("20000 99999989 100000000 65536 1\n") << QStringLiteral("C.UTF-8") << QStringLiteral("naive");
    // Larger than the worker's 64 KiB read size, so tokens straddle reads.
    QByteArray big;
    for (quint64 n : generateNumbers(40000, 0, ~quint64(0), 3))
        big += QByteArray::number(n) + (n % 3 ? " " : "\n");
    QTest::newRow("40000 64-bit numbers") << big << QStringLiteral("C.UTF-8") << QStringLiteral("fast");
    // Pollard-Brent's and Miller-Rabin's hard cases: products of two 32-bit numbers (often two large
    // primes), squares and cubes of large primes, Carmichael numbers, the primes just below 2^64.
    QByteArray hard("18446744073709551557 18446744073709551533 18446744073709551521 18446744073709551437\n"
                    "18404023255395111361 18349357898532971521 3825123056546413051 4759123141 3215031751\n"
                    "18446743927680663841 18446743515363807361 4611686014132420609 18446598518342697919\n");
    std::mt19937_64 engine(22);
    for (int i = 0; i < 4000; ++i) {
        const quint64 a = engine() >> 32 | 1;
        const quint64 b = engine() >> 32 | 1;
        hard += QByteArray::number(a * b) + ' ' + QByteArray::number(a * a) + '\n';
    }
    QTest::newRow("hard 64-bit cases") << hard << QStringLiteral("C.UTF-8") << QStringLiteral("fast");
}

void TestWorkerFactor::matchesGnuFactor()
{
    if (!QFile::exists(GnuFactor))
        QSKIP("GNU factor is not installed");
    QFETCH(QByteArray, input);
    QFETCH(QString, locale);
    QFETCH(QString, algorithm);
    const ProgramOutcome gnu = runProgram(GnuFactor, {}, input, locale);
    const ProgramOutcome worker =
        runProgram(workerPath(), {QStringLiteral("factor"), QStringLiteral("--algorithm"), algorithm}, input, locale);
    QCOMPARE(worker.exitCode, gnu.exitCode);
    QCOMPARE(worker.out.size(), gnu.out.size());
    QVERIFY(worker.out == gnu.out);
    QCOMPARE(worker.err, gnu.err);
}

void TestWorkerFactor::arguments_data()
{
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("plain") << QStringList{QStringLiteral("12"), QStringLiteral("0"), QStringLiteral("1")};
    QTest::newRow("leading space and plus") << QStringList{QStringLiteral("  13"), QStringLiteral("+14")};
    QTest::newRow("invalid in the middle")
        << QStringList{QStringLiteral("15"), QString(), QStringLiteral("x"), QStringLiteral("16")};
}

void TestWorkerFactor::arguments()
{
    if (!QFile::exists(GnuFactor))
        QSKIP("GNU factor is not installed");
    QFETCH(QStringList, numbers);
    const ProgramOutcome gnu = runProgram(GnuFactor, QStringList{QStringLiteral("--")} + numbers, {});
    const ProgramOutcome worker =
        runProgram(workerPath(), QStringList{QStringLiteral("factor"), QStringLiteral("--")} + numbers, {});
    QCOMPARE(worker.exitCode, gnu.exitCode);
    QCOMPARE(worker.out, gnu.out);
    QCOMPARE(worker.err, gnu.err);
}

void TestWorkerFactor::refusesNumbersPast64Bits()
{
    const ProgramOutcome worker = runProgram(workerPath(), {QStringLiteral("factor")},
                                             "6 18446744073709551616 +340282366920938463463374607431768211456 7\n");
    QCOMPARE(worker.exitCode, 1);
    QCOMPARE(worker.out, QByteArray("6: 2 3\n7: 7\n"));
    QCOMPARE(worker.err, QByteArray("PROGRAM: \xe2\x80\x98"
                                    "18446744073709551616\xe2\x80\x99 is too large: this worker factors "
                                    "integers up to 18446744073709551615\n"
                                    "PROGRAM: \xe2\x80\x98+340282366920938463463374607431768211456\xe2\x80\x99 "
                                    "is too large: this worker factors integers up to 18446744073709551615\n"));
}

void TestWorkerFactor::naiveMatchesFast()
{
    QByteArray input;
    for (quint64 n : generateNumbers(2000, 20000, 100000000, 42))
        input += QByteArray::number(n) + '\n';
    const ProgramOutcome naive =
        runProgram(workerPath(), {QStringLiteral("factor"), QStringLiteral("--algorithm=naive")}, input);
    const ProgramOutcome fast = runProgram(workerPath(), {QStringLiteral("factor")}, input);
    QCOMPARE(naive.exitCode, 0);
    QCOMPARE(naive.out.count('\n'), 2000);
    QCOMPARE(naive.out, fast.out);
}

void TestWorkerFactor::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no mode") << QStringList{} << QByteArray("name a mode");
    QTest::newRow("unknown mode") << QStringList{QStringLiteral("sum")} << QByteArray("unknown mode \"sum\"");
    QTest::newRow("unknown algorithm") << QStringList{QStringLiteral("factor"), QStringLiteral("--algorithm"),
                                                      QStringLiteral("quick")}
                                       << QByteArray("--algorithm: must be naive or fast (got \"quick\")");
    QTest::newRow("missing algorithm") << QStringList{QStringLiteral("factor"), QStringLiteral("--algorithm")}
                                       << QByteArray("--algorithm: must be naive or fast");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("factor"), QStringLiteral("--fast")}
                                    << QByteArray("unknown option \"--fast\"");
    QTest::newRow("batch arguments") << QStringList{QStringLiteral("batch"), QStringLiteral("x")}
                                     << QByteArray("takes no arguments");
}

void TestWorkerFactor::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const ProgramOutcome worker = runProgram(workerPath(), arguments, "12\n");
    QCOMPARE(worker.exitCode, 2);
    QVERIFY(worker.out.isEmpty());
    QVERIFY2(worker.err.contains(message), worker.err.constData());
}

void TestWorkerFactor::batchProtocol()
{
    const QList<quint64> numbers = generateNumbers(300, 0, ~quint64(0), 11);
    FactorChecksum expected;
    QByteArray expectedLines;
    char line[MaxFactorLine];
    for (quint64 n : numbers) {
        const int length = formatFactorLine(n, factorizeFast(n), line);
        expected.addLine(std::string_view(line, std::size_t(length)));
        expectedLines += QByteArray(line, length) + '\n';
    }
    const std::vector<std::uint64_t> values(numbers.begin(), numbers.end());
    const FactorBatchRequest summary{1, FactorAlgorithm::Fast, false, values};
    const FactorBatchRequest withLines{2, FactorAlgorithm::Fast, true, values};
    QByteArray input = QByteArray::fromStdString(FactorBatchProtocol::formatRequest(summary));
    input += "B 3 fast 1 abc\n";
    input += "nonsense\n";
    input += "\n";
    input += "B 4 turbo 5\n";
    input += QByteArray::fromStdString(FactorBatchProtocol::formatRequest(withLines));
    input += "B 5 naive\n";

    const ProgramOutcome worker = runProgram(workerPath(), {QStringLiteral("batch")}, input);
    QCOMPARE(worker.exitCode, 0);
    QVERIFY(worker.err.isEmpty());
    const QByteArray checksum = expected.toString().toLatin1();
    const QByteArray want = "R 1 " + checksum + " 300\n" +
                            "E 3 invalid number \"abc\" (expected 0 to 18446744073709551615)\n" +
                            "E - unknown request (expected B or L)\n" + "E - empty request\n" +
                            "E 4 missing or unknown algorithm (expected naive or fast)\n" + expectedLines + "R 2 " +
                            checksum + " 300\n" + "R 5 0000000000000000 0\n";
    QCOMPARE(worker.out, want);
}

void TestWorkerFactor::batchExitsOnStdinClose()
{
    QProcess process;
    process.start(workerPath(), {QStringLiteral("batch")});
    QVERIFY(process.waitForStarted());
    process.write("B 7 fast 12\n");
    QVERIFY(process.waitForReadyRead(10000));
    QVERIFY(process.readAllStandardOutput().startsWith("R 7 "));
    QCOMPARE(process.state(), QProcess::Running); // still waiting for more
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

LAB_TEST_GUILESS_MAIN(TestWorkerFactor)
#include "tst_workerfactor.moc"
