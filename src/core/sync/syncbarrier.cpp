// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncbarrier.h"

#include "core/trace/trace.h"

namespace Lab::Core {

SyncBarrier::SyncBarrier(const QString &name, int parties)
    : SyncPrimitive(name, QStringLiteral("barrier"))
    , m_parties(std::max(1, parties))
{}

int SyncBarrier::wait(QDeadlineTimer deadline)
{
    if (!checkpoint())
        return -1;
    QMutexLocker locker(&m_state);
    ++m_operations;
    if (m_broken)
        return -1;
    const int index = m_arrived++;
    const int phase = m_phase;
    const int generation = m_generation;
    if (m_arrived == m_parties) {
        // The last one to arrive opens the barrier for everyone.
        m_arrived = 0;
        ++m_phase;
        m_lastReleaser = currentThreadName();
        wakeAll();
        return index;
    }
    const bool ok = waitUntil(
        locker, WaitKind::Waiting,
        [this] {
            return QStringLiteral("on \"%1\" (barrier: %2 of %3 arrived, phase %4)")
                .arg(name())
                .arg(m_arrived)
                .arg(m_parties)
                .arg(m_phase + 1);
        },
        [this, phase, generation] { return m_phase != phase || m_broken || m_generation != generation; }, deadline);
    if (m_generation != generation)
        return -1; // reset() while this thread waited
    if (m_phase != phase) {
        const QString from = m_lastReleaser;
        locker.unlock();
        markHandOff(QStringLiteral("opened"), from);
        return index;
    }
    if (!ok && !m_broken) {
        // This waiter gave up: the phase can never complete, so the barrier breaks for all.
        m_broken = true;
        --m_arrived;
        wakeAll();
        locker.unlock();
        if (Trace::isLabThread())
            Trace::mark(QStringLiteral("barrier \"%1\" broken: a waiter gave up").arg(name()));
        return -1;
    }
    return -1;
}

void SyncBarrier::abort()
{
    QMutexLocker locker(&m_state);
    m_broken = true;
    ++m_operations;
    wakeAll();
}

void SyncBarrier::reset()
{
    QMutexLocker locker(&m_state);
    // Threads still waiting in the current phase get -1 (as in Python), then the barrier is new.
    ++m_generation;
    m_arrived = 0;
    m_broken = false;
    ++m_operations;
    wakeAll();
}

int SyncBarrier::phase() const
{
    QMutexLocker locker(&m_state);
    return m_phase;
}

bool SyncBarrier::isBroken() const
{
    QMutexLocker locker(&m_state);
    return m_broken;
}

void SyncBarrier::fillSnapshot(SyncSnapshot &snapshot) const
{
    snapshot.arrived = m_arrived;
    snapshot.parties = m_parties;
    snapshot.phase = m_phase;
    snapshot.broken = m_broken;
}

} // namespace Lab::Core
