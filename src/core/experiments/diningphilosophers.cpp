// SPDX-License-Identifier: GPL-3.0-or-later
#include "diningphilosophers.h"

#include "core/sync/synccondition.h"
#include "core/sync/syncmutex.h"
#include "core/sync/syncsemaphore.h"
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "core/trace/traceevent.h"

#include <QRandomGenerator>

#include <algorithm>
#include <latch>

namespace Lab::Core {

namespace {

const int DiningPhilosophersResultMetaType = qRegisterMetaType<DiningPhilosophers::Result>();

constexpr int TickMs = 20;
// After the time is up, for those who have not eaten yet; then every wait and sleep ends within
// 100 ms: the dinner lasts at most `seconds` + 2 s.
constexpr int GraceMs = 1500;
constexpr qint64 MinLivelockWindowMs = 300;

// A duration around `ms`: from half to one and a half times it.
qint64 around(QRandomGenerator &random, int ms)
{
    return ms <= 0 ? 0 : ms / 2 + qint64(random.bounded(ms + 1));
}

void raiseTo(std::atomic<qint64> &most, qint64 value)
{
    qint64 seen = most.load();
    while (value > seen && !most.compare_exchange_weak(seen, value)) {
    }
}

} // namespace

QStringList DiningPhilosophers::remedyNames()
{
    return {QStringLiteral("none"),    QStringLiteral("ordering"),      QStringLiteral("arbitrator"),
            QStringLiteral("backoff"), QStringLiteral("fixed-backoff"), QStringLiteral("chandy-misra")};
}

QStringList DiningPhilosophers::defaultRemedyNames()
{
    QStringList names = remedyNames();
    names.removeAll(QStringLiteral("chandy-misra"));
    return names;
}

DiningPhilosophers::Remedy DiningPhilosophers::remedyFromName(const QString &name)
{
    return Remedy(std::max<qsizetype>(0, remedyNames().indexOf(name)));
}

QString DiningPhilosophers::remedyName(Remedy remedy)
{
    return remedyNames().value(int(remedy));
}

QString DiningPhilosophers::stateName(State state)
{
    static const QStringList names{QStringLiteral("thinking"), QStringLiteral("hungry"), QStringLiteral("eating"),
                                   QStringLiteral("done")};
    return names.value(int(state));
}

bool DiningPhilosophers::Result::everyoneAte() const
{
    return !meals.isEmpty() && std::all_of(meals.cbegin(), meals.cend(), [](int m) { return m > 0; });
}

const ParameterSchema &DiningPhilosophers::schema()
{
    using Spec = ParameterSpec;
    static const ParameterSchema s({
        Spec::integer(QStringLiteral("philosophers"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Philosophers"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Philosopher threads around the table, one fork "
                                                                 "between each two neighbours."),
                      2, MaxPhilosophers, 5),
        Spec::choiceList(QStringLiteral("remedies"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Remedies"),
                         QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                           "none (left fork, then right: deadlocks), ordering (lower-numbered fork "
                                           "first), arbitrator (a semaphore of N-1 seats), backoff (try the second "
                                           "fork, else put the first down for a random time), fixed-backoff (the "
                                           "same for a fixed time: may livelock), chandy-misra (dirty forks are "
                                           "handed over on request, clean ones kept until eaten with)."),
                         remedyNames(), defaultRemedyNames()),
        Spec::integer(QStringLiteral("seconds"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Seconds per remedy"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How long the philosophers dine with each remedy."), 1,
                      60, 5, QStringLiteral("s")),
        Spec::integer(QStringLiteral("think-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Thinking"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "How long a philosopher thinks between meals (drawn from half to one and a "
                                        "half times this)."),
                      0, 2000, 20, QStringLiteral("ms")),
        Spec::integer(QStringLiteral("eat-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Eating"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "How long a meal takes (drawn from half to one and a half times this); "
                                        "reaching from the first fork to the second takes half of it."),
                      0, 2000, 40, QStringLiteral("ms")),
        Spec::integer(QStringLiteral("seed"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Seed"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Seed of the think, eat and back-off times."), 0,
                      4294967295LL, 42)
            .folded(),
    });
    return s;
}

DiningPhilosophers::Config DiningPhilosophers::configFrom(const ParameterValues &values, Remedy remedy)
{
    Config config;
    config.philosophers = int(values.integer(QStringLiteral("philosophers")));
    config.remedy = remedy;
    config.seconds = int(values.integer(QStringLiteral("seconds")));
    config.thinkMs = int(values.integer(QStringLiteral("think-ms")));
    config.eatMs = int(values.integer(QStringLiteral("eat-ms")));
    config.seed = quint64(values.integer(QStringLiteral("seed")));
    return config;
}

DiningPhilosophers::DiningPhilosophers(QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(DiningPhilosophersResultMetaType)
    m_tick.setInterval(TickMs);
    m_timeUp.setSingleShot(true);
    m_grace.setSingleShot(true);
    m_grace.setInterval(GraceMs);
    connect(&m_tick, &QTimer::timeout, this, &DiningPhilosophers::onTick);
    connect(&m_timeUp, &QTimer::timeout, this, &DiningPhilosophers::onTimeUp);
    connect(&m_grace, &QTimer::timeout, this, &DiningPhilosophers::stopAll);
    // Queued: the report is made on the philosopher whose request closed the cycle.
    connect(&DeadlockDetector::instance(), &DeadlockDetector::deadlockDetected, this, &DiningPhilosophers::onDeadlock,
            Qt::QueuedConnection);
}

DiningPhilosophers::~DiningPhilosophers()
{
    for (LabThread *thread : m_threads)
        thread->disconnect(this);
    stopAll();
    for (LabThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

bool DiningPhilosophers::start(const Config &config)
{
    if (isRunning() || config.philosophers < 2 || config.philosophers > MaxPhilosophers)
        return false;
    for (LabThread *thread : m_threads)
        delete thread; // all finished
    m_threads.clear();
    m_config = config;
    const int n = config.philosophers;
    m_forks.clear();
    for (int i = 0; i < n; ++i)
        m_forks.push_back(std::make_unique<SyncMutex>(QStringLiteral("fork-%1").arg(i + 1)));
    m_seats = std::make_unique<SyncSemaphore>(QStringLiteral("seats"), n - 1);
    m_forkPassed.reset();
    m_forkTable.reset();
    if (config.remedy == Remedy::ChandyMisra) {
        m_forkTable = std::make_unique<SyncMutex>(QStringLiteral("fork table"));
        m_forkPassed = std::make_unique<SyncCondition>(QStringLiteral("forks passed"), *m_forkTable);
    }
    for (int f = 0; f < n; ++f) {
        // Every fork dirty, with the lower-numbered of its two philosophers: fork-k lies between
        // philosopher-(k-1) and philosopher-k, fork-1 between philosopher-N and philosopher-1. The
        // precedence this sets (the other one may have it) has no circle, so none can form later.
        m_forkOwner[f] = f == 0 ? 0 : f - 1;
        m_forkDirty[f] = true;
        m_eating[f] = false;
    }
    m_names.clear();
    for (int i = 0; i < n; ++i) {
        m_seat[i].state = State::Hungry;
        m_seat[i].meals = 0;
        m_seat[i].retries = 0;
        m_seat[i].maxWaitNs = 0;
        m_names.append(QStringLiteral("philosopher-%1").arg(i + 1));
    }
    m_result = {};
    m_result.remedy = config.remedy;
    m_stop = false;
    m_finishing = false;
    m_startLine = std::make_unique<std::latch>(n);
    DeadlockDetector::instance().reset(); // this run's reports and lock-order graph only
    m_epoch = DeadlockDetector::instance().epoch();
    for (int i = 0; i < n; ++i) {
        const quint64 seed = config.seed * 1000 + quint64(i);
        auto *thread = new LabThread(m_names.at(i), [this, i, seed] { dine(i, seed); });
        connect(thread, &QThread::finished, this, &DiningPhilosophers::onPhilosopherFinished);
        m_threads.push_back(thread);
    }
    m_running = n;
    m_startNs = monotonicNowNs();
    m_livelock.restart(m_startNs);
    for (LabThread *thread : m_threads)
        thread->start();
    m_tick.start();
    m_timeUp.start(config.seconds * 1000);
    return true;
}

void DiningPhilosophers::cancel()
{
    if (!isRunning())
        return;
    m_result.cancelled = true;
    stopAll();
}

void DiningPhilosophers::stopAll()
{
    m_stop = true;
    for (LabThread *thread : m_threads)
        thread->requestInterruption(); // sleeps and waits end within 50 ms
}

bool DiningPhilosophers::mustLeave(int index) const
{
    return m_stop || (m_finishing && m_seat[index].meals > 0);
}

void DiningPhilosophers::dine(int index, quint64 seed)
{
    QRandomGenerator random(seed);
    Seat &seat = m_seat[index];
    m_startLine->arrive_and_wait(); // everyone starts hungry at the same moment
    for (bool first = true; !mustLeave(index); first = false) {
        if (!first) {
            seat.state = State::Thinking;
            if (!Trace::sleep(around(random, m_config.thinkMs), QStringLiteral("thinking")) || mustLeave(index))
                break;
        }
        seat.state = State::Hungry;
        const qint64 hungrySince = monotonicNowNs();
        const bool gotForks = pickUp(index, random);
        raiseTo(seat.maxWaitNs, monotonicNowNs() - hungrySince);
        if (!gotForks)
            break; // cancelled (a deadlock's victim) or stopped: it holds nothing now
        if (m_stop) {
            putDown(index);
            break;
        }
        seat.state = State::Eating;
        const bool ate = Trace::sleep(around(random, m_config.eatMs), QStringLiteral("eating"));
        if (ate)
            ++seat.meals;
        putDown(index);
        if (!ate)
            break;
    }
    seat.state = State::Done;
}

std::pair<SyncMutex *, SyncMutex *> DiningPhilosophers::forksOf(int index) const
{
    SyncMutex *left = m_forks[size_t(index)].get();
    SyncMutex *right = m_forks[size_t((index + 1) % m_config.philosophers)].get();
    // Only the last philosopher's right fork (fork-1) is lower-numbered than its left one.
    if (m_config.remedy == Remedy::Ordering && index + 1 == m_config.philosophers)
        return {right, left};
    return {left, right};
}

bool DiningPhilosophers::pickUp(int index, QRandomGenerator &random)
{
    const auto [first, second] = forksOf(index);
    switch (m_config.remedy) {
    case Remedy::None:
    case Remedy::Ordering:
        return takeBoth(first, second);
    case Remedy::Arbitrator:
        if (!m_seats->acquire())
            return false;
        if (takeBoth(first, second))
            return true;
        m_seats->release();
        return false;
    case Remedy::Backoff:
    case Remedy::FixedBackoff:
        return takeWithBackoff(index, first, second, random);
    case Remedy::ChandyMisra:
        return takeChandyMisra(index);
    }
    return false;
}

bool DiningPhilosophers::takeChandyMisra(int index)
{
    const int n = m_config.philosophers;
    const std::array<int, 2> forks{index, (index + 1) % n};
    if (!m_forkTable->lock())
        return false; // interrupted: the dinner is over
    bool gotBoth = false;
    for (;;) {
        bool both = true;
        for (int f : forks) {
            const int owner = m_forkOwner[f];
            if (owner == index)
                continue;
            // The owner hands a requested dirty fork over, cleaned, unless it eats with it.
            if (m_forkDirty[f] && !m_eating[owner]) {
                m_forkOwner[f] = index;
                m_forkDirty[f] = false;
            } else {
                both = false; // clean or in use: kept until its owner has eaten
            }
        }
        if (both) {
            m_eating[index] = true;
            gotBoth = true;
            break;
        }
        if (mustLeave(index))
            break;
        // Woken by a meal's end; the deadline lets it notice the end of the dinner.
        if (!m_forkPassed->wait(QDeadlineTimer(50)) && !m_forkTable->isHeldByCurrentThread())
            return false; // interrupted while taking the table back: the dinner is over
    }
    if (!gotBoth) {
        // Leaving hungry: its forks go back to being dirty, so the neighbours may have them.
        for (int f : forks) {
            if (m_forkOwner[f] == index)
                m_forkDirty[f] = true;
        }
        m_forkPassed->notifyAll();
    }
    m_forkTable->unlock();
    return gotBoth;
}

void DiningPhilosophers::putDownChandyMisra(int index)
{
    const int n = m_config.philosophers;
    const bool locked = m_forkTable->lock(); // false only when the dinner is over
    m_eating[index] = false;
    m_forkDirty[index] = true; // eaten with: both forks dirty, handed over on the next request
    m_forkDirty[(index + 1) % n] = true;
    if (locked) {
        m_forkPassed->notifyAll();
        m_forkTable->unlock();
    }
}

bool DiningPhilosophers::takeBoth(SyncMutex *first, SyncMutex *second)
{
    if (!first->lock())
        return false;
    if (Trace::sleep(reachMs()) && second->lock())
        return true;
    first->unlock(); // the victim of a deadlock puts its fork down: the cycle opens
    return false;
}

bool DiningPhilosophers::takeWithBackoff(int index, SyncMutex *first, SyncMutex *second, QRandomGenerator &random)
{
    const int base = std::max(1, m_config.eatMs / 2);
    while (!m_stop) {
        if (!first->lock())
            return false;
        if (!Trace::sleep(reachMs())) {
            first->unlock();
            return false;
        }
        if (second->tryLock())
            return true;
        first->unlock();
        ++m_seat[index].retries;
        const int pause = m_config.remedy == Remedy::FixedBackoff ? base : 1 + int(random.bounded(2 * base));
        if (!Trace::sleep(pause))
            return false;
    }
    return false;
}

void DiningPhilosophers::putDown(int index)
{
    if (m_config.remedy == Remedy::ChandyMisra) {
        putDownChandyMisra(index);
        return;
    }
    const auto [first, second] = forksOf(index);
    second->unlock();
    first->unlock();
    if (m_config.remedy == Remedy::Arbitrator)
        m_seats->release();
}

void DiningPhilosophers::onDeadlock(const DeadlockReport &report)
{
    if (!isRunning() || m_result.deadlocked || report.epoch != m_epoch)
        return;
    for (const WaitForEdge &edge : report.cycle) {
        if (!m_names.contains(edge.thread))
            return; // another experiment's locks
    }
    m_result.deadlocked = true;
    m_result.deadlock = report;
    m_result.deadlockAfterMs = double(report.detectedNs - m_startNs) / 1e6;
    if (!m_config.labBreaksDeadlock) {
        // The caller chooses the victim: the dinner's time stops while the deadlock stands.
        m_timeUp.stop();
        m_grace.stop();
        return;
    }
    m_result.victim = report.cycle.value(0).thread;
    // Ended by the lab, not by killing: the victim's wait fails, it puts its fork down, its
    // neighbour gets the fork and (the run being over) puts both down, and so on round the table.
    m_stop = true;
    DeadlockDetector::instance().breakDeadlock(report, 0);
}

bool DiningPhilosophers::breakDeadlock(const QString &philosopher)
{
    if (!isRunning() || !m_result.deadlocked || !m_result.victim.isEmpty())
        return false;
    const QList<WaitForEdge> &cycle = m_result.deadlock.cycle;
    for (qsizetype i = 0; i < cycle.size(); ++i) {
        if (cycle.at(i).thread != philosopher)
            continue;
        m_stop = true; // the victim puts its fork down, its neighbour eats, and the dinner ends
        if (!DeadlockDetector::instance().breakDeadlock(m_result.deadlock, int(i)))
            return false;
        m_result.victim = philosopher;
        return true;
    }
    return false;
}

void DiningPhilosophers::onTick()
{
    int meals = 0;
    bool everyoneHungry = true;
    for (int i = 0; i < m_config.philosophers; ++i) {
        meals += m_seat[i].meals;
        everyoneHungry = everyoneHungry && m_seat[i].state == State::Hungry;
    }
    const bool backsOff = m_config.remedy == Remedy::Backoff || m_config.remedy == Remedy::FixedBackoff;
    // Paused, nobody is busy; in slow motion a round takes longer.
    const Pacer *pacer = Pacer::instance();
    const bool busy = everyoneHungry && !pacer->isPaused();
    const auto windowNs = qint64(double(livelockWindowMs()) * 1e6 / pacer->speed());
    if (m_livelock.observe(monotonicNowNs(), meals, busy, windowNs) && backsOff && !m_stop && !m_result.livelocked) {
        // Every philosopher busy taking and putting down forks, and no meal for the whole window.
        m_result.livelocked = true;
        stopAll();
    }
}

qint64 DiningPhilosophers::livelockWindowMs() const
{
    // Ten rounds of reach, back-off and a meal without a meal.
    return std::max<qint64>(MinLivelockWindowMs, 10 * (reachMs() + std::max(1, m_config.eatMs / 2) + m_config.eatMs));
}

void DiningPhilosophers::onTimeUp()
{
    m_finishing = true; // those who have eaten leave the table, freeing forks for the others
    m_grace.start();
}

void DiningPhilosophers::onPhilosopherFinished()
{
    if (--m_running > 0)
        return;
    m_tick.stop();
    m_timeUp.stop();
    m_grace.stop();
    m_result.seconds = double(monotonicNowNs() - m_startNs) / 1e9;
    for (int i = 0; i < m_config.philosophers; ++i) {
        m_result.meals.append(m_seat[i].meals);
        m_result.maxWaitMs.append(double(m_seat[i].maxWaitNs) / 1e6);
        m_result.retries.append(m_seat[i].retries);
    }
    for (const LockOrderCycle &cycle : DeadlockDetector::instance().lockOrderCycles()) {
        if (std::all_of(cycle.edges.cbegin(), cycle.edges.cend(),
                        [this](const LockOrderEdge &edge) { return m_names.contains(edge.thread); }))
            m_result.lockOrderCycles.append(cycle);
    }
    emit finished(m_result);
}

DiningPhilosophers::Snapshot DiningPhilosophers::snapshot() const
{
    Snapshot s;
    for (int i = 0; i < m_names.size(); ++i) {
        s.philosophers.append(
            {m_names.at(i), m_seat[i].state.load(), m_seat[i].meals.load(), double(m_seat[i].maxWaitNs.load()) / 1e6});
    }
    if (m_config.remedy == Remedy::ChandyMisra) {
        // The forks are not mutexes here: their owners and colours, and who asks for them.
        const int n = int(m_names.size());
        for (int f = 0; f < n; ++f) {
            SyncSnapshot fork;
            fork.name = QStringLiteral("fork-%1").arg(f + 1);
            fork.kind = QStringLiteral("fork");
            const int owner = m_forkOwner[f];
            fork.owner = m_names.value(owner);
            fork.holdCount = 1;
            for (int p : {f, (f - 1 + n) % n}) { // its two philosophers
                if (p != owner && m_seat[p].state == State::Hungry && !fork.waiters.contains(m_names.at(p)))
                    fork.waiters.append(m_names.at(p));
            }
            s.forks.append(fork);
            s.cleanForks.append(!m_forkDirty[f]);
        }
    } else {
        for (const auto &fork : m_forks)
            s.forks.append(fork->snapshot());
    }
    if (m_seats && m_config.remedy == Remedy::Arbitrator)
        s.seats = m_seats->snapshot();
    s.deadlocked = m_result.deadlocked;
    s.awaitingVictim = m_result.deadlocked && m_result.victim.isEmpty() && isRunning();
    s.deadlock = m_result.deadlock;
    s.livelocked = m_result.livelocked;
    return s;
}

} // namespace Lab::Core
