// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workloads/factorbatchprotocol.h"
#include "labtest.h"

using namespace Lab::Core;

class TestFactorBatchProtocol : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void valid_data();
    void valid();
    void malformed_data();
    void malformed();
    void reply_data();
    void reply();
};

void TestFactorBatchProtocol::roundTrip()
{
    FactorBatchRequest request;
    request.id = 17;
    request.algorithm = FactorAlgorithm::Naive;
    request.withLines = true;
    request.numbers = {0, 1, 12, ~std::uint64_t(0)};
    const std::string line = FactorBatchProtocol::formatRequest(request);
    QCOMPARE(line, std::string("L 17 naive 0 1 12 18446744073709551615\n"));
    FactorBatchRequest parsed;
    std::string error, id;
    QVERIFY(FactorBatchProtocol::parseRequest(std::string_view(line).substr(0, line.size() - 1), &parsed, &error, &id));
    QCOMPARE(parsed.id, request.id);
    QCOMPARE(parsed.algorithm, request.algorithm);
    QCOMPARE(parsed.withLines, true);
    QVERIFY(parsed.numbers == request.numbers);
    QCOMPARE(id, std::string("17"));

    const FactorBatchReply reply{9, 0xabcdef0123456789ULL, 4};
    const std::string replyLine = FactorBatchProtocol::formatReply(reply);
    QCOMPARE(replyLine, std::string("R 9 abcdef0123456789 4\n"));
    FactorBatchReply parsedReply;
    QVERIFY(FactorBatchProtocol::parseReply(std::string_view(replyLine).substr(0, replyLine.size() - 1), &parsedReply));
    QCOMPARE(parsedReply.id, reply.id);
    QCOMPARE(parsedReply.checksum, reply.checksum);
    QCOMPARE(parsedReply.count, reply.count);
}

void TestFactorBatchProtocol::valid_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("count");
    QTest::newRow("no numbers") << QByteArray("B 1 fast") << 0;
    QTest::newRow("repeated spaces") << QByteArray("  B   2  fast   5    6 ") << 2;
    QTest::newRow("max id and number") << QByteArray("B 18446744073709551615 naive 18446744073709551615") << 1;
}

void TestFactorBatchProtocol::valid()
{
    QFETCH(QByteArray, line);
    QFETCH(int, count);
    FactorBatchRequest request;
    std::string error, id;
    QVERIFY2(FactorBatchProtocol::parseRequest(line.toStdString(), &request, &error, &id), error.c_str());
    QCOMPARE(int(request.numbers.size()), count);
}

void TestFactorBatchProtocol::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("errorContains");
    QTest::newRow("empty") << QByteArray("") << QByteArray("-") << QByteArray("empty");
    QTest::newRow("blank") << QByteArray("   ") << QByteArray("-") << QByteArray("empty");
    QTest::newRow("unknown kind") << QByteArray("X 1 fast 5") << QByteArray("-") << QByteArray("unknown request");
    QTest::newRow("lower-case kind") << QByteArray("b 1 fast 5") << QByteArray("-") << QByteArray("unknown request");
    QTest::newRow("missing id") << QByteArray("B") << QByteArray("-") << QByteArray("id");
    QTest::newRow("negative id") << QByteArray("B -1 fast") << QByteArray("-") << QByteArray("id");
    QTest::newRow("id overflow") << QByteArray("B 18446744073709551616 fast") << QByteArray("-") << QByteArray("id");
    QTest::newRow("missing algorithm") << QByteArray("B 3") << QByteArray("3") << QByteArray("algorithm");
    QTest::newRow("unknown algorithm") << QByteArray("B 3 quick 5") << QByteArray("3") << QByteArray("algorithm");
    QTest::newRow("number overflow") << QByteArray("B 4 fast 18446744073709551616") << QByteArray("4")
                                     << QByteArray("invalid number \"18446744073709551616\"");
    QTest::newRow("plus sign") << QByteArray("B 4 fast +5") << QByteArray("4") << QByteArray("invalid number");
    QTest::newRow("letters") << QByteArray("B 4 fast 5 abc 6") << QByteArray("4") << QByteArray("\"abc\"");
    QTest::newRow("tab separated") << QByteArray("B 4 fast 5\t6") << QByteArray("4") << QByteArray("invalid number");
    QTest::newRow("carriage return") << QByteArray("B 4 fast 5\r") << QByteArray("4") << QByteArray("invalid number");
    QTest::newRow("NUL byte") << QByteArray("B 4 fast 5\0006", 12) << QByteArray("4") << QByteArray("invalid number");
}

void TestFactorBatchProtocol::malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, errorContains);
    FactorBatchRequest request;
    std::string error, idText;
    QVERIFY(!FactorBatchProtocol::parseRequest(std::string_view(line.constData(), std::size_t(line.size())), &request,
                                               &error, &idText));
    QCOMPARE(idText, id.toStdString());
    QVERIFY2(error.find(errorContains.toStdString()) != std::string::npos, error.c_str());
    QVERIFY(FactorBatchProtocol::formatError(idText, error).starts_with("E " + id.toStdString() + ' '));
}

void TestFactorBatchProtocol::reply_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << QByteArray("R 1 0000000000000000 0") << true;
    QTest::newRow("short checksum") << QByteArray("R 1 abc 0") << false;
    QTest::newRow("bad checksum") << QByteArray("R 1 zzzzzzzzzzzzzzzz 0") << false;
    QTest::newRow("upper-case checksum") << QByteArray("R 1 ABCDEF0123456789 0") << false;
    QTest::newRow("missing count") << QByteArray("R 1 0000000000000000") << false;
    QTest::newRow("trailing field") << QByteArray("R 1 0000000000000000 0 9") << false;
    QTest::newRow("error reply") << QByteArray("E 1 bad") << false;
    QTest::newRow("factor line") << QByteArray("12: 2 2 3") << false;
}

void TestFactorBatchProtocol::reply()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, ok);
    FactorBatchReply reply;
    QCOMPARE(FactorBatchProtocol::parseReply(line.toStdString(), &reply), ok);
}

LAB_TEST_GUILESS_MAIN(TestFactorBatchProtocol)
#include "tst_factorbatchprotocol.moc"
