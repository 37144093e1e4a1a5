// SPDX-License-Identifier: GPL-3.0-or-later
// The /proc readers behind the processes panel's properties table (issue 13): signal actions from
// status, descriptor targets from fd/, shared libraries from maps; each on fixture text and on this
// very process after changing what it reads.
#include "core/monitor/openfiles.h"
#include "core/monitor/sharedlibraries.h"
#include "core/monitor/signaldispositions.h"
#include "labtest.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Lab::Core;

namespace {

QString fixtureRoot()
{
    return QStringLiteral(LAB_TEST_DATA_DIR "/procpid");
}

QByteArray statusWith(const QByteArray &blocked, const QByteArray &ignored, const QByteArray &caught)
{
    return "Name:\tw\nSigQ:\t0/100\nSigPnd:\t0000000000000000\nShdPnd:\t0000000000000000\nSigBlk:\t" + blocked +
           "\nSigIgn:\t" + ignored + "\nSigCgt:\t" + caught + "\nCapInh:\t0000000000000000\n";
}

void onSignal(int) {}

} // namespace

class TestProcProperties : public QObject
{
    Q_OBJECT
private slots:
    void signalNames_data();
    void signalNames();
    void dispositionsFixture();
    void dispositionsRejectBrokenStatus_data();
    void dispositionsRejectBrokenStatus();
    void dispositionsOfThisProcess();
    void openFilesFixture();
    void classify_data();
    void classify();
    void openFilesOfThisProcess();
    void sharedObjectNames_data();
    void sharedObjectNames();
    void librariesFixture();
    void librariesOfThisProcess();
    void missingProcess();
};

void TestProcProperties::signalNames_data()
{
    QTest::addColumn<quint64>("mask");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << quint64(0) << QStringList();
    QTest::newRow("PIPE") << (quint64(1) << (SIGPIPE - 1)) << QStringList{QStringLiteral("PIPE")};
    QTest::newRow("INT, TERM in number order") << ((quint64(1) << (SIGTERM - 1)) | (quint64(1) << (SIGINT - 1)))
                                               << QStringList{QStringLiteral("INT"), QStringLiteral("TERM")};
    QTest::newRow("glibc's own 32 and 33")
        << (quint64(3) << 31) << QStringList{QStringLiteral("CANCEL"), QStringLiteral("SETXID")};
    QTest::newRow("real-time") << (quint64(1) << (SIGRTMIN + 2 - 1)) << QStringList{QStringLiteral("RTMIN+2")};
    QTest::newRow("highest bit") << (quint64(1) << 63) << QStringList{QStringLiteral("RTMIN+%1").arg(64 - SIGRTMIN)};
}

void TestProcProperties::signalNames()
{
    QFETCH(quint64, mask);
    QFETCH(QStringList, names);
    QCOMPARE(SignalDispositions::names(mask), names);
}

void TestProcProperties::dispositionsFixture()
{
    const SignalDispositions d = SignalDispositions::read(4242, fixtureRoot());
    QVERIFY(d.valid);
    QCOMPARE(SignalDispositions::names(d.caught), QStringList({QStringLiteral("INT"), QStringLiteral("TERM"),
                                                               QStringLiteral("CANCEL"), QStringLiteral("SETXID")}));
    QCOMPARE(SignalDispositions::names(d.ignored), QStringList{QStringLiteral("PIPE")});
    QCOMPARE(SignalDispositions::names(d.blocked), QStringList{QStringLiteral("CHLD")});
}

void TestProcProperties::dispositionsRejectBrokenStatus_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no SigCgt") << QByteArray("SigBlk:\t0\nSigIgn:\t0\n");
    QTest::newRow("not hexadecimal") << statusWith("0000000000000000", "00000000000010zz", "0000000000000000");
    QTest::newRow("too long") << statusWith("0000000000000000", "00000000000000000", "0000000000000000");
    QTest::newRow("empty value") << statusWith("0000000000000000", "", "0000000000000000");
}

void TestProcProperties::dispositionsRejectBrokenStatus()
{
    QFETCH(QByteArray, status);
    const SignalDispositions d = SignalDispositions::parseStatus(status);
    QVERIFY(!d.valid);
    QCOMPARE(d.caught, quint64(0)); // nothing half-filled
    QCOMPARE(d.ignored, quint64(0));
}

