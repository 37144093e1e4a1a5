// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/downloadsaver.h"
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Lab::Core;

class TestDownloadSaver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fileName_data();
    void fileName();
    void clashesGetNumbers();
    void failedItemsLeaveNoFile();
    void refusesAFileAsFolder();
    void parseUrlList();
};

void TestDownloadSaver::fileName_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("http://h/images/3.png") << QStringLiteral("3.png");
    QTest::newRow("query ignored") << QStringLiteral("http://h/a/cat.jpg?size=2") << QStringLiteral("cat.jpg");
    QTest::newRow("trailing slash") << QStringLiteral("http://h/dir/") << QStringLiteral("download");
    QTest::newRow("no path") << QStringLiteral("http://h") << QStringLiteral("download");
    QTest::newRow("encoded slash") << QStringLiteral("http://h/a%2F..%2Fb.png") << QStringLiteral("b.png");
    QTest::newRow("hidden file") << QStringLiteral("http://h/.bashrc") << QStringLiteral("bashrc");
    QTest::newRow("dot dot") << QStringLiteral("http://h/..") << QStringLiteral("download");
    // Control characters and bidirectional overrides never reach a file name (issue 18).
    QTest::newRow("newline and ESC") << QStringLiteral("http://h/a%0Ab%1B%5B31m.png") << QStringLiteral("a_b_[31m.png");
    QTest::newRow("NUL and DEL") << QStringLiteral("http://h/x%00y%7F.png") << QStringLiteral("x_y_.png");
    QTest::newRow("right-to-left override")
        << QStringLiteral("http://h/cat%E2%80%AEgnp.exe") << QStringLiteral("cat_gnp.exe");
}

void TestDownloadSaver::fileName()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QCOMPARE(DownloadSaver::fileNameFor(source), name);
}

void TestDownloadSaver::clashesGetNumbers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile existing(dir.filePath(QStringLiteral("b.png")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
    }
    DownloadSaver inDir(dir.path());
    QString error;
    QVERIFY(inDir.prepare(&error));
    const QStringList names = {inDir.reserveName(QStringLiteral("http://x/a.png")),
                               inDir.reserveName(QStringLiteral("http://y/a.png")),
                               inDir.reserveName(QStringLiteral("http://z/q/a.png")),
                               inDir.reserveName(QStringLiteral("http://x/b.png")),
                               inDir.reserveName(QStringLiteral("http://x/archive.tar.gz")),
                               inDir.reserveName(QStringLiteral("http://x/archive.tar.gz")),
                               inDir.reserveName(QStringLiteral("http://x/")),
                               inDir.reserveName(QStringLiteral("http://x/"))};
    const QStringList expected = {QStringLiteral("a.png"),          QStringLiteral("a-1.png"),
                                  QStringLiteral("a-2.png"),        QStringLiteral("b-1.png"),
                                  QStringLiteral("archive.tar.gz"), QStringLiteral("archive-1.tar.gz"),
                                  QStringLiteral("download"),       QStringLiteral("download-1")};
    QCOMPARE(names, expected);
}

void TestDownloadSaver::failedItemsLeaveNoFile()
{
    QTemporaryDir dir;
    DownloadSaver saver(dir.filePath(QStringLiteral("saved")));
    QString error;
    QVERIFY(saver.prepare(&error));
    DownloadItemResult good;
    good.source = QStringLiteral("http://h/1.png");
    good.data = QByteArrayLiteral("png bytes");
    DownloadItemResult bad = good;
    bad.source = QStringLiteral("http://h/2.png");
    bad.error = QStringLiteral("HTTP 500 (Internal Server Error)");
    QString path;
    QVERIFY(saver.save(good, &path, &error));
    QCOMPARE(path, dir.filePath(QStringLiteral("saved/1.png")));
    QVERIFY(!saver.save(bad, &path, &error));
    const QStringList files = QDir(dir.filePath(QStringLiteral("saved"))).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList{QStringLiteral("1.png")}); // no 2.png, no QSaveFile leftovers
    QFile saved(dir.filePath(QStringLiteral("saved/1.png")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), good.data);
}

void TestDownloadSaver::refusesAFileAsFolder()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    DownloadSaver saver(file);
    QString error;
    QVERIFY(!saver.prepare(&error));
    QVERIFY(error.contains(QStringLiteral("not a folder")));
}

void TestDownloadSaver::parseUrlList()
{
    const QString text = QStringLiteral("# images for the lecture\n"
                                        "http://a/1.png\n"
                                        "\n"
                                        "   https://b/2.png   \r\n"
                                        "  # indented comment\n"
                                        "not a url\n");
    const QStringList expected = {QStringLiteral("http://a/1.png"), QStringLiteral("https://b/2.png"),
                                  QStringLiteral("not a url")};
    QCOMPARE(DownloadSaver::parseUrlList(text), expected);
}

LAB_TEST_GUILESS_MAIN(TestDownloadSaver)
#include "tst_downloadsaver.moc"
