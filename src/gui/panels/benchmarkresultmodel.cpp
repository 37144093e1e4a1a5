// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkresultmodel.h"

#include <QLocale>

namespace Lab::Gui {

namespace {
constexpr int MaxErrorsInToolTip = 20;
} // namespace

BenchmarkResultModel::BenchmarkResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

BenchmarkResultModel::~BenchmarkResultModel() = default;

QString BenchmarkResultModel::seconds(double s)
{
    if (s <= 0)
        return QStringLiteral("–");
    if (s < 0.001)
        return tr("%1 µs").arg(QLocale().toString(s * 1e6, 'f', 1));
    if (s < 1)
        return tr("%1 ms").arg(QLocale().toString(s * 1e3, 'f', 1));
    return tr("%1 s").arg(QLocale().toString(s, 'f', 3));
}

void BenchmarkResultModel::setResult(const Core::BenchmarkResult &result)
{
    const QList<Core::StrategyStats> &rows = result.results;
    const int kept = int(std::min(m_rows.size(), rows.size()));
    if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, kept, int(m_rows.size()) - 1);
        m_rows.resize(kept);
        endRemoveRows();
    }
    for (int row = 0; row < kept; ++row)
        m_rows[row] = rows.at(row);
    if (kept > 0)
        emit dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
    if (rows.size() > kept) {
        beginInsertRows({}, kept, int(rows.size()) - 1);
        m_rows.append(rows.mid(kept));
        endInsertRows();
    }
}

void BenchmarkResultModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void BenchmarkResultModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int BenchmarkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchmarkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::StrategyStats &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(s, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(s, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() >= WorkersColumn && index.column() <= ItemsDoneColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter); // an int, as QTableWidgetItem stores it
        return {};
    default:
        return {};
    }
}

QString BenchmarkResultModel::text(const Core::StrategyStats &s, int column) const
{
    const QLocale locale;
    const bool spread = s.runsSeconds.size() > 1; // one run has no spread: "± 0.00" would claim a precision
    switch (Column(column)) {
    case StrategyColumn:
        return s.reference ? tr("%1 (reference)").arg(s.strategy) : s.strategy;
    case WorkersColumn:
        return QString::number(s.workers);
    case ItemsColumn:
        return s.workloadSize > 0 ? locale.toString(s.workloadSize) : QStringLiteral("–");
    case MeanColumn:
        return spread ? QStringLiteral("%1 ± %2").arg(seconds(s.meanSeconds), seconds(s.stddevSeconds))
                      : seconds(s.meanSeconds);
    case MedianColumn:
        return seconds(s.medianSeconds);
    case RangeColumn:
        return QStringLiteral("%1 … %2").arg(seconds(s.minSeconds), seconds(s.maxSeconds));
    case CpuColumn:
        return QStringLiteral("%1 / %2").arg(seconds(s.userSeconds), seconds(s.sysSeconds));
    case SpeedupColumn:
        if (s.speedup <= 0)
            return QStringLiteral("–");
        return spread ? QStringLiteral("%1 ± %2×")
                            .arg(locale.toString(s.speedup, 'f', 2), locale.toString(s.speedupStddev, 'f', 2))
                      : QStringLiteral("%1×").arg(locale.toString(s.speedup, 'f', 2));
    case StartupColumn:
        return seconds(s.startupSeconds);
    case ItemsDoneColumn:
        return s.itemsFailed > 0 ? tr("%1 ok, %2 failed").arg(s.itemsOk).arg(s.itemsFailed)
                                 : QString::number(s.itemsOk);
    case ChecksumColumn:
        return s.checksum;
    case NotesColumn:
        return s.note;
    case ColumnCount:
        break;
    }
    return {};
}

QString BenchmarkResultModel::toolTip(const Core::StrategyStats &s, int column) const
{
    if (column == NotesColumn)
        return s.note; // a long note is cut at the table's edge
    if (column == ItemsDoneColumn && !s.errors.isEmpty()) {
        QStringList errors;
        for (const Core::ItemError &error : s.errors.mid(0, MaxErrorsInToolTip))
            errors.append(QStringLiteral("%1: %2").arg(error.item, error.message));
        return errors.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant BenchmarkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StrategyColumn:
        return tr("Strategy");
    case WorkersColumn:
        return tr("Workers");
    case ItemsColumn:
        return tr("Items");
    case MeanColumn:
        return tr("Mean ± σ");
    case MedianColumn:
        return tr("Median");
    case RangeColumn:
        return tr("Min … max");
    case CpuColumn:
        return tr("CPU user / sys");
    case SpeedupColumn:
        return tr("Speedup");
    case StartupColumn:
        return tr("Start-up");
    case ItemsDoneColumn:
        return tr("Items done");
    case ChecksumColumn:
        return tr("Checksum");
    case NotesColumn:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Lab::Gui
