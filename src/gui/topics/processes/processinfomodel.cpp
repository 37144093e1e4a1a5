// SPDX-License-Identifier: GPL-3.0-or-later
#include "processtablewidget.h"

#include "core/experiments/processinfo.h"

#include <QEvent>
#include <QHeaderView>
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
           ProcessTableWidget::tr("and %1 more").arg(lines.size() - MaxToolTipLines);
}

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

ProcessTableWidget::ProcessTableWidget(QWidget *parent)
    : QTableWidget(RowCount, 1, parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    retranslate();
}

void ProcessTableWidget::setProcessCount(int workers)
{
    setColumnCount(workers + 1);
}

void ProcessTableWidget::showProcess(int column, const QString &name, const Core::ProcessInfo &info,
                                     const QString &status, bool gone)
{
    QTableWidgetItem *header = horizontalHeaderItem(column);
    if (!header || header->text() != name)
        setHorizontalHeaderItem(column, new QTableWidgetItem(name));

    const bool known = info.pid > 0;
    const auto number = [known](qint64 value) { return known ? numberOrDash(value) : QString(); };
    const auto dataSize = [known](qint64 bytes) {
        return !known ? QString() : bytes < 0 ? QStringLiteral("–") : QLocale().formattedDataSize(bytes, 1);
    };
    setCell(PidRow, column, known ? QString::number(info.pid) : QString(), {}, gone);
    setCell(StatusRow, column, status, {}, gone);
    setCell(StateRow, column, gone || info.state.isNull() ? QStringLiteral("–") : QString(info.state), {}, gone);
    setCell(PpidRow, column, number(info.ppid), {}, gone);
    setCell(PgidRow, column, number(info.pgid), {}, gone);
    setCell(SessionRow, column, number(info.sid), {}, gone);
    setCell(UidRow, column, number(info.uid), {}, gone);
    setCell(ThreadsRow, column, number(info.threads), {}, gone);
    setCell(MemoryRow, column, dataSize(info.vmRssKb < 0 ? -1 : info.vmRssKb * 1024), {}, gone);
    setCell(EnvironmentRow, column, number(info.environmentEntries), {}, gone);
    setCell(EnvironmentSizeRow, column, dataSize(info.environmentBytes), {}, gone);

    const Core::OpenFiles &files = info.openFiles;
    const auto fdCount = [&](Core::OpenFiles::Kind kind) {
        return known && files.valid ? QString::number(files.count(kind)) : number(-1);
    };
    setCell(FdsRow, column, number(info.openFds), files.valid ? toolTipList(files.lines()) : QString(), gone);
    const std::pair<Row, Core::OpenFiles::Kind> kinds[] = {{FilesRow, Core::OpenFiles::Kind::File},
                                                           {SocketsRow, Core::OpenFiles::Kind::Socket},
                                                           {PipesRow, Core::OpenFiles::Kind::Pipe},
                                                           {OtherFdsRow, Core::OpenFiles::Kind::Other}};
    for (const auto &[row, kind] : kinds)
        setCell(row, column, fdCount(kind), files.valid ? toolTipList(files.lines(kind)) : QString(), gone);

    // All of them (a Qt program has ~100), by name, as one paragraph that the tool tip wraps.
    QStringList libraries;
    for (const QString &path : info.libraries.paths)
        libraries.append(fileName(path).toHtmlEscaped());
    libraries.sort(Qt::CaseInsensitive);
    setCell(LibrariesRow, column, number(info.libraries.valid ? info.libraries.count() : -1),
            libraries.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(libraries.join(QStringLiteral(", "))),
            gone);

    const Core::SignalDispositions &actions = info.signalActions;
    const std::pair<Row, quint64> masks[] = {
        {CaughtRow, actions.caught}, {IgnoredRow, actions.ignored}, {BlockedRow, actions.blocked}};
    for (const auto &[row, mask] : masks) {
        const QStringList names = Core::SignalDispositions::names(mask);
        QString text = known ? QStringLiteral("–") : QString();
        QString toolTip;
        if (known && actions.valid) {
            text = names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
            QStringList full;
            for (int signal = 1; signal <= 64; ++signal) {
                if (!(mask & (quint64(1) << (signal - 1))))
                    continue;
                const QString name = Core::SignalDispositions::signalName(signal);
                full.append(signal >= 32 && signal < SIGRTMIN
                                ? tr("SIG%1 (signal %2, glibc's own)").arg(name).arg(signal)
                                : tr("SIG%1 (signal %2)").arg(name).arg(signal));
            }
            toolTip = toolTipList(full);
        }
        setCell(row, column, text, toolTip, gone);
    }
}

void ProcessTableWidget::setCell(int row, int column, const QString &text, const QString &toolTip, bool gone)
{
    QTableWidgetItem *cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem;
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, column, cell);
    }
    if (cell->text() != text)
        cell->setText(text);
    if (cell->toolTip() != toolTip)
        cell->setToolTip(toolTip);
    // A process that has ended keeps its last values, drawn as disabled.
    const Qt::ItemFlags flags = gone ? Qt::ItemFlags() : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (cell->flags() != flags)
        cell->setFlags(flags);
}

void ProcessTableWidget::retranslate()
{
    const QString rows[RowCount] = {
        tr("PID"),       tr("Status"),           tr("State"),          tr("Parent PID"),      tr("Process group"),
        tr("Session"),   tr("User ID"),          tr("Threads"),        tr("Memory (RSS)"),    tr("Env. variables"),
        tr("Env. size"), tr("Open fds"),         tr("Files"),          tr("Sockets"),         tr("Pipes"),
        tr("Other fds"), tr("Shared libraries"), tr("Signals caught"), tr("Signals ignored"), tr("Signals blocked")};
    const QString tips[RowCount] = {
        {},
        {},
        tr("The kernel's state letter: R running or runnable, S sleeping, D in uninterruptible I/O, Z a zombie "
           "(ended, not yet reaped)"),
        {},
        tr("Processes of one job: a terminal's Ctrl+C signals the whole group"),
        tr("The login or terminal session the process belongs to (from /proc/<pid>/stat)"),
        {},
        {},
        {},
        {},
        {},
        tr("Every open file descriptor (the targets of /proc/<pid>/fd; hover a cell for the list)"),
        tr("Descriptors of files and devices"),
        tr("Descriptors of sockets (network and local connections)"),
        tr("Descriptors of pipes (a worker's stdin, stdout and stderr are pipes to the lab)"),
        tr("Other descriptors: eventfd, epoll, inotify, timers"),
        tr("Distinct .so files mapped into the process (/proc/<pid>/maps)"),
        tr("Signals the process handles itself (SigCgt in /proc/<pid>/status); a signal that is neither caught "
           "nor ignored takes its default action: SIGSEGV, for one, ends the process"),
        tr("Signals the process ignores (SigIgn)"),
        tr("Signals the main thread holds back for now (SigBlk): they wait until it unblocks them"),
    };
    for (int row = 0; row < RowCount; ++row) {
        auto *header = verticalHeaderItem(row);
        if (!header) {
            header = new QTableWidgetItem;
            setVerticalHeaderItem(row, header);
        }
        header->setText(rows[row]);
        header->setToolTip(tips[row]);
    }
}

void ProcessTableWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

} // namespace Lab::Gui
