// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input and faults against the real executable (issue 18): input files without end, result
// files with absurd strings, counts and times, a file size limit and a full disk while the report is
// written, control characters echoed back. Each ends with one clear line and exit 2 (bad input) or 1
// (the run could not be saved), never a crash. Memory is capped for the child (RLIMIT_AS) so that a
// regression ends in bad_alloc here instead of eating the machine's memory.
#include "labprocess.h"
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define LAB_ASAN 1 // ASan reserves terabytes of address space: no RLIMIT_AS under it
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LAB_ASAN 1
#endif
#endif

namespace {

using LabProcess::Outcome;

struct Limits
{
    qint64 addressSpace = 2000ll * 1024 * 1024; // RLIMIT_AS, as `ulimit -v`; 0: none
    qint64 fileSize = -1;                       // RLIMIT_FSIZE, as `ulimit -f`
    qint64 openFiles = -1;                      // RLIMIT_NOFILE, as `ulimit -n`
};

Outcome runLimited(const QString &program, const QStringList &arguments, Limits limits = {}, int timeoutMs = 120000)
{
    return LabProcess::runProgram(program, arguments, timeoutMs, [limits] {
#ifndef LAB_ASAN
        if (limits.addressSpace > 0) {
            const rlimit as{rlim_t(limits.addressSpace), rlim_t(limits.addressSpace)};
            ::setrlimit(RLIMIT_AS, &as);
        }
#endif
        if (limits.fileSize >= 0) {
            const rlimit fsize{rlim_t(limits.fileSize), rlim_t(limits.fileSize)};
            ::setrlimit(RLIMIT_FSIZE, &fsize);
        }
        if (limits.openFiles >= 0) {
            const rlimit files{rlim_t(limits.openFiles), rlim_t(limits.openFiles)};
            ::setrlimit(RLIMIT_NOFILE, &files);
        }
    });
}

Outcome runLimited(const QStringList &arguments, Limits limits = {}, int timeoutMs = 120000)
{
    return runLimited(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"), arguments, limits, timeoutMs);
}

// Lines on stderr that the lab wrote (Qt's own start-up notes, such as XDG_RUNTIME_DIR not being set
// on a build machine, are not the lab's).
qsizetype labLines(const Outcome &o)
{
    qsizetype lines = 0;
    for (const QByteArray &line : o.err.split('\n'))
        lines += !line.isEmpty() && !line.startsWith("QStandardPaths:");
    return lines;
}

QString describe(const Outcome &o)
{
    return QStringLiteral("exit %1, stderr: %2").arg(o.exitCode).arg(QString::fromUtf8(o.err.left(2000)));
}

// A result file as `run` writes it, for the chart tests to spoil one field at a time.
QJsonObject validResult()
{
    const QJsonObject entry{
        {QStringLiteral("strategy"), QStringLiteral("sequential")},
        {QStringLiteral("workers"), 1},
        {QStringLiteral("runs_s"), QJsonArray{0.5, 0.6}},
        {QStringLiteral("mean_s"), 0.55},
        {QStringLiteral("stddev_s"), 0.05},
        {QStringLiteral("median_s"), 0.55},
        {QStringLiteral("min_s"), 0.5},
        {QStringLiteral("max_s"), 0.6},
        {QStringLiteral("user_s"), 0.5},
        {QStringLiteral("sys_s"), 0.01},
        {QStringLiteral("speedup"), 1.0},
        {QStringLiteral("speedup_stddev"), 0.0},
        {QStringLiteral("checksum"), QStringLiteral("abc")},
        {QStringLiteral("items_ok"), 10},
        {QStringLiteral("items_failed"), 0},
        {QStringLiteral("errors"), QJsonArray()},
    };
    QJsonObject threads = entry;
    threads.insert(QStringLiteral("strategy"), QStringLiteral("threads"));
    threads.insert(QStringLiteral("workers"), 2);
    threads.insert(QStringLiteral("speedup"), 1.8);
    return {
        {QStringLiteral("tool"), QStringLiteral("concurrency-lab")},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("experiment"), QStringLiteral("factorize")},
        {QStringLiteral("environment"), QJsonObject{{QStringLiteral("cpu_model"), QStringLiteral("Test CPU")}}},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("count"), 10}}},
        {QStringLiteral("results"), QJsonArray{entry, threads}},
    };
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void inputFilesAreBounded_data();
    void inputFilesAreBounded();
    void chartRefusesAbsurdResults_data();
    void chartRefusesAbsurdResults();
    void chartElidesLongLabels();
    void fileSizeLimitIsAWriteError();
    void fullDiskIsNamed();
    void echoedInputIsSanitized();
    void outputNeverReplacesAnInput_data();
    void outputNeverReplacesAnInput();
    void workerExitStatusIsNamed();
    void threadsThatCannotBeMade_data();
    void threadsThatCannotBeMade();
};

