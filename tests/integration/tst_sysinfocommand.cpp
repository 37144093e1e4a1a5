// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/system/machineinfo.h"
#include "labprocess.h"
#include "labtest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Lab::Core;

namespace {

// `concurrency-lab <arguments...>`, killed after 30 s.
LabProcess::Outcome runLab(const QStringList &arguments)
{
    return LabProcess::run({}, arguments, 30000);
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
    const LabProcess::Outcome outcome = runLab({QStringLiteral("sysinfo"), QStringLiteral("--json")});
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
    const LabProcess::Outcome outcome = runLab({QStringLiteral("sysinfo")});
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
    const LabProcess::Outcome outcome = runLab(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.out.isEmpty());
    const QString err = QString::fromUtf8(outcome.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QLatin1String("concurrency-lab sysinfo: ")), qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

LAB_TEST_GUILESS_MAIN(TestSysinfoCommand)
#include "tst_sysinfocommand.moc"
