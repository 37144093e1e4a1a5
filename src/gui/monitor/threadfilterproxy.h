// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/threadstate.h"

#include <QSortFilterProxyModel>

#include <array>

namespace Lab::Gui {

// Filters ThreadTableModel: lab threads only / every thread of this process / all threads including
// the lab's child processes. Process rows stay as long as one of their threads is shown. The state
// filter (the monitor's state chips) hides the threads whose textbook state is switched off; threads
// without one (not traced by the lab) have no state to filter by and stay.
class ThreadFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Mode
    {
        LabThreads,
        ThisProcess,
        All
    };
    Q_ENUM(Mode)

    explicit ThreadFilterProxy(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void setStateVisible(Core::ThreadState state, bool visible);
    bool isStateVisible(Core::ThreadState state) const { return m_visibleStates[size_t(state)]; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Mode m_mode = Mode::LabThreads;
    std::array<bool, Core::ThreadStateCount> m_visibleStates;
};

} // namespace Lab::Gui