void TestFaults::inputFilesAreBounded_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString zero = QStringLiteral("/dev/zero");
    QTest::newRow("run factorize --input")
        << QStringList{QStringLiteral("run"), QStringLiteral("factorize"), QStringLiteral("--input"), zero}
        << QStringLiteral("--input: must be a readable file (got \"/dev/zero\": holds more than 256 MB");
    QTest::newRow("run download --urls")
        << QStringList{QStringLiteral("run"), QStringLiteral("download"), QStringLiteral("--urls"), zero}
        << QStringLiteral("--urls: must be a readable file (got \"/dev/zero\": holds more than 16 MB");
    QTest::newRow("chart") << QStringList{QStringLiteral("chart"), zero, QStringLiteral("--out"),
                                          QDir::temp().filePath(QStringLiteral("lab-faults-never.png"))}
                           << QStringLiteral("cannot read \"/dev/zero\": holds more than 64 MB");
}

void TestFaults::inputFilesAreBounded()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome o = runLimited(arguments);
    QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
    QVERIFY2(o.err.contains(message.toUtf8()), qPrintable(describe(o)));
    QCOMPARE(labLines(o), 1); // one line
}

void TestFaults::chartRefusesAbsurdResults_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QString huge(100000, QLatin1Char('x'));
    auto spoil = [](const std::function<void(QJsonObject &)> &change) {
        QJsonObject json = validResult();
        change(json);
        return QJsonDocument(json).toJson(QJsonDocument::Compact);
    };
    auto spoilEntry = [&](const QString &key, const QJsonValue &value) {
        return spoil([&](QJsonObject &json) {
            QJsonArray results = json.value(QStringLiteral("results")).toArray();
            QJsonObject entry = results.at(0).toObject();
            entry.insert(key, value);
            results.replace(0, entry);
            json.insert(QStringLiteral("results"), results);
        });
    };
    QTest::newRow("100 KB strategy") << spoilEntry(QStringLiteral("strategy"), huge)
                                     << QStringLiteral("results[0].strategy: must be at most 200 characters long "
                                                       "(got 100000)");
    QTest::newRow("100 KB experiment") << spoil([&](QJsonObject &json) {
        json.insert(QStringLiteral("experiment"), huge);
    }) << QStringLiteral("experiment: must be at most 200 characters long (got 100000)");
    QTest::newRow("100 KB cpu_model") << spoil([&](QJsonObject &json) {
        json.insert(QStringLiteral("environment"), QJsonObject{{QStringLiteral("cpu_model"), huge}});
    }) << QStringLiteral("environment.cpu_model: must be at most 10000 characters long (got 100000)");
    QTest::newRow("20,000 entries") << spoil([](QJsonObject &json) {
        QJsonArray results;
        const QJsonValue entry = json.value(QStringLiteral("results")).toArray().at(0);
        for (int i = 0; i < 20000; ++i)
            results.append(entry);
        json.insert(QStringLiteral("results"), results);
    }) << QStringLiteral("results: must hold at most 1000 entries (got 20000)");
    QTest::newRow("negative time") << spoilEntry(QStringLiteral("mean_s"), -1.0)
                                   << QStringLiteral("results[0].mean_s: must be a time from 0 to 10000000 s (got -1)");
    QTest::newRow("1e308 s") << spoilEntry(QStringLiteral("max_s"), 1e308)
                             << QStringLiteral("results[0].max_s: must be a time from 0 to 10000000 s (got 1e+308)");
    QTest::newRow("a run of -0.5 s") << spoilEntry(QStringLiteral("runs_s"), QJsonArray{0.5, -0.5})
                                     << QStringLiteral("results[0].runs_s[1]: must be a time from 0 to 10000000 s");
    QTest::newRow("negative speedup") << spoilEntry(QStringLiteral("speedup"), -2.0)
                                      << QStringLiteral("results[0].speedup: must be a number from 0 to");
    QTest::newRow("negative count") << spoilEntry(QStringLiteral("items_ok"), -3)
                                    << QStringLiteral("results[0].items_ok: must not be negative (got -3)");
}

