// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"
#include "core/sync/deadlockdetector.h"
#include "core/sync/syncprimitive.h"
#include "livelockwatch.h"

#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <array>
#include <atomic>
#include <latch>
#include <memory>
#include <utility>
#include <vector>

class QRandomGenerator;

namespace Lab::Core {

class LabThread;
class SyncCondition;
class SyncMutex;
class SyncSemaphore;

// The dining philosophers (9.2): `philosophers` lab threads (philosopher-1, ...) around a table with
// one SyncMutex fork between neighbours (fork-1, ...; philosopher i's left fork is fork-i, its right
// fork-(i+1), the last one's right fork-1). Each thinks, gets hungry, picks up two forks (with a
// moment's reach between the first and the second), eats, puts them down. Think and eat times are
// drawn around think-ms and eat-ms (from half to one and a half times) from the seed; every sleep is
// paced (slow motion, pause). Everyone starts hungry at the same moment. Remedies:
// - none: left, then right. Deadlocks: the DeadlockDetector reports the cycle, the lab ends it by
//   cancelling the wait of a victim (it puts its fork down) and stops the run.
// - ordering: the lower-numbered fork first (no cycle can form: one global order).
// - arbitrator: a SyncSemaphore "seats" of N-1 permits around the two forks (one always eats).
// - backoff: tryLock the second fork; failing, put the first down and wait a random back-off.
// - fixed-backoff: the same with a fixed back-off: philosophers may retry in step for ever (a
//   livelock: every one busy, no meal); detected when no meal was eaten for a window while every
//   philosopher was hungry, which also stops the run.
// - chandy-misra (Chandy and Misra, 1984): every fork is owned by one of its two philosophers, dirty
//   or clean; at first each fork is dirty and with the lower-numbered one. A hungry philosopher asks
//   for the forks it lacks; an owner that is not eating hands a requested dirty fork over, cleaned
//   (even when hungry itself: no preemption no longer holds), and keeps a clean one until it has
//   eaten. Eating makes both forks dirty. The forks' owners and colours live under the SyncMutex
//   "fork table"; a philosopher waits for a hand-over on the SyncCondition "forks passed". The
//   precedence the dirty forks set never closes a circle: no deadlock, and nobody starves.
// With `labBreaksDeadlock` off the lab does not end a deadlock itself: the dinner waits (its time
// stops) until breakDeadlock() names the victim, or until it is cancelled.
// A run lasts `seconds`; then philosophers who have eaten leave the table and the others get up to
// 1.5 s to eat (so that every remedy but none and fixed-backoff ends with everyone fed), then the
// rest are interrupted. Lock-order cycles (potential deadlocks) seen during the run are reported.
class DiningPhilosophers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiningPhilosophers)
public:
    enum class Remedy
    {
        None,
        Ordering,
        Arbitrator,
        Backoff,
        FixedBackoff,
        ChandyMisra
    };
    enum class State
    {
        Thinking,
        Hungry, // wants its forks (waiting or retrying)
        Eating,
        Done // left the table
    };
    static QStringList remedyNames();        // none, ordering, arbitrator, backoff, fixed-backoff, chandy-misra
    static QStringList defaultRemedyNames(); // all but chandy-misra (the headless contract's default)
    static Remedy remedyFromName(const QString &name);
    static QString remedyName(Remedy remedy);
    static QString stateName(State state); // thinking, hungry, eating, done

    struct Config
    {
        int philosophers = 5; // 2..10
        Remedy remedy = Remedy::None;
        int seconds = 5;
        int thinkMs = 20;
        int eatMs = 40;
        quint64 seed = 42;
        bool labBreaksDeadlock = true; // false: the caller chooses the victim (breakDeadlock())
    };
    static Config configFrom(const ParameterValues &values, Remedy remedy);

    struct Result
    {
        Remedy remedy = Remedy::None;
        QList<int> meals;        // per philosopher
        QList<double> maxWaitMs; // per philosopher: longest time hungry before eating
        QList<int> retries;      // per philosopher: second forks given up (back-off remedies)
        bool deadlocked = false;
        double deadlockAfterMs = 0; // from the start of the run to the report
        DeadlockReport deadlock;
        QString victim; // whose wait was cancelled to end the deadlock
        bool livelocked = false;
        QList<LockOrderCycle> lockOrderCycles;
        double seconds = 0;
        bool cancelled = false;
        bool everyoneAte() const;
    };

    // What a panel draws at 10 Hz: read without blocking the philosophers (atomics, and the forks'
    // snapshots, which never wait for a fork).
    struct PhilosopherView
    {
        QString name;
        State state = State::Thinking;
        int meals = 0;
        double maxWaitMs = 0;
    };
    struct Snapshot
    {
        QList<PhilosopherView> philosophers;
        QList<SyncSnapshot> forks; // fork-1 ... (owner, waiters)
        SyncSnapshot seats;        // arbitrator only
        QList<bool> cleanForks;    // chandy-misra only: per fork, clean (else dirty)
        bool deadlocked = false;
        bool awaitingVictim = false; // a deadlock stands and the caller is to choose the victim
        DeadlockReport deadlock;     // this run's, once reported
        bool livelocked = false;
    };

    // philosophers 2..10 (5), remedies (all), seconds 1..60 (5), think-ms 0..2000 (20),
    // eat-ms 0..2000 (40), seed (42).
    static const ParameterSchema &schema();

    explicit DiningPhilosophers(QObject *parent = nullptr);
    ~DiningPhilosophers() override; // interrupts and joins the philosophers

    bool start(const Config &config); // false when running
    void cancel();
    bool isRunning() const { return m_running > 0; }
    Snapshot snapshot() const;
    // Ends this run's standing deadlock by cancelling the wait of `philosopher` ("philosopher-3").
    // False when no deadlock waits for a victim or `philosopher` is not in its cycle.
    bool breakDeadlock(const QString &philosopher);

