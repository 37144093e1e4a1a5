// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/sharedcounterexperiment.h"

#include <QAbstractTableModel>
#include <QFont>

namespace Lab::Gui {

// The threads of the shared-counter experiment's current round, one row per thread: its name and
// tid, where it sees the shared counter (the same heap address in every thread) and a variable on
// its own stack (a different address per thread), that stack's distance from the first thread's,
// and the increments it performed. Threads report in while the round runs (report()); the round's
// end brings the increments (setThreads()). Both change only the rows that differ.
class CounterThreadModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterThreadModel)

public:
    enum Column
    {
        NameColumn,
        TidColumn,
        SharedColumn,
        StackColumn,
        DistanceColumn,
        IncrementsColumn,
        ColumnCount
    };

    explicit CounterThreadModel(QObject *parent = nullptr);
    ~CounterThreadModel() override;

    // One thread reported in. A thread of a new round (another tid at a known index) replaces the
    // previous round's rows.
    void report(const Core::CounterThreadReport &report);
    void setThreads(const QList<Core::CounterThreadReport> &threads);
    void clear();
    const QList<Core::CounterThreadReport> &threads() const { return m_rows; }
    // The font of the address columns (a fixed font of the view's size: it follows zoom and the
    // presenter's scale).
    void setAddressFont(const QFont &font);
    void retranslate();

    static QString hexAddress(quintptr address);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    void changed(int firstRow, int lastRow, int firstColumn = 0, int lastColumn = ColumnCount - 1);

    QList<Core::CounterThreadReport> m_rows; // by thread index; tid 0: not reported yet
    QFont m_addressFont;
};

} // namespace Lab::Gui
