// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <functional>

class QThread;

namespace Lab::Core {

// What one primitive looks like at one instant, for the panels and the monitor (read at 10 Hz).
struct SyncSnapshot
{
    QString name;           // "fork-2", "items"
    QString kind;           // "mutex", "rlock", "semaphore", "bounded-semaphore", "condition", "event", "barrier",
                            // "rwlock", "queue"
    QString owner;          // the holding thread's name (mutex, rlock, rwlock's writer); empty when free
    int holdCount = 0;      // rlock: how often the owner holds it; mutex: 0 or 1
    QStringList waiters;    // threads waiting, in arrival order
    QStringList holders;    // semaphore: the threads holding permits (one entry per permit); rwlock: readers
    int permits = 0;        // semaphore: free permits
    int maxPermits = 0;     // bounded semaphore: the bound; else the initial count
    bool isSet = false;     // event
    int arrived = 0;        // barrier: threads waiting at it in this phase
    int parties = 0;        // barrier
    int phase = 0;          // barrier: completed phases
    bool broken = false;    // barrier: broken by a timeout or abort
    int fill = 0;           // bounded queue: items in it
    int capacity = 0;       // bounded queue
    quint64 operations = 0; // acquisitions, waits and releases so far
};

// The base of the lab's instrumented primitives (SyncMutex, SyncRecursiveMutex, SyncSemaphore,
// SyncCondition, SyncEvent, SyncBarrier). Each has a name and the API shape of its Qt (and Python)
// counterpart, and on every operation:
// - reports the calling lab thread's state through the trace: Blocked on "fork-2" (held by
//   philosopher-1) while it waits for a lock, Waiting on "items" (condition) for the others, and
//   marks hand-offs ("took "fork-2", released by philosopher-1") on the timeline;
// - passes the thread's pacer checkpoint, so slow motion, pause and single step apply to it;
// - keeps an exact picture of itself (owner, hold count, waiters in arrival order, permits, ...):
//   snapshot() copies it under a short internal lock, never waiting for the primitive itself.
//
// Every wait is cancellable: it ends (returning false) when the thread's interruption is
// requested, when its deadline passes, or when cancelWaiter() names the thread (how the lab ends a
// deadlock without killing anything: the victim's lock() fails, it releases what it holds).
// The primitive state lives under one small QMutex with a QWaitCondition, so waiting threads are
// woken in the order the kernel chooses, as with QMutex; "waiters" lists them in arrival order.
//
// All live primitives are listed by SyncPrimitive::all() (for the monitor); a primitive must not be
// destroyed while threads use it.
class SyncPrimitive
{
    Q_DISABLE_COPY_MOVE(SyncPrimitive)
public:
    virtual ~SyncPrimitive();

    QString name() const { return m_name; }
    QString kind() const { return m_kind; }
    SyncSnapshot snapshot() const;

    // Makes `thread`'s current (or next) wait on this primitive fail. For breaking a deadlock.
    void cancelWaiter(QThread *thread);

    // Snapshots of every live primitive, in creation order.
    static QList<SyncSnapshot> all();

    // The name the lab shows for the calling thread: its objectName(), else "thread <tid>".
    static QString currentThreadName();

protected:
    SyncPrimitive(QString name, QString kind);

    // Subclasses describe their state into a snapshot (called with m_state locked).
    virtual void fillSnapshot(SyncSnapshot &snapshot) const = 0;

    // Waits under m_state (locked by the caller) until `ready()` is true. Reports `waitState` with
    // `detail` while it waits (only if it has to), and registers the thread as a waiter. False when
    // cancelled, interrupted or past the deadline; `ready()` is re-checked on every wake-up.
    enum class WaitKind
    {
        Blocked, // a lock
        Waiting  // a condition, event, barrier, semaphore
    };
    bool waitUntil(QMutexLocker<QMutex> &locker, WaitKind kind, const std::function<QString()> &detail,
                   const std::function<bool()> &ready, QDeadlineTimer deadline);
    // Wakes every waiter to re-check (state changed).
    void wakeAll() { m_changed.wakeAll(); }
    // A pacer checkpoint for the calling lab thread (nothing on other threads); false if interrupted.
    static bool checkpoint();
    // Marks a hand-off on the calling thread's timeline after a wait: ""fork-2": released by
    // philosopher-1 → philosopher-2" (verb "released", "set", "notified").
    void markHandOff(const QString &verb, const QString &from) const;

    mutable QMutex m_state;
    QWaitCondition m_changed;
    quint64 m_operations = 0;
    QString m_lastReleaser; // who last released or signalled, for the hand-off marks

private:
    struct Waiter
    {
        QThread *thread = nullptr;
        QString name;
    };
    QString m_name;
    QString m_kind;
    QList<Waiter> m_waiters; // arrival order
    QList<QThread *> m_cancelled;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::SyncSnapshot)