void TestFaults::chartRefusesAbsurdResults()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("result.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const QString out = dir.filePath(QStringLiteral("chart.png"));
    const Outcome o = runLimited({QStringLiteral("chart"), file.fileName(), QStringLiteral("--out"), out}, {}, 60000);
    QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
    QVERIFY2(o.err.contains(message.toUtf8()), qPrintable(describe(o)));
    QCOMPARE(labLines(o), 1);
    QVERIFY(!QFile::exists(out));
}

void TestFaults::chartElidesLongLabels()
{
    // 150 characters are valid for a strategy, the experiment and the CPU model; the chart cuts them
    // instead of letting the title and subtitle run out of the picture (the title was drawn whole).
    QJsonObject json = validResult();
    json.insert(QStringLiteral("experiment"), QString(150, QLatin1Char('e')));
    json.insert(QStringLiteral("environment"),
                QJsonObject{{QStringLiteral("cpu_model"), QString(150, QLatin1Char('C'))}});
    QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QJsonObject entry = results.at(1).toObject();
    entry.insert(QStringLiteral("strategy"), QString(150, QLatin1Char('s')));
    results.replace(1, entry);
    json.insert(QStringLiteral("results"), results);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("result.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    const QString out = dir.filePath(QStringLiteral("chart.svg"));
    const Outcome o = runLimited({QStringLiteral("chart"), file.fileName(), QStringLiteral("--out"), out}, {}, 60000);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QFile svg(out);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    // What is drawn: the file's title and description keep the whole environment as provenance.
    QString drawn = QString::fromUtf8(svg.readAll());
    drawn.remove(QRegularExpression(QStringLiteral("<title>.*</title>|<desc>.*</desc>"),
                                    QRegularExpression::DotMatchesEverythingOption |
                                        QRegularExpression::InvertedGreedinessOption));
    // The longest run of each label's letter in the drawing: how much of the label was drawn.
    auto longest = [&drawn](QChar letter) {
        qsizetype best = 0;
        const QRegularExpression run(QRegularExpression::escape(letter) + QStringLiteral("{10,}"));
        for (auto it = run.globalMatch(drawn); it.hasNext();)
            best = std::max(best, it.next().capturedLength());
        return best;
    };
    QVERIFY2(longest(QLatin1Char('e')) >= 10 && longest(QLatin1Char('e')) <= 48,
             qPrintable(QString::number(longest(QLatin1Char('e')))));
    QVERIFY2(longest(QLatin1Char('C')) >= 10 && longest(QLatin1Char('C')) <= 80,
             qPrintable(QString::number(longest(QLatin1Char('C')))));
    QVERIFY2(longest(QLatin1Char('s')) <= 32, qPrintable(QString::number(longest(QLatin1Char('s')))));
}

void TestFaults::fileSizeLimitIsAWriteError()
{
    // `ulimit -f 1`: the report does not fit in 1 KiB. Without SIGXFSZ ignored the kernel kills the lab.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("race.json"));
    const Outcome o = runLimited({QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--threads"),
                                  QStringLiteral("2"), QStringLiteral("--increments"), QStringLiteral("1000"),
                                  QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--json"), json},
                                 {.fileSize = 1024});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains("File too large"), qPrintable(describe(o)));
    QVERIFY(!QFile::exists(json));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0); // no temporary left behind
}

