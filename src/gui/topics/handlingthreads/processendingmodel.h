// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/workerdemoprocess.h"

#include <QAbstractTableModel>

namespace Lab::Gui {

// The worker processes ProcessEndingWidget ended, one row each in the order they ended: how they were
// ended, by Run or by hand, their pid, how they ended in words (exit code or signal) and whether they
// wrote their last line. Texts are made in data(), so a language switch re-words every row.
class ProcessEndingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessEndingModel)

public:
    enum class Ending
    {
        Polite,
        Terminate,
        Kill,
    };
    Q_ENUM(Ending)
    enum Column
    {
        HowColumn,
        ByColumn,
        PidColumn,
        EndedColumn,
        LastWordsColumn,
        ColumnCount
    };
    enum Role
    {
        EndingRole = Qt::UserRole, // int(Ending)
        SignalRole,                // the ending signal, 0 for an exit
    };

    explicit ProcessEndingModel(QObject *parent = nullptr);
    ~ProcessEndingModel() override;

    // `automatic`: one of Run's three; otherwise the one started by hand.
    void addProcess(Ending ending, bool automatic, const Core::WorkerDemoExit &exit);
    void retranslate();

    static QString endingName(Ending ending);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Ending ending = Ending::Polite;
        bool automatic = false;
        Core::WorkerDemoExit exit;
        bool lastWords = false; // it printed its "exiting" line
    };
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace Lab::Gui
