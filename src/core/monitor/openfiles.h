// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <sys/types.h>

namespace Lab::Core {

// A process's open file descriptors, from the targets of the links in /proc/<pid>/fd: a path for a
// file (also devices such as /dev/null and deleted files), "socket:[inode]", "pipe:[inode]", and
// anything else ("anon_inode:[eventfd]", "anon_inode:inotify", ...) counted as other.
struct OpenFiles
{
    enum class Kind
    {
        File,
        Socket,
        Pipe,
        Other
    };
    struct Descriptor
    {
        int fd = -1;
        QString target; // what the link points to
        Kind kind = Kind::Other;
    };

    QList<Descriptor> descriptors; // ascending fd
    bool valid = false;            // the fd folder could be listed (it cannot for another user's process)

    int count() const { return int(descriptors.size()); }
    int count(Kind kind) const;
    // "0 → /dev/null", one per descriptor of `kind` (all of them without a kind), for tool tips.
    QStringList lines() const;
    QStringList lines(Kind kind) const;

    static Kind classify(const QString &target);
    // Reads /proc/<pid>/fd (procRoot lets tests point at fixture trees). A descriptor closed between
    // the listing and its readlink() is left out.
    static OpenFiles read(pid_t pid, const QString &procRoot = QStringLiteral("/proc"));
};

} // namespace Lab::Core