void TestProcProperties::dispositionsOfThisProcess()
{
    const auto bit = [](int signal) { return quint64(1) << (signal - 1); };
    struct sigaction handler = {};
    handler.sa_handler = onSignal;
    struct sigaction oldUsr1 = {}, oldUsr2 = {};
    QCOMPARE(::sigaction(SIGUSR1, &handler, &oldUsr1), 0);
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    QCOMPARE(::sigaction(SIGUSR2, &ignore, &oldUsr2), 0);
    sigset_t block, oldMask;
    sigemptyset(&block);
    sigaddset(&block, SIGWINCH);
    QCOMPARE(::pthread_sigmask(SIG_BLOCK, &block, &oldMask), 0); // the test runs on the main thread

    const SignalDispositions changed = SignalDispositions::read(getpid());

    ::sigaction(SIGUSR1, &oldUsr1, nullptr);
    ::sigaction(SIGUSR2, &oldUsr2, nullptr);
    ::pthread_sigmask(SIG_SETMASK, &oldMask, nullptr);
    const SignalDispositions restored = SignalDispositions::read(getpid());

    QVERIFY(changed.valid && restored.valid);
    QVERIFY(changed.caught & bit(SIGUSR1));
    QVERIFY(changed.ignored & bit(SIGUSR2));
    QVERIFY(changed.blocked & bit(SIGWINCH));
    QVERIFY(!(restored.caught & bit(SIGUSR1)));
    QVERIFY(!(restored.ignored & bit(SIGUSR2)));
    QVERIFY(!(restored.blocked & bit(SIGWINCH)));
    QVERIFY(SignalDispositions::names(changed.caught).contains(QStringLiteral("USR1")));
}

void TestProcProperties::openFilesFixture()
{
    const OpenFiles files = OpenFiles::read(4242, fixtureRoot());
    QVERIFY(files.valid);
    QCOMPARE(files.count(), 7);
    QCOMPARE(files.count(OpenFiles::Kind::File), 2); // /dev/null, a deleted file with a space
    QCOMPARE(files.count(OpenFiles::Kind::Socket), 2);
    QCOMPARE(files.count(OpenFiles::Kind::Pipe), 2);
    QCOMPARE(files.count(OpenFiles::Kind::Other), 1); // anon_inode:[eventfd]
    QCOMPARE(files.descriptors.first().fd, 0);
    QCOMPARE(files.descriptors.last().fd, 12); // by number, not "0, 1, 12, 2"
    QCOMPARE(files.lines(OpenFiles::Kind::File),
             QStringList({QStringLiteral("0 → /dev/null"), QStringLiteral("9 → /tmp/lab log (deleted)")}));
    QCOMPARE(files.lines().size(), 7);
}

void TestProcProperties::classify_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("kind");
    QTest::newRow("file") << QStringLiteral("/home/a/notes.txt") << int(OpenFiles::Kind::File);
    QTest::newRow("device") << QStringLiteral("/dev/pts/3") << int(OpenFiles::Kind::File);
    QTest::newRow("memfd") << QStringLiteral("/memfd:wayland-shm (deleted)") << int(OpenFiles::Kind::File);
    QTest::newRow("socket") << QStringLiteral("socket:[123456]") << int(OpenFiles::Kind::Socket);
    QTest::newRow("pipe") << QStringLiteral("pipe:[98765]") << int(OpenFiles::Kind::Pipe);
    QTest::newRow("eventfd") << QStringLiteral("anon_inode:[eventfd]") << int(OpenFiles::Kind::Other);
    QTest::newRow("inotify") << QStringLiteral("anon_inode:inotify") << int(OpenFiles::Kind::Other);
    QTest::newRow("namespace") << QStringLiteral("net:[4026531840]") << int(OpenFiles::Kind::Other);
}

void TestProcProperties::classify()
{
    QFETCH(QString, target);
    QFETCH(int, kind);
    QCOMPARE(int(OpenFiles::classify(target)), kind);
}

