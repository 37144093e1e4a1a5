// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiments/workerdemoprocess.h"
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>

#include <csignal>

using namespace Lab::Core;

class TestDaemonDemo : public QObject
{
    Q_OBJECT
private slots:
    void standardThreadFinishesDaemonDoesNot();
    void endOfProgramFromStdin();
    void terminateAndKill_data();
    void terminateAndKill();
    void badArguments();
    void pingThenCrash();
};

static QString daemonWorker()
{
    return QStringLiteral(LAB_BIN_DIR "/concurrency-lab-worker");
}

static QStringList eventNames(const QList<QJsonObject> &events)
{
    QStringList names;
    for (const QJsonObject &e : events)
        names.append(e.value(QLatin1String("event")).toString());
    return names;
}

static QSet<QString> threadNamesOf(qint64 pid)
{
    QSet<QString> names;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QLatin1String("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            names.insert(QString::fromUtf8(comm.readAll()).trimmed());
    }
    return names;
}

void TestDaemonDemo::standardThreadFinishesDaemonDoesNot()
{
    WorkerDemoProcess demo;
    QSignalSpy finished(&demo, &WorkerDemoProcess::finished);
    // The program "ends" after 300 ms while the worker still has ~900 ms of work to do.
    QVERIFY(demo.start({QStringLiteral("daemon-demo"), QStringLiteral("--run-ms"), QStringLiteral("300"),
                        QStringLiteral("--work-ms"), QStringLiteral("1200"), QStringLiteral("--beat-ms"),
                        QStringLiteral("50")},
                       daemonWorker()));
    QTRY_VERIFY_WITH_TIMEOUT(eventNames(demo.events()).contains(QLatin1String("start")), 5000);
    // Both threads exist, named, in the child: what the monitor shows.
    const QSet<QString> names = threadNamesOf(demo.pid());
    QVERIFY2(names.contains(QLatin1String("demo-daemon")) && names.contains(QLatin1String("demo-worker")),
             qPrintable(QStringList(names.values()).join(QLatin1Char(','))));
    QVERIFY(finished.wait(20000));

    const auto exit = finished.first().at(0).value<WorkerDemoExit>();
    QVERIFY(!exit.crashed);
    QCOMPARE(exit.exitCode, 0);
    const QStringList order = eventNames(exit.events);
    const int end = order.indexOf(QLatin1String("end-of-program"));
    const int workerDone = order.indexOf(QLatin1String("worker-done"));
    QVERIFY(end > 0);
    QVERIFY2(workerDone > end, "the program must wait for the standard thread after its end");
    QCOMPARE(order.last(), QStringLiteral("exiting"));
    int lastProgress = 0;
    int beats = 0;
    for (const QJsonObject &e : exit.events) {
        if (e.value(QLatin1String("event")) == QLatin1String("progress"))
            lastProgress = e.value(QLatin1String("done")).toInt();
        if (e.value(QLatin1String("event")) == QLatin1String("beat"))
            ++beats;
    }
    QCOMPARE(lastProgress, 10); // the standard thread did all its work
    // The daemon was still alive when the process ended; it never finished.
    const QJsonObject exiting = exit.events.last();
    QVERIFY(exiting.value(QLatin1String("worker_finished")).toBool());
    QVERIFY(exiting.value(QLatin1String("daemon_alive")).toBool());
    QVERIFY(beats >= 2);
    QCOMPARE(exiting.value(QLatin1String("daemon_beats")).toInt(), beats);
    int beatsAfterEnd = 0;
    for (int i = end + 1; i < order.size(); ++i)
        beatsAfterEnd += order.at(i) == QLatin1String("beat") ? 1 : 0;
    QVERIFY2(beatsAfterEnd >= 1, "the daemon keeps beating while the program waits for the worker");
}

void TestDaemonDemo::endOfProgramFromStdin()
{
    WorkerDemoProcess demo;
    QSignalSpy finished(&demo, &WorkerDemoProcess::finished);
    QVERIFY(demo.start({QStringLiteral("daemon-demo"), QStringLiteral("--work-ms"), QStringLiteral("100")},
                       daemonWorker()));
    QTRY_VERIFY_WITH_TIMEOUT(eventNames(demo.events()).contains(QLatin1String("worker-done")), 5000);
    QVERIFY(!eventNames(demo.events()).contains(QLatin1String("end-of-program"))); // runs until told
    demo.endProgram();
    QVERIFY(finished.wait(5000));
    const auto exit = finished.first().at(0).value<WorkerDemoExit>();
    QCOMPARE(exit.exitCode, 0);
    QCOMPARE(eventNames(exit.events).last(), QStringLiteral("exiting"));
}