signals:
    void finished(const Lab::Core::DiningPhilosophers::Result &result);

private:
    struct Seat // one philosopher's live numbers
    {
        std::atomic<State> state = State::Thinking;
        std::atomic_int meals = 0;
        std::atomic_int retries = 0;
        std::atomic<qint64> maxWaitNs = 0;
    };
    static constexpr int MaxPhilosophers = 10;

    void dine(int index, quint64 seed);
    bool mustLeave(int index) const;
    std::pair<SyncMutex *, SyncMutex *> forksOf(int index) const; // in the order the remedy takes them
    bool pickUp(int index, QRandomGenerator &random);
    bool takeBoth(SyncMutex *first, SyncMutex *second);
    bool takeWithBackoff(int index, SyncMutex *first, SyncMutex *second, QRandomGenerator &random);
    bool takeChandyMisra(int index);
    void putDown(int index);
    void putDownChandyMisra(int index);
    int reachMs() const { return m_config.eatMs / 2; }
    qint64 livelockWindowMs() const;
    void onDeadlock(const DeadlockReport &report);
    void onTick();
    void onTimeUp();
    void stopAll();
    void onPhilosopherFinished();

    Config m_config;
    std::vector<std::unique_ptr<SyncMutex>> m_forks;
    std::unique_ptr<SyncSemaphore> m_seats;
    // chandy-misra: each fork's owner (a philosopher's index) and colour, and who eats, written under
    // m_forkTable (atomics so that snapshot() reads them without it).
    std::unique_ptr<SyncMutex> m_forkTable;
    std::unique_ptr<SyncCondition> m_forkPassed;
    std::array<std::atomic_int, MaxPhilosophers> m_forkOwner{};
    std::array<std::atomic_bool, MaxPhilosophers> m_forkDirty{};
    std::array<std::atomic_bool, MaxPhilosophers> m_eating{};
    std::vector<LabThread *> m_threads;
    QStringList m_names;
    std::array<Seat, MaxPhilosophers> m_seat;
    std::atomic_bool m_stop = false;         // everyone leaves
    std::atomic_bool m_finishing = false;    // the time is up: those who ate leave
    std::unique_ptr<std::latch> m_startLine; // everyone reaches for a fork at once
    QTimer m_tick;
    QTimer m_timeUp;
    QTimer m_grace;
    int m_running = 0;
    Result m_result;
    qint64 m_startNs = 0;
    quint64 m_epoch = 0; // the deadlock detector's, for this run
    LivelockWatch m_livelock;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::DiningPhilosophers::Result)
