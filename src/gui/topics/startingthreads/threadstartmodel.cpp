// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadstartmodel.h"

namespace Lab::Gui {

ThreadStartModel::ThreadStartModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_methods(Core::ThreadStartDemo::allMethods())
    , m_reports(m_methods.size())
{}

ThreadStartModel::~ThreadStartModel() = default;

void ThreadStartModel::report(const Core::ThreadStartDemo::Report &report)
{
    const int row = int(m_methods.indexOf(report.method));
    if (row < 0)
        return;
    m_reports[row] = report;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ThreadStartModel::clear()
{
    for (std::optional<Core::ThreadStartDemo::Report> &report : m_reports)
        report.reset();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ThreadStartModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, WayColumn), index(rowCount() - 1, WayColumn)); // the ways' names
}

int ThreadStartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_methods.size());
}

int ThreadStartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadStartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == TidColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter); // an int, as QTableWidgetItem stores it
    const std::optional<Core::ThreadStartDemo::Report> &report = m_reports.at(index.row());
    if (role != Qt::DisplayRole || !report)
        return {};
    switch (Column(index.column())) {
    case WayColumn:
        return Core::ThreadStartDemo::methodName(report->method);
    case RequestedColumn:
        return report->requestedName;
    case OsNameColumn:
        return report->osName;
    case TidColumn:
        return QString::number(report->tid);
    case ResultColumn:
        return QStringLiteral("%1").arg(report->result, 16, 16, QLatin1Char('0'));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ThreadStartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case WayColumn:
        return tr("Way");
    case RequestedColumn:
        return tr("Name given");
    case OsNameColumn:
        return tr("OS name");
    case TidColumn:
        return tr("Thread id");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Lab::Gui