void TestDaemonDemo::terminateAndKill_data()
{
    QTest::addColumn<bool>("useKill");
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("terminate") << false << int(SIGTERM) << QStringLiteral("SIGTERM");
    QTest::newRow("kill") << true << int(SIGKILL) << QStringLiteral("SIGKILL");
}

void TestDaemonDemo::terminateAndKill()
{
    QFETCH(bool, useKill);
    QFETCH(int, signal);
    QFETCH(QString, name);
    WorkerDemoProcess demo;
    QSignalSpy finished(&demo, &WorkerDemoProcess::finished);
    QVERIFY(demo.start({QStringLiteral("daemon-demo"), QStringLiteral("--work-ms"), QStringLiteral("60000")},
                       daemonWorker()));
    QTRY_VERIFY_WITH_TIMEOUT(eventNames(demo.events()).contains(QLatin1String("start")), 5000);
    if (useKill)
        demo.kill();
    else
        demo.terminate();
    QVERIFY(finished.wait(5000));
    const auto exit = finished.first().at(0).value<WorkerDemoExit>();
    QVERIFY(exit.crashed);
    QCOMPARE(exit.signal, signal);
    QCOMPARE(exit.signalName, name);
    QVERIFY(!eventNames(exit.events).contains(QLatin1String("exiting"))); // no clean end
}

void TestDaemonDemo::badArguments()
{
    WorkerDemoProcess demo;
    QSignalSpy finished(&demo, &WorkerDemoProcess::finished);
    QVERIFY(
        demo.start({QStringLiteral("daemon-demo"), QStringLiteral("--beat-ms"), QStringLiteral("0")}, daemonWorker()));
    QVERIFY(finished.wait(5000));
    const auto exit = finished.first().at(0).value<WorkerDemoExit>();
    QCOMPARE(exit.exitCode, 2);
    QVERIFY(exit.events.isEmpty());
    QVERIFY2(exit.errorOutput.contains(QLatin1String("--beat-ms: must be an integer from 10 to 10000 (got \"0\")")),
             qPrintable(exit.errorOutput));
}

void TestDaemonDemo::pingThenCrash()
{
    WorkerDemoProcess demo;
    QSignalSpy finished(&demo, &WorkerDemoProcess::finished);
    QVERIFY(demo.start({QStringLiteral("daemon-demo"), QStringLiteral("--work-ms"), QStringLiteral("100")},
                       daemonWorker()));
    QTRY_VERIFY_WITH_TIMEOUT(eventNames(demo.events()).contains(QLatin1String("start")), 5000);
    QVERIFY(demo.request("ping"));
    QVERIFY(demo.request("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(eventNames(demo.events()).count(QLatin1String("pong")), 2, 5000);
    const qint64 pid = demo.pid();
    QVERIFY(demo.request("crash"));
    QVERIFY(finished.wait(10000));
    const auto exit = finished.first().at(0).value<WorkerDemoExit>();
    QVERIFY(exit.crashed); // a signal, not an exit code: the kernel ended it
    QCOMPARE(exit.signal, int(SIGSEGV));
    QCOMPARE(exit.signalName, QStringLiteral("SIGSEGV"));
    QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
    const QStringList order = eventNames(exit.events);
    QVERIFY(!order.contains(QLatin1String("exiting")));
    QVERIFY(!order.contains(QLatin1String("end-of-program")));
    // The crash happened in a thread other than the main one, and took the whole process with it.
    QJsonObject crashing;
    for (const QJsonObject &e : exit.events) {
        if (e.value(QLatin1String("event")) == QLatin1String("crashing"))
            crashing = e;
    }
    QCOMPARE(crashing.value(QLatin1String("signal")).toString(), QStringLiteral("SIGSEGV"));
    QVERIFY(crashing.value(QLatin1String("tid")).toInteger() != pid);
    QVERIFY(!demo.request("ping")); // nobody to ask any more
}

LAB_TEST_GUILESS_MAIN(TestDaemonDemo)
#include "tst_daemondemo.moc"
