// SPDX-License-Identifier: GPL-3.0-or-later
#include "processinfomodel.h"

#include <QLocale>

#include <csignal>

namespace Lab::Gui {

namespace {

constexpr int MaxToolTipLines = 40; // a Qt program has ~50 descriptors: the rest is summed up

QString numberOrDash(qint64 value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value);
}

QString toolTipList(const QStringList &lines)
{
    if (lines.size() <= MaxToolTipLines)
        return lines.join(QLatin1Char('\n'));
    return lines.mid(0, MaxToolTipLines).join(QLatin1Char('\n')) + QLatin1Char('\n') +
           ProcessInfoModel::tr("and %1 more").arg(lines.size() - MaxToolTipLines);
}

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

Core::OpenFiles::Kind fdKind(int row)
{
    switch (row) {
    case ProcessInfoModel::FilesRow:
        return Core::OpenFiles::Kind::File;
    case ProcessInfoModel::SocketsRow:
        return Core::OpenFiles::Kind::Socket;
    case ProcessInfoModel::PipesRow:
        return Core::OpenFiles::Kind::Pipe;
    default:
        return Core::OpenFiles::Kind::Other;
    }
}

quint64 signalMask(const Core::SignalDispositions &actions, int row)
{
    return row == ProcessInfoModel::CaughtRow    ? actions.caught
           : row == ProcessInfoModel::IgnoredRow ? actions.ignored
                                                 : actions.blocked;
}

} // namespace

ProcessInfoModel::ProcessInfoModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_processes(1) // the lab
{}

ProcessInfoModel::~ProcessInfoModel() = default;

void ProcessInfoModel::setProcessCount(int workers)
{
    const int columns = std::max(0, workers) + 1;
    if (columns > m_processes.size()) {
        beginInsertColumns({}, int(m_processes.size()), columns - 1);
        m_processes.resize(columns);
        endInsertColumns();
    } else if (columns < m_processes.size()) {
        beginRemoveColumns({}, columns, int(m_processes.size()) - 1);
        m_processes.resize(columns);
        endRemoveColumns();
    }
}

void ProcessInfoModel::showProcess(int column, const QString &name, const Core::ProcessInfo &info,
                                   const QString &status, bool gone)
{
    if (column < 0)
        return;
    if (column >= m_processes.size())
        setProcessCount(column);
    Process &p = m_processes[column];
    const bool renamed = p.name != name;
    p.name = name;
    p.info = info;
    p.status = status;
    p.gone = gone;
    if (renamed)
        emit headerDataChanged(Qt::Horizontal, column, column);
    emit dataChanged(index(0, column), index(RowCount - 1, column));
}

void ProcessInfoModel::retranslate()
{
    emit headerDataChanged(Qt::Vertical, 0, RowCount - 1);
    emit dataChanged(index(0, 0), index(RowCount - 1, int(m_processes.size()) - 1));
}

int ProcessInfoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ProcessInfoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_processes.size());
}

Qt::ItemFlags ProcessInfoModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A process that has ended keeps its last values, drawn as disabled.
    return m_processes.at(index.column()).gone ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ProcessInfoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Process &p = m_processes.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(p, index.row());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(p, index.row());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter); // an int, as QTableWidgetItem stores it
    default:
        return {};
    }
}

QString ProcessInfoModel::text(const Process &p, int row) const
{
    const Core::ProcessInfo &info = p.info;
    const bool known = info.pid > 0;
    const auto number = [known](qint64 value) { return known ? numberOrDash(value) : QString(); };
    const auto dataSize = [known](qint64 bytes) {
        return !known ? QString() : bytes < 0 ? QStringLiteral("–") : QLocale().formattedDataSize(bytes, 1);
    };
    switch (Row(row)) {
    case PidRow:
        return known ? QString::number(info.pid) : QString();
    case StatusRow:
        return p.status;
    case StateRow:
        return p.gone || info.state.isNull() ? QStringLiteral("–") : QString(info.state);
    case PpidRow:
        return number(info.ppid);
    case PgidRow:
        return number(info.pgid);
    case SessionRow:
        return number(info.sid);
    case UidRow:
        return number(info.uid);
    case ThreadsRow:
        return number(info.threads);
    case MemoryRow:
        return dataSize(info.vmRssKb < 0 ? -1 : info.vmRssKb * 1024);
    case EnvironmentRow:
        return number(info.environmentEntries);
    case EnvironmentSizeRow:
        return dataSize(info.environmentBytes);
    case FdsRow:
        return number(info.openFds);
    case FilesRow:
    case SocketsRow:
    case PipesRow:
    case OtherFdsRow:
        return known && info.openFiles.valid ? QString::number(info.openFiles.count(fdKind(row))) : number(-1);
    case LibrariesRow:
        return number(info.libraries.valid ? info.libraries.count() : -1);
    case CaughtRow:
    case IgnoredRow:
    case BlockedRow: {
        if (!known)
            return {};
        if (!info.signalActions.valid)
            return QStringLiteral("–");
        const QStringList names = Core::SignalDispositions::names(signalMask(info.signalActions, row));
        return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
    }
    case RowCount:
        break;
    }
    return {};
}

