// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "gui/charts/chartbuilder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace Lab::Gui {

namespace {

QString seconds(double value)
{
    if (value < 1.0)
        return HistoryModel::tr("%1 ms").arg(QLocale().toString(value * 1000, 'f', value < 0.01 ? 2 : 1));
    return HistoryModel::tr("%1 s").arg(QLocale().toString(value, 'f', 2));
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

HistoryModel::~HistoryModel() = default;

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::headline(const Core::BenchmarkResult &result)
{
    const Core::StrategyStats *sequential = nullptr;
    const Core::StrategyStats *fastest = nullptr;
    for (const Core::StrategyStats &stats : result.results) {
        if (stats.reference)
            continue;
        if (stats.strategy == QLatin1String("sequential") && !sequential)
            sequential = &stats;
        else if (stats.strategy != QLatin1String("sequential") &&
                 (!fastest || stats.meanSeconds < fastest->meanSeconds))
            fastest = &stats;
    }
    QStringList parts;
    if (sequential)
        parts.append(tr("sequential %1").arg(seconds(sequential->meanSeconds)));
    if (fastest) {
        const QString speedup =
            fastest->speedup > 0 ? tr(" (%1×)").arg(QLocale().toString(fastest->speedup, 'f', 2)) : QString();
        parts.append(
            tr("fastest: %1 %2%3").arg(ChartBuilder::entryLabel(*fastest), seconds(fastest->meanSeconds), speedup));
    }
    if (result.cancelled)
        parts.append(tr("cancelled"));
    return parts.join(QStringLiteral(" · "));
}

QString HistoryModel::parameters(const Core::BenchmarkResult &result)
{
    QStringList parts;
    const QStringList keys = result.parameters.keys();
    for (const QString &key : keys) {
        const QJsonValue value = result.parameters.value(key);
        QString text;
        if (value.isArray()) {
            QStringList items;
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array)
                items.append(item.isString() ? item.toString() : QString::number(item.toDouble(), 'g', 12));
            text = items.join(QLatin1Char(','));
        } else if (value.isDouble()) {
            text = QString::number(value.toDouble(), 'g', 12);
        } else if (value.isBool()) {
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else {
            text = value.toString();
        }
        parts.append(key + QLatin1Char('=') + text);
    }
    return parts.join(QStringLiteral(", "));
}

QString HistoryModel::when(const QDateTime &savedAt)
{
    const QLocale locale;
    const QDateTime local = savedAt.toLocalTime();
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1String("ss")))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), time);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::HistoryEntry &entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return when(entry.savedAt);
        case ParametersColumn:
            return tr("%1: %2").arg(ChartBuilder::experimentTitle(entry.result.experiment), parameters(entry.result));
        case HeadlineColumn:
            return headline(entry.result);
        case MachineColumn:
            return ChartBuilder::machineLine(entry.result.environment);
        default:
            break;
        }
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ParametersColumn:
        return tr("Experiment and parameters");
    case HeadlineColumn:
        return tr("Result");
    case MachineColumn:
        return tr("Machine");
    default:
        return {};
    }
}

void HistoryModel::setEntries(const QList<Core::HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void HistoryModel::addEntry(const Core::HistoryEntry &entry)
{
    removeEntry(entry.id); // saved again under the same id: the new one counts
    // Newest first: ids sort by the time they were saved.
    const auto at = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&entry](const Core::HistoryEntry &e) { return e.id < entry.id; });
    const int row = int(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

void HistoryModel::removeEntry(const QString &id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

const Core::HistoryEntry *HistoryModel::entry(const QString &id) const
{
    for (const Core::HistoryEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

} // namespace Lab::Gui
