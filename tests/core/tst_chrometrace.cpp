// SPDX-License-Identifier: GPL-3.0-or-later
// The Chrome Trace Event export: its structure (chrometracecheck.h), what it says about states,
// waits, hand-offs and counters, streaming in bounded pieces, and the atomic file.
#include "chrometracecheck.h"
#include "core/report/atomicfile.h"
#include "core/sync/syncsemaphore.h"
#include "core/trace/chrometrace.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"
#include "tracebuilder.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Lab::Core;
using TraceBuilder::makeEvent;
using TraceBuilder::Pid;
using TraceBuilder::produce;

namespace {

constexpr qint64 T0 = 1'000'000'000;

QList<QJsonObject> eventsWhere(const QJsonArray &events, const std::function<bool(const QJsonObject &)> &match)
{
    QList<QJsonObject> out;
    for (const QJsonValue &value : events) {
        if (match(value.toObject()))
            out.append(value.toObject());
    }
    return out;
}

} // namespace

class TestChromeTrace : public QObject
{
    Q_OBJECT
private slots:
    void statesWaitsAndHandOffs();
    void sharedPoolThreadNeverOverlaps();
    void countersAndNames();
    void realThreadsThroughCapture();
    void streamsInBoundedPieces();
    void stopsWhenTheSinkFails();
    void atomicFileKeepsTheOldFileOnFailure();
};