void TestFaults::fullDiskIsNamed()
{
    // A full file system: a 64 KiB tmpfs in a private mount namespace (unshare needs user namespaces).
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        QSKIP("unshare is not installed");
    const QString script =
        QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$1\" || exit 77; head -c 1000000 /dev/zero > \"$1/fill\"; "
                       "shift; exec \"$@\"");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList arguments{QStringLiteral("-rm"),
                                QStringLiteral("sh"),
                                QStringLiteral("-c"),
                                script,
                                QStringLiteral("sh"),
                                dir.path(),
                                QStringLiteral(LAB_BIN_DIR "/concurrency-lab"),
                                QStringLiteral("run"),
                                QStringLiteral("race"),
                                QStringLiteral("--threads"),
                                QStringLiteral("2"),
                                QStringLiteral("--increments"),
                                QStringLiteral("1000"),
                                QStringLiteral("--runs"),
                                QStringLiteral("1"),
                                QStringLiteral("--json"),
                                dir.filePath(QStringLiteral("race.json"))};
    const Outcome o = runLimited(unshare, arguments);
    if (o.exitCode == 77 || o.err.contains("unshare"))
        QSKIP("no private mount namespace here (unshare -rm failed)");
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains("No space left on device"), qPrintable(describe(o)));
    QVERIFY(!o.err.contains("Unknown error"));
}

