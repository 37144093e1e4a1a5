// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadtablemodel.h"

#include "statepalette.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace Lab::Gui {

using namespace Core;

namespace {
// Internal ids: 0 for process rows; thread rows carry their process's row + 1.
constexpr quintptr ProcessRowId = 0;

bool sameRow(const ThreadSample &a, const ThreadSample &b)
{
    return a.kernelState == b.kernelState && a.onCpu == b.onCpu && qFuzzyCompare(a.cpuPercent + 2, b.cpuPercent + 2) &&
           a.core == b.core && a.labState == b.labState && a.labDetail == b.labDetail && a.osName == b.osName &&
           a.origin == b.origin && a.voluntarySwitches == b.voluntarySwitches &&
           a.involuntarySwitches == b.involuntarySwitches && a.startedMsAgo / 1000 == b.startedMsAgo / 1000;
}
} // namespace

ThreadTableModel::ThreadTableModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

ThreadTableModel::~ThreadTableModel() = default;

void ThreadTableModel::applySnapshot(const ThreadSnapshot &snapshot)
{
    m_selfPid = snapshot.selfPid;
    m_nowNs = snapshot.timeNs;
    // Once per sample, not per painted cell (the local time zone is looked up at every call).
    m_sampledAt = QDateTime::currentDateTime();

    // 1. The rows each process should have now, in sample order.
    QList<Process> wanted;
    auto processFor = [&](qint64 pid, const QString &name, bool isChild) -> Process & {
        for (Process &p : wanted) {
            if (p.pid == pid)
                return p;
        }
        wanted.append(Process{pid, name, isChild, 0, {}});
        return wanted.last();
    };
    QHash<qint64, const LabWorkerStatus *> finishedByTid;
    for (const LabWorkerStatus &w : snapshot.labWorkers) {
        if (!w.isProcess && w.finishedNs != 0 && w.tid != 0)
            finishedByTid.insert(w.tid, &w);
    }
    QSet<qint64> seenTids;
    for (const ThreadSample &s : snapshot.threads) {
        Row row{s.tid, s, true, s.origin == ThreadOrigin::Lab};
        // A lab thread that has returned from run() but whose task is still being torn down.
        if (const LabWorkerStatus *w = finishedByTid.value(s.tid); w && w->pid == s.pid && !row.isLab) {
            row.isLab = true;
            row.sample.origin = ThreadOrigin::Lab;
            row.sample.workerId = w->workerId;
            row.sample.labName = w->name;
            row.sample.labState = ThreadState::Terminated;
        }
        seenTids.insert(s.tid);
        Process &p = processFor(s.pid, s.processName, s.isChildProcess);
        if (s.tid == s.pid)
            p.name = s.osName;
        p.cpuPercent += std::max(0.0, s.cpuPercent);
        p.rows.append(row);
    }
    for (const LabWorkerStatus &w : snapshot.labWorkers) {
        if (w.isProcess || w.pid != snapshot.selfPid || (w.tid != 0 && seenTids.contains(w.tid)))
            continue;
        const bool isNew = w.state == ThreadState::New || (w.tid == 0 && w.finishedNs == 0);
        const bool keptEnded =
            w.finishedNs != 0 &&
            (m_terminatedSinceNs == RecentlyEnded ? (snapshot.timeNs - w.finishedNs) / 1'000'000 < KeepTerminatedMs
                                                  : w.finishedNs >= m_terminatedSinceNs);
        if (!isNew && !keptEnded)
            continue;
        ThreadSample s;
        s.pid = w.pid;
        s.tid = w.tid;
        s.osName = QStringLiteral("-");
        s.kernelState = '-';
        s.origin = ThreadOrigin::Lab;
        s.workerId = w.workerId;
        s.labName = w.name;
        s.labState = w.state;
        s.labDetail = w.detail;
        s.startedMsAgo = (snapshot.timeNs - w.createdNs) / 1'000'000;
        Process &p = processFor(w.pid, QString(), false);
        // An ended thread's lifetime stops at its end (this run's threads stay listed until the next run).
        const qint64 lifetimeMs = w.finishedNs != 0 ? (w.finishedNs - w.createdNs) / 1'000'000 : -1;
        p.rows.append(Row{w.tid != 0 ? w.tid : -(qint64(w.workerId) + 1), s, false, true, lifetimeMs});
    }

    // 2. Processes that are gone.
    for (int i = int(m_processes.size()) - 1; i >= 0; --i) {
        const qint64 pid = m_processes[i].pid;
        if (std::none_of(wanted.cbegin(), wanted.cend(), [pid](const Process &p) { return p.pid == pid; })) {
            beginRemoveRows({}, i, i);
            m_processes.removeAt(i);
            endRemoveRows();
        }
    }
    // 3. Per process: remove, update, append.
    for (Process &want : wanted) {
        int pi = -1;
        for (int i = 0; i < m_processes.size(); ++i) {
            if (m_processes[i].pid == want.pid)
                pi = i;
        }
        if (pi < 0) {
            const int at = int(m_processes.size());
            beginInsertRows({}, at, at);
            m_processes.append(want);
            endInsertRows();
            continue;
        }
        Process &have = m_processes[pi];
        const QModelIndex parentIndex = createIndex(pi, 0, ProcessRowId);
        QHash<qint64, const Row *> wantedByKey;
        for (const Row &r : want.rows)
            wantedByKey.insert(r.key, &r);
        for (int i = int(have.rows.size()) - 1; i >= 0; --i) {
            if (!wantedByKey.contains(have.rows[i].key)) {
                beginRemoveRows(parentIndex, i, i);
                have.rows.removeAt(i);
                endRemoveRows();
            }
        }
        int firstChanged = -1;
        int lastChanged = -1;
        QSet<qint64> haveKeys;
        for (int i = 0; i < have.rows.size(); ++i) {
            Row &r = have.rows[i];
            haveKeys.insert(r.key);
            const Row &w = *wantedByKey.value(r.key);
            if (!sameRow(r.sample, w.sample) || r.hasTask != w.hasTask || r.isLab != w.isLab) {
                r = w;
                firstChanged = firstChanged < 0 ? i : firstChanged;
                lastChanged = i;
            } else {
                r.sample = w.sample;
                r.lifetimeMs = w.lifetimeMs;
            }
        }
        if (firstChanged >= 0)
            emit dataChanged(index(firstChanged, 0, parentIndex), index(lastChanged, ColumnCount - 1, parentIndex));
        // Lifetime ticks for every row: one cheap signal for that column.
        if (!have.rows.isEmpty())
            emit dataChanged(index(0, LifetimeColumn, parentIndex),
                             index(int(have.rows.size()) - 1, LifetimeColumn, parentIndex), {Qt::DisplayRole});
        QList<Row> added;
        for (const Row &r : want.rows) {
            if (!haveKeys.contains(r.key))
                added.append(r);
        }
        if (!added.isEmpty()) {
            const int at = int(have.rows.size());
            beginInsertRows(parentIndex, at, at + int(added.size()) - 1);
            have.rows.append(added);
            endInsertRows();
        }
        const bool processChanged = have.name != want.name || !qFuzzyCompare(have.cpuPercent + 1, want.cpuPercent + 1);
        have.name = want.name;
        have.cpuPercent = want.cpuPercent;
        have.isChild = want.isChild;
        if (processChanged)
            emit dataChanged(index(pi, 0), index(pi, ColumnCount - 1));
    }
}

