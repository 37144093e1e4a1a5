// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/atomicfile.h"
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Lab::Core;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportFile : public QObject
{
    Q_OBJECT
private slots:
    void writesAndReplaces();
    void refuses_data();
    void refuses();
    void devFull();
    void fileTooLargeLeavesOldFile();
    void readOnlyFolder();
};

void TestReportFile::writesAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QString error;
    QVERIFY2(writeFileAtomically(path, "first", &error), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("first"));
    QVERIFY(writeFileAtomically(path, "second", &error));
    QCOMPARE(contents(path), QByteArray("second"));
    QVERIFY(writeFileAtomically(path, QByteArray(), &error)); // empty content is a valid file
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.json")});
}

void TestReportFile::refuses_data()
{
    QTest::addColumn<QString>("relative"); // under the temporary folder; absolute when it starts with '/'
    QTest::addColumn<QString>("reason");
    QTest::newRow("folder missing") << QStringLiteral("no/such/folder/out.csv") << QStringLiteral("does not exist");
    QTest::newRow("parent is a file") << QStringLiteral("plain.txt/out.csv") << QStringLiteral("is not a folder");
    QTest::newRow("target is a folder") << QStringLiteral("sub") << QStringLiteral("it is a folder");
    QTest::newRow("empty name") << QString() << QStringLiteral("no file name");
    // /proc refuses new files even to root.
    QTest::newRow("proc") << QStringLiteral("/proc/concurrency-lab-test.json") << QString();
}

void TestReportFile::refuses()
{
    QFETCH(QString, relative);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString path = relative.isEmpty()                      ? QString()
                         : relative.startsWith(QLatin1Char('/')) ? relative
                                                                 : dir.filePath(relative);
    QString error;
    QVERIFY(!writeFileAtomically(path, "data", &error));
    QVERIFY2(error.startsWith(QLatin1String("cannot write")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    if (!path.isEmpty())
        QVERIFY2(!QFileInfo(path).isFile(), qPrintable(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("plain.txt")});
}

void TestReportFile::devFull()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    QString error;
    QVERIFY(!writeFileAtomically(QStringLiteral("/dev/full"), "data", &error));
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
    struct stat info
    {};
    QCOMPARE(stat("/dev/full", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode)); // still the device, never replaced by a file
}

void TestReportFile::fileTooLargeLeavesOldFile()
{
    // A full disk cannot be made without privileges; RLIMIT_FSIZE fails writes the same way
    // (EFBIG instead of ENOSPC) at the same point: after open, during write or commit.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("result.csv"));
    QString error;
    QVERIFY(writeFileAtomically(path, "old contents", &error));

    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool written = writeFileAtomically(path, QByteArray(1 << 20, 'x'), &error);
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written);
    QVERIFY2(error.contains(QLatin1String("result.csv")), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("old contents"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("result.csv")});
}

void TestReportFile::readOnlyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString probe = folder + QStringLiteral("/probe");
    QFile test(probe);
    if (test.open(QIODevice::WriteOnly)) {
        test.close();
        test.remove();
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("permissions are not enforced for this user (root); /proc covers the unwritable case");
    }
    QString error;
    QVERIFY(!writeFileAtomically(folder + QStringLiteral("/out.json"), "data", &error));
    QVERIFY2(error.contains(QLatin1String("out.json")), qPrintable(error));
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

LAB_TEST_GUILESS_MAIN(TestReportFile)
#include "tst_reportfile.moc"
