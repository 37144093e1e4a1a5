// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/imagegenerator.h"
#include "core/net/imageserverhost.h"
#include "core/runners/downloadasyncrunner.h"
#include "core/runners/downloadrunner.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>

#include <memory>

using namespace Lab::Core;

namespace {

QStringList imageUrls(const ImageServerHost &host, int count)
{
    QStringList urls;
    for (int i = 0; i < count; ++i)
        urls.append(host.imageUrl(i).toString());
    return urls;
}

// What DownloadRunner's checksum must be when items 0..count-1 all arrived intact.
QString expectedChecksum(int count, int sizeKb)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < count; ++i) {
        const QByteArray sha =
            QCryptographicHash::hash(ImageGenerator::png(i, sizeKb * 1024), QCryptographicHash::Sha256);
        hash.addData(QByteArray(QByteArray::number(i) + ':' + sha));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

RunResult runToEnd(DownloadRunner &runner, int timeoutMs = 30000)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!QTest::qWaitFor([&] { return finished.size() == 1; }, timeoutMs))
        return {};
    return finished.first().first().value<RunResult>();
}

} // namespace

class TestDownloadRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void strategies_data();
    void strategies();
    void uncappedSpreadsOverManagers();
    void goodItemsBesideBadOnes_data();
    void goodItemsBesideBadOnes();
    void cancelIsBounded_data();
    void cancelIsBounded();
    void reportsThreadStatesToTheTrace_data();
    void reportsThreadStatesToTheTrace();
    void emptyListFinishes();
    void unknownStrategy();

private:
    ImageServerHost m_host;
};

void TestDownloadRunner::initTestCase()
{
    // A long latency keeps every request of a strategy waiting at the same time, so the peak the
    // server sees is the strategy's real concurrency, not an accident of timing.
    QVERIFY(m_host.start({.latencyMs = 700, .sizeKb = 8}, 0, 10));
}

void TestDownloadRunner::strategies_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("peak");
    QTest::addColumn<QString>("threadName");
    QTest::newRow("sequential") << QStringLiteral("sequential") << 1 << 1 << QStringLiteral("^sequential$");
    QTest::newRow("threads") << QStringLiteral("threads") << 8 << 8 << QStringLiteral("^download-[0-7]$");
    QTest::newRow("async: capped at 6 per host") << QStringLiteral("async") << 1 << 6 << QStringLiteral("^async$");
    QTest::newRow("async-uncapped: all at once")
        << QStringLiteral("async-uncapped") << 1 << 8 << QStringLiteral("^async-uncapped$");
    QTest::newRow("pool of 3") << QStringLiteral("pool") << 3 << 3 << QStringLiteral("^pool-[1-3]$");
}

void TestDownloadRunner::uncappedSpreadsOverManagers()
{
    // 20 requests to one host: 4 managers of at most 6, every request in flight at once.
    DownloadAsyncRunner runner(imageUrls(m_host, 20), {}, DownloadAsyncRunner::Cap::Uncapped);
    const_cast<ImageServer *>(m_host.server())->resetPeak();
    const RunResult result = runToEnd(runner);
    QVERIFY(result.succeeded());
    QCOMPARE(result.itemsOk, 20);
    QCOMPARE(runner.managerCount(), 4);
    QCOMPARE(m_host.server()->peakRequestsInFlight(), 20);
    QCOMPARE(result.checksum, expectedChecksum(20, 8));

    DownloadAsyncRunner capped(imageUrls(m_host, 20), {}, DownloadAsyncRunner::Cap::PerManager);
    const_cast<ImageServer *>(m_host.server())->resetPeak();
    QVERIFY(runToEnd(capped).succeeded());
    QCOMPARE(capped.managerCount(), 1);
    QCOMPARE(m_host.server()->peakRequestsInFlight(), 6);
}

