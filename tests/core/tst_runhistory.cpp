// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/runhistory.h"
#include "core/trace/chrometracereader.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Lab::Core;

class TestRunHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultRootIsAppData();
    void saveListLoadRemove();
    void newestFirstAndUniqueIds();
    void skipsCorruptAndForeign_data();
    void skipsCorruptAndForeign();
    void rejectsBadTopicsAndIds_data();
    void rejectsBadTopicsAndIds();
    void unwritableRoot();
    void keepsTheRunsRecording();

private:
    static BenchmarkResult result(double sequential, double threads);
};

BenchmarkResult TestRunHistory::result(double sequential, double threads)
{
    BenchmarkResult r;
    r.experiment = QStringLiteral("factorize");
    r.environment = {{QStringLiteral("cpu_model"), QStringLiteral("Test CPU")}, {QStringLiteral("logical_cores"), 4}};
    r.parameters = {{QStringLiteral("count"), 1000}};
    StrategyStats seq;
    seq.strategy = QStringLiteral("sequential");
    seq.runsSeconds = {sequential};
    seq.meanSeconds = seq.medianSeconds = seq.minSeconds = seq.maxSeconds = sequential;
    seq.speedup = 1;
    StrategyStats par = seq;
    par.strategy = QStringLiteral("threads");
    par.workers = 4;
    par.runsSeconds = {threads};
    par.meanSeconds = par.medianSeconds = par.minSeconds = par.maxSeconds = threads;
    par.speedup = sequential / threads;
    r.results = {seq, par};
    return r;
}

void TestRunHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRunHistory::defaultRootIsAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(RunHistory::defaultRoot(), QDir(appData).filePath(QStringLiteral("history")));
}

void TestRunHistory::saveListLoadRemove()
{
    QTemporaryDir dir;
    RunHistory history(dir.path());
    QString error;
    const auto saved = history.save(QStringLiteral("factorization"), result(2.0, 0.5), &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(QFile::exists(saved->path));
    QVERIFY(saved->path.startsWith(dir.filePath(QStringLiteral("factorization/"))));
    QVERIFY(saved->path.endsWith(QLatin1String(".json")));
    // Nothing else in the folder: QSaveFile leaves no temporary behind.
    QCOMPARE(QDir(history.folder(QStringLiteral("factorization"))).entryList(QDir::Files).size(), 1);

    const QList<HistoryEntry> entries = history.list(QStringLiteral("factorization"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, saved->id);
    QCOMPARE(entries.first().result.results.size(), 2);
    QCOMPARE(entries.first().result.results.at(1).meanSeconds, 0.5);
    QCOMPARE(entries.first().result.environment.value(QLatin1String("cpu_model")).toString(),
             QStringLiteral("Test CPU"));
    QVERIFY(history.list(QStringLiteral("downloads")).isEmpty()); // topics are separate

    const auto loaded = history.load(QStringLiteral("factorization"), saved->id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->result.parameters, saved->result.parameters);
    QCOMPARE(qAbs(loaded->savedAt.secsTo(saved->savedAt)) <= 1, true);

    QVERIFY(history.remove(QStringLiteral("factorization"), saved->id, &error));
    QVERIFY(!QFile::exists(saved->path));
    QVERIFY(history.list(QStringLiteral("factorization")).isEmpty());
    QVERIFY(!history.remove(QStringLiteral("factorization"), saved->id, &error));
    QVERIFY(error.contains(saved->id));
}

void TestRunHistory::newestFirstAndUniqueIds()
{
    QTemporaryDir dir;
    RunHistory history(dir.path());
    const QDateTime t0 = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(history.save(QStringLiteral("factorization"), result(2.0, 1.0), nullptr, t0));
    QVERIFY(history.save(QStringLiteral("factorization"), result(2.0, 0.9), nullptr, t0.addSecs(60)));
    const auto same = history.save(QStringLiteral("factorization"), result(2.0, 0.8), nullptr, t0.addSecs(60));
    QVERIFY(same);
    QVERIFY(same->id.endsWith(QLatin1String("-2"))); // the same millisecond never overwrites
    const QList<HistoryEntry> entries = history.list(QStringLiteral("factorization"));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.last().savedAt, t0);
    QVERIFY(entries.first().savedAt >= entries.at(1).savedAt);
}

void TestRunHistory::skipsCorruptAndForeign_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("truncated JSON") << QStringLiteral("not-json.json");
    QTest::newRow("another tool's file") << QStringLiteral("foreign.json");
    QTest::newRow("an array") << QStringLiteral("array.json");
    QTest::newRow("results missing") << QStringLiteral("missing-results.json");
    QTest::newRow("a field of the wrong type") << QStringLiteral("wrong-type.json");
}

