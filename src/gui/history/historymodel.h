// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/runhistory.h"

#include <QAbstractTableModel>

namespace Lab::Gui {

// The saved runs of one topic as a table: when, experiment, parameters, headline numbers, machine.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column
    {
        WhenColumn,
        ParametersColumn,
        HeadlineColumn,
        MachineColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<Core::HistoryEntry> &entries);
    // Every cell and header again, after a language (and so locale) switch; keeps the selection.
    void retranslate();
    void removeEntry(const QString &id);
    // In its place by time (newest first).
    void addEntry(const Core::HistoryEntry &entry);
    const Core::HistoryEntry *entry(const QString &id) const;
    const Core::HistoryEntry &entryAt(int row) const { return m_entries.at(row); }

    // "sequential 2.40 s · fastest: threads ×16 0.29 s (8.41×)"
    static QString headline(const Core::BenchmarkResult &result);
    // "count=10000, workers=1,2,4"
    static QString parameters(const Core::BenchmarkResult &result);
    // The local date and time to the second in the current locale ("12/7/26 9:03:12 AM",
    // "07.12.26 09:03:12"): two runs a minute apart must not look the same.
    static QString when(const QDateTime &savedAt);

private:
    QList<Core::HistoryEntry> m_entries;
};

} // namespace Lab::Gui