QString ProcessInfoModel::toolTip(const Process &p, int row) const
{
    const Core::ProcessInfo &info = p.info;
    switch (Row(row)) {
    case FdsRow:
        return info.openFiles.valid ? toolTipList(info.openFiles.lines()) : QString();
    case FilesRow:
    case SocketsRow:
    case PipesRow:
    case OtherFdsRow:
        return info.openFiles.valid ? toolTipList(info.openFiles.lines(fdKind(row))) : QString();
    case LibrariesRow: {
        // All of them (a Qt program has ~100), by name, as one paragraph that the tool tip wraps.
        QStringList libraries;
        for (const QString &path : info.libraries.paths)
            libraries.append(fileName(path).toHtmlEscaped());
        libraries.sort(Qt::CaseInsensitive);
        return libraries.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(libraries.join(QStringLiteral(", ")));
    }
    case CaughtRow:
    case IgnoredRow:
    case BlockedRow: {
        if (info.pid <= 0 || !info.signalActions.valid)
            return {};
        const quint64 mask = signalMask(info.signalActions, row);
        QStringList full;
        for (int signal = 1; signal <= 64; ++signal) {
            if (!(mask & (quint64(1) << (signal - 1))))
                continue;
            const QString name = Core::SignalDispositions::signalName(signal);
            full.append(signal >= 32 && signal < SIGRTMIN ? tr("SIG%1 (signal %2, glibc's own)").arg(name).arg(signal)
                                                          : tr("SIG%1 (signal %2)").arg(name).arg(signal));
        }
        return toolTipList(full);
    }
    default:
        return {};
    }
}

QVariant ProcessInfoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_processes.size())
            return m_processes.at(section).name;
        return {};
    }
    if (section < 0 || section >= RowCount)
        return {};
    if (role == Qt::DisplayRole)
        return rowTitle(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = rowToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

QString ProcessInfoModel::rowTitle(int row)
{
    switch (Row(row)) {
    case PidRow:
        return tr("PID");
    case StatusRow:
        return tr("Status");
    case StateRow:
        return tr("State");
    case PpidRow:
        return tr("Parent PID");
    case PgidRow:
        return tr("Process group");
    case SessionRow:
        return tr("Session");
    case UidRow:
        return tr("User ID");
    case ThreadsRow:
        return tr("Threads");
    case MemoryRow:
        return tr("Memory (RSS)");
    case EnvironmentRow:
        return tr("Env. variables");
    case EnvironmentSizeRow:
        return tr("Env. size");
    case FdsRow:
        return tr("Open fds");
    case FilesRow:
        return tr("Files");
    case SocketsRow:
        return tr("Sockets");
    case PipesRow:
        return tr("Pipes");
    case OtherFdsRow:
        return tr("Other fds");
    case LibrariesRow:
        return tr("Shared libraries");
    case CaughtRow:
        return tr("Signals caught");
    case IgnoredRow:
        return tr("Signals ignored");
    case BlockedRow:
        return tr("Signals blocked");
    case RowCount:
        break;
    }
    return {};
}

QString ProcessInfoModel::rowToolTip(int row)
{
    switch (Row(row)) {
    case StateRow:
        return tr("The kernel's state letter: R running or runnable, S sleeping, D in uninterruptible I/O, Z a "
                  "zombie (ended, not yet reaped)");
    case PgidRow:
        return tr("Processes of one job: a terminal's Ctrl+C signals the whole group");
    case SessionRow:
        return tr("The login or terminal session the process belongs to (from /proc/<pid>/stat)");
    case FdsRow:
        return tr("Every open file descriptor (the targets of /proc/<pid>/fd; hover a cell for the list)");
    case FilesRow:
        return tr("Descriptors of files and devices");
    case SocketsRow:
        return tr("Descriptors of sockets (network and local connections)");
    case PipesRow:
        return tr("Descriptors of pipes (a worker's stdin, stdout and stderr are pipes to the lab)");
    case OtherFdsRow:
        return tr("Other descriptors: eventfd, epoll, inotify, timers");
    case LibrariesRow:
        return tr("Distinct .so files mapped into the process (/proc/<pid>/maps)");
    case CaughtRow:
        return tr("Signals the process handles itself (SigCgt in /proc/<pid>/status); a signal that is neither "
                  "caught nor ignored takes its default action: SIGSEGV, for one, ends the process");
    case IgnoredRow:
        return tr("Signals the process ignores (SigIgn)");
    case BlockedRow:
        return tr("Signals the main thread holds back for now (SigBlk): they wait until it unblocks them");
    default:
        return {};
    }
}

} // namespace Lab::Gui
