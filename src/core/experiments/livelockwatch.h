// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Lab::Core {

// A livelock seen from the outside, from progress counts alone (meals eaten, items done): every
// thread busy, and no progress for a whole window. Fed by a timer; pure arithmetic, so it is tested
// without threads. A look at which someone is not busy (thinking, eating, paused) restarts the window.
class LivelockWatch final
{
public:
    void restart(qint64 nowNs)
    {
        m_sinceNs = nowNs;
        m_progress = 0;
    }
    // True once `everyoneBusy` held and `progress` stayed the same for longer than `windowNs`.
    bool observe(qint64 nowNs, qint64 progress, bool everyoneBusy, qint64 windowNs)
    {
        if (progress != m_progress || !everyoneBusy)
            m_sinceNs = nowNs;
        m_progress = progress;
        return nowNs - m_sinceNs > windowNs;
    }

private:
    qint64 m_sinceNs = 0;
    qint64 m_progress = 0;
};

} // namespace Lab::Core
