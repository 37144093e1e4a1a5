// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloopprobe.h"

#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace Lab::Core {

Q_LOGGING_CATEGORY(lcEventLoopProbe, "lab.core.eventloop", QtWarningMsg)

EventLoopProbe::EventLoopProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    // Single shot, re-armed on every tick: each tick then has an exact due time to compare with,
    // whereas a repeating timer silently reschedules after a stall.
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::onTimeout);
    m_clock.start();
}

void EventLoopProbe::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1));
}

void EventLoopProbe::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_running)
        return;
    m_running = true;
    arm();
}

void EventLoopProbe::stop()
{
    m_running = false;
    m_timer.stop();
}

void EventLoopProbe::reset()
{
    m_samples = 0;
    m_maxNs = 0;
    m_histogram.fill(0);
}

void EventLoopProbe::arm()
{
    m_dueNs = m_clock.nsecsElapsed() + std::chrono::nanoseconds(m_interval).count();
    m_timer.start(m_interval);
}

void EventLoopProbe::onTimeout()
{
    if (!m_running)
        return;
    const qint64 lateNs = std::max<qint64>(0, m_clock.nsecsElapsed() - m_dueNs);
    // A missed frame, for the slow-event log beside it (QT_LOGGING_RULES="lab.core.eventloop=true").
    if (lateNs > std::chrono::nanoseconds(FrameBudget).count())
        qCDebug(lcEventLoopProbe, "timer %.2f ms late", double(lateNs) / 1e6);
    recordLatency(std::chrono::nanoseconds(lateNs));
    arm();
}

void EventLoopProbe::recordLatency(std::chrono::nanoseconds latency)
{
    const qint64 ns = std::max<qint64>(0, latency.count());
    const qint64 bucket = ns / std::chrono::nanoseconds(BucketWidth).count();
    ++m_histogram[std::size_t(std::min<qint64>(bucket, BucketCount))];
    ++m_samples;
    m_maxNs = std::max(m_maxNs, ns);
}

double EventLoopProbe::maxMs() const
{
    return double(m_maxNs) / 1e6;
}

double EventLoopProbe::percentileMs(double fraction) const
{
    if (m_samples == 0)
        return 0;
    // Nearest-rank definition: the smallest bucket that holds at least ceil(fraction * n) samples.
    const qint64 rank =
        std::clamp<qint64>(qint64(std::ceil(std::clamp(fraction, 0.0, 1.0) * double(m_samples))), 1, m_samples);
    qint64 seen = 0;
    for (std::size_t bucket = 0; bucket < m_histogram.size(); ++bucket) {
        seen += m_histogram[bucket];
        if (seen >= rank) {
            if (bucket == BucketCount) // the overflow bucket: all we know exactly is the maximum
                return maxMs();
            const double upperEdgeMs = double(bucket + 1) * double(BucketWidth.count()) / 1000.0;
            return std::min(upperEdgeMs, maxMs());
        }
    }
    return maxMs();
}

EventLoopLatency EventLoopProbe::summary() const
{
    return {percentileMs(0.50), percentileMs(0.99), maxMs(), m_samples};
}

} // namespace Lab::Core
