// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/system/cpulist.h"
#include "core/system/machineinfo.h"
#include "labtest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

using namespace Lab::Core;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(LAB_TEST_DATA_DIR "/sysfs/") + QLatin1String(name);
}

// "L1 Data 0,4" per cache instance: compact enough to compare whole lists by hand.
QStringList describe(const QList<CacheInfo> &caches)
{
    QStringList out;
    for (const CacheInfo &cache : caches) {
        out.append(QStringLiteral("L%1 %2 %3 %4/%5")
                       .arg(cache.level)
                       .arg(cache.type, formatCpuList(cache.sharedCpus))
                       .arg(cache.sizeBytes / 1024)
                       .arg(cache.lineSizeBytes));
    }
    return out;
}

} // namespace

class TestMachineInfo : public QObject
{
    Q_OBJECT
private slots:
    void parseCpuList_data();
    void parseCpuList();
    void formatCpuListRoundTrip();
    void formatBytes_data();
    void formatBytes();
    void vmWithoutNodeFolder();
    void twoNodeNuma();
    void hybridCores();
    void sparseInformation();
    void missingRoot();
    void environmentJson();
    void liveMachine();
};

void TestMachineInfo::parseCpuList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<int>>("cpus");
    QTest::newRow("empty") << QString() << true << QList<int>{};
    QTest::newRow("single") << QStringLiteral("0\n") << true << QList<int>{0};
    QTest::newRow("range") << QStringLiteral("0-3") << true << QList<int>{0, 1, 2, 3};
    QTest::newRow("ranges") << QStringLiteral("0-1,8-9") << true << QList<int>{0, 1, 8, 9};
    QTest::newRow("mixed, unsorted, repeated") << QStringLiteral("5,0-2,1") << true << QList<int>{0, 1, 2, 5};
    QTest::newRow("spaces") << QStringLiteral(" 2 , 4-5 ") << true << QList<int>{2, 4, 5};
    QTest::newRow("reversed range") << QStringLiteral("3-1") << false << QList<int>{};
    QTest::newRow("garbage") << QStringLiteral("zero") << false << QList<int>{};
    QTest::newRow("negative") << QStringLiteral("-1") << false << QList<int>{};
    QTest::newRow("empty part") << QStringLiteral("0,,1") << false << QList<int>{};
    QTest::newRow("absurd") << QStringLiteral("0-4294967295") << false << QList<int>{};
}

void TestMachineInfo::parseCpuList()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QList<int>, cpus);
    QList<int> parsed{99};
    QCOMPARE(Lab::Core::parseCpuList(text, &parsed), ok);
    QCOMPARE(parsed, cpus);
}

void TestMachineInfo::formatCpuListRoundTrip()
{
    QCOMPARE(formatCpuList({0, 1, 2, 3, 8, 9, 10, 11}), QStringLiteral("0-3,8-11"));
    QCOMPARE(formatCpuList({7, 0, 2, 1}), QStringLiteral("0-2,7"));
    QCOMPARE(formatCpuList({}), QString());
    const QString text = QStringLiteral("0,2,4-6,63");
    QCOMPARE(formatCpuList(Lab::Core::parseCpuList(text)), text);
}

void TestMachineInfo::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    const QLocale c = QLocale::c();
    QTest::newRow("bytes") << qint64(64) << c << QStringLiteral("64 bytes");
    QTest::newRow("zero") << qint64(0) << c << QStringLiteral("0 bytes");
    QTest::newRow("KiB") << qint64(32768) << c << QStringLiteral("32 KiB");
    QTest::newRow("just below a unit") << qint64(1023) << c << QStringLiteral("1023 bytes");
    QTest::newRow("fraction") << qint64(1280 * 1024) << c << QStringLiteral("1.25 MiB");
    QTest::newRow("GiB") << qint64(16) * 1024 * 1024 * 1024 << c << QStringLiteral("16 GiB");
    QTest::newRow("MemTotal") << qint64(16337396) * 1024 << c << QStringLiteral("15.58 GiB");
    QTest::newRow("negative") << qint64(-132) * 1024 << c << QStringLiteral("-132 KiB");
    QTest::newRow("German fraction") << qint64(1280 * 1024) << QLocale(QLocale::German, QLocale::Germany)
                                     << QStringLiteral("1,25 MiB");
}

void TestMachineInfo::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(Lab::Core::formatBytes(bytes, locale), text);
}

