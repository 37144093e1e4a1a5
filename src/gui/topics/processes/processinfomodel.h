// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace Lab::Core {
struct ProcessInfo;
}

namespace Lab::Gui {

// The processes panel's properties table: one row per property, one column per process (the lab
// first), so a property reads across ("parent pid = the lab's pid", "same session", "the lab catches
// CHLD, the workers catch nothing"), and the table fits the presenter's half screen. Every value comes
// from a Core::ProcessInfo read from /proc; tool tips list what a count counts (the descriptor
// targets, the libraries' paths, the signals' full names).
class ProcessTableWidget final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessTableWidget)

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

    explicit ProcessTableWidget(QWidget *parent = nullptr);

    // Columns: the lab and `workers` worker processes.
    void setProcessCount(int workers);
    // Fills `column`; `gone`: the process has ended (its last values stay, greyed, without a state).
    void showProcess(int column, const QString &name, const Core::ProcessInfo &info, const QString &status,
                     bool gone = false);
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setCell(int row, int column, const QString &text, const QString &toolTip, bool gone);
};

} // namespace Lab::Gui
