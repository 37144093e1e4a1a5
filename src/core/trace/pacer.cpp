// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacer.h"

#include "trace.h"
#include "tracecontext_p.h"
#include "tracelogging_p.h"
#include "tracerecorder.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>

namespace Lab::Core {

namespace {
constexpr qint64 InterruptPollNs = 100'000'000;

bool isGuiThread()
{
    const auto *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

bool interrupted()
{
    return QThread::currentThread()->isInterruptionRequested();
}
} // namespace

struct Pacer::Local
{
    const Pacer *pacer = nullptr;
    quint64 stepSeen = 0;
    qint64 lastCheckpointNs = 0;
    quint64 epoch = 0;
};

Pacer::Pacer(QObject *parent)
    : QObject(parent)
{}

Pacer::~Pacer()
{
    release();
}

Pacer *Pacer::instance()
{
    // Never destroyed: lab threads may pass checkpoints during static destruction.
    static Pacer *pacer = new Pacer;
    return pacer;
}

Pacer::Local &Pacer::local()
{
    thread_local Local local;
    if (local.pacer != this) {
        local.pacer = this;
        local.stepSeen = m_stepGeneration;
        local.lastCheckpointNs = 0;
        local.epoch = m_epoch;
    }
    return local;
}

void Pacer::updateIdleLocked()
{
    const bool idle = m_speed >= MaxSpeed && !m_paused;
    if (m_idle.load(std::memory_order_relaxed) && !idle) {
        ++m_epoch;
        m_epochStepGeneration = m_stepGeneration;
    }
    m_idle.store(idle, std::memory_order_release);
}

double Pacer::speed() const
{
    QMutexLocker lock(&m_mutex);
    return m_speed;
}

bool Pacer::isPaused() const
{
    QMutexLocker lock(&m_mutex);
    return m_paused;
}

int Pacer::heldCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_held;
}

quint64 Pacer::stepCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_stepGeneration;
}

QString Pacer::lastEvent() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastEvent;
}

void Pacer::stepToEvent()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_paused) {
            m_untilEvent = true;
            m_untilEventDeadlineNs = monotonicNowNs() + StepLimitMs * 1'000'000;
            ++m_wakeGeneration;
            m_changed.wakeAll();
            return;
        }
    }
    pause(); // the first S while running only pauses: the run stops where it is
}

bool Pacer::reachEventLocked(const QString &what)
{
    if (!m_untilEvent)
        return false;
    m_untilEvent = false;
    m_lastEvent = what;
    return true;
}

bool Pacer::holdsLocked(const Local &self) const
{
    return m_paused && !m_untilEvent && self.stepSeen >= m_stepGeneration;
}

bool Pacer::announce(const QString &what, qint64 holdMs, const QString &holdLabel)
{
    if (isGuiThread() || (holdMs <= 0 && m_idle.load(std::memory_order_acquire)))
        return !interrupted();
    QMutexLocker lock(&m_mutex);
    const bool reached = reachEventLocked(what);
    bool ok = true;
    if (holdMs > 0) {
        auto &context = Detail::threadContext();
        if (context.recorder) {
            lock.unlock();
            context.recorder->recordKind(context.workerId, TraceEventKind::PacerHeld, holdLabel);
            lock.relock();
        }
        ok = waitLabTimeLocked(monotonicNowNs(), holdMs);
        if (context.recorder) {
            lock.unlock();
            context.recorder->recordKind(context.workerId, TraceEventKind::PacerReleased);
            lock.relock();
        }
        local().lastCheckpointNs = monotonicNowNs(); // the hold is not computing time to stretch
    }
    lock.unlock();
    if (reached)
        emit eventReached(what);
    return ok && !interrupted();
}

void Pacer::setSpeed(double speed)
{
    speed = std::clamp(speed, MinSpeed, MaxSpeed);
    {
        QMutexLocker lock(&m_mutex);
        if (qFuzzyCompare(m_speed, speed))
            return;
        m_speed = speed;
        updateIdleLocked();
        ++m_wakeGeneration;
        m_changed.wakeAll();
    }
    emit speedChanged(speed);
}

void Pacer::pause()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_paused)
            return;
        m_paused = true;
        updateIdleLocked();
    }
    emit pausedChanged(true);
}

void Pacer::resume()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_paused)
            return;
        m_paused = false;
        m_untilEvent = false;
        updateIdleLocked();
        ++m_wakeGeneration;
        m_changed.wakeAll();
    }
    emit pausedChanged(false);
}

void Pacer::step()
{
    QMutexLocker lock(&m_mutex);
    ++m_stepGeneration;
    ++m_wakeGeneration;
    m_changed.wakeAll();
}

