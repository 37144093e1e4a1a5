// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/system/eventloopprobe.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

namespace Lab::Core {

struct EventLoopRunResult
{
    bool onCallerThread = false; // true: the work blocked the caller's (GUI) event loop
    int workMs = 0;
    double elapsedMs = 0;     // wall time of the work itself
    EventLoopLatency latency; // the caller's event loop, measured from start to a short tail after the work
    quint64 checksum = 0;
    bool cancelled = false;
};

// Issue 7.2, event loop: ~workMs of CPU work (BusyWork, in slices) either on the caller's thread (the
// lesson: its event loop stops, the window freezes, the probe's latency shows it) or on a lab thread
// (the loop stays responsive). An EventLoopProbe on the caller's thread measures both the same way.
// start() always returns at once; in caller-thread mode the work begins with the next event-loop turn.
class EventLoopExperiment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopExperiment)
public:
    explicit EventLoopExperiment(QObject *parent = nullptr);
    ~EventLoopExperiment() override;

    // workMs 1..60000, sliceMs 1..1000. False when running or out of range.
    bool start(bool onCallerThread, int workMs = 2000, int sliceMs = 50);
    void cancel(); // worker-thread mode only: the caller-thread work cannot be interrupted (that is the point)
    bool isRunning() const { return m_running; }

signals:
    void progressChanged(int slicesDone, int slicesTotal);
    void finished(const Lab::Core::EventLoopRunResult &result);

private:
    void workDone(double elapsedMs, quint64 checksum, bool cancelled);

    EventLoopProbe m_probe;
    EventLoopRunResult m_result;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    class QThread *m_thread = nullptr;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::EventLoopRunResult)