void TestFaults::echoedInputIsSanitized()
{
    // A file name with a newline and a terminal escape, echoed in the refusal: one line, no raw ESC.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = dir.filePath(QStringLiteral("evil\n\x1b[31mred.txt"));
    const Outcome o = runLimited({QStringLiteral("run"), QStringLiteral("factorize"), QStringLiteral("--input"), name});
    QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
    QVERIFY2(!o.err.contains('\x1b'), qPrintable(describe(o)));
    QCOMPARE(labLines(o), 1);
    QVERIFY2(o.err.contains("evil\\n\\x1b[31mred.txt"), qPrintable(describe(o)));
    // A line of the input file with an escape, quoted in the parse error.
    QFile input(dir.filePath(QStringLiteral("numbers.txt")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("12\n34\x1b]0;pwned\x07\n");
    input.close();
    const Outcome parsed =
        runLimited({QStringLiteral("run"), QStringLiteral("factorize"), QStringLiteral("--input"), input.fileName()});
    QVERIFY2(parsed.exitCode == 2, qPrintable(describe(parsed)));
    QVERIFY2(!parsed.err.contains('\x1b') && !parsed.err.contains('\x07'), qPrintable(describe(parsed)));
    QVERIFY2(parsed.err.contains("34\\x1b]0;pwned\\x07"), qPrintable(describe(parsed)));
}

// Item 8: an output named like the command's input (--factors, --json onto --input; --json onto
// --urls, also through a link) is refused before anything runs, and the input is left as it was.
void TestFaults::outputNeverReplacesAnInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("inputOption");
    QTest::addColumn<QString>("outputOption");
    QTest::addColumn<bool>("throughLink");
    QTest::newRow("factorize --factors = --input") << "factorize"
                                                   << "input"
                                                   << "factors" << false;
    QTest::newRow("factorize --json = --input") << "factorize"
                                                << "input"
                                                << "json" << false;
    QTest::newRow("factorize --csv = --input, a link") << "factorize"
                                                       << "input"
                                                       << "csv" << true;
    QTest::newRow("download --json = --urls") << "download"
                                              << "urls"
                                              << "json" << false;
}

void TestFaults::outputNeverReplacesAnInput()
{
    QFETCH(QString, command);
    QFETCH(QString, inputOption);
    QFETCH(QString, outputOption);
    QFETCH(bool, throughLink);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray content = command == QLatin1String("factorize") ? QByteArray("12\n15\n")
                                                                     : QByteArray("http://127.0.0.1:9/images/0.png\n");
    const QString input = dir.filePath(QStringLiteral("input.txt"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString output = input;
    if (throughLink) {
        output = dir.filePath(QStringLiteral("link.txt"));
        QVERIFY(QFile::link(input, output));
    }
    const Outcome o =
        runLimited({QStringLiteral("run"), command, QStringLiteral("--") + inputOption, input,
                    QStringLiteral("--") + outputOption, output, QStringLiteral("--runs"), QStringLiteral("1")});
    QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
    QVERIFY2(o.err.contains(QStringLiteral("must not be the file --%1 reads").arg(inputOption).toUtf8()),
             qPrintable(describe(o)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestFaults::workerExitStatusIsNamed()
{
    // A worker that exits with status 3 (not a signal): the lab, hard-linked into a folder whose
    // concurrency-lab-worker is a script doing just that, must say "exited with status 3".
    QTemporaryDir dir(QStringLiteral(LAB_BIN_DIR "/faults-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString lab = dir.filePath(QStringLiteral("concurrency-lab"));
    if (::link(LAB_BIN_DIR "/concurrency-lab", QFile::encodeName(lab).constData()) != 0)
        QVERIFY(QFile::copy(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"), lab));
    QFile worker(dir.filePath(QStringLiteral("concurrency-lab-worker")));
    QVERIFY(worker.open(QIODevice::WriteOnly));
    worker.write("#!/bin/sh\nexit 3\n");
    worker.close();
    QVERIFY(worker.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const Outcome o =
        runLimited(lab, {QStringLiteral("run"), QStringLiteral("factorize"), QStringLiteral("--strategies"),
                         QStringLiteral("processes"), QStringLiteral("--workers"), QStringLiteral("2"),
                         QStringLiteral("--count"), QStringLiteral("100"), QStringLiteral("--runs"),
                         QStringLiteral("1"), QStringLiteral("--warmup"), QStringLiteral("0")});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains("exited with status 3"), qPrintable(describe(o)));
    QVERIFY2(!o.err.contains("signal 0"), qPrintable(describe(o)));
}

void TestFaults::threadsThatCannotBeMade_data()
{
    QTest::addColumn<int>("openFiles");
    QTest::addColumn<qint64>("addressSpace");
    QTest::addColumn<QString>("why");
    // Each Qt thread needs a file descriptor for its event loop: GLib aborted the process (SIGTRAP)
    // when it found none, and the /proc sampler, short of descriptors, listed a fraction of the threads.
    QTest::newRow("ulimit -n 256") << 256 << qint64(0) << QStringLiteral("each needs file descriptors");
    // pthread_create failing (`ulimit -u`, address space for stacks) takes the other path, "the system
    // refused to create more"; it is not a row here: under `ulimit -v` whatever allocates next may
    // fail as well, which makes such a row depend on the allocator's timing.
}

void TestFaults::threadsThatCannotBeMade()
{
    QFETCH(int, openFiles);
    QFETCH(qint64, addressSpace);
    QFETCH(QString, why);
    const Outcome o = runLimited(
        {QStringLiteral("threads"), QStringLiteral("--spawn"), QStringLiteral("1000"), QStringLiteral("--json")},
        {.addressSpace = addressSpace, .openFiles = openFiles});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains(why.toUtf8()), qPrintable(describe(o)));
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("could start only (\\d+) of 1000 threads")).match(QString::fromUtf8(o.err));
    QVERIFY2(match.hasMatch(), qPrintable(describe(o)));
    const int started = match.captured(1).toInt();
    QVERIFY(started > 0);
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(o.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    int lab = 0;
    const QJsonArray threads = json.object().value(QStringLiteral("threads")).toArray();
    for (const QJsonValue &thread : threads)
        lab += thread.toObject().value(QStringLiteral("origin")).toString() == QLatin1String("lab");
    QCOMPARE(lab, started); // every thread that was made is listed, and nothing else as a lab thread
}

LAB_TEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
