// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/threadsample.h"
#include "core/trace/tracerecording.h"
#include "gui/topics/replayframe.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

class QTimer;

namespace Lab::Core {
class TraceRecorder;
}

namespace Lab::Gui {

// A cursor moving through a recording (docs/trace.md, "Replay"). A private TraceRecorder holds the
// recording's events up to the cursor (moving forward records the next events, moving back refills
// from the start: events are sorted, so finding the cursor is a binary search), and snapshot() turns
// it into the ThreadSnapshot the monitor's table shows: every lab thread and worker process with its
// textbook state at the cursor, the kernel letter and CPU % of the last sample before it where the
// recording has samples. Play moves the cursor at 30 frames a second, `speed` recorded seconds per
// second.
class ReplayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayController)

public:
    static constexpr int FrameIntervalMs = 33;

    // A primitive at the cursor, from its last sample and the threads that wait on it.
    using Primitive = ReplayPrimitive;

    explicit ReplayController(QObject *parent = nullptr);
    ~ReplayController() override;

    void setRecording(Core::TraceRecording recording);
    const Core::TraceRecording &recording() const { return m_recording; }
    bool isLoaded() const { return m_loaded; }

    qint64 startNs() const { return m_startNs; }
    qint64 endNs() const { return m_endNs; }
    qint64 cursorNs() const { return m_cursorNs; }
    // Number of recorded events at or before the cursor.
    qsizetype eventsShown() const { return m_filled; }
    // Clamped to [startNs, endNs].
    void setCursor(qint64 timeNs);
    // To the time of the next (previous) event after (before) the cursor.
    void stepNext();
    void stepPrevious();

    bool isPlaying() const { return m_playing; }
    void play();
    void pause();
    void togglePlay();
    double speed() const { return m_speed; }
    void setSpeed(double recordedSecondsPerSecond);

    // The events up to the cursor.
    Core::TraceRecorder *recorder() const { return m_recorder.get(); }
    Core::ThreadSnapshot snapshot() const;
    QList<Primitive> primitives() const;
    // What the experiment panels are given at the cursor (Experiment::showReplay).
    ReplayFrame frame() const;
    // The state of a worker at the cursor.
    Core::LabWorkerStatus worker(int workerId) const;

signals:
    // `rewound`: the recorder was refilled from the start (readers holding a sequence start again).
    void cursorMoved(qint64 cursorNs, bool rewound);
    void playingChanged(bool playing);
    void recordingChanged();

private:
    void onFrame();
    void refill(qsizetype upTo);
    // Records the events from m_filled up to (not including) `upTo` into the private recorder.
    void feed(qsizetype upTo);

    Core::TraceRecording m_recording;
    std::unique_ptr<Core::TraceRecorder> m_recorder;
    QHash<qint64, std::vector<qsizetype>> m_cpuByTid; // indexes into m_recording.cpu, by time
    QHash<QString, int> m_maxPermits;                 // per semaphore, the most free permits sampled
    QStringList m_threadNames;                        // of the whole recording, for ReplayFrame
    QStringList m_primitiveNames;
    QSet<int> m_restored;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    qint64 m_cursorNs = 0;
    qsizetype m_filled = 0; // events [0, m_filled) are in the recorder
    bool m_loaded = false;
    bool m_playing = false;
    double m_speed = 1.0;
    QTimer *m_timer = nullptr;
    qint64 m_lastFrameNs = 0;
};

} // namespace Lab::Gui
