// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"
#include "core/sync/deadlockdetector.h"
#include "core/sync/syncprimitive.h"
#include "threadcrew.h"

#include <QMetaType>
#include <QMutex>
#include <QObject>

#include <array>
#include <atomic>
#include <latch>
#include <memory>

namespace Lab::Core {

class SyncMutex;

// "Two threads, two locks" (9.2): the smallest deadlock. The lab threads thread-1 and thread-2 each
// take one SyncMutex ("A" or "B"), hold it for `hold-ms` (their work with one lock), then ask for the
// other, work with both for `work-ms` and put both down. With `order` opposite, thread-1 takes A then
// B and thread-2 B then A: started together, each ends up holding one lock and waiting for the other,
// and the DeadlockDetector reports the cycle (deadlockDetected()). Nothing ends it by itself: the
// caller chooses the victim, breakDeadlock("thread-2") cancels that thread's wait (never kills it),
// its lock() fails, it puts down what it holds, and the other goes on. With `order` same both take
// A then B: the second waits for the first, and no cycle can form. `stagger-ms` starts thread-2 later:
// with opposite orders and a stagger longer than thread-1's work the run does not hang, yet the
// lock-order graph (A -> B by thread-1, B -> A by thread-2) still has its cycle: a potential deadlock.
class TwoLocks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoLocks)
public:
    enum class Step
    {
        NotStarted, // waiting for its start (stagger)
        TakingFirst,
        HoldingFirst, // works with its first lock
        WaitingForSecond,
        WorkingWithBoth,
        Done,     // did its work, put both down
        GaveUp,   // the victim: its wait was cancelled, it put its lock down
        Cancelled // the run was cancelled
    };
    static QString stepName(Step step); // not-started, taking-first, holding-first, ...

    struct ThreadView
    {
        QString name;   // thread-1, thread-2
        QString first;  // the lock it takes first ("A")
        QString second; // then this one ("B")
        Step step = Step::NotStarted;
    };
    // What a panel draws at 10 Hz, copied without waiting for the locks.
    struct View
    {
        QList<ThreadView> threads;
        QList<SyncSnapshot> locks;      // A, B: owner and waiters
        QList<LockOrderEdge> lockOrder; // this run's lock-order graph
        bool sameOrder = false;
    };
    struct Result
    {
        bool sameOrder = false;
        bool deadlocked = false;
        double deadlockAfterMs = 0;
        DeadlockReport deadlock;
        QString victim;        // whose wait was cancelled
        QStringList completed; // threads that did their work with both locks, in the order they did
        QList<LockOrderEdge> lockOrder;
        QList<LockOrderCycle> lockOrderCycles; // potential deadlocks, also from a run that did not hang
        bool cancelled = false;
        double seconds = 0;
    };

    // order opposite|same (opposite), hold-ms 0..10000 (1000), work-ms 0..10000 (500),
    // stagger-ms 0..20000 (0).
    static const ParameterSchema &schema();
    static QStringList threadNames(); // thread-1, thread-2

    explicit TwoLocks(QObject *parent = nullptr);
    ~TwoLocks() override; // interrupts and joins

    bool start(const ParameterValues &values); // false while running
    void cancel();
    bool isRunning() const { return m_crew.isRunning(); }
    View view() const;
    // This run's deadlock, once reported (empty cycle before).
    DeadlockReport deadlock() const { return m_result.deadlock; }
    // Ends the deadlock by cancelling `thread`'s wait. False when no deadlock of this run stands or
    // `thread` is not in its cycle.
    bool breakDeadlock(const QString &thread);

signals:
    // This run's deadlock, on the object's thread, once.
    void deadlockDetected(const Lab::Core::DeadlockReport &report);
    void finished(const Lab::Core::TwoLocks::Result &result);

private:
    void work(int index, SyncMutex *first, SyncMutex *second, int staggerMs, int holdMs, int workMs);
    void onDeadlock(const DeadlockReport &report);
    void onFinished();
    QList<LockOrderEdge> myLockOrder() const;

    std::unique_ptr<SyncMutex> m_a;
    std::unique_ptr<SyncMutex> m_b;
    std::array<std::atomic<Step>, 2> m_step{Step::NotStarted, Step::NotStarted};
    std::unique_ptr<std::latch> m_startLine;
    mutable QMutex m_completedLock;
    QStringList m_completed; // under m_completedLock
    View m_shape;            // names and orders of this run (set before the threads start)
    Result m_result;
    qint64 m_startNs = 0;
    quint64 m_epoch = 0;
    bool m_cancelled = false;
    ThreadCrew m_crew;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::TwoLocks::Result)
