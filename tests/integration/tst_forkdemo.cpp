// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/processinfo.h"
#include "core/experiments/workerdemoprocess.h"
#include "labtest.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>

using namespace Lab::Core;

class TestForkDemo : public QObject
{
    Q_OBJECT
private slots:
    void forkReportsTwoProcesses();
    void badArguments_data();
    void badArguments();
    void throughWorkerDemoProcess();
    void childVisibleWhileHeld();
};

static QString forkWorker()
{
    return QStringLiteral(LAB_BIN_DIR "/concurrency-lab-worker");
}

void TestForkDemo::forkReportsTwoProcesses()
{
    QProcess process;
    process.start(forkWorker(), {QStringLiteral("fork-demo")});
    QVERIFY(process.waitForStarted(10000));
    const qint64 workerPid = process.processId();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const int parent = json.value(QLatin1String("parent_pid")).toInt();
    const int child = json.value(QLatin1String("child_pid")).toInt();
    QCOMPARE(parent, int(workerPid));
    QVERIFY(child > 0);
    QVERIFY(child != parent);
    QCOMPARE(json.value(QLatin1String("child_parent_pid")).toInt(), parent);
    QCOMPARE(json.value(QLatin1String("fork_returned")).toInt(), child);
    QVERIFY(json.value(QLatin1String("child_reaped")).toBool());
    QCOMPARE(json.value(QLatin1String("child_exit_code")).toInt(), 0);
    // Same virtual address, different values: the child changed its own copy.
    QCOMPARE(json.value(QLatin1String("variable_address_child")), json.value(QLatin1String("variable_address_parent")));
    QCOMPARE(json.value(QLatin1String("variable_in_child")).toInt(), 42);
    QCOMPARE(json.value(QLatin1String("variable_in_parent_after")).toInt(), 41);
    // Reaped: no zombie left behind.
    QVERIFY(!ProcessInfo::read(child).valid);
}

void TestForkDemo::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative hold") << QStringList{QStringLiteral("--hold-ms"), QStringLiteral("-1")}
                                   << QStringLiteral("--hold-ms: must be an integer from 0 to 600000");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--hold-ms")}
                                   << QStringLiteral("--hold-ms: needs a value");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("unknown option");
}

void TestForkDemo::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(forkWorker(), QStringList{QStringLiteral("fork-demo")} + arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char('\n')), 1);
}

void TestForkDemo::throughWorkerDemoProcess()
{
    WorkerDemoProcess demo;
    QSignalSpy finished(&demo, &WorkerDemoProcess::finished);
    QVERIFY(demo.start({QStringLiteral("fork-demo")}, forkWorker()));
    QVERIFY(finished.wait(10000));
    const auto exit = finished.first().at(0).value<WorkerDemoExit>();
    QVERIFY(!exit.crashed);
    QCOMPARE(exit.exitCode, 0);
    QCOMPARE(exit.events.size(), 1);
    QCOMPARE(exit.events.first().value(QLatin1String("parent_pid")).toInt(), int(exit.pid));
}

void TestForkDemo::childVisibleWhileHeld()
{
    WorkerDemoProcess demo;
    QSignalSpy started(&demo, &WorkerDemoProcess::started);
    QSignalSpy finished(&demo, &WorkerDemoProcess::finished);
    QVERIFY(
        demo.start({QStringLiteral("fork-demo"), QStringLiteral("--hold-ms"), QStringLiteral("3000")}, forkWorker()));
    QVERIFY(started.wait(5000));
    const qint64 parent = demo.pid();
    // The held child is a live process whose parent is the worker: the tree a panel shows.
    pid_t child = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            // /proc/<pid>/task/<tid>/children needs CONFIG_PROC_CHILDREN: scan ppids instead.
            for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                bool ok = false;
                const int pid = entry.toInt(&ok);
                if (ok && pid != parent && ProcessInfo::read(pid).ppid == parent)
                    child = pid;
            }
            return child > 0;
        }(),
        3000);
    const ProcessInfo info = ProcessInfo::read(child);
    QVERIFY(info.valid);
    QCOMPARE(qint64(info.ppid), parent);
    demo.kill(); // the forked child has PR_SET_PDEATHSIG too: it dies with the worker
    QVERIFY(finished.wait(5000));
    // Gone, or a zombie waiting for whoever adopted it to reap it: either way no longer running.
    QTRY_VERIFY_WITH_TIMEOUT(!ProcessInfo::read(child).valid || ProcessInfo::read(child).state == QLatin1Char('Z'),
                             2000);
    const auto exit = finished.first().at(0).value<WorkerDemoExit>();
    QVERIFY(exit.crashed);
    QCOMPARE(exit.signal, SIGKILL);
    QCOMPARE(exit.signalName, QStringLiteral("SIGKILL"));
}

LAB_TEST_GUILESS_MAIN(TestForkDemo)
#include "tst_forkdemo.moc"
