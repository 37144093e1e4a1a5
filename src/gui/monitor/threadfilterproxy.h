// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Lab::Gui {

// Filters ThreadTableModel: lab threads only / every thread of this process / all threads including
// the lab's child processes. Process rows stay as long as one of their threads is shown.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Mode m_mode = Mode::LabThreads;
};

} // namespace Lab::Gui
