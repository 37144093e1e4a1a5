// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedcounterexperiment.h"

#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "threadidentity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRecursiveMutex>
#include <QThread>

#include <atomic>
#include <sched.h>
#include <vector>

namespace Lab::Core {

namespace {
const int MetaTypes[] = {qRegisterMetaType<CounterThreadReport>(), qRegisterMetaType<CounterRoundResult>(),
                         qRegisterMetaType<CounterSummary>()};

// Widens the window between read and write a little, so that on two cores the threads overlap in it.
inline void shortSpin()
{
    for (int i = 0; i < 16; ++i)
        std::atomic_signal_fence(std::memory_order_seq_cst);
}

// counter = counter + 1 as three steps: read, (pause), write back what was read plus one.
inline void readPauseWrite(std::atomic_ref<qint64> &counter, bool yield)
{
    const qint64 seen = counter.load(std::memory_order_relaxed); // read
    shortSpin();
    if (yield)
        sched_yield();                                  // give another thread the chance to run inside the window
    counter.store(seen + 1, std::memory_order_relaxed); // write back what was read + 1
}
} // namespace

qint64 SharedCounterExperiment::narratedIncrements(int index, const Config &config, std::atomic_ref<qint64> &counter,
                                                   QMutex &mutex, QRecursiveMutex &recursiveMutex)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Lab::Core::SharedCounterExperiment", text); };
    // One visible step: the timeline's mark, the S key's stop, the lecture hold, then the panel.
    auto step = [&](const QString &what) {
        emit narrated(index, what, counter.load(std::memory_order_relaxed));
        return Trace::narrate(what, Pacer::LectureHoldMs);
    };
    const bool locked = config.sync == CounterSync::Mutex || config.sync == CounterSync::RecursiveMutex;
    auto lock = [&] {
        if (config.sync == CounterSync::Mutex) {
            Trace::lock(mutex); // Blocked ("mutex") while another thread holds it: visible too
            return;
        }
        // Python's RLock: an outer and an inner call lock it, each unlock counts one down.
        if (!recursiveMutex.tryLock()) {
            Trace::ScopedState blocked(ThreadState::Blocked, QStringLiteral("rlock"));
            recursiveMutex.lock();
        }
        recursiveMutex.lock();
    };
    auto unlock = [&] {
        if (config.sync == CounterSync::Mutex) {
            mutex.unlock();
            return;
        }
        recursiveMutex.unlock();
        recursiveMutex.unlock();
    };
    const bool plain = config.sync == CounterSync::Mutex;
    // A pause armed before Run holds the thread here, before it has touched the counter.
    if (!Trace::checkpoint())
        return 0;
    qint64 done = 0;
    for (; done < config.incrementsPerThread; ++done) {
        if (config.sync == CounterSync::Atomic) {
            const qint64 before = counter.fetch_add(1, std::memory_order_relaxed);
            if (!step(tr("added 1 in one atomic step: %1 → %2").arg(before).arg(before + 1)))
                break;
            continue;
        }
        if (locked)
            lock();
        bool ok = !locked || step(plain ? tr("locked the mutex") : tr("locked the rlock twice"));
        const qint64 seen = counter.load(std::memory_order_relaxed);
        ok = ok && step(tr("read %1").arg(seen));
        ok = ok && step(tr("added 1: %1 in its register").arg(seen + 1));
        const bool wrote = ok;
        if (wrote)
            counter.store(seen + 1, std::memory_order_relaxed);
        ok = ok && step(tr("wrote %1").arg(seen + 1));
        if (locked) {
            unlock(); // also when cancelled: the others must not wait for it forever
            ok = ok && step(plain ? tr("unlocked the mutex") : tr("unlocked the rlock twice"));
        }
        if (!ok) {
            done += wrote ? 1 : 0; // a cancelled increment counts once its write is done
            break;
        }
    }
    return done;
}

QStringList counterSyncNames()
{
    return {QStringLiteral("none"), QStringLiteral("mutex"), QStringLiteral("atomic"), QStringLiteral("rlock")};
}

QString counterSyncName(CounterSync sync)
{
    return counterSyncNames().at(int(sync));
}

CounterSync counterSyncFromName(const QString &name)
{
    const qsizetype index = counterSyncNames().indexOf(name);
    return index < 0 ? CounterSync::None : CounterSync(index);
}

struct SharedCounterExperiment::Round
{
    alignas(64) qint64 counter = 0; // plain integer: the shared variable on the heap
    QMutex mutex;
    QRecursiveMutex recursiveMutex;
    std::vector<QThread *> threads;
    std::vector<CounterThreadReport> reports;
    int running = 0;
    QElapsedTimer timer;
    int number = 1;
};

SharedCounterExperiment::SharedCounterExperiment(QObject *parent)
    : QObject(parent)
{}

SharedCounterExperiment::~SharedCounterExperiment()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_round) {
        // Bounded: every thread checks the flag between increments; one held by the pacer (paused,
        // or in a lecture hold) is let go by the interruption request.
        for (QThread *thread : m_round->threads)
            thread->requestInterruption();
        for (QThread *thread : m_round->threads) {
            thread->disconnect(this);
            thread->wait();
            delete thread;
        }
    }
}

