// SPDX-License-Identifier: GPL-3.0-or-later
#include "processendingmodel.h"

#include <QJsonObject>

namespace Lab::Gui {

ProcessEndingModel::ProcessEndingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ProcessEndingModel::~ProcessEndingModel() = default;

void ProcessEndingModel::addProcess(Ending ending, bool automatic, const Core::WorkerDemoExit &exit)
{
    Row row{ending, automatic, exit, false};
    for (const QJsonObject &event : exit.events)
        row.lastWords = row.lastWords || event.value(QStringLiteral("event")).toString() == QLatin1String("exiting");
    row.exit.events.clear(); // read once, not kept
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
}

void ProcessEndingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString ProcessEndingModel::endingName(Ending ending)
{
    switch (ending) {
    case Ending::Polite:
        return tr("end of program (stdin closed)");
    case Ending::Terminate:
        return tr("terminate(): SIGTERM");
    case Ending::Kill:
        return tr("kill(): SIGKILL");
    }
    return {};
}

int ProcessEndingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcessEndingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessEndingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PidColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter); // an int, as QTableWidgetItem stores it
        return {};
    case EndingRole:
        return int(row.ending);
    case SignalRole:
        return row.exit.crashed ? row.exit.signal : 0;
    default:
        return {};
    }
}

QString ProcessEndingModel::text(const Row &row, int column) const
{
    const Core::WorkerDemoExit &exit = row.exit;
    switch (Column(column)) {
    case HowColumn:
        return endingName(row.ending);
    case ByColumn:
        return row.automatic ? tr("Run") : tr("by hand");
    case PidColumn:
        return QString::number(exit.pid);
    case EndedColumn:
        if (exit.pid == 0)
            return tr("did not start: %1").arg(exit.errorOutput);
        if (exit.crashed)
            return tr("killed by signal %1 (%2)").arg(exit.signal).arg(exit.signalName);
        return tr("exited normally, exit code %1").arg(exit.exitCode);
    case LastWordsColumn:
        return row.lastWords ? tr("yes: it joined its standard thread and wrote its last line")
                             : tr("none: it had no chance to finish or clean up");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProcessEndingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case HowColumn:
        return tr("Ended by");
    case ByColumn:
        return tr("Started by");
    case PidColumn:
        return tr("pid");
    case EndedColumn:
        return tr("How it ended");
    case LastWordsColumn:
        return tr("Last words");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Lab::Gui