void TestDownloadRunner::strategies()
{
    QFETCH(QString, strategy);
    QFETCH(int, workers);
    QFETCH(int, peak);
    QFETCH(QString, threadName);
    const int count = 8;
    std::unique_ptr<DownloadRunner> runner(
        DownloadRunner::create(strategy, imageUrls(m_host, count), {}, workers == 8 ? 1 : workers));
    QVERIFY(runner);
    QCOMPARE(runner->strategy(), strategy);
    QCOMPARE(runner->workers(), workers);
    QSignalSpy itemFinished(runner.get(), &DownloadRunner::itemFinished);
    QSignalSpy progress(runner.get(), &Runner::progressChanged);
    const_cast<ImageServer *>(m_host.server())->resetPeak();

    const RunResult result = runToEnd(*runner);
    QCOMPARE(result.strategy, strategy);
    QCOMPARE(result.itemsOk, count);
    QCOMPARE(result.itemsFailed, 0);
    QVERIFY(result.errors.isEmpty());
    QVERIFY(result.succeeded());
    QCOMPARE(result.checksum, expectedChecksum(count, 8));
    QCOMPARE(itemFinished.size(), count);
    QCOMPARE(progress.last().at(0).toLongLong(), count);
    QCOMPARE(m_host.server()->peakRequestsInFlight(), peak);
    QCOMPARE(DownloadRunner::maxInFlight(strategy, count, workers), peak);

    const QRegularExpression name(threadName);
    const auto &items = runner->items();
    QCOMPARE(items.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(items[i].index, i);
        QVERIFY2(items[i].ok(), qPrintable(items[i].error));
        QVERIFY2(name.match(items[i].worker).hasMatch(), qPrintable(items[i].worker));
        QCOMPARE(items[i].data.size(), 8 * 1024);
        QVERIFY(items[i].startSeconds <= items[i].endSeconds);
        QVERIFY(items[i].endSeconds <= result.wallSeconds);
    }
    // Runs again with the same outcome (runners are reusable).
    const RunResult again = runToEnd(*runner);
    QCOMPARE(again.checksum, result.checksum);
}

void TestDownloadRunner::goodItemsBesideBadOnes_data()
{
    QTest::addColumn<QString>("strategy");
    for (const QString &strategy : DownloadRunner::strategies())
        QTest::newRow(qPrintable(strategy)) << strategy;
}

void TestDownloadRunner::goodItemsBesideBadOnes()
{
    QFETCH(QString, strategy);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString refused = QStringLiteral("http://127.0.0.1:%1/x.png").arg(probe.serverPort());
    probe.close();
    QUrl missing = m_host.baseUrl();
    missing.setPath(QStringLiteral("/nothing-here.png"));
    const QStringList sources = {m_host.imageUrl(0).toString(),
                                 refused,
                                 m_host.imageUrl(1).toString(),
                                 QStringLiteral("gopher://x/"),
                                 missing.toString(),
                                 m_host.imageUrl(2).toString()};
    std::unique_ptr<DownloadRunner> runner(DownloadRunner::create(strategy, sources, {}, 2));
    const RunResult result = runToEnd(*runner);
    QCOMPARE(result.itemsOk, 3);
    QCOMPARE(result.itemsFailed, 3);
    const QList<ItemError> expected = {
        {refused, QStringLiteral("connection refused")},
        {QStringLiteral("gopher://x/"), QStringLiteral("unsupported scheme \"gopher\" (only http and https)")},
        {missing.toString(), QStringLiteral("HTTP 404 (Not Found)")},
    };
    QCOMPARE(result.errors, expected);
    // The checksum covers exactly the items that arrived (list positions 0, 2, 5 = images 0, 1, 2).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[position, image] : {std::pair{0, 0}, std::pair{2, 1}, std::pair{5, 2}}) {
        const QByteArray sha =
            QCryptographicHash::hash(ImageGenerator::png(image, 8 * 1024), QCryptographicHash::Sha256);
        hash.addData(QByteArray(QByteArray::number(position) + ':' + sha));
    }
    QCOMPARE(result.checksum, QString::fromLatin1(hash.result().toHex().left(16)));
    for (int i : {0, 2, 5})
        QVERIFY(runner->items().at(i).ok());
}