QModelIndex ThreadTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_processes.size() ? createIndex(row, column, ProcessRowId) : QModelIndex();
    if (parent.internalId() != ProcessRowId || parent.row() >= m_processes.size())
        return {};
    if (row >= m_processes[parent.row()].rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ThreadTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ProcessRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ProcessRowId);
}

int ThreadTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_processes.size());
    if (parent.internalId() == ProcessRowId && parent.column() == 0 && parent.row() < m_processes.size())
        return int(m_processes[parent.row()].rows.size());
    return 0;
}

int ThreadTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ThreadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == ProcessRowId)
        return processData(m_processes[index.row()], index.column(), role);
    const Process &p = m_processes[int(index.internalId() - 1)];
    return threadData(p, p.rows[index.row()], index.column(), role);
}

QString ThreadTableModel::processDescription(const Process &p)
{
    return p.isChild ? tr("%1 (child process %2)").arg(p.name).arg(p.pid)
                     : tr("%1 (this process, %2)").arg(p.name).arg(p.pid);
}

QVariant ThreadTableModel::processData(const Process &p, int column, int role) const
{
    switch (role) {
    case IsProcessRole:
        return true;
    case PidRole:
        return p.pid;
    case IsChildProcessRole:
        return p.isChild;
    case OriginRole:
        return -1;
    case LabStateRole:
        return -1;
    case Qt::ToolTipRole:
        return column == NameColumn ? processDescription(p) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            // Narrow (presenter mode): the name alone, the rest in the tooltip.
            return m_shortHeaders ? p.name : processDescription(p);
        case TidColumn:
            return p.pid;
        case KindColumn:
            return tr("%n thread(s)", nullptr, int(p.rows.size()));
        case CpuColumn:
            return QLocale().toString(p.cpuPercent, 'f', 1);
        default:
            return {};
        }
    case SortRole:
        return column == CpuColumn ? QVariant(p.cpuPercent) : QVariant(p.pid);
    default:
        return {};
    }
}

