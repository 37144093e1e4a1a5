// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/threadrenamedemo.h"

#include <QAbstractTableModel>

#include <optional>

namespace Lab::Gui {

// One thread's names at three steps (named before start, renamed while it runs, renamed by itself),
// Qt's objectName() beside the name the kernel keeps (/proc comm). The three steps are always listed;
// the names appear when the rename demo reports.
class ThreadNamesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadNamesModel)

public:
    enum Column
    {
        StepColumn,
        ObjectNameColumn,
        OsNameColumn,
        ColumnCount
    };
    enum Step
    {
        BeforeStartStep,
        RenamedStep,
        OsRenamedStep,
        StepCount
    };

    explicit ThreadNamesModel(QObject *parent = nullptr);
    ~ThreadNamesModel() override;

    void setReport(const Core::ThreadRenameDemo::Report &report);
    void clear();
    const std::optional<Core::ThreadRenameDemo::Report> &report() const { return m_report; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<Core::ThreadRenameDemo::Report> m_report;
};

} // namespace Lab::Gui
