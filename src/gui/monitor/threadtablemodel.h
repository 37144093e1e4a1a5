// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/threadsample.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

namespace Lab::Gui {

// Threads grouped under their process (two levels: process rows, thread rows). Each snapshot is
// applied as the smallest change: rows of vanished threads removed, new ones appended, the others
// updated with dataChanged, so selection and scrolling survive the 10 Hz refresh. Lab threads that
// have not started yet (New) and that ended in the last few seconds (Terminated) are listed from the
// trace even though the kernel has no task for them.
class ThreadTableModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TidColumn,
        KindColumn,
        LabStateColumn,
        KernelStateColumn,
        CpuColumn,
        CoreColumn,
        StartedColumn,
        LifetimeColumn,
        SwitchesColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // numbers for numeric columns
        IsProcessRole,
        PidRole,
        TidRole,
        OriginRole, // int(Core::ThreadOrigin)
        IsChildProcessRole,
        LabStateRole,    // int(Core::ThreadState), or -1 when not a lab thread
        KernelStateRole, // the letter as a QString ("-" when there is no task)
        WorkerIdRole,
    };
    static constexpr qint64 KeepTerminatedMs = 5000;
    static constexpr qint64 RecentlyEnded = -1;

    explicit ThreadTableModel(QObject *parent = nullptr);
    ~ThreadTableModel() override;

    void applySnapshot(const Core::ThreadSnapshot &snapshot);
    // Which terminated lab threads are listed (from the next snapshot on): RecentlyEnded (those that
    // ended in the last KeepTerminatedMs), or every one that ended at or after `sinceNs` (monotonic;
    // the monitor passes the current run's start for "this run", 0 for "all runs": as many as the
    // recorder remembers, TraceRecorder::KeptFinishedWorkers).
    void setTerminatedSince(qint64 sinceNs);
    qint64 terminatedSince() const { return m_terminatedSinceNs; }
    qint64 selfPid() const { return m_selfPid; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Short column titles ("Textbook", "Kernel") and kernel states in a few words ("S: sleeping")
    // for a narrow table (the monitor beside the experiment); the full text stays the tool tip. Rows
    // take the brief kernel text at the next sample.
    void setShortHeaders(bool on);

private:
    struct Row
    {
        qint64 key = 0; // tid, or -(workerId + 1) for a lab thread without a task
        Core::ThreadSample sample;
        bool hasTask = true;
        bool isLab = false;
        qint64 lifetimeMs = -1; // an ended lab thread's, from its creation to its end; -1: startedMsAgo
    };
    struct Process
    {
        qint64 pid = 0;
        QString name;
        bool isChild = false;
        double cpuPercent = 0;
        QList<Row> rows;
    };
    QVariant threadData(const Process &process, const Row &row, int column, int role) const;
    QVariant processData(const Process &process, int column, int role) const;
    static QString processDescription(const Process &process);

    QList<Process> m_processes;
    qint64 m_selfPid = 0;
    qint64 m_nowNs = 0;
    QDateTime m_sampledAt; // when the shown sample was taken, local time
    bool m_shortHeaders = false;
    qint64 m_terminatedSinceNs = RecentlyEnded;
};

} // namespace Lab::Gui
