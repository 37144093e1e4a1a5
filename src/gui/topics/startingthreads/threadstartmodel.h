// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/threadstartdemo.h"

#include <QAbstractTableModel>

#include <optional>

namespace Lab::Gui {

// The four ways to start a thread, one row each (in ThreadStartDemo::allMethods() order, the order
// of the spellings below the table), filled as each thread reports from inside: the name it was
// given, the OS name the kernel keeps, its thread id, its task's result. A report changes its row.
class ThreadStartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadStartModel)

public:
    enum Column
    {
        WayColumn,
        RequestedColumn,
        OsNameColumn,
        TidColumn,
        ResultColumn,
        ColumnCount
    };

    explicit ThreadStartModel(QObject *parent = nullptr);
    ~ThreadStartModel() override;

    void report(const Core::ThreadStartDemo::Report &report);
    void clear(); // the rows stay (one per way), empty until their threads report
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::ThreadStartDemo::Method> m_methods;
    QList<std::optional<Core::ThreadStartDemo::Report>> m_reports; // by row
};

} // namespace Lab::Gui
