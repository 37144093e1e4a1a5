// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadnamesmodel.h"

namespace Lab::Gui {

ThreadNamesModel::ThreadNamesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ThreadNamesModel::~ThreadNamesModel() = default;

void ThreadNamesModel::setReport(const Core::ThreadRenameDemo::Report &report)
{
    m_report = report;
    emit dataChanged(index(0, ObjectNameColumn), index(StepCount - 1, OsNameColumn));
}

void ThreadNamesModel::clear()
{
    if (!m_report)
        return;
    m_report.reset();
    emit dataChanged(index(0, ObjectNameColumn), index(StepCount - 1, OsNameColumn));
}

void ThreadNamesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, StepColumn), index(StepCount - 1, StepColumn));
}

int ThreadNamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StepCount;
}

int ThreadNamesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadNamesModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step step = Step(index.row());
    if (index.column() == StepColumn) {
        switch (step) {
        case BeforeStartStep:
            return tr("Named with setObjectName() before start()");
        case RenamedStep:
            return tr("Renamed with setObjectName() while it runs");
        case OsRenamedStep:
            return tr("Renamed by itself with pthread_setname_np()");
        case StepCount:
            break;
        }
        return {};
    }
    if (!m_report)
        return QString();
    const Core::ThreadRenameDemo::Report &r = *m_report;
    if (index.column() == ObjectNameColumn)
        return step == BeforeStartStep ? r.nameBeforeStart : r.nameAfterRename;
    return step == BeforeStartStep ? r.commAtStart : step == RenamedStep ? r.commAfterRename : r.commAfterOsRename;
}

QVariant ThreadNamesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StepColumn:
        return tr("What was done");
    case ObjectNameColumn:
        return tr("objectName()");
    case OsNameColumn:
        return tr("OS name (/proc comm)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Lab::Gui