void Pacer::release()
{
    bool wasPaused = false;
    {
        QMutexLocker lock(&m_mutex);
        wasPaused = m_paused;
        m_paused = false;
        m_untilEvent = false;
        updateIdleLocked();
        ++m_wakeGeneration;
        m_changed.wakeAll();
    }
    if (wasPaused)
        emit pausedChanged(false);
}

// Waits on the condition until `deadlineNs` (monotonic), a wake-up by a control call, or an
// interruption request. Returns false when interrupted.
bool Pacer::waitLocked(qint64 deadlineNs)
{
    const quint64 generation = m_wakeGeneration;
    while (generation == m_wakeGeneration) {
        if (interrupted())
            return false;
        const qint64 left = deadlineNs - monotonicNowNs();
        if (left <= 0)
            return true;
        m_changed.wait(&m_mutex, QDeadlineTimer(std::min(left, InterruptPollNs) / 1'000'000 + 1));
    }
    return !interrupted();
}

bool Pacer::waitLabTimeLocked(qint64 startNs, qint64 ms)
{
    // The speed may change during the wait: the deadline follows it.
    for (;;) {
        const qint64 deadline = startNs + qint64(double(ms) * 1'000'000 / m_speed);
        if (monotonicNowNs() >= deadline)
            return true;
        if (!waitLocked(deadline))
            return false;
    }
}

bool Pacer::checkpoint()
{
    if (isGuiThread())
        return true;
    if (m_idle.load(std::memory_order_acquire))
        return !interrupted(); // nothing to pace
    QMutexLocker lock(&m_mutex);
    Local &self = local();
    if (self.epoch != m_epoch) {
        // Pacing (re)started since this thread's last paced checkpoint: time from here on.
        self.epoch = m_epoch;
        self.lastCheckpointNs = 0;
        self.stepSeen = m_epochStepGeneration;
    }

    // Slow motion: stretch the computation since the previous checkpoint.
    const qint64 now = monotonicNowNs();
    if (m_speed < MaxSpeed && self.lastCheckpointNs > 0) {
        const qint64 computed = now - self.lastCheckpointNs;
        const qint64 extra =
            std::min<qint64>(qint64(double(computed) * (1.0 / m_speed - 1.0)), MaxStretchMs * 1'000'000);
        const qint64 deadline = now + extra;
        while (m_speed < MaxSpeed && monotonicNowNs() < deadline) {
            if (!waitLocked(deadline))
                return false;
        }
    }

    // A step to the next visible event that met none within its limit ends here.
    QString limitReached;
    if (m_untilEvent && monotonicNowNs() >= m_untilEventDeadlineNs) {
        limitReached =
            QCoreApplication::translate("Lab::Core::Pacer", "no visible change for %1 s").arg(StepLimitMs / 1000);
        reachEventLocked(limitReached);
    }
    if (!limitReached.isEmpty()) {
        lock.unlock();
        emit eventReached(limitReached);
        lock.relock();
    }

    // Pause: hold until resumed, released, a step that this thread has not used yet, or a step to
    // the next visible event.
    if (holdsLocked(self)) {
        ++m_held;
        auto &context = Detail::threadContext();
        if (context.recorder) {
            lock.unlock();
            context.recorder->recordKind(context.workerId, TraceEventKind::PacerHeld);
            lock.relock();
        }
        bool ok = true;
        while (holdsLocked(self)) {
            if (!waitLocked(monotonicNowNs() + InterruptPollNs)) {
                ok = false;
                break;
            }
        }
        --m_held;
        if (context.recorder) {
            lock.unlock();
            context.recorder->recordKind(context.workerId, TraceEventKind::PacerReleased);
            lock.relock();
        }
        if (!ok)
            return false;
    }
    self.stepSeen = m_stepGeneration;
    self.lastCheckpointNs = monotonicNowNs();
    return !interrupted();
}

bool Pacer::sleep(qint64 ms)
{
    if (isGuiThread()) {
        qCWarning(lcTrace, "Pacer::sleep() called on the GUI thread; not sleeping");
        return true;
    }
    if (ms > 0) {
        const qint64 start = monotonicNowNs();
        QMutexLocker lock(&m_mutex);
        if (!waitLabTimeLocked(start, ms))
            return false;
    }
    resetComputeClock();
    return checkpoint();
}

void Pacer::resetComputeClock()
{
    QMutexLocker lock(&m_mutex);
    local().lastCheckpointNs = monotonicNowNs();
}

} // namespace Lab::Core