void TestMachineInfo::vmWithoutNodeFolder()
{
    const MachineInfo info = MachineInfo::read(fixture("vm2"));
    QCOMPARE(info.cpuModel, QStringLiteral("AMD EPYC 7B13"));
    QCOMPARE(info.logicalCores, 2);
    QCOMPARE(info.physicalCores, 2);
    QVERIFY(!info.isHybrid());
    QCOMPARE(info.numaNodes.size(), 1);
    QVERIFY(!info.numaFromKernel);
    QCOMPARE(info.numaNodes.at(0).cpus, (QList<int>{0, 1}));
    QCOMPARE(info.numaNodes.at(0).memoryBytes, qint64(4026532) * 1024);
    QCOMPARE(info.memoryBytes, qint64(4026532) * 1024);
    QVERIFY(info.notes.join(QLatin1Char('\n')).contains(QLatin1String("/sys/devices/system/node")));
    QCOMPARE(describe(info.caches), (QStringList{
                                        QStringLiteral("L1 Data 0 32/64"),
                                        QStringLiteral("L1 Data 1 32/64"),
                                        QStringLiteral("L1 Instruction 0 32/64"),
                                        QStringLiteral("L1 Instruction 1 32/64"),
                                        QStringLiteral("L2 Unified 0 512/64"),
                                        QStringLiteral("L2 Unified 1 512/64"),
                                        QStringLiteral("L3 Unified 0-1 32768/64"),
                                    }));
    QCOMPARE(info.os, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(info.kernel, QStringLiteral("Linux 6.1.0-18-amd64"));
}

void TestMachineInfo::twoNodeNuma()
{
    const MachineInfo info = MachineInfo::read(fixture("numa2"));
    QCOMPARE(info.cpuModel, QStringLiteral("Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz"));
    QCOMPARE(info.logicalCores, 8);
    QCOMPARE(info.physicalCores, 4);
    QVERIFY(info.numaFromKernel);
    QCOMPARE(info.numaNodes.size(), 2);
    QCOMPARE(info.numaNodes.at(0).cpus, (QList<int>{0, 1, 4, 5}));
    QCOMPARE(info.numaNodes.at(1).cpus, (QList<int>{2, 3, 6, 7}));
    QCOMPARE(info.numaNodes.at(1).memoryBytes, qint64(8192000) * 1024);
    QCOMPARE(info.memoryBytes, qint64(16384000) * 1024);
    // cpu6 is the hyper-thread sibling of cpu2: package 1, core 0, node 1.
    QCOMPARE(info.cpus.size(), 8);
    QCOMPARE(info.cpus.at(6).package, 1);
    QCOMPARE(info.cpus.at(6).core, 0);
    QCOMPARE(info.cpus.at(6).node, 1);
    QCOMPARE(info.cpus.at(5).node, 0);
    const QStringList caches = describe(info.caches);
    QCOMPARE(caches.size(), 14);
    QCOMPARE(caches.count(QStringLiteral("L1 Data 0,4 32/64")), 1);
    QCOMPARE(caches.count(QStringLiteral("L2 Unified 3,7 1024/64")), 1);
    QCOMPARE(caches.mid(12), (QStringList{QStringLiteral("L3 Unified 0-1,4-5 22528/64"),
                                          QStringLiteral("L3 Unified 2-3,6-7 22528/64")}));
    QCOMPARE(info.toEnvironmentJson().value(QStringLiteral("numa_nodes")).toInt(), 2);
}

void TestMachineInfo::hybridCores()
{
    const MachineInfo info = MachineInfo::read(fixture("hybrid"));
    QCOMPARE(info.logicalCores, 8);
    QCOMPARE(info.physicalCores, 6); // 2 P-cores with two threads each + 4 E-cores
    QVERIFY(info.isHybrid());
    QCOMPARE(info.coreTypes.size(), 2);
    QCOMPARE(info.coreTypes.at(0).name, QStringLiteral("performance"));
    QCOMPARE(info.coreTypes.at(0).cpus, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(info.coreTypes.at(1).name, QStringLiteral("efficiency"));
    QCOMPARE(info.coreTypes.at(1).cpus, (QList<int>{4, 5, 6, 7}));
    QCOMPARE(info.cpus.at(3).coreType, QStringLiteral("performance"));
    QCOMPARE(info.cpus.at(4).coreType, QStringLiteral("efficiency"));
    QCOMPARE(info.numaNodes.size(), 1);
    QVERIFY(info.numaFromKernel);
    QCOMPARE(info.os, QStringLiteral("Fedora Linux 39 (Workstation Edition)"));
    QCOMPARE(info.kernel, QStringLiteral("Linux 6.5.6-300.fc39.x86_64"));
    const QStringList caches = describe(info.caches);
    QCOMPARE(caches.size(), 16);
    QVERIFY(caches.contains(QStringLiteral("L2 Unified 4-7 2048/64")));
    QVERIFY(caches.contains(QStringLiteral("L2 Unified 2-3 1280/64")));
    QVERIFY(caches.contains(QStringLiteral("L1 Instruction 6 64/64")));

    // The report groups instances of one shape: the E-cores' L2 is one 2 MiB instance for 4 CPUs.
    const QJsonObject json = info.toEnvironmentJson();
    const QJsonArray groups = json.value(QStringLiteral("caches")).toArray();
    QCOMPARE(groups.size(), 7);
    const QJsonObject eL2 = groups.at(5).toObject();
    QCOMPARE(eL2.value(QStringLiteral("level")).toInt(), 2);
    QCOMPARE(eL2.value(QStringLiteral("size_bytes")).toInteger(), 2048 * 1024);
    QCOMPARE(eL2.value(QStringLiteral("instances")).toInt(), 1);
    QCOMPARE(eL2.value(QStringLiteral("shared_cpu_lists")).toArray().at(0).toString(), QStringLiteral("4-7"));
    const QJsonArray hybrid = json.value(QStringLiteral("hybrid")).toArray();
    QCOMPARE(hybrid.size(), 2);
    QCOMPARE(hybrid.at(1).toObject().value(QStringLiteral("cpus")).toString(), QStringLiteral("4-7"));
    QVERIFY(info.toText().contains(QLatin1String("Efficiency cores")));
}

void TestMachineInfo::sparseInformation()
{
    const MachineInfo info = MachineInfo::read(fixture("sparse"));
    QCOMPARE(info.cpuModel, QStringLiteral("Some CPU"));
    QCOMPARE(info.logicalCores, 4);  // from the cpuN folders: there is no "online" file
    QCOMPARE(info.physicalCores, 2); // from /proc/cpuinfo: no topology folders
    QCOMPARE(info.cpus.at(2).core, 0);
    QCOMPARE(info.numaNodes.size(), 1);
    QCOMPARE(info.numaNodes.at(0).cpus, (QList<int>{0, 1, 2, 3}));
    // The entry without a level is skipped; the one without size/line keeps its level and type.
    QCOMPARE(describe(info.caches),
             (QStringList{QStringLiteral("L1 Data 0,2 32/64"), QStringLiteral("L2 Unified 0 0/0")}));
    QCOMPARE(info.os, QStringLiteral("unknown"));
    const QString notes = info.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("cache")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("os-release")), qPrintable(notes));
}

