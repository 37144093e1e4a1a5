// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"

#include <QAbstractTableModel>

namespace Lab::Gui {

// A benchmark's statistics as a table: one row per Core::StrategyStats (strategy × workers × size),
// one column per figure a student compares (mean ± stddev, median, min … max, CPU time, speedup,
// start-up, items, checksum, notes). Texts are formatted in data() with the current locale and
// language, so a language switch needs only retranslate(). A new result replaces the rows with the
// smallest change: rows that stay are updated in place, so the selection survives a re-run.
class BenchmarkResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarkResultModel)

public:
    enum Column
    {
        StrategyColumn,
        WorkersColumn,
        ItemsColumn, // the workload's size (differs between rows in size sweeps)
        MeanColumn,
        MedianColumn,
        RangeColumn,
        CpuColumn,
        SpeedupColumn,
        StartupColumn,
        ItemsDoneColumn, // ok / failed; the tool tip lists the first errors
        ChecksumColumn,
        NotesColumn,
        ColumnCount
    };

    explicit BenchmarkResultModel(QObject *parent = nullptr);
    ~BenchmarkResultModel() override;

    void setResult(const Core::BenchmarkResult &result);
    void clear();
    // The headers and every cell in the current language (QEvent::LanguageChange of the view).
    void retranslate();

    const Core::StrategyStats &stats(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // "12.3 ms", "4.567 s", "–" for nothing measured: the unit a student reads without counting digits.
    static QString seconds(double s);
    QString text(const Core::StrategyStats &s, int column) const;
    QString toolTip(const Core::StrategyStats &s, int column) const;

    QList<Core::StrategyStats> m_rows;
};

} // namespace Lab::Gui
