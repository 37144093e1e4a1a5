// SPDX-License-Identifier: GPL-3.0-or-later
// `--trace FILE` on the run commands and `threads`: the real executable, the file checked against the
// Chrome Trace Event rules (tests/core/chrometracecheck.h) and for what each run must show.
#include "../core/chrometracecheck.h"
#include "labprocess.h"
#include "labtest.h"

#include <QFile>
#include <QTemporaryDir>

class TestTraceCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validTrace_data();
    void validTrace();
    void badPaths_data();
    void badPaths();
    void unwritableTargetFailsClearly();

private:
    QTemporaryDir m_dir;
};

void TestTraceCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTraceCommand::validTrace_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("labThread");  // a thread name the trace must hold
    QTest::addColumn<bool>("workerProcess"); // a process of its own besides the lab
    QTest::addColumn<bool>("handOffs");      // flow arrows

    QTest::newRow("factorize threads and processes")
        << QStringList{u"run"_qs, u"factorize"_qs}
        << QStringList{u"--strategies"_qs, u"sequential,threads,processes"_qs,
                       u"--workers"_qs,    u"2"_qs,
                       u"--count"_qs,      u"3000"_qs,
                       u"--warmup"_qs,     u"0"_qs,
                       u"--runs"_qs,       u"1"_qs}
        << u"factor"_qs << true << false;
    QTest::newRow("race") << QStringList{u"run"_qs, u"race"_qs}
                          << QStringList{u"--threads"_qs, u"2"_qs,          u"--increments"_qs, u"20000"_qs,
                                         u"--sync"_qs,    u"none,mutex"_qs, u"--runs"_qs,       u"1"_qs}
                          << QString() << false << false;
    QTest::newRow("philosophers") << QStringList{u"run"_qs, u"philosophers"_qs}
                                  << QStringList{u"--seconds"_qs, u"1"_qs, u"--remedies"_qs, u"none,ordering"_qs}
                                  << u"philosopher-1"_qs << false << true;
    QTest::newRow("threads") << QStringList{u"threads"_qs}
                             << QStringList{u"--spawn"_qs, u"3"_qs, u"--name-prefix"_qs, u"probe"_qs} << u"probe-2"_qs
                             << false << false;
    QTest::newRow("download") << QStringList{u"run"_qs, u"download"_qs}
                              << QStringList{u"--strategies"_qs, u"sequential,threads"_qs,
                                             u"--images"_qs,     u"4"_qs,
                                             u"--latency-ms"_qs, u"20"_qs,
                                             u"--runs"_qs,       u"1"_qs}
                              << QString() << false << false;
}

void TestTraceCommand::validTrace()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, arguments);
    QFETCH(QString, labThread);
    QFETCH(bool, workerProcess);
    QFETCH(bool, handOffs);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".json");
    const LabProcess::Outcome outcome = LabProcess::run(words, arguments + QStringList{u"--trace"_qs, path});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ChromeTraceCheck::Summary summary = ChromeTraceCheck::check(file.readAll());
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.mid(0, 10).join(u'\n')));

    QVERIFY(summary.countByPhase.value(u"X"_qs) > 0);
    QVERIFY(summary.countByPhase.value(u"i"_qs) >= 2); // the run's start and end
    if (!labThread.isEmpty()) {
        const QStringList names = summary.threadNames.values();
        QVERIFY2(std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return n.startsWith(labThread); }),
                 qPrintable(names.join(u", ")));
    }
    if (workerProcess)
        QVERIFY2(summary.processNames.size() >= 2, qPrintable(summary.processNames.values().join(u", ")));
    if (handOffs)
        QVERIFY(summary.countByPhase.value(u"s"_qs) > 0);
    // Sampled commands carry CPU counters (threads samples once, before any CPU % is known).
    if (words.first() == u"run")
        QVERIFY(summary.countByPhase.value(u"C"_qs) > 0);
}

void TestTraceCommand::badPaths_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString same = m_dir.filePath(u"same.json"_qs);
    QTest::newRow("missing folder") << QStringList{u"run"_qs, u"race"_qs}
                                    << QStringList{u"--trace"_qs, u"/nonexistent-folder/t.json"_qs}
                                    << u"--trace: must be in a folder that exists"_qs;
    QTest::newRow("a folder") << QStringList{u"threads"_qs} << QStringList{u"--trace"_qs, m_dir.path()}
                              << u"--trace: must be a file name"_qs;
    QTest::newRow("same as json") << QStringList{u"run"_qs, u"race"_qs}
                                  << QStringList{u"--json"_qs, same, u"--trace"_qs, same}
                                  << u"--trace: must differ from --json"_qs;
    QTest::newRow("onto the input") << QStringList{u"run"_qs, u"factorize"_qs}
                                    << QStringList{u"--input"_qs,
                                                   QStringLiteral(LAB_TEST_DATA_DIR "/factor/numbers.txt"),
                                                   u"--trace"_qs,
                                                   QStringLiteral(LAB_TEST_DATA_DIR "/factor/numbers.txt")}
                                    << u"--trace: must not be the file --input reads"_qs;
}

void TestTraceCommand::badPaths()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const LabProcess::Outcome outcome = LabProcess::run(words, arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(QString::fromUtf8(outcome.err).contains(message), outcome.err.constData());
}

// A device is never replaced by a regular file: the run happens, the trace is refused with a reason.
void TestTraceCommand::unwritableTargetFailsClearly()
{
    const LabProcess::Outcome outcome =
        LabProcess::run({u"run"_qs, u"race"_qs}, {u"--threads"_qs, u"2"_qs, u"--increments"_qs, u"1000"_qs,
                                                  u"--runs"_qs, u"1"_qs, u"--trace"_qs, u"/dev/full"_qs});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains("--trace: cannot write \"/dev/full\": it is not a regular file"),
             outcome.err.constData());
}

LAB_TEST_GUILESS_MAIN(TestTraceCommand)
#include "tst_tracecommand.moc"