void TestMachineInfo::missingRoot()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const MachineInfo info = MachineInfo::read(empty.path());
    QCOMPARE(info.logicalCores, 0);
    QCOMPARE(info.physicalCores, 0);
    QCOMPARE(info.numaNodes.size(), 1);
    QCOMPARE(info.cpuModel, QStringLiteral("unknown"));
    QCOMPARE(info.kernel, QStringLiteral("unknown"));
    QVERIFY(info.notes.size() >= 4);
    QVERIFY(!info.toText().isEmpty());
}

void TestMachineInfo::environmentJson()
{
    const QJsonObject json = MachineInfo::read(fixture("vm2")).toEnvironmentJson();
    // The DESIGN.md environment keys, with their types.
    for (const char *key : {"cpu_model", "os", "kernel", "qt_version", "compiler", "build_type", "timestamp"})
        QVERIFY2(json.value(QLatin1String(key)).isString() && !json.value(QLatin1String(key)).toString().isEmpty(),
                 key);
    for (const char *key : {"logical_cores", "physical_cores", "numa_nodes", "memory_bytes"})
        QVERIFY2(json.value(QLatin1String(key)).isDouble(), key);
    QVERIFY(json.value(QStringLiteral("caches")).isArray());
    QVERIFY(json.value(QStringLiteral("hybrid")).isArray());
    QCOMPARE(json.value(QStringLiteral("hybrid")).toArray().size(), 0);
    QCOMPARE(json.value(QStringLiteral("qt_version")).toString(), QString::fromLatin1(qVersion()));
    QCOMPARE(json.value(QStringLiteral("build_type")).toString(), QStringLiteral(LAB_BUILD_TYPE));
    QVERIFY(json.value(QStringLiteral("timestamp")).toString().endsWith(QLatin1Char('Z')));
    const QJsonArray caches = json.value(QStringLiteral("caches")).toArray();
    QCOMPARE(caches.size(), 4);
    QCOMPARE(caches.at(0).toObject().value(QStringLiteral("instances")).toInt(), 2);
}

void TestMachineInfo::liveMachine()
{
    // This machine: whatever it is, the reader must agree with what Qt and the kernel say elsewhere.
    const MachineInfo info = MachineInfo::read();
    QVERIFY(info.logicalCores >= 1);
    QVERIFY(info.physicalCores >= 1);
    QVERIFY(info.physicalCores <= info.logicalCores);
    QVERIFY(!info.numaNodes.isEmpty());
    QVERIFY(info.memoryBytes > 0);
    // The live path asks QSysInfo, not the files the fixtures use: compare with those files.
    QFile release(QStringLiteral("/proc/sys/kernel/osrelease"));
    if (release.open(QIODevice::ReadOnly))
        QCOMPARE(info.kernel, QStringLiteral("Linux ") + QString::fromUtf8(release.readAll()).trimmed());
    else
        QVERIFY(info.kernel.startsWith(QLatin1String("Linux")));
    QFile osRelease(QStringLiteral("/etc/os-release"));
    if (osRelease.open(QIODevice::ReadOnly)) {
        QVERIFY2(info.os != QLatin1String("unknown"), qPrintable(info.os));
        QVERIFY2(QString::fromUtf8(osRelease.readAll()).contains(info.os), qPrintable(info.os));
    }
}

LAB_TEST_GUILESS_MAIN(TestMachineInfo)
#include "tst_machineinfo.moc"
