// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncprimitive.h"

namespace Lab::Core {

// A named, instrumented barrier (Python's threading.Barrier; std::barrier in C++20): `parties`
// threads meet; each wait() returns once all of them have arrived, and the barrier is ready for the
// next phase. If one waiter gives up (its deadline passes, it is cancelled) or abort() is called,
// the barrier breaks: every waiter of the phase, and every later one, gets -1 until reset()
// (Python raises BrokenBarrierError).
class SyncBarrier final : public SyncPrimitive
{
public:
    SyncBarrier(const QString &name, int parties);

    // This thread's arrival index in its phase (0 .. parties-1), or -1 when the barrier broke.
    int wait(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    void abort();
    void reset();

    int parties() const { return m_parties; }
    int phase() const;
    bool isBroken() const;

protected:
    void fillSnapshot(SyncSnapshot &snapshot) const override;

private:
    const int m_parties;
    int m_arrived = 0;
    int m_phase = 0;      // completed phases
    int m_generation = 0; // reset() count
    bool m_broken = false;
};

} // namespace Lab::Core
