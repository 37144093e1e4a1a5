// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/system/machineinfo.h"
#include "labtest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Lab::Core;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runLab(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"), arguments);
    Outcome outcome;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

} // namespace

class TestSysinfoCommand : public QObject
{
    Q_OBJECT
private slots:
    void json();
    void text();
    void badArguments_data();
    void badArguments();
};

void TestSysinfoCommand::json()
{
    const Outcome outcome = runLab({QStringLiteral("sysinfo"), QStringLiteral("--json")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.err.isEmpty());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(outcome.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject json = document.object();
    for (const char *key : {"cpu_model", "logical_cores", "physical_cores", "numa_nodes", "os", "kernel", "qt_version",
                            "compiler", "build_type", "timestamp", "memory_bytes", "caches", "hybrid"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    // The command reads the same machine the library reads in-process.
    const MachineInfo here = MachineInfo::read();
    QCOMPARE(json.value(QStringLiteral("logical_cores")).toInt(), here.logicalCores);
    QCOMPARE(json.value(QStringLiteral("physical_cores")).toInt(), here.physicalCores);
    QCOMPARE(json.value(QStringLiteral("numa_nodes")).toInt(), int(here.numaNodes.size()));
    QCOMPARE(json.value(QStringLiteral("cpu_model")).toString(), here.cpuModel);
}

void TestSysinfoCommand::text()
{
    const Outcome outcome = runLab({QStringLiteral("sysinfo")});
    QCOMPARE(outcome.exitCode, 0);
    const QString text = QString::fromUtf8(outcome.out);
    QVERIFY(text.contains(QLatin1String("Logical cores:")));
    QVERIFY(text.contains(QLatin1String("Kernel:")));
    QVERIFY(text.contains(MachineInfo::read().cpuModel));
    QVERIFY(QJsonDocument::fromJson(outcome.out).isNull());
}

void TestSysinfoCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
    QTest::newRow("value for a flag") << QStringList{QStringLiteral("--json=yes")} << QStringLiteral("json");
}

void TestSysinfoCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    arguments.prepend(QStringLiteral("sysinfo"));
    const Outcome outcome = runLab(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.out.isEmpty());
    const QString err = QString::fromUtf8(outcome.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QLatin1String("concurrency-lab sysinfo: ")), qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

LAB_TEST_GUILESS_MAIN(TestSysinfoCommand)
#include "tst_sysinfocommand.moc"
