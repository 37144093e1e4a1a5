// SPDX-License-Identifier: GPL-3.0-or-later
// Reading back what ChromeTrace wrote: the same events, workers and samples (plain and gzip), a real
// capture replayed state for state, and one message naming the field for files that are not the lab's.
#include "core/trace/chrometrace.h"
#include "core/trace/chrometracereader.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"
#include "tracebuilder.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Lab::Core;
using TraceBuilder::makeEvent;
using TraceBuilder::Pid;
using TraceBuilder::produce;

namespace {

constexpr qint64 ReaderT0 = 5'000'000'000;

// Two threads (one waits on the other's lock, is handed it, marks, is held by the pacer), a worker
// process, run and phase marks, CPU and primitive samples; times with nanosecond digits.
TraceRecording sampleRecording()
{
    using K = TraceEventKind;
    using S = ThreadState;
    TraceRecording r;
    r.title = u"run philosophers"_qs;
    r.labPid = Pid;
    r.labProcessName = u"concurrency-lab"_qs;
    r.recordedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30, 15, 250), Qt::UTC);
    r.machine = u"hall-pc (Example CPU, 4 logical cores)"_qs;
    r.events = {
        makeEvent(ReaderT0, -1, 0, K::RunStarted, S::Running, u"philosophers"_qs),
        makeEvent(ReaderT0 + 1'001, 0, 0, K::ThreadCreated, S::New, u"philosopher-1"_qs),
        makeEvent(ReaderT0 + 2'002, 1, 0, K::ThreadCreated, S::New, u"philosopher-2"_qs),
        makeEvent(ReaderT0 + 3'003, -1, 0, K::Mark, S::Running, u"[1/2] eating"_qs),
        makeEvent(ReaderT0 + 10'017, 0, 101, K::StateChanged, S::Running),
        makeEvent(ReaderT0 + 11'000, 1, 102, K::StateChanged, S::Running),
        makeEvent(ReaderT0 + 20'500, 1, 102, K::StateChanged, S::Blocked, u"on \"fork-2\" (held by philosopher-1)"_qs),
        makeEvent(ReaderT0 + 30'000, 0, 101, K::PacerHeld, S::Running),
        makeEvent(ReaderT0 + 31'000, 0, 101, K::PacerReleased, S::Running),
        makeEvent(ReaderT0 + 40'123, 1, 102, K::StateChanged, S::Running),
        makeEvent(ReaderT0 + 40'200, 1, 102, K::Mark, S::Running,
                  u"\"fork-2\": released by philosopher-1 → philosopher-2"_qs),
        makeEvent(ReaderT0 + 45'000, 2, 0, K::ProcessStarted, S::Running, u"factor-proc-1"_qs, 5151),
        makeEvent(ReaderT0 + 47'000, 2, 0, K::StateChanged, S::Waiting, u"idle"_qs, 5151),
        makeEvent(ReaderT0 + 50'000, 0, 101, K::ThreadFinished, S::Terminated),
        makeEvent(ReaderT0 + 55'000, 2, 0, K::ProcessFinished, S::Terminated, u"exit 0"_qs, 5151),
        makeEvent(ReaderT0 + 60'999, 1, 102, K::ThreadFinished, S::Terminated),
        makeEvent(ReaderT0 + 70'000, -1, 0, K::RunFinished, S::Running, u"philosophers"_qs),
    };
    for (qsizetype i = 0; i < r.events.size(); ++i)
        r.events[i].sequence = quint64(i + 1);
    r.cpu = {{ReaderT0 + 25'000, Pid, 101, u"philosopher-1"_qs, 97.5, 'R'},
             {ReaderT0 + 25'000, Pid, 102, u"philosopher-2"_qs, 0, 'S'}};
    r.sync = {{ReaderT0 + 21'000, u"fork-2"_qs, u"mutex"_qs, 1, -1, -1},
              {ReaderT0 + 22'000, u"seats"_qs, u"semaphore"_qs, 0, 3, -1}};
    r.endNs = ReaderT0 + 70'000;
    return r;
}

void compareEvents(const QList<TraceEvent> &read, const QList<TraceEvent> &written)
{
    QCOMPARE(read.size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        const TraceEvent &a = read.at(i);
        const TraceEvent &b = written.at(i);
        const QByteArray where = QByteArray::number(i);
        QVERIFY2(a.kind == b.kind, where.constData());
        QVERIFY2(a.state == b.state, where.constData());
        QCOMPARE(a.timeNs, b.timeNs);
        QCOMPARE(a.workerId, b.workerId);
        QCOMPARE(a.pid, b.pid);
        QCOMPARE(a.detail, b.detail);
        // New and Runnable are recorded by the creating thread with tid 0; the file knows the track's.
        if (b.tid != 0)
            QCOMPARE(a.tid, b.tid);
        QCOMPARE(a.sequence, quint64(i + 1));
    }
}

} // namespace

class TestChromeTraceReader : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void roundTripGzip();
    void realCaptureReplaysTheSameStates();
    void refusesWithTheField_data();
    void refusesWithTheField();
    void missingFile();
};

void TestChromeTraceReader::roundTrip()
{
    const TraceRecording written = sampleRecording();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"run.json"_qs);
    QString error;
    QVERIFY2(ChromeTrace::write(written, path, &error), qPrintable(error));
    const std::optional<TraceRecording> read = ChromeTraceReader::read(path, &error);
    QVERIFY2(read, qPrintable(error));

    compareEvents(read->events, written.events);
    QCOMPARE(read->title, written.title);
    QCOMPARE(read->labPid, written.labPid);
    QCOMPARE(read->labProcessName, written.labProcessName);
    QCOMPARE(read->recordedAt, written.recordedAt);
    QCOMPARE(read->machine, written.machine);
    QCOMPARE(read->endNs, written.endNs);

    QCOMPARE(read->workers.size(), 3);
    const LabWorkerStatus &first = read->workers.at(0);
    QCOMPARE(first.name, u"philosopher-1"_qs);
    QCOMPARE(first.tid, 101);
    QCOMPARE(first.createdNs, ReaderT0 + 1'001);
    QCOMPARE(first.finishedNs, ReaderT0 + 50'000);
    QVERIFY(first.state == ThreadState::Terminated);
    const LabWorkerStatus &process = read->workers.at(2);
    QVERIFY(process.isProcess);
    QCOMPARE(process.pid, 5151);
    QCOMPARE(process.name, u"factor-proc-1"_qs);
    QCOMPARE(process.detail, u"exit 0"_qs);

    QCOMPARE(read->cpu.size(), 2);
    for (const TraceCpuSample &sample : read->cpu) {
        QCOMPARE(sample.timeNs, ReaderT0 + 25'000);
        QCOMPARE(sample.cpuPercent, sample.tid == 101 ? 97.5 : 0.0);
        QCOMPARE(sample.name, sample.tid == 101 ? u"philosopher-1"_qs : u"philosopher-2"_qs);
    }
    QCOMPARE(read->sync.size(), 2);
    for (const TraceSyncSample &sample : read->sync) {
        const bool isFork = sample.name == u"fork-2";
        QCOMPARE(sample.kind, isFork ? u"mutex"_qs : u"semaphore"_qs);
        QCOMPARE(sample.waiters, isFork ? 1 : 0);
        QCOMPARE(sample.permits, isFork ? -1 : 3);
        QCOMPARE(sample.timeNs, isFork ? ReaderT0 + 21'000 : ReaderT0 + 22'000);
    }

    // And what was read writes the same file again (the date and machine travel with it).
    QCOMPARE(produce(*read), produce(written));
}

void TestChromeTraceReader::roundTripGzip()
{
    const TraceRecording written = sampleRecording();
    const QByteArray json = produce(written);
    const QByteArray packed = ChromeTraceReader::gzip(json);
    QVERIFY(packed.size() < json.size());
    QCOMPARE(ChromeTraceReader::gunzip(packed).value_or(QByteArray()), json);
    QString error;
    const std::optional<TraceRecording> read = ChromeTraceReader::parse(packed, &error);
    QVERIFY2(read, qPrintable(error));
    compareEvents(read->events, written.events);

    // A cut gzip stream is refused, not read as far as it goes.
    QVERIFY(!ChromeTraceReader::parse(packed.left(packed.size() / 2), &error));
    QCOMPARE(error, u"not a complete gzip file (it may be truncated)"_qs);
}

// Real lab threads contending for an instrumented lock, captured as `run` does: replaying the file
// in a private recorder gives every worker the state the live recorder had at every event.
void TestChromeTraceReader::realCaptureReplaysTheSameStates()
{
    TraceBuilder::ContendedThreads run(10);
    TraceRecording recording;
    QVERIFY(run.finish(&recording));
    TraceRecorder &recorder = run.recorder();
    const auto &threads = run.threads();

    QString error;
    const std::optional<TraceRecording> read = ChromeTraceReader::parse(produce(recording), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->workers.size(), 3);
    for (const auto &thread : threads) {
        const LabWorkerStatus live = recorder.worker(thread->workerId());
        const auto it = std::find_if(read->workers.cbegin(), read->workers.cend(),
                                     [&](const LabWorkerStatus &w) { return w.workerId == thread->workerId(); });
        QVERIFY(it != read->workers.cend());
        QCOMPARE(it->name, live.name);
        QCOMPARE(it->tid, live.tid);
        QCOMPARE(it->finishedNs, live.finishedNs);
        QVERIFY(it->state == ThreadState::Terminated);
    }
    // The state sequence of each worker: as recorded, with repeats of the same state and detail
    // merged (the writer writes one slice for them).
    for (const auto &thread : threads) {
        QList<QPair<ThreadState, QString>> live;
        QList<QPair<ThreadState, QString>> replayed;
        const auto collect = [&thread](const QList<TraceEvent> &events, QList<QPair<ThreadState, QString>> *out) {
            for (const TraceEvent &e : events) {
                if (e.workerId != thread->workerId() || e.kind == TraceEventKind::Mark ||
                    e.kind == TraceEventKind::PacerHeld || e.kind == TraceEventKind::PacerReleased)
                    continue;
                const QString detail = e.kind == TraceEventKind::ThreadCreated ? QString() : e.detail;
                if (out->isEmpty() || out->last() != qMakePair(e.state, detail))
                    out->append({e.state, detail});
            }
        };
        collect(recording.events, &live);
        collect(read->events, &replayed);
        QCOMPARE(replayed, live);
    }

    // Filling a private recorder with the events up to a time gives the state each worker had then.
    TraceRecorder replay(int(read->events.size()) + 1);
    for (const LabWorkerStatus &worker : read->workers)
        replay.restoreWorker(worker);
    const qint64 middle = read->events.at(read->events.size() / 2).timeNs;
    for (const TraceEvent &event : read->events) {
        if (event.timeNs <= middle)
            replay.record(event);
    }
    for (const auto &thread : threads) {
        ThreadState expected = ThreadState::New;
        for (const TraceEvent &e : recording.events) {
            if (e.workerId == thread->workerId() && e.timeNs <= middle && e.kind != TraceEventKind::Mark &&
                e.kind != TraceEventKind::PacerHeld && e.kind != TraceEventKind::PacerReleased)
                expected = e.state;
        }
        QCOMPARE(int(replay.worker(thread->workerId()).state), int(expected));
    }
}

void TestChromeTraceReader::refusesWithTheField_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray good = produce(sampleRecording());
    QTest::newRow("perfetto's own") << QByteArray(R"({"traceEvents":[{"ph":"X","ts":1,"dur":2,"pid":1,"tid":1}]})")
                                    << u"not a Concurrency Lab trace: the field \"otherData.tool\" is missing"_qs;
    QTest::newRow("another tool")
        << QByteArray(R"({"otherData":{"tool":"hotspot"},"traceEvents":[]})")
        << u"not a Concurrency Lab trace: \"otherData.tool\" must be \"concurrency-lab\" (got \"hotspot\")"_qs;
    QTest::newRow("no events") << QByteArray(R"({"otherData":{"tool":"concurrency-lab"}})")
                               << u"not a Concurrency Lab trace: the field \"traceEvents\" is missing"_qs;
    QTest::newRow("array form")
        << QByteArray(R"([{"ph":"X"}])")
        << u"not a Concurrency Lab trace: the file is not a JSON object with \"traceEvents\""_qs;
    QTest::newRow("slice without state")
        << QByteArray(
               R"({"otherData":{"tool":"concurrency-lab"},"traceEvents":[{"ph":"X","ts":1,"dur":2,"pid":1,"tid":1,"name":"Running"}]})")
        << u"not a Concurrency Lab trace: traceEvents[0]: the field \"args.state\" is missing"_qs;
    QTest::newRow("slice without dur")
        << QByteArray(
               R"({"otherData":{"tool":"concurrency-lab"},"traceEvents":[{"ph":"i","ts":1,"pid":1,"tid":1,"name":"a"},{"ph":"X","ts":1,"pid":1,"tid":1,"name":"Running"}]})")
        << u"not a Concurrency Lab trace: traceEvents[1]: the field \"dur\" is missing"_qs;
    QTest::newRow("truncated") << good.left(good.size() * 2 / 3)
                               << u"not valid JSON: %1 at byte %2 (the file may be truncated)"_qs;
    QTest::newRow("empty") << QByteArray() << u"not valid JSON: %1 at byte %2 (the file may be truncated)"_qs;
}

void TestChromeTraceReader::refusesWithTheField()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ChromeTraceReader::parse(data, &error));
    if (message.contains(u"%1")) {
        QVERIFY2(error.startsWith(u"not valid JSON: "), qPrintable(error));
        QVERIFY2(error.endsWith(u"(the file may be truncated)"), qPrintable(error));
    } else {
        QCOMPARE(error, message);
    }
}

void TestChromeTraceReader::missingFile()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ChromeTraceReader::read(dir.filePath(u"nothing.json"_qs), &error));
    QVERIFY2(!error.isEmpty(), "a missing file names why");
    QVERIFY(!ChromeTraceReader::read(dir.path(), &error));
    QCOMPARE(error, u"is a folder"_qs);
}

LAB_TEST_GUILESS_MAIN(TestChromeTraceReader)
#include "tst_chrometracereader.moc"