QString SharedCounterExperiment::validate(const Config &config)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Lab::Core::SharedCounterExperiment", text); };
    if (config.threads < 1 || config.threads > 64)
        return tr("threads: must be an integer from 1 to 64 (got %1)").arg(config.threads);
    if (config.incrementsPerThread < 1 || config.incrementsPerThread > 100000000)
        return tr("increments: must be an integer from 1 to 100000000 (got %1)").arg(config.incrementsPerThread);
    if (config.maxRounds < 1 || config.maxRounds > 1000)
        return tr("rounds: must be an integer from 1 to 1000 (got %1)").arg(config.maxRounds);
    if (config.narrate && config.incrementsPerThread > MaxNarratedIncrements)
        return tr("increments: with every step shown must be an integer from 1 to %1 (got %2)")
            .arg(MaxNarratedIncrements)
            .arg(config.incrementsPerThread);
    if (config.yieldEvery < 0)
        return tr("yield-every: must be 0 (never) or a positive integer (got %1)").arg(config.yieldEvery);
    return {};
}

bool SharedCounterExperiment::start(const Config &config)
{
    if (m_running || !validate(config).isEmpty())
        return false;
    m_config = config;
    m_summary = {};
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    startRound();
    return true;
}

void SharedCounterExperiment::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_round) {
        for (QThread *thread : m_round->threads)
            thread->requestInterruption(); // lets a paced thread go
    }
}

void SharedCounterExperiment::startRound()
{
    auto round = std::make_shared<Round>();
    round->number = int(m_summary.rounds.size()) + 1;
    round->reports.resize(size_t(m_config.threads));
    m_round = round;

    const Config config = m_config;
    const auto cancel = m_cancel;
    for (int i = 0; i < config.threads; ++i) {
        Round *r = round.get(); // the round outlives its threads: they are waited for before it goes
        const QString name = QStringLiteral("%1-%2").arg(config.namePrefix).arg(i + 1);
        // A traced lab thread: named before start, New/Runnable/Running/Terminated in the monitor.
        QThread *thread = new LabThread(name, [r, i, config, cancel, this] {
            qint64 onMyStack = 0; // a variable on this thread's own stack
            CounterThreadReport &report = r->reports[size_t(i)];
            report.index = i;
            report.tid = ThreadIdentity::currentTid();
            report.name = QThread::currentThread()->objectName();
            report.sharedCounterAddress = reinterpret_cast<quintptr>(&r->counter);
            report.stackVariableAddress = reinterpret_cast<quintptr>(&onMyStack);
            emit threadReported(report);

            std::atomic_ref<qint64> counter(r->counter);
            qint64 done = 0;
            if (config.narrate) {
                done = narratedIncrements(i, config, counter, r->mutex, r->recursiveMutex);
                report.increments = done;
                return;
            }
            for (; done < config.incrementsPerThread; ++done) {
                // Pacer checkpoint (slow motion, pause, step) every 1024 increments: cheap enough
                // not to hide the race, frequent enough to pace it.
                if ((done & 1023) == 0 && (cancel->load(std::memory_order_relaxed) || !Trace::checkpoint()))
                    break;
                const bool yield = config.yieldEvery > 0 && done % config.yieldEvery == 0;
                switch (config.sync) {
                case CounterSync::Atomic:
                    counter.fetch_add(1, std::memory_order_relaxed); // read, add and write as one step
                    shortSpin();
                    if (yield)
                        sched_yield();
                    break;
                case CounterSync::RecursiveMutex:
                    // An outer call that locks and an inner one that locks again, as Python's RLock
                    // allows (a plain mutex would deadlock on the second lock).
                    r->recursiveMutex.lock();
                    r->recursiveMutex.lock();
                    readPauseWrite(counter, yield);
                    r->recursiveMutex.unlock();
                    r->recursiveMutex.unlock();
                    break;
                case CounterSync::Mutex:
                    r->mutex.lock();
                    readPauseWrite(counter, yield);
                    r->mutex.unlock();
                    break;
                case CounterSync::None:
                    readPauseWrite(counter, yield);
                    break;
                }
                onMyStack = done;
            }
            report.increments = done;
        });
        connect(thread, &QThread::finished, this, &SharedCounterExperiment::onRoundThreadFinished);
        round->threads.push_back(thread);
    }
    round->running = config.threads;
    round->timer.start();
    for (QThread *thread : round->threads)
        thread->start();
}

void SharedCounterExperiment::onRoundThreadFinished()
{
    Round &round = *m_round;
    if (--round.running > 0)
        return;
    CounterRoundResult result;
    result.round = round.number;
    result.sync = m_config.sync;
    result.seconds = double(round.timer.nsecsElapsed()) / 1e9;
    result.actual = round.counter;
    result.cancelled = m_cancel->load();
    for (const CounterThreadReport &report : round.reports) {
        result.threads.append(report);
        result.expected += report.increments; // equals threads x M unless cancelled
    }
    if (!result.cancelled)
        result.expected = qint64(m_config.threads) * m_config.incrementsPerThread;
    for (QThread *thread : round.threads) {
        thread->wait(); // finished() was emitted: returns at once
        thread->deleteLater();
    }
    round.threads.clear();

    m_summary.rounds.append(result);
    if (result.lost() > 0)
        m_summary.lossFound = true;
    emit roundFinished(result);

    const bool again =
        m_config.untilLoss && !m_summary.lossFound && !result.cancelled && m_summary.rounds.size() < m_config.maxRounds;
    if (again) {
        startRound();
        return;
    }
    m_summary.cancelled = result.cancelled;
    m_running = false;
    m_round.reset();
    emit finished(m_summary);
}

} // namespace Lab::Core
