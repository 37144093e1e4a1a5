// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <sys/types.h>

class QMutex;
class QRecursiveMutex;
class QThread;

namespace Lab::Core {

// What one counter thread says about itself: the shared counter has the same address in every
// thread (one heap), the local variable a different one (one stack per thread).
struct CounterThreadReport
{
    int index = 0;
    pid_t tid = 0;
    QString name; // objectName() set before start(): also the OS thread name
    quintptr sharedCounterAddress = 0;
    quintptr stackVariableAddress = 0;
    qint64 increments = 0; // increments this thread performed (all of them unless cancelled)
};

// How the increments are protected. Names are the `--sync` values of `run race`.
enum class CounterSync
{
    None,          // read, pause, write back: updates are lost
    Mutex,         // the same read-pause-write inside a QMutex
    Atomic,        // one atomic fetch_add per increment (the pause follows it, outside)
    RecursiveMutex // as Mutex with a QRecursiveMutex (Python's RLock), taken twice per increment
};
QString counterSyncName(CounterSync sync);
QStringList counterSyncNames();
CounterSync counterSyncFromName(const QString &name); // None for unknown names

struct CounterRoundResult
{
    int round = 1; // 1-based
    CounterSync sync = CounterSync::None;
    qint64 expected = 0; // threads x increments per thread
    qint64 actual = 0;   // the counter's value after every thread ended
    double seconds = 0;
    bool cancelled = false;
    QList<CounterThreadReport> threads;

    qint64 lost() const { return expected - actual; }
};

struct CounterSummary
{
    QList<CounterRoundResult> rounds;
    bool lossFound = false; // some round ended with actual < expected
    bool cancelled = false;
};

// Issue 7.1: N named lab threads increment one shared counter M times each.
//
// Unsynchronized mode is a real lost-update race made visible: each increment reads the counter,
// pauses (a short spin, and every `yieldEvery` increments a sched_yield so that a single core
// interleaves too), then writes the value read plus one. The counter is a plain qint64 accessed
// through std::atomic_ref relaxed load and store: the read-modify-write is not atomic (that is the
// bug being shown) but each access is, so the program has no undefined behaviour and the compiler
// cannot fold the M increments into one addition. With a mutex the same read-pause-write runs
// inside a QMutex (or, as Python's RLock, a QRecursiveMutex taken twice: the outer and an inner
// call), so the pause is identical and only the lock differs. Atomic replaces the read and the write
// by one fetch_add; the pause follows it.
//
// Runs asynchronously: start() returns at once; rounds run on their own QThreads; signals arrive
// on the thread that owns this object.
class SharedCounterExperiment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedCounterExperiment)
public:
    struct Config
    {
        int threads = 4;                     // 1..64
        qint64 incrementsPerThread = 100000; // 1..100,000,000
        CounterSync sync = CounterSync::None;
        int maxRounds = 1; // > 1 with untilLoss: repeat until a loss shows, bounded
        bool untilLoss = false;
        int yieldEvery = 256; // 0 = never yield inside the read-write window
        // Lecture speed: every read, add and write (and lock, unlock) is a narrated step
        // (Trace::narrate): a mark on the timeline, a stop for the S key, and a hold of
        // Pacer::LectureHoldMs (stretched by slow motion). At most MaxNarratedIncrements per thread.
        bool narrate = false;
        QString namePrefix = QStringLiteral("counter");
    };

    static constexpr qint64 MaxNarratedIncrements = 50;

    explicit SharedCounterExperiment(QObject *parent = nullptr);
    ~SharedCounterExperiment() override;

    // Empty when valid, else one line naming the field and the allowed values.
    static QString validate(const Config &config);

    // False (and nothing starts) when running or when the config is invalid.
    bool start(const Config &config);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void threadReported(const Lab::Core::CounterThreadReport &report); // as each thread starts
    // A narrated step (Config::narrate): thread `index` did `what` ("read 41"); `counter` is the
    // shared counter's value just after it.
    void narrated(int index, const QString &what, qint64 counter);
    void roundFinished(const Lab::Core::CounterRoundResult &result);
    void finished(const Lab::Core::CounterSummary &summary);

private:
    struct Round;
    // Config::narrate's loop, on a counter thread; returns the increments it completed.
    qint64 narratedIncrements(int index, const Config &config, std::atomic_ref<qint64> &counter, QMutex &mutex,
                              QRecursiveMutex &recursiveMutex);
    void startRound();
    void onRoundThreadFinished();

    Config m_config;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<Round> m_round;
    CounterSummary m_summary;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::CounterSync)
Q_DECLARE_METATYPE(Lab::Core::CounterThreadReport)
Q_DECLARE_METATYPE(Lab::Core::CounterRoundResult)
Q_DECLARE_METATYPE(Lab::Core::CounterSummary)
