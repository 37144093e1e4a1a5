// SPDX-License-Identifier: GPL-3.0-or-later
// The mpi factorization strategy: hosts validation, mpirun's arguments, agreement with sequential on
// local ranks, cancel (no rank survives), and the two-host recipe (two network namespaces).
#include "core/runners/factorbenchmark.h"
#include "core/runners/factormpirunner.h"
#include "core/runners/factorrunner.h"
#include "core/trace/tracerecorder.h"
#include "core/workloads/numbergenerator.h"
#include "labprocess.h"
#include "labtest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>
#include <unistd.h>

using namespace Lab::Core;

namespace {

std::shared_ptr<const FactorWorkload> makeWorkload(QList<quint64> numbers)
{
    auto workload = std::make_shared<FactorWorkload>();
    workload->numbers = std::move(numbers);
    workload->algorithm = FactorAlgorithm::Naive;
    return workload;
}

RunResult runToEnd(FactorRunner &runner)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(120000) && finished.isEmpty())
        return {};
    return finished.first().first().value<RunResult>();
}

// Alive and not a zombie waiting to be reaped.
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren > 0 && text.size() > paren + 2 && text.at(paren + 2) != 'Z' && text.at(paren + 2) != 'X';
}

} // namespace

class TestMpiStrategy : public QObject
{
    Q_OBJECT
private slots:
    void checkHosts_data();
    void checkHosts();
    void mpirunArguments();
    void ranksAgreeWithSequential();
    void cancelLeavesNoRank();
    void badHostsOnTheCommandLine();
    void unavailableWithoutMpirun();
    void twoHostsInNamespaces();
};

void TestMpiStrategy::checkHosts_data()
{
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty: this machine") << QString() << true;
    QTest::newRow("one host") << QStringLiteral("localhost") << true;
    QTest::newRow("hosts with slots") << QStringLiteral("node1:2,10.0.0.2:4") << true;
    QTest::newRow("zero slots") << QStringLiteral("node1:0") << false;
    QTest::newRow("too many slots") << QStringLiteral("node1:5000") << false;
    QTest::newRow("empty entry") << QStringLiteral("node1,,node2") << false;
    QTest::newRow("shell characters") << QStringLiteral("node1;rm") << false;
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/hostfile") << false;
}

void TestMpiStrategy::checkHosts()
{
    QFETCH(QString, hosts);
    QFETCH(bool, accepted);
    QCOMPARE(FactorMpiRunner::checkHosts(hosts).isEmpty(), accepted);
    QCOMPARE(!FactorizeOptions::schema().find(u"mpi-hosts")->check(hosts).has_value(), accepted);
}