void TestDownloadRunner::cancelIsBounded_data()
{
    goodItemsBesideBadOnes_data();
}

void TestDownloadRunner::cancelIsBounded()
{
    QFETCH(QString, strategy);
    ImageServerHost slow;
    QVERIFY(slow.start({.latencyMs = 60000, .sizeKb = 1}));
    QStringList sources;
    for (int i = 0; i < 4; ++i)
        sources.append(slow.imageUrl(i).toString());
    std::unique_ptr<DownloadRunner> runner(DownloadRunner::create(strategy, sources, {}, 2));
    QSignalSpy finished(runner.get(), &Runner::finished);
    runner->start();
    QVERIFY(runner->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(slow.server()->requestsInFlight() >= 1, 10000);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const auto result = finished.first().first().value<RunResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.itemsOk, 0);
    QCOMPARE(result.itemsFailed, 4);
    QVERIFY(!runner->isRunning());
}

void TestDownloadRunner::reportsThreadStatesToTheTrace_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("threads") << QStringLiteral("threads")
                             << QStringList{QStringLiteral("download-0"), QStringLiteral("download-1"),
                                            QStringLiteral("download-2")};
    QTest::newRow("pool") << QStringLiteral("pool") << QStringList{QStringLiteral("pool-1"), QStringLiteral("pool-2")};
    QTest::newRow("sequential") << QStringLiteral("sequential") << QStringList{QStringLiteral("sequential")};
}

void TestDownloadRunner::reportsThreadStatesToTheTrace()
{
    QFETCH(QString, strategy);
    QFETCH(QStringList, names);
    TraceRecorder *recorder = TraceRecorder::instance();
    recorder->clear();
    std::unique_ptr<DownloadRunner> runner(DownloadRunner::create(strategy, imageUrls(m_host, 3), {}, 2));
    const RunResult result = runToEnd(*runner);
    QCOMPARE(result.itemsOk, 3);

    QHash<int, QString> nameOf;
    for (const LabWorkerStatus &worker : recorder->workers()) {
        if (names.contains(worker.name)) {
            nameOf.insert(worker.workerId, worker.name);
            QTRY_COMPARE(recorder->worker(worker.workerId).state, ThreadState::Terminated);
        }
    }
    QStringList seen = nameOf.values();
    seen.sort();
    QCOMPARE(seen, names);
    // While a download was in flight each thread was Blocked on network I/O, and it also ran.
    QSet<QString> blocked, running;
    for (const TraceEvent &event : recorder->events()) {
        if (!nameOf.contains(event.workerId) || event.kind != TraceEventKind::StateChanged)
            continue;
        if (event.state == ThreadState::Blocked && event.detail.startsWith(QStringLiteral("network: http://")))
            blocked.insert(nameOf.value(event.workerId));
        if (event.state == ThreadState::Running)
            running.insert(nameOf.value(event.workerId));
    }
    QCOMPARE(blocked.size(), names.size());
    QCOMPARE(running.size(), names.size());
}

void TestDownloadRunner::emptyListFinishes()
{
    for (const QString &strategy : DownloadRunner::strategies()) {
        std::unique_ptr<DownloadRunner> runner(DownloadRunner::create(strategy, {}, {}, 2));
        const RunResult result = runToEnd(*runner);
        QCOMPARE(result.strategy, strategy);
        QCOMPARE(result.itemsOk + result.itemsFailed, 0);
    }
}

void TestDownloadRunner::unknownStrategy()
{
    QVERIFY(!DownloadRunner::create(QStringLiteral("magic"), {}, {}, 1));
}

LAB_TEST_GUILESS_MAIN(TestDownloadRunner)
#include "tst_downloadrunner.moc"
