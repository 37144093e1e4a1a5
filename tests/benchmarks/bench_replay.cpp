// SPDX-License-Identifier: GPL-3.0-or-later
// What keeping and replaying a run's recording costs, with a full recorder ring (65,536 events, the
// most a run keeps): RunHistory::save with the recording beside saving the result alone (the time a
// panel's GUI thread spends at the end of a run), the kept file's size against the plain JSON, reading
// it back (File > Open Recording…), and refilling a replay's private recorder from the start (what
// moving the cursor back costs) beside one forward step.
#include "core/history/runhistory.h"
#include "core/trace/chrometrace.h"
#include "core/trace/chrometracereader.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Lab::Core;

namespace {

BenchmarkResult smallResult()
{
    BenchmarkResult r;
    r.experiment = QStringLiteral("philosophers");
    StrategyStats s;
    s.strategy = QStringLiteral("none");
    s.runsSeconds = {1.0};
    s.meanSeconds = s.medianSeconds = s.minSeconds = s.maxSeconds = 1.0;
    r.results = {s};
    return r;
}

// A run in the lab's recorder: `events` state changes of 16 threads waiting on each other's forks.
void recordRun(qsizetype events)
{
    TraceRecorder *recorder = TraceRecorder::instance();
    recorder->clear();
    Trace::markRun(true, QStringLiteral("deadlock"));
    QList<int> ids;
    for (int i = 0; i < 16; ++i)
        ids.append(recorder->registerThread(QStringLiteral("philosopher-%1").arg(i + 1)));
    for (qsizetype i = 0; i < events; ++i) {
        const int n = int(i % 16);
        const bool blocked = i / 16 % 2 == 0;
        recorder->recordState(
            ids.at(n), blocked ? ThreadState::Blocked : ThreadState::Running,
            blocked ? QStringLiteral("on \"fork-%1\" (held by philosopher-%2)").arg(n + 1).arg((n + 1) % 16 + 1)
                    : QString());
    }
    Trace::markRun(false, QStringLiteral("deadlock"));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const qsizetype events = quick ? 4'000 : TraceRecorder::DefaultCapacity - 20;
    const int repeats = quick ? 1 : 5;
    QTemporaryDir dir;
    RunHistory history(dir.path());
    std::printf("bench_replay (%s): %lld events per run, best of %d\n", quick ? "quick" : "full",
                static_cast<long long>(events), repeats);

    double withRecording = 1e18;
    double resultOnly = 1e18;
    double writing = 1e18; // until the recording is on disk (a background thread)
    QString kept;
    for (int r = 0; r < repeats; ++r) {
        recordRun(events);
        QElapsedTimer timer;
        timer.start();
        const auto entry = history.save(QStringLiteral("deadlock"), smallResult());
        withRecording = std::min(withRecording, msSince(timer));
        RunHistory::waitForKeptRecordings();
        writing = std::min(writing, msSince(timer));
        if (!entry)
            return 1;
        kept = history.recordingPath(entry->topic, entry->id);
        TraceRecorder::instance()->clear(); // no run mark: the result alone
        timer.restart();
        if (!history.save(QStringLiteral("deadlock"), smallResult()))
            return 1;
        resultOnly = std::min(resultOnly, msSince(timer));
    }
    std::printf("  RunHistory::save with the recording   %9.1f ms on the caller's thread\n", withRecording);
    std::printf("    ... until the recording is written  %9.1f ms (on the recordings thread)\n", writing);
    std::printf("  RunHistory::save, result only         %9.1f ms   (ratio %.0fx)\n", resultOnly,
                withRecording / std::max(resultOnly, 0.001));

    QFile file(kept);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray packed = file.readAll();
    const QByteArray json = ChromeTraceReader::gunzip(packed).value_or(QByteArray());
    std::printf("  kept recording                        %9lld bytes gzip, %lld bytes JSON (%.1fx)\n",
                static_cast<long long>(packed.size()), static_cast<long long>(json.size()),
                double(json.size()) / double(std::max<qsizetype>(packed.size(), 1)));

    double readMs = 1e18;
    TraceRecording recording;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        std::optional<TraceRecording> read = ChromeTraceReader::read(kept, &error);
        readMs = std::min(readMs, msSince(timer));
        if (!read) {
            std::fprintf(stderr, "bench_replay: %s\n", qPrintable(error));
            return 1;
        }
        recording = *std::move(read);
    }
    std::printf("  ChromeTraceReader::read (gzip)        %9.1f ms for %lld events\n", readMs,
                static_cast<long long>(recording.events.size()));

    // A replay's private recorder refilled from the start to the end, as a backward scrub does.
    double refillMs = 1e18;
    double stepUs = 1e18;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        TraceRecorder replay(std::max<qsizetype>(recording.events.size(), 1));
        for (const LabWorkerStatus &worker : std::as_const(recording.workers))
            replay.restoreWorker(worker);
        for (const TraceEvent &event : std::as_const(recording.events))
            replay.record(event);
        refillMs = std::min(refillMs, msSince(timer));
        TraceRecorder forward(std::max<qsizetype>(recording.events.size(), 1));
        timer.restart();
        forward.record(recording.events.last());
        stepUs = std::min(stepUs, double(timer.nsecsElapsed()) / 1e3);
    }
    std::printf("  replay refill from the start          %9.2f ms (a frame at 30 Hz is 33 ms)\n", refillMs);
    std::printf("  replay one step forward               %9.2f us\n", stepUs);
    return 0;
}
