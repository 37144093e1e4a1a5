// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/processinfo.h"

#include <QAbstractTableModel>

namespace Lab::Gui {

// The processes panel's properties: one row per property, one column per process (the lab first),
// so a property reads across ("parent pid = the lab's pid", "same session", "the lab catches CHLD,
// the workers catch nothing"), and the table fits the presenter's half screen. Every value comes
// from a Core::ProcessInfo read from /proc; tool tips list what a count counts (the descriptor
// targets, the libraries' paths, the signals' full names). A refresh changes one column in place.
class ProcessInfoModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessInfoModel)

public:
    enum Row
    {
        PidRow,
        StatusRow,
        StateRow,
        PpidRow,
        PgidRow,
        SessionRow,
        UidRow,
        ThreadsRow,
        MemoryRow,
        EnvironmentRow,
        EnvironmentSizeRow,
        FdsRow,
        FilesRow,
        SocketsRow,
        PipesRow,
        OtherFdsRow,
        LibrariesRow,
        CaughtRow,
        IgnoredRow,
        BlockedRow,
        RowCount
    };

    explicit ProcessInfoModel(QObject *parent = nullptr);
    ~ProcessInfoModel() override;

    // Columns: the lab and `workers` worker processes.
    void setProcessCount(int workers);
    int processCount() const { return int(m_processes.size()); }
    // Fills `column`; `gone`: the process has ended (its last values stay, disabled, without a state).
    void showProcess(int column, const QString &name, const Core::ProcessInfo &info, const QString &status,
                     bool gone = false);
    // The row titles and every cell in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Process
    {
        QString name;
        Core::ProcessInfo info;
        QString status;
        bool gone = false;
    };

    QString text(const Process &process, int row) const;
    QString toolTip(const Process &process, int row) const;
    static QString rowTitle(int row);
    static QString rowToolTip(int row);

    QList<Process> m_processes;
};

} // namespace Lab::Gui
