// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedlibraries.h"

#include <QFile>
#include <QSet>

namespace Lab::Core {

bool SharedLibraries::isSharedObject(QStringView path)
{
    const QStringView name = path.sliced(path.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype so = name.indexOf(QLatin1String(".so"));
    if (so <= 0)
        return false;
    // After ".so": nothing, or only dot-separated version numbers.
    const QStringView rest = name.sliced(so + 3);
    if (rest.isEmpty())
        return true;
    if (rest.front() != QLatin1Char('.'))
        return isSharedObject(name.sliced(so + 3)); // "a.sock.so": look further on
    for (const QChar c : rest) {
        if (c != QLatin1Char('.') && !c.isDigit())
            return false;
    }
    return true;
}

SharedLibraries SharedLibraries::parseMaps(QByteArrayView maps)
{
    SharedLibraries result;
    QSet<QString> seen;
    qsizetype start = 0;
    while (start < maps.size()) {
        qsizetype end = maps.indexOf('\n', start);
        if (end < 0)
            end = maps.size();
        const QByteArrayView line = maps.sliced(start, end - start);
        start = end + 1;
        // The path is whatever follows the fifth field; it starts with '/' for a file (and may hold spaces).
        const qsizetype slash = line.indexOf('/');
        if (slash < 0)
            continue;
        QString path = QString::fromUtf8(line.sliced(slash));
        if (path.endsWith(QLatin1String(" (deleted)")))
            path.chop(10); // replaced on disk (an upgrade) while mapped: still loaded
        if (!isSharedObject(path) || seen.contains(path))
            continue;
        seen.insert(path);
        result.paths.append(path);
    }
    result.valid = true;
    return result;
}

SharedLibraries SharedLibraries::read(pid_t pid, const QString &procRoot)
{
    QFile file(QStringLiteral("%1/%2/maps").arg(procRoot).arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray maps = file.readAll(); // /proc files report size 0: read until EOF
    if (maps.isEmpty())
        return {}; // a zombie's maps is empty: nothing is loaded any more, and nothing to say
    return parseMaps(maps);
}

} // namespace Lab::Core
