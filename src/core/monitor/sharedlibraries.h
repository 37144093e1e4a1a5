// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace Lab::Core {

// The shared libraries a process has loaded: the distinct paths of /proc/<pid>/maps whose file name
// is a shared object ("libc.so.6", "ld-linux-x86-64.so.2", "libQt6Core.so.6.4.2"). The program
// itself, [heap], [stack], [vdso] and anonymous mappings are not libraries; a library that is mapped
// several times (text, data, read-only segments) counts once.
struct SharedLibraries
{
    QStringList paths;  // in order of first mapping
    bool valid = false; // maps could be read

    int count() const { return int(paths.size()); }

    // Parses the text of a maps file (lines "start-end perms offset dev inode [path]").
    static SharedLibraries parseMaps(QByteArrayView maps);
    // Reads /proc/<pid>/maps (procRoot lets tests point at fixture trees).
    static SharedLibraries read(pid_t pid, const QString &procRoot = QStringLiteral("/proc"));
    // True for "libfoo.so", "libfoo.so.6", "libfoo.so.6.4.2", not for "foo.sock" or "lab.so.txt".
    static bool isSharedObject(QStringView path);
};

} // namespace Lab::Core
