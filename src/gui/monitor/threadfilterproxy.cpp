// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadfilterproxy.h"

#include "threadtablemodel.h"

namespace Lab::Gui {

ThreadFilterProxy::ThreadFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ThreadTableModel::SortRole);
    setDynamicSortFilter(true);
    m_visibleStates.fill(true);
}

void ThreadFilterProxy::setStateVisible(Core::ThreadState state, bool visible)
{
    if (m_visibleStates[size_t(state)] == visible)
        return;
    m_visibleStates[size_t(state)] = visible;
    invalidateFilter();
}

void ThreadFilterProxy::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    invalidateFilter();
}

bool ThreadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool isProcess = index.data(ThreadTableModel::IsProcessRole).toBool();
    const bool inChild = index.data(ThreadTableModel::IsChildProcessRole).toBool();
    if (const int state = index.data(ThreadTableModel::LabStateRole).toInt();
        !isProcess && state >= 0 && state < Core::ThreadStateCount && !m_visibleStates[size_t(state)])
        return false;
    switch (m_mode) {
    case Mode::All:
        return true;
    case Mode::ThisProcess:
        return !inChild;
    case Mode::LabThreads:
        // Process rows come back through recursive filtering when one of their threads is shown;
        // the threads of the lab's child processes belong to the experiment.
        if (isProcess)
            return false;
        return inChild || index.data(ThreadTableModel::LabStateRole).toInt() >= 0;
    }
    return true;
}

} // namespace Lab::Gui
