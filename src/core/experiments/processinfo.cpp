// SPDX-License-Identifier: GPL-3.0-or-later
#include "processinfo.h"

#include <QDir>
#include <QFile>
#include <QList>

namespace Lab::Core {

namespace {
const int ProcessInfoMetaType = qRegisterMetaType<ProcessInfo>();

bool readFile(const QString &path, QByteArray *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *out = file.readAll(); // /proc files report size 0: read until EOF
    return true;
}

void markUnreadable(ProcessInfo *info, const char *what)
{
    if (!info->unreadable.isEmpty())
        info->unreadable += QLatin1Char(',');
    info->unreadable += QLatin1String(what);
}
} // namespace

bool ProcessInfo::parseStat(const QByteArray &stat, ProcessInfo *info)
{
    const int open = stat.indexOf('(');
    const int close = stat.lastIndexOf(')');
    if (open < 1 || close < open)
        return false;
    bool ok = false;
    const qint64 pid = stat.left(open).trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    const QList<QByteArray> fields = stat.mid(close + 1).simplified().split(' ');
    // fields[0] is field 3 (state) of proc(5): ppid 4, pgrp 5, session 6, num_threads 20.
    if (fields.size() < 18 || fields.at(0).size() != 1)
        return false;
    bool okPpid = false, okPgid = false, okSid = false, okThreads = false;
    const int ppid = fields.at(1).toInt(&okPpid);
    const int pgid = fields.at(2).toInt(&okPgid);
    const int sid = fields.at(3).toInt(&okSid);
    const int threads = fields.at(17).toInt(&okThreads);
    if (!okPpid || !okPgid || !okSid || !okThreads)
        return false;
    info->pid = pid_t(pid);
    info->name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
    info->state = QChar::fromLatin1(fields.at(0).at(0));
    info->ppid = ppid;
    info->pgid = pgid;
    info->sid = sid;
    info->threads = threads;
    return true;
}

bool ProcessInfo::parseStatus(const QByteArray &status, ProcessInfo *info)
{
    bool sawUid = false;
    for (const QByteArray &line : status.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon);
        const QList<QByteArray> values = line.mid(colon + 1).simplified().split(' ');
        if (values.isEmpty())
            continue;
        bool ok = false;
        if (key == "Uid") { // real, effective, saved, filesystem
            const qint64 uid = values.at(0).toLongLong(&ok);
            if (ok) {
                info->uid = uid;
                sawUid = true;
            }
        } else if (key == "VmRSS") { // "1234 kB"; absent for kernel threads and zombies
            const qint64 kb = values.at(0).toLongLong(&ok);
            if (ok)
                info->vmRssKb = kb;
        } else if (key == "Threads" && info->threads < 0) {
            const int threads = values.at(0).toInt(&ok);
            if (ok)
                info->threads = threads;
        }
    }
    return sawUid;
}

void ProcessInfo::parseEnviron(const QByteArray &environ, ProcessInfo *info)
{
    info->environmentBytes = environ.size();
    int entries = 0;
    for (const QByteArray &entry : environ.split('\0'))
        entries += entry.isEmpty() ? 0 : 1;
    info->environmentEntries = entries;
}

ProcessInfo ProcessInfo::read(pid_t pid, const QString &procRoot)
{
    ProcessInfo info;
    info.pid = pid;
    const QString base = QStringLiteral("%1/%2/").arg(procRoot).arg(pid);
    QByteArray bytes;
    if (!readFile(base + QLatin1String("stat"), &bytes) || !parseStat(bytes, &info))
        return info; // the process is gone (or never was): valid stays false
    info.valid = true;
    if (readFile(base + QLatin1String("status"), &bytes) && parseStatus(bytes, &info))
        info.signalActions = SignalDispositions::parseStatus(bytes);
    else
        markUnreadable(&info, "status");
    if (readFile(base + QLatin1String("environ"), &bytes))
        parseEnviron(bytes, &info);
    else
        markUnreadable(&info, "environ");
    info.openFiles = OpenFiles::read(pid, procRoot);
    if (info.openFiles.valid)
        info.openFds = info.openFiles.count();
    else
        markUnreadable(&info, "fd");
    info.libraries = SharedLibraries::read(pid, procRoot);
    return info;
}

} // namespace Lab::Core