// Two philosophers: p-1 holds fork-1, p-2 blocks on it, p-1 releases, p-2 marks the hand-off.
void TestChromeTrace::statesWaitsAndHandOffs()
{
    TraceRecording recording;
    recording.labPid = Pid;
    recording.events = {
        makeEvent(T0, -1, Pid, TraceEventKind::RunStarted, ThreadState::Running, u"run philosophers"_qs),
        makeEvent(T0 + 1'000, 0, 0, TraceEventKind::ThreadCreated, ThreadState::New, u"p-1"_qs),
        makeEvent(T0 + 2'000, 1, 0, TraceEventKind::ThreadCreated, ThreadState::New, u"p-2"_qs),
        makeEvent(T0 + 3'000, 0, 0, TraceEventKind::StateChanged, ThreadState::Runnable, u"start()"_qs),
        makeEvent(T0 + 4'000, 1, 0, TraceEventKind::StateChanged, ThreadState::Runnable, u"start()"_qs),
        makeEvent(T0 + 10'000, 0, 101, TraceEventKind::StateChanged, ThreadState::Running),
        makeEvent(T0 + 11'000, 1, 102, TraceEventKind::StateChanged, ThreadState::Running),
        makeEvent(T0 + 12'500, 1, 102, TraceEventKind::StateChanged, ThreadState::Blocked,
                  u"on \"fork-1\" (held by p-1)"_qs),
        makeEvent(T0 + 20'000, 1, 102, TraceEventKind::StateChanged, ThreadState::Running),
        makeEvent(T0 + 20'100, 1, 102, TraceEventKind::Mark, ThreadState::Running,
                  u"\"fork-1\": released by p-1 \u2192 p-2"_qs),
        makeEvent(T0 + 30'000, 0, 101, TraceEventKind::ThreadFinished, ThreadState::Terminated),
        makeEvent(T0 + 31'000, 1, 102, TraceEventKind::ThreadFinished, ThreadState::Terminated),
        makeEvent(T0 + 32'000, -1, Pid, TraceEventKind::RunFinished, ThreadState::Running, u"run philosophers"_qs),
    };
    const auto summary = ChromeTraceCheck::check(produce(recording));
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));

    // p-2's life on its own tid (New and Runnable were recorded with tid 0 by its creator).
    const auto p2 = eventsWhere(summary.events, [](const QJsonObject &e) {
        return e[u"ph"].toString() == u"X" && e[u"tid"].toInteger() == 102;
    });
    QStringList names;
    for (const QJsonObject &slice : p2)
        names.append(slice[u"name"].toString());
    QCOMPARE(names, (QStringList{u"New"_qs, u"Runnable"_qs, u"Running"_qs, u"Blocked"_qs, u"Running"_qs}));
    QCOMPARE(p2.at(0)[u"ts"].toDouble(), 2.0); // µs from the run's start
    QCOMPARE(p2.at(3)[u"ts"].toDouble(), 12.5);
    QCOMPARE(p2.at(3)[u"dur"].toDouble(), 7.5);
    const QJsonObject blockedArgs = p2.at(3)[u"args"].toObject();
    QCOMPARE(blockedArgs[u"waits_on"].toString(), u"fork-1"_qs);
    QCOMPARE(blockedArgs[u"held_by"].toString(), u"p-1"_qs);
    QCOMPARE(blockedArgs[u"kernel_state"].toString(), u"S or D"_qs);
    QCOMPARE(blockedArgs[u"state"].toString(), u"blocked"_qs);

    // The hand-off: an arrow from p-1 (when p-2 woke) to p-2's mark.
    const auto flows = eventsWhere(summary.events, [](const QJsonObject &e) {
        return e[u"ph"].toString() == u"s" || e[u"ph"].toString() == u"f";
    });
    QCOMPARE(flows.size(), 2);
    QCOMPARE(flows.at(0)[u"tid"].toInteger(), 101);
    QCOMPARE(flows.at(0)[u"ts"].toDouble(), 20.0);
    QCOMPARE(flows.at(1)[u"tid"].toInteger(), 102);
    QCOMPARE(flows.at(1)[u"ts"].toDouble(), 20.1);
    QCOMPARE(flows.at(0)[u"id"], flows.at(1)[u"id"]);

    // Run boundaries are global instants; every thread is named.
    const auto runs = eventsWhere(summary.events, [](const QJsonObject &e) {
        return e[u"ph"].toString() == u"i" && e[u"cat"].toString() == u"run";
    });
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0)[u"s"].toString(), u"g"_qs);
    QVERIFY(summary.threadNames.value(u"4242/102"_qs).startsWith(u"p-2"_qs));
    QVERIFY(summary.threadNames.contains(u"4242/4242"_qs));
}

// A pool thread bound to one worker and then another, with a late state of the first: the later
// slice is cut, never overlapping.
void TestChromeTrace::sharedPoolThreadNeverOverlaps()
{
    TraceRecording recording;
    recording.labPid = Pid;
    recording.events = {
        makeEvent(T0, 0, 0, TraceEventKind::ThreadCreated, ThreadState::New, u"task-1"_qs),
        makeEvent(T0 + 1'000, 0, 200, TraceEventKind::StateChanged, ThreadState::Running),
        makeEvent(T0 + 5'000, 1, 0, TraceEventKind::ThreadCreated, ThreadState::New, u"task-2"_qs),
        makeEvent(T0 + 6'000, 1, 200, TraceEventKind::StateChanged, ThreadState::Running),
        makeEvent(T0 + 8'000, 0, 200, TraceEventKind::ThreadFinished, ThreadState::Terminated),
        makeEvent(T0 + 9'000, 1, 200, TraceEventKind::ThreadFinished, ThreadState::Terminated),
    };
    const auto summary = ChromeTraceCheck::check(produce(recording));
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));
    QCOMPARE(summary.threadNames.value(u"4242/200"_qs), u"task-1, task-2 [200]"_qs);
}

void TestChromeTrace::countersAndNames()
{
    TraceRecording recording;
    recording.labPid = Pid;
    recording.events = {
        makeEvent(T0, 0, 0, TraceEventKind::ThreadCreated, ThreadState::New, u"never"_qs),
        makeEvent(T0 + 1'000, 1, 0, TraceEventKind::ProcessStarted, ThreadState::Running, u"factor-proc-1"_qs, 777),
        makeEvent(T0 + 2'000, 1, 0, TraceEventKind::StateChanged, ThreadState::Waiting, u"idle"_qs, 777),
        makeEvent(T0 + 3'000, 1, 0, TraceEventKind::ProcessFinished, ThreadState::Terminated, u"exit code 0"_qs, 777),
    };
    recording.cpu = {{T0 + 500, Pid, 300, u"QNetworkAccessM"_qs, -1, 'S'},
                     {T0 + 1'500, Pid, 300, u"QNetworkAccessM"_qs, 12.5, 'R'},
                     {T0 + 1'500, 777, 777, u"factor-proc-1"_qs, 99, 'R'}};
    recording.sync = {{T0 + 100, u"slots"_qs, u"semaphore"_qs, 0, 3, -1},
                      {T0 + 2'100, u"slots"_qs, u"semaphore"_qs, 2, 0, -1}};
    recording.endNs = T0 + 4'000;
    const auto summary = ChromeTraceCheck::check(produce(recording));
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));

    const auto counters = eventsWhere(summary.events, [](const QJsonObject &e) { return e[u"ph"].toString() == u"C"; });
    QCOMPARE(counters.size(), 4); // the first CPU sample has no value yet
    const auto semaphore = eventsWhere(summary.events, [](const QJsonObject &e) {
        return e[u"ph"].toString() == u"C" && e[u"cat"].toString() == u"sync";
    });
    QCOMPARE(semaphore.size(), 2);
    QCOMPARE(semaphore.at(1)[u"args"][u"waiters"].toInt(), 2);
    QCOMPARE(semaphore.at(1)[u"args"][u"permits"].toInt(), 0);
    // The worker process is its own process track, its slices on its main thread.
    QVERIFY(summary.processNames.value(u"777"_qs).startsWith(u"factor-proc-1"_qs));
    const auto processSlices = eventsWhere(summary.events, [](const QJsonObject &e) {
        return e[u"ph"].toString() == u"X" && e[u"pid"].toInteger() == 777;
    });
    QCOMPARE(processSlices.size(), 2);
    QCOMPARE(processSlices.at(1)[u"name"].toString(), u"Waiting"_qs);
    // A thread that never ran (no tid) still has a track and a name, with its New slice to the end.
    bool neverRan = false;
    for (auto it = summary.threadNames.cbegin(); it != summary.threadNames.cend(); ++it)
        neverRan = neverRan || it.value() == u"never (never ran)"_qs;
    QVERIFY(neverRan);
}

// Real lab threads contending on an instrumented mutex, recorded by TraceCapture.
void TestChromeTrace::realThreadsThroughCapture()
{
    TraceBuilder::ContendedThreads run(20);
    TraceRecording recording;
    QVERIFY(run.finish(&recording));
    TraceRecorder &recorder = run.recorder();
    const auto &threads = run.threads();
    QCOMPARE(recording.dropped, quint64(0));
    const auto summary = ChromeTraceCheck::check(produce(recording));
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));
    for (const auto &thread : threads) {
        const QString tid = QStringLiteral("%1/%2").arg(recording.labPid).arg(recorder.worker(thread->workerId()).tid);
        QVERIFY2(summary.threadNames.value(tid).startsWith(thread->name()), qPrintable(tid));
    }
    const auto blocked = eventsWhere(summary.events, [](const QJsonObject &e) {
        return e[u"ph"].toString() == u"X" && e[u"name"].toString() == u"Blocked" &&
               e[u"args"][u"waits_on"].toString() == u"shared";
    });
    const auto handOffs = eventsWhere(summary.events, [](const QJsonObject &e) { return e[u"ph"].toString() == u"s"; });
    // Three threads, each sleeping while it holds the lock: someone waits, and is handed the lock.
    QVERIFY(!blocked.isEmpty());
    QVERIFY(!blocked.first()[u"args"][u"held_by"].toString().isEmpty());
    QVERIFY(!handOffs.isEmpty());
    QVERIFY(summary.countByPhase.value(u"C"_qs) >= 1); // the mutex's waiters
}

// 300,000 state changes: written in pieces of about 256 KB, never as one document.
void TestChromeTrace::streamsInBoundedPieces()
{
    TraceRecording recording;
    recording.labPid = Pid;
    constexpr int Threads = 10;
    constexpr int Changes = 30'000;
    recording.events.reserve(Threads * (Changes + 1));
    for (int w = 0; w < Threads; ++w)
        recording.events.append(
            makeEvent(T0, w, 0, TraceEventKind::ThreadCreated, ThreadState::New, QStringLiteral("t-%1").arg(w)));
    for (int i = 0; i < Changes; ++i) {
        for (int w = 0; w < Threads; ++w)
            recording.events.append(makeEvent(T0 + 1'000 * (i + 1) + w, w, 1000 + w, TraceEventKind::StateChanged,
                                              i % 2 ? ThreadState::Blocked : ThreadState::Running, u"on \"m\""_qs));
    }
    QList<qsizetype> pieces;
    const QByteArray json = produce(recording, &pieces);
    QVERIFY(pieces.size() > 10);
    QVERIFY(*std::max_element(pieces.cbegin(), pieces.cend()) < 300 * 1024);
    const auto summary = ChromeTraceCheck::check(json);
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.mid(0, 5).join(u'\n')));
    QCOMPARE(summary.countByPhase.value(u"X"_qs), Threads * (Changes + 1));
}

void TestChromeTrace::stopsWhenTheSinkFails()
{
    TraceRecording recording;
    recording.labPid = Pid;
    for (int i = 0; i < 50'000; ++i)
        recording.events.append(makeEvent(T0 + i, 0, 10, TraceEventKind::StateChanged,
                                          i % 2 ? ThreadState::Waiting : ThreadState::Running));
    int calls = 0;
    QVERIFY(!ChromeTrace::produce(recording, [&calls](QByteArrayView) { return ++calls < 2; }));
    QCOMPARE(calls, 2);
}

void TestChromeTrace::atomicFileKeepsTheOldFileOnFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"run.trace.json"_qs);
    TraceRecording recording;
    recording.labPid = Pid;
    recording.events = {makeEvent(T0, 0, 0, TraceEventKind::ThreadCreated, ThreadState::New, u"a"_qs)};
    QString error;
    QVERIFY2(ChromeTrace::write(recording, path, &error), qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray before = written.readAll();
    written.close();
    QVERIFY(ChromeTraceCheck::check(before).problems.isEmpty());

    // A producer that gives up part-way leaves the earlier file as it was, and no temporary behind.
    QVERIFY(!writeFileAtomically(
        path, [](const AtomicFileSink &sink) { return sink("{\"traceEvents\":[") && false; }, &error));
    QVERIFY(error.contains(path));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"run.trace.json"_qs});

    QVERIFY(!ChromeTrace::write(recording, dir.filePath(u"missing/run.json"_qs), &error));
    QVERIFY2(error.contains(u"does not exist"_qs), qPrintable(error));
}

LAB_TEST_GUILESS_MAIN(TestChromeTrace)
#include "tst_chrometrace.moc"
