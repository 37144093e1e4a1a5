// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/openfiles.h"
#include "core/monitor/sharedlibraries.h"
#include "core/monitor/signaldispositions.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <sys/types.h>

namespace Lab::Core {

// Live properties of one process as Linux reports them in /proc/<pid>/{stat,status,environ,fd,maps}
// (issue 7.2; signal actions, descriptor targets and libraries: issue 13). A value type: read it
// again to refresh. Fields that could not be read (a file the user may not open, such as another
// user's environ) stay -1 and are named in `unreadable`.
struct ProcessInfo
{
    pid_t pid = 0;
    pid_t ppid = -1;
    pid_t pgid = -1; // process group
    pid_t sid = -1;  // session
    qint64 uid = -1; // real user id
    QString name;    // comm (15 characters)
    QChar state;     // R, S, D, Z, T, ...
    int threads = -1;
    int openFds = -1; // = openFiles.count() when the fd folder could be read
    OpenFiles openFiles;
    SignalDispositions signalActions; // from status
    SharedLibraries libraries;        // from maps
    qint64 vmRssKb = -1;              // resident memory
    qint64 environmentBytes = -1;
    int environmentEntries = -1;
    QString unreadable; // comma-separated names of files that could not be read
    bool valid = false; // stat was read and parsed (the process existed)

    // Reads /proc/<pid> (procRoot lets tests point at fixture trees). Cheap: a handful of small reads,
    // one readlink() per descriptor, and maps (a few hundred lines for a Qt program).
    static ProcessInfo read(pid_t pid, const QString &procRoot = QStringLiteral("/proc"));

    // Parsers for the individual files; each fills its fields and returns false on malformed input.
    // stat: the command name may hold spaces and ')' itself, so fields are taken after the LAST ')'.
    static bool parseStat(const QByteArray &stat, ProcessInfo *info);
    static bool parseStatus(const QByteArray &status, ProcessInfo *info);
    static void parseEnviron(const QByteArray &environ, ProcessInfo *info);
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::ProcessInfo)
