// SPDX-License-Identifier: GPL-3.0-or-later
// `concurrency-lab threads` against its own /proc and against ps -L, at the same moment.
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

class TestThreadsCommand : public QObject
{
    Q_OBJECT
private slots:
    void jsonAgreesWithProc();
    void textTable();
    void badArguments_data();
    void badArguments();

private:
    static QString lab() { return QStringLiteral(LAB_BIN_DIR "/concurrency-lab"); }
};

void TestThreadsCommand::jsonAgreesWithProc()
{
    QProcess process;
    process.start(lab(), {QStringLiteral("threads"), QStringLiteral("--spawn"), QStringLiteral("3"),
                          QStringLiteral("--name-prefix"), QStringLiteral("probe"), QStringLiteral("--hold-ms"),
                          QStringLiteral("4000"), QStringLiteral("--json")});
    QVERIFY(process.waitForStarted(10000));
    QByteArray out;
    QJsonDocument doc;
    // The JSON is printed before the hold; read it while the process is still alive.
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += process.readAllStandardOutput(), doc = QJsonDocument::fromJson(out), doc.isObject()), 10000);
    QCOMPARE(process.state(), QProcess::Running);
    const qint64 pid = doc[QStringLiteral("pid")].toInteger();
    QCOMPARE(pid, process.processId());

    // What /proc and ps say now, while the lab threads still wait.
    QMap<qint64, QPair<QString, char>> proc;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        QVERIFY(stat.open(QIODevice::ReadOnly));
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        proc.insert(tid.toLongLong(), {QString::fromUtf8(line.mid(open + 1, close - open - 1)), line.at(close + 2)});
    }
    QMap<qint64, QPair<QString, QString>> ps;
    const QString psPath = QStandardPaths::findExecutable(QStringLiteral("ps"));
    if (!psPath.isEmpty()) {
        QProcess psProcess;
        psProcess.start(psPath, {QStringLiteral("-L"), QStringLiteral("-o"), QStringLiteral("tid=,comm=,stat="),
                                 QStringLiteral("-p"), QString::number(pid)});
        QVERIFY(psProcess.waitForFinished(10000));
        for (const QByteArray &line : psProcess.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 3)
                ps.insert(parts.first().toLongLong(), {QString::fromUtf8(parts.mid(1, parts.size() - 2).join(' ')),
                                                       QString::fromUtf8(parts.last())});
        }
    }

    const QJsonArray threads = doc[QStringLiteral("threads")].toArray();
    QCOMPARE(qsizetype(threads.size()), proc.size()); // same set of threads
    int lab = 0;
    for (const QJsonValue &value : threads) {
        const QJsonObject t = value.toObject();
        const qint64 tid = t[QStringLiteral("tid")].toInteger();
        QVERIFY2(proc.contains(tid), qPrintable(QString::number(tid)));
        QCOMPARE(t[QStringLiteral("os_name")].toString(), proc[tid].first);
        QCOMPARE(t[QStringLiteral("process")].toString(), proc[pid].first);
        QVERIFY(t[QStringLiteral("core")].toInt() >= 0);
        if (!ps.isEmpty()) {
            QVERIFY(ps.contains(tid));
            QCOMPARE(ps[tid].first, proc[tid].first);
        }
        if (t[QStringLiteral("origin")].toString() == QLatin1String("lab")) {
            ++lab;
            QVERIFY(t[QStringLiteral("name")].toString().startsWith(QLatin1String("probe-")));
            QCOMPARE(t[QStringLiteral("lab_state")].toString(), QStringLiteral("waiting"));
            QCOMPARE(t[QStringLiteral("kernel_state")].toString(), QStringLiteral("S"));
            QCOMPARE(proc[tid].second, 'S'); // still waiting, as the kernel and ps agree
            if (!ps.isEmpty())
                QVERIFY(ps[tid].second.startsWith(QLatin1Char('S')));
        } else {
            QVERIFY(t[QStringLiteral("lab_state")].isNull());
        }
    }
    QCOMPARE(lab, 3);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestThreadsCommand::textTable()
{
    QProcess process;
    process.start(lab(), {QStringLiteral("threads"), QStringLiteral("--spawn"), QStringLiteral("2")});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(out.contains(QLatin1String("lab-0")));
    QVERIFY(out.contains(QLatin1String("lab-1")));
    QVERIFY(out.contains(QLatin1String("Waiting")));
}

void TestThreadsCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::newRow("spawn negative") << QStringList{QStringLiteral("--spawn"), QStringLiteral("-1")}
                                    << QStringLiteral("--spawn");
    QTest::newRow("spawn too many") << QStringList{QStringLiteral("--spawn"), QStringLiteral("5000")}
                                    << QStringLiteral("--spawn");
    QTest::newRow("hold not a number") << QStringList{QStringLiteral("--hold-ms"), QStringLiteral("soon")}
                                       << QStringLiteral("--hold-ms");
    QTest::newRow("empty prefix") << QStringList{QStringLiteral("--name-prefix"), QString()}
                                  << QStringLiteral("--name-prefix");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
}

void TestThreadsCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QProcess process;
    process.start(lab(), QStringList{QStringLiteral("threads")} + arguments);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(option), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
}

LAB_TEST_GUILESS_MAIN(TestThreadsCommand)
#include "tst_threadscommand.moc"
