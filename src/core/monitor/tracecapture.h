// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tracerecording.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <tuple>

class QTimer;

namespace Lab::Core {

class ProcReader;
struct ThreadSnapshot;

// Records one run for a trace file: from start() to stop() it drains the recorder's ring buffer often
// enough that nothing is dropped (every 50 ms: the default ring holds 65,536 events), samples the
// instrumented primitives (waiters, permits) at the same rate and, when asked, CPU % and kernel state
// of every thread of the lab and its workers from /proc at 10 Hz, at start() and at stop() (so even a
// run shorter than a sampling interval has CPU % for the threads that lived through it). Samples are
// read on the capture's own thread (a few hundred microseconds for tens of threads): no sampler
// thread joins the process being recorded. Lives on the thread that runs the command's event loop.
class TraceCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceCapture)
public:
    static constexpr int DrainIntervalMs = 50;

    explicit TraceCapture(TraceRecorder *recorder = nullptr, QObject *parent = nullptr);
    ~TraceCapture() override;

    void setTitle(const QString &title) { m_recording.title = title; }
    // Before start(): also sample /proc (off by default: tests and the `threads` command sample themselves).
    void setSampleProcesses(bool on) { m_sampleProcesses = on; }

    // What `recorder` holds now (its ring buffer: the last 65,536 events by default), with the
    // primitives' current snapshot: the GUI's File > Export trace of the monitor's recording.
    static TraceRecording fromRecorder(TraceRecorder *recorder, const QString &title);

    void start();
    // A phase boundary of the run (an instant on the lab's main thread).
    void markPhase(const QString &what);
    // A /proc sample taken elsewhere (the `threads` command's one sample).
    void addSnapshot(const ThreadSnapshot &snapshot);
    // Stops and returns the recording (with the status of every worker it saw).
    TraceRecording stop();
    bool isActive() const { return m_active; }

private:
    void drain();
    void sampleSync();
    void sampleProcesses();
    void addEvent(TraceEventKind kind, const QString &detail);

    TraceRecorder *m_recorder;
    TraceRecording m_recording;
    QTimer *m_timer = nullptr;
    std::unique_ptr<ProcReader> m_reader;
    int m_ticks = 0;
    quint64 m_lastSequence = 0;
    bool m_sampleProcesses = false;
    bool m_active = false;
    QHash<QString, std::tuple<int, int, int>> m_lastSync; // kind/name -> waiters, permits, fill
};

} // namespace Lab::Core