void TestRunHistory::skipsCorruptAndForeign()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    RunHistory history(dir.path());
    QVERIFY(history.save(QStringLiteral("factorization"), result(2.0, 0.5)));
    const QString folder = history.folder(QStringLiteral("factorization"));
    QVERIFY(QFile::copy(QStringLiteral(LAB_TEST_DATA_DIR "/results/") + fixture,
                        QDir(folder).filePath(QStringLiteral("20990101-000000-000-") + fixture)));
    QFile empty(QDir(folder).filePath(QStringLiteral("empty.json")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("skipping .*") + QRegularExpression::escape(fixture)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping .*empty.json")));
    QStringList skipped;
    const QList<HistoryEntry> entries = history.list(QStringLiteral("factorization"), &skipped);
    QCOMPARE(entries.size(), 1); // the good run survives its bad neighbours
    QCOMPARE(skipped.size(), 2);
    QVERIFY(skipped.join(QLatin1Char('\n')).contains(fixture));
}

void TestRunHistory::rejectsBadTopicsAndIds_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("id");
    QTest::newRow("topic with a slash") << QStringLiteral("../etc") << QStringLiteral("x");
    QTest::newRow("upper-case topic") << QStringLiteral("Factorization") << QStringLiteral("x");
    QTest::newRow("id climbing out") << QStringLiteral("factorization") << QStringLiteral("../../x");
    QTest::newRow("empty id") << QStringLiteral("factorization") << QString();
}

void TestRunHistory::rejectsBadTopicsAndIds()
{
    QFETCH(QString, topic);
    QFETCH(QString, id);
    QTemporaryDir dir;
    RunHistory history(dir.path());
    QString error;
    QVERIFY(!history.load(topic, id, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!history.remove(topic, id, &error));
    if (!RunHistory::isValidTopic(topic))
        QVERIFY(!history.save(topic, result(1, 1), &error));
}

void TestRunHistory::unwritableRoot()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RunHistory history(dir.filePath(QStringLiteral("file/history")));
    QString error;
    QVERIFY(!history.save(QStringLiteral("factorization"), result(1, 1), &error));
    QVERIFY(!error.isEmpty());
}

// A run the lab's recorder marked (as a panel does) is kept beside its entry, gzip-compressed, for the
// newest KeptRecordings runs; the events start at the run's start; deleting the entry deletes it.
void TestRunHistory::keepsTheRunsRecording()
{
    QTemporaryDir dir;
    RunHistory history(dir.path());
    TraceRecorder *recorder = TraceRecorder::instance();
    recorder->clear();
    // Before any run mark: nothing to keep.
    const auto unmarked = history.save(QStringLiteral("factorization"), result(1, 0.5));
    QVERIFY(unmarked);
    RunHistory::waitForKeptRecordings();
    QVERIFY(!QFile::exists(history.recordingPath(unmarked->topic, unmarked->id)));

    const int before = recorder->registerThread(QStringLiteral("before-the-run"));
    recorder->recordState(before, ThreadState::Running);
    QList<HistoryEntry> entries;
    const QDateTime start(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    for (int run = 0; run < RunHistory::KeptRecordings + 2; ++run) {
        Trace::markRun(true, QStringLiteral("factorization"));
        const int worker = recorder->registerThread(QStringLiteral("worker-%1").arg(run));
        recorder->recordState(worker, ThreadState::Running);
        recorder->recordState(worker, ThreadState::Terminated);
        Trace::markRun(false, QStringLiteral("factorization"));
        const auto entry = history.save(QStringLiteral("factorization"), result(1, 0.5), nullptr, start.addSecs(run));
        QVERIFY(entry);
        entries.append(*entry);
    }
    RunHistory::waitForKeptRecordings();
    for (int run = 0; run < entries.size(); ++run) {
        const bool kept = run >= entries.size() - RunHistory::KeptRecordings;
        QCOMPARE(QFile::exists(history.recordingPath(entries.at(run).topic, entries.at(run).id)), kept);
    }
    const HistoryEntry &last = entries.last();
    QFile file(history.recordingPath(last.topic, last.id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray packed = file.readAll();
    QCOMPARE(quint8(packed.at(0)), quint8(0x1f)); // gzip
    QString error;
    const auto recording = ChromeTraceReader::parse(packed, &error);
    QVERIFY2(recording, qPrintable(error));
    QCOMPARE(recording->title, QStringLiteral("factorization: factorize"));
    QCOMPARE(recording->recordedAt, last.savedAt);
    QVERIFY(recording->events.first().kind == TraceEventKind::RunStarted);
    QVERIFY(recording->events.last().kind == TraceEventKind::RunFinished);
    QStringList names;
    for (const LabWorkerStatus &worker : recording->workers)
        names.append(worker.name);
    // Only this run's worker has slices; the one running since before the run is not in its events.
    QCOMPARE(names, QStringList{QStringLiteral("worker-%1").arg(entries.size() - 1)});

    QVERIFY(history.remove(last.topic, last.id));
    QVERIFY(!QFile::exists(history.recordingPath(last.topic, last.id)));
    recorder->clear();
}

LAB_TEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
