// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <chrono>

namespace Lab::Core {

// Summary of how late an event loop dispatched a due timer, in milliseconds.
struct EventLoopLatency
{
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    qint64 samples = 0;
};

// Measures the responsiveness of the event loop of the thread it lives on: a precise single-shot
// timer is re-armed every interval (~5 ms), and each time it fires the probe records how late it
// was against its due time. A loop that is blocked for 200 ms shows up as one 200 ms sample.
// Samples go into a fixed histogram (10 us buckets up to 250 ms, then one overflow bucket with the
// exact maximum kept aside), so the probe can run for a whole session in constant memory and
// O(1) work per tick. Used by --metrics and by the event-loop lesson.
class EventLoopProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopProbe)

public:
    static constexpr std::chrono::microseconds BucketWidth{10};
    static constexpr int BucketCount = 25'000; // 250 ms; later samples land in the overflow bucket
    // One frame at 60 Hz: a tick later than this is logged (category "lab.core.eventloop", debug).
    static constexpr std::chrono::microseconds FrameBudget{16'700};

    explicit EventLoopProbe(QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Forgets every sample; keeps running if it was.
    void reset();

    qint64 sampleCount() const { return m_samples; }
    // The latency below which `fraction` (0..1) of the samples fall, in ms (upper edge of its bucket,
    // never above the exact maximum). 0 without samples.
    double percentileMs(double fraction) const;
    double maxMs() const;
    EventLoopLatency summary() const;

    // Adds one measurement. The timer calls it; public so that the statistics can be tested exactly.
    void recordLatency(std::chrono::nanoseconds latency);

private:
    void arm();
    void onTimeout();

    QTimer m_timer;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_interval{5};
    qint64 m_dueNs = 0;
    bool m_running = false;
    qint64 m_samples = 0;
    qint64 m_maxNs = 0;
    std::array<quint32, BucketCount + 1> m_histogram{};
};

} // namespace Lab::Core