QVariant ThreadTableModel::threadData(const Process &process, const Row &row, int column, int role) const
{
    const ThreadSample &s = row.sample;
    switch (role) {
    case IsProcessRole:
        return false;
    case PidRole:
        return s.pid;
    case TidRole:
        return s.tid;
    case OriginRole:
        return int(s.origin);
    case IsChildProcessRole:
        return s.isChildProcess;
    case LabStateRole:
        return row.isLab ? int(s.labState) : -1;
    case KernelStateRole:
        return row.hasTask ? QString(QLatin1Char(s.kernelState)) : QStringLiteral("-");
    case WorkerIdRole:
        return s.workerId;
    case Qt::DecorationRole:
        if (column == LabStateColumn && row.isLab)
            return StatePalette::swatch(s.labState);
        return {};
    case Qt::ToolTipRole: {
        const QString kernel = row.hasTask ? kernelStateDescription(s) : tr("no task in the kernel");
        if (!row.isLab)
            return tr("%1 (tid %2): %3\nKernel: %4\nNo textbook state: the lab does not trace this thread.")
                .arg(s.osName)
                .arg(s.tid)
                .arg(threadOriginName(s.origin), kernel);
        return tr("%1 (tid %2)\nTextbook state: %3%4\nThe kernel shows %5 for this state.\nKernel now: %6")
            .arg(s.labName)
            .arg(s.tid)
            .arg(threadStateName(s.labState), s.labDetail.isEmpty() ? QString() : tr(" (%1)").arg(s.labDetail),
                 kernelLettersForState(s.labState), kernel);
    }
    case Qt::TextAlignmentRole:
        if (column == TidColumn || column == CpuColumn || column == CoreColumn || column == LifetimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case TidColumn:
            return s.tid;
        case CpuColumn:
            return s.cpuPercent;
        case CoreColumn:
            return s.core;
        case StartedColumn:
            return s.startedMsAgo;
        case LifetimeColumn:
            return row.lifetimeMs >= 0 ? row.lifetimeMs : s.startedMsAgo;
        case LabStateColumn:
            return row.isLab ? int(s.labState) : -1;
        default:
            return threadData(process, row, column, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.isLab ? s.labName : s.osName;
        case TidColumn:
            return row.hasTask || s.tid ? QVariant(s.tid) : QVariant(tr("-"));
        case KindColumn:
            if (row.isLab)
                return s.osName != s.labName && row.hasTask ? tr("lab (OS name \"%1\")").arg(s.osName) : tr("lab");
            if (s.origin == ThreadOrigin::Qt)
                return tr("Qt (not a lab thread)");
            if (s.origin == ThreadOrigin::Main)
                return s.isChildProcess ? tr("main thread") : tr("GUI/main thread (not a lab thread)");
            return tr("not a lab thread");
        case LabStateColumn:
            if (!row.isLab)
                return tr("-");
            return s.labDetail.isEmpty() ? threadStateName(s.labState)
                                         : tr("%1 (%2)").arg(threadStateName(s.labState), s.labDetail);
        case KernelStateColumn:
            // Narrow (presenter mode): a few words; the tool tip has the whole description.
            if (!row.hasTask)
                return tr("- (no task)");
            return m_shortHeaders ? kernelStateBrief(s) : kernelStateDescription(s);
        case CpuColumn:
            return s.cpuPercent < 0 || !row.hasTask ? tr("-") : QLocale().toString(s.cpuPercent, 'f', 1);
        case CoreColumn:
            return row.hasTask && s.core >= 0 ? QVariant(s.core) : QVariant(tr("-"));
        case StartedColumn:
            return m_sampledAt.addMSecs(-s.startedMsAgo).toString(QStringLiteral("hh:mm:ss.zzz"));
        case LifetimeColumn:
            return tr("%1 s").arg(
                QLocale().toString(double(row.lifetimeMs >= 0 ? row.lifetimeMs : s.startedMsAgo) / 1000.0, 'f', 1));
        case SwitchesColumn:
            return s.switchesKnown ? tr("%1 / %2").arg(s.voluntarySwitches).arg(s.involuntarySwitches) : tr("-");
        default:
            return {};
        }
    default:
        return {};
    }
}

void ThreadTableModel::setTerminatedSince(qint64 sinceNs)
{
    m_terminatedSinceNs = sinceNs < 0 ? RecentlyEnded : sinceNs;
}

void ThreadTableModel::setShortHeaders(bool on)
{
    if (on == m_shortHeaders)
        return;
    m_shortHeaders = on;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant ThreadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::DisplayRole && m_shortHeaders && section == LabStateColumn)
        return tr("Textbook");
    if (role == Qt::DisplayRole && m_shortHeaders && section == KernelStateColumn)
        return tr("Kernel");
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TidColumn:
        return tr("TID");
    case KindColumn:
        return tr("Kind");
    case LabStateColumn:
        return tr("Textbook state");
    case KernelStateColumn:
        return tr("Kernel state");
    case CpuColumn:
        return tr("CPU %");
    case CoreColumn:
        return tr("Core");
    case StartedColumn:
        return tr("Started");
    case LifetimeColumn:
        return tr("Lifetime");
    case SwitchesColumn:
        return tr("Switches (vol./invol.)");
    }
    return {};
}

} // namespace Lab::Gui
