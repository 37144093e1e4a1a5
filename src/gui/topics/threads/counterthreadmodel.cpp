// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterthreadmodel.h"

#include "core/system/machineinfo.h"

#include <QLocale>

namespace Lab::Gui {

namespace {

// "+8 MiB" / "−132 KiB": how far one stack lies from another, in units a student can picture.
QString distanceText(qint64 bytes)
{
    const QString sign = bytes < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return sign + Core::formatBytes(bytes < 0 ? -bytes : bytes);
}

} // namespace

CounterThreadModel::CounterThreadModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CounterThreadModel::~CounterThreadModel() = default;

QString CounterThreadModel::hexAddress(quintptr address)
{
    return QStringLiteral("0x%1").arg(address, 12, 16, QLatin1Char('0'));
}

void CounterThreadModel::report(const Core::CounterThreadReport &report)
{
    if (report.index < 0)
        return;
    if (report.index < m_rows.size() && m_rows.at(report.index).tid != 0 && m_rows.at(report.index).tid != report.tid)
        clear();
    if (report.index >= m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), report.index);
        m_rows.resize(report.index + 1);
        m_rows[report.index] = report;
        endInsertRows();
    } else {
        m_rows[report.index] = report;
        changed(report.index, report.index);
    }
    if (report.index == 0 && m_rows.size() > 1)
        changed(1, int(m_rows.size()) - 1, DistanceColumn, DistanceColumn); // measured from the first stack
}

void CounterThreadModel::setThreads(const QList<Core::CounterThreadReport> &threads)
{
    const int kept = int(std::min(m_rows.size(), threads.size()));
    if (threads.size() < m_rows.size()) {
        beginRemoveRows({}, kept, int(m_rows.size()) - 1);
        m_rows.resize(kept);
        endRemoveRows();
    }
    for (int row = 0; row < kept; ++row)
        m_rows[row] = threads.at(row);
    if (kept > 0)
        changed(0, kept - 1);
    if (threads.size() > kept) {
        beginInsertRows({}, kept, int(threads.size()) - 1);
        m_rows.append(threads.mid(kept));
        endInsertRows();
    }
}

void CounterThreadModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void CounterThreadModel::setAddressFont(const QFont &font)
{
    if (font == m_addressFont)
        return;
    m_addressFont = font;
    if (!m_rows.isEmpty())
        changed(0, int(m_rows.size()) - 1, SharedColumn, StackColumn);
}

void CounterThreadModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        changed(0, int(m_rows.size()) - 1);
}

void CounterThreadModel::changed(int firstRow, int lastRow, int firstColumn, int lastColumn)
{
    emit dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
}

int CounterThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CounterThreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter); // an int, as QTableWidgetItem stores it
        return {};
    case Qt::FontRole:
        if ((index.column() == SharedColumn || index.column() == StackColumn) && m_addressFont != QFont())
            return m_addressFont;
        return {};
    default:
        return {};
    }
}

QString CounterThreadModel::text(int row, int column) const
{
    const Core::CounterThreadReport &r = m_rows.at(row);
    const bool known = r.tid != 0;
    if (column == NameColumn)
        return r.name;
    if (!known)
        return {};
    const quintptr firstStack = m_rows.constFirst().stackVariableAddress;
    switch (Column(column)) {
    case TidColumn:
        return QString::number(r.tid);
    case SharedColumn:
        return hexAddress(r.sharedCounterAddress);
    case StackColumn:
        return hexAddress(r.stackVariableAddress);
    case DistanceColumn:
        return firstStack && row > 0 ? distanceText(qint64(r.stackVariableAddress) - qint64(firstStack)) : QString();
    case IncrementsColumn:
        return r.increments > 0 ? QLocale().toString(r.increments) : QString();
    case NameColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CounterThreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Thread");
    case TidColumn:
        return tr("TID");
    case SharedColumn:
        return tr("Shared\ncounter at");
    case StackColumn:
        return tr("Own stack\nvariable at");
    case DistanceColumn:
        return tr("Distance from\nthe first stack");
    case IncrementsColumn:
        return tr("Increments");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Lab::Gui