void TestProcProperties::openFilesOfThisProcess()
{
    const OpenFiles before = OpenFiles::read(getpid());
    QVERIFY(before.valid);
    QFile file(fixtureRoot() + QLatin1String("/4242/status")); // (a QTemporaryFile may be unnamed: O_TMPFILE)
    QVERIFY(file.open(QIODevice::ReadOnly));
    int pipeEnds[2];
    QCOMPARE(::pipe(pipeEnds), 0);
    int socketEnds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, socketEnds), 0);

    const OpenFiles during = OpenFiles::read(getpid());

    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
    ::close(socketEnds[0]);
    ::close(socketEnds[1]);
    QVERIFY(during.valid);
    QCOMPARE(during.count(OpenFiles::Kind::Pipe), before.count(OpenFiles::Kind::Pipe) + 2);
    QCOMPARE(during.count(OpenFiles::Kind::Socket), before.count(OpenFiles::Kind::Socket) + 2);
    QCOMPARE(during.count(OpenFiles::Kind::File), before.count(OpenFiles::Kind::File) + 1);
    const QString line =
        QStringLiteral("%1 → %2").arg(file.handle()).arg(QFileInfo(file.fileName()).canonicalFilePath());
    QVERIFY2(during.lines(OpenFiles::Kind::File).contains(line), qPrintable(during.lines().join(QLatin1Char('\n'))));
    // (The listing's own descriptor is closed again before the readlinks, in both reads.)
    QCOMPARE(during.count(), before.count() + 5);
}

void TestProcProperties::sharedObjectNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("library");
    QTest::newRow("plain") << QStringLiteral("/usr/lib/libfoo.so") << true;
    QTest::newRow("soname") << QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6") << true;
    QTest::newRow("full version") << QStringLiteral("/usr/lib/libQt6Core.so.6.4.2") << true;
    QTest::newRow("loader") << QStringLiteral("/lib64/ld-linux-x86-64.so.2") << true;
    QTest::newRow("program") << QStringLiteral("/usr/bin/concurrency-lab") << false;
    QTest::newRow("socket file") << QStringLiteral("/tmp/lab.sock") << false;
    QTest::newRow("text file") << QStringLiteral("/tmp/notes.so.txt") << false;
    QTest::newRow(".so in a folder only") << QStringLiteral("/opt/x.so/bin/tool") << false;
    QTest::newRow("a dot-so name") << QStringLiteral("/opt/.so") << false;
}

void TestProcProperties::sharedObjectNames()
{
    QFETCH(QString, path);
    QFETCH(bool, library);
    QCOMPARE(SharedLibraries::isSharedObject(path), library);
}

void TestProcProperties::librariesFixture()
{
    const SharedLibraries libraries = SharedLibraries::read(4242, fixtureRoot());
    QVERIFY(libraries.valid);
    // libc mapped three times counts once; the program, [heap], [vdso], a cache file and a .sock file do not count.
    QCOMPARE(libraries.paths, QStringList({QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6"),
                                           QStringLiteral("/usr/lib/x86_64-linux-gnu/libm.so.6"),
                                           QStringLiteral("/opt/my libs/libspace.so"),
                                           QStringLiteral("/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2")}));
    QCOMPARE(libraries.count(), 4);
}

void TestProcProperties::librariesOfThisProcess()
{
    const SharedLibraries libraries = SharedLibraries::read(getpid());
    QVERIFY(libraries.valid);
    const auto loaded = [&](const QString &name) {
        return std::any_of(libraries.paths.cbegin(), libraries.paths.cend(),
                           [&](const QString &path) { return path.contains(name); });
    };
    QVERIFY2(loaded(QStringLiteral("/libQt6Core.so")), qPrintable(libraries.paths.join(QLatin1Char('\n'))));
    QVERIFY(loaded(QStringLiteral("/libQt6Test.so")));
    QVERIFY(loaded(QStringLiteral("/libc.so")));
    QCOMPARE(QSet<QString>(libraries.paths.cbegin(), libraries.paths.cend()).size(), libraries.paths.size());
}

void TestProcProperties::missingProcess()
{
    QVERIFY(!SignalDispositions::read(999999, fixtureRoot()).valid);
    QVERIFY(!OpenFiles::read(999999, fixtureRoot()).valid);
    QVERIFY(!SharedLibraries::read(999999, fixtureRoot()).valid);
    QVERIFY(!SharedLibraries::read(77, fixtureRoot()).valid); // the zombie has no maps
}

LAB_TEST_GUILESS_MAIN(TestProcProperties)
#include "tst_procproperties.moc"