void TestMpiStrategy::mpirunArguments()
{
    const QStringList local = FactorMpiRunner::mpirunArguments(3, QString(), QStringLiteral("/w"));
    QCOMPARE(local.contains(QStringLiteral("--allow-run-as-root")), ::geteuid() == 0);
    QVERIFY(local.join(QLatin1Char(' ')).endsWith(QStringLiteral("--use-hwthread-cpus -np 3 /w")));
    const QStringList listed = FactorMpiRunner::mpirunArguments(2, QStringLiteral("a:1,b:1"), QStringLiteral("/w"));
    QVERIFY(listed.join(QLatin1Char(' ')).endsWith(QStringLiteral("-np 2 --host a:1,b:1 /w")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hosts"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("# two nodes\nnode1 slots=2\nnode2 slots=2\n");
    out.close();
    QVERIFY(FactorMpiRunner::mpirunArguments(2, file, QStringLiteral("/w")).contains(QStringLiteral("--hostfile")));
    QCOMPARE(FactorMpiRunner::hostNames(file), (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
    QCOMPARE(FactorMpiRunner::hostNames(QStringLiteral("a:1,b")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestMpiStrategy::ranksAgreeWithSequential()
{
    if (const QString why = FactorMpiRunner::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("mpi unavailable: ") + why));
    const auto workload = makeWorkload(generateNumbers(3000, 20000, 100000000, 7));
    auto sequential = FactorRunner::create(QStringLiteral("sequential"), 1);
    sequential->setWorkload(workload);
    const RunResult expected = runToEnd(*sequential);
    QVERIFY(expected.succeeded());

    FactorMpiRunner mpi(2);
    mpi.setWorkload(workload);
    QSignalSpy ranks(&mpi, &FactorMpiRunner::rankStarted);
    const RunResult result = runToEnd(mpi);
    QVERIFY2(result.succeeded(), qPrintable(result.failure));
    QCOMPARE(result.checksum, expected.checksum);
    QCOMPARE(result.itemsOk, qint64(3000));
    QCOMPARE(result.workers, 2);
    QCOMPARE(ranks.size(), 2);
    QVERIFY(result.startupSeconds > 0);
    QVERIFY(!result.entryValues.value(QStringLiteral("hosts")).toString().isEmpty());
}

void TestMpiStrategy::cancelLeavesNoRank()
{
    if (const QString why = FactorMpiRunner::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("mpi unavailable: ") + why));
    // Large primes near 10^18 take seconds each by trial division: the ranks are busy when cancelled.
    const auto workload = makeWorkload(QList<quint64>(8, 999999999999999989ULL));
    FactorMpiRunner mpi(2);
    mpi.setWorkload(workload);
    QSignalSpy ranks(&mpi, &FactorMpiRunner::rankStarted);
    QSignalSpy finished(&mpi, &Runner::finished);
    mpi.start();
    QTRY_COMPARE_WITH_TIMEOUT(ranks.size(), 2, 60000);
    const qint64 mpirun = mpi.mpirunPid();
    const QList<qint64> pids = mpi.rankPids();
    for (qint64 pid : pids)
        QVERIFY(processAlive(pid));
    // Local ranks are in the monitor's process list, beside mpirun, until mpirun ends.
    const auto rankWorker = [](qint64 pid) {
        const QList<LabWorkerStatus> workers = TraceRecorder::instance()->workers();
        const auto it = std::find_if(workers.cbegin(), workers.cend(),
                                     [pid](const LabWorkerStatus &w) { return w.isProcess && w.pid == pid; });
        return it == workers.cend() ? LabWorkerStatus{} : *it;
    };
    for (qint64 pid : pids) {
        QVERIFY2(rankWorker(pid).name.startsWith(QLatin1String("mpi-rank-")), qPrintable(rankWorker(pid).name));
        QVERIFY(rankWorker(pid).state != ThreadState::Terminated);
    }
    QTest::qWait(200); // the numbers have reached the ranks
    mpi.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<RunResult>().cancelled);
    for (qint64 pid : pids)
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(mpirun), 10000);
    for (qint64 pid : pids)
        QTRY_COMPARE_WITH_TIMEOUT(rankWorker(pid).state, ThreadState::Terminated, 10000);
}

void TestMpiStrategy::badHostsOnTheCommandLine()
{
    const LabProcess::Outcome outcome =
        LabProcess::run({QStringLiteral("run"), QStringLiteral("factorize")},
                        {QStringLiteral("--strategies"), QStringLiteral("sequential,mpi"),
                         QStringLiteral("--mpi-hosts"), QStringLiteral("node1:0")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("--mpi-hosts: must be an existing Open MPI hostfile or host:slots"),
             outcome.err.constData());
    QCOMPARE(outcome.err.count('\n'), 1);
}

void TestMpiStrategy::unavailableWithoutMpirun()
{
    // Without mpirun on the PATH the strategy says so, in one line, before any work starts.
    QProcess lab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
    lab.setProcessEnvironment(environment);
    lab.start(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"),
              {QStringLiteral("run"), QStringLiteral("factorize"), QStringLiteral("--strategies"),
               QStringLiteral("sequential,mpi"), QStringLiteral("--count"), QStringLiteral("10")});
    QVERIFY(lab.waitForFinished(60000));
    const QByteArray err = lab.readAllStandardError();
    QCOMPARE(lab.exitCode(), 2);
    QVERIFY2(err.contains("--strategies: mpi is unavailable here: mpirun was not found"), err.constData());
    QCOMPARE(err.count('\n'), 1);
}

void TestMpiStrategy::twoHostsInNamespaces()
{
    if (const QString why = FactorMpiRunner::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("mpi unavailable: ") + why));
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("result.json"));
    const QString script = QStringLiteral(LAB_TEST_DATA_DIR "/../../scripts/mpi-two-hosts.sh");
    const LabProcess::Outcome outcome = LabProcess::runProgram(
        script,
        {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
         QStringLiteral("exec \"$0\" run factorize --strategies sequential,mpi --workers 2 --count 2000 --warmup 0 "
                        "--runs 1 --mpi-hosts \"$LAB_MPI_HOSTFILE\" --json \"$1\""),
         QStringLiteral(LAB_BIN_DIR "/concurrency-lab"), json},
        120000);
    if (outcome.exitCode == 77)
        QSKIP(outcome.err.trimmed().constData());
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject result = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray entries = result.value(QStringLiteral("results")).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject sequential = entries.at(0).toObject();
    const QJsonObject mpi = entries.at(1).toObject();
    QCOMPARE(mpi.value(QStringLiteral("strategy")).toString(), QStringLiteral("mpi"));
    QCOMPARE(mpi.value(QStringLiteral("workers")).toInt(), 2);
    QCOMPARE(mpi.value(QStringLiteral("checksum")), sequential.value(QStringLiteral("checksum")));
    // The ranks ran in both namespaces, each with its own host name.
    QCOMPARE(mpi.value(QStringLiteral("hosts")).toString(), QStringLiteral("lab-a,lab-b"));
    QCOMPARE(result.value(QStringLiteral("environment")).toObject().value(QStringLiteral("mpi_hosts")).toArray().size(),
             2);
}

LAB_TEST_GUILESS_MAIN(TestMpiStrategy)
#include "tst_mpistrategy.moc"
