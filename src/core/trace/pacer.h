// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>

namespace Lab::Core {

// Slow motion, pause and single step for lab threads. Lab threads pass checkpoints (every Trace::
// helper passes one; CPU-bound loops call Trace::checkpoint() or Pacer::checkpoint()):
// - speed < 1 stretches time: timed sleeps last 1/speed as long, and at each checkpoint the thread
//   sleeps (speed^-1 - 1) x the time it computed since its previous checkpoint (capped at 1 s);
// - pause() holds every thread at its next checkpoint on a QWaitCondition (real blocking: the
//   kernel shows S), step() lets each held or running thread pass exactly one more checkpoint;
// - stepToEvent() (the S key) lets every thread run until the next *visible* event: a lab thread's
//   textbook state changes (Trace::setState) or an experiment narrates a step (Trace::narrate, e.g.
//   "counter-2 read 41"); then the threads hold again at their next checkpoint and eventReached()
//   says what happened. A step that meets no visible event for StepLimitMs of wall time ends there;
// - a narrated step may ask for a lecture hold: its thread waits that long (stretched by slow motion,
//   recorded as held by the pacer), so every read, add or write of a narrated run takes a visible time;
// - release() resumes and wakes everyone (use it when an experiment is cancelled); a thread whose
//   QThread::requestInterruption() was called is let go within 100 ms and checkpoint() returns false.
// The GUI (main) thread is never held or slowed. Every method is thread-safe; none blocks the caller
// except checkpoint() and sleep().
class Pacer final : public QObject
{
    Q_OBJECT
public:
    static constexpr double MinSpeed = 0.05; // 1/20
    static constexpr double MaxSpeed = 1.0;
    static constexpr qint64 MaxStretchMs = 1000;
    static constexpr qint64 StepLimitMs = 1000;
    static constexpr qint64 LectureHoldMs = 700; // a narrated step's hold at lecture speed, at 1x

    explicit Pacer(QObject *parent = nullptr);
    ~Pacer() override;
    static Pacer *instance();

    double speed() const;
    bool isPaused() const;
    // Threads currently held at a checkpoint.
    int heldCount() const;
    // How many step() calls have been made since construction.
    quint64 stepCount() const;
    // Pacing at all (slow or paused): lock-free, for callers that would build a text.
    bool isActive() const { return !m_idle.load(std::memory_order_acquire); }
    // The last visible event a step stopped at (empty before the first).
    QString lastEvent() const;

    void setSpeed(double speed); // clamped to [MinSpeed, MaxSpeed]
    void pause();
    void resume();
    void step();
    // Pauses when running; when paused, runs until the next visible event (see above).
    void stepToEvent();
    void release();

    // Called from the lab thread. False when the thread has been asked to stop (interruption).
    bool checkpoint();
    // Sleeps `ms` of lab time (ms / speed of wall time), then passes a checkpoint. False on interruption.
    bool sleep(qint64 ms);
    // Tells the pacer that the calling thread did not compute since now (after a wait), so the next
    // checkpoint does not stretch the blocked time.
    void resetComputeClock();
    // Called from a lab thread when something visible happened (`what` says it, translated). Ends a
    // stepToEvent(); then the thread waits `holdMs` of lab time (0: none), recorded as held by the
    // pacer with `holdLabel` (the timeline writes it on the held bar). False on interruption.
    bool announce(const QString &what, qint64 holdMs = 0, const QString &holdLabel = {});

signals:
    void speedChanged(double speed);
    void pausedChanged(bool paused);
    // A stepToEvent() reached `what` (emitted from the lab thread that caused it).
    void eventReached(const QString &what);

private:
    struct Local;
    Local &local();
    bool waitLocked(qint64 deadlineNs);
    // Waits `ms` of lab time from `startNs` (ms / speed of wall time, following speed changes).
    // False when interrupted.
    bool waitLabTimeLocked(qint64 startNs, qint64 ms);
    void updateIdleLocked();
    bool holdsLocked(const Local &self) const;
    // Ends a stepToEvent() if one is under way; returns whether it did.
    bool reachEventLocked(const QString &what);

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    double m_speed = 1.0;
    bool m_paused = false;
    quint64 m_stepGeneration = 0;
    quint64 m_wakeGeneration = 0;
    int m_held = 0;
    bool m_untilEvent = false; // a stepToEvent() is under way
    qint64 m_untilEventDeadlineNs = 0;
    QString m_lastEvent;
    // Full speed and not paused: checkpoints only look at the interruption flag, without the mutex
    // (an instrumented lock passes two per lock/unlock pair). Each change from idle to pacing starts
    // a new epoch, in which every thread's compute clock starts afresh.
    std::atomic_bool m_idle = true;
    quint64 m_epoch = 0;
    quint64 m_epochStepGeneration = 0;
};

} // namespace Lab::Core
