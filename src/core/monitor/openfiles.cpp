// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfiles.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <climits>
#include <unistd.h>

namespace Lab::Core {

int OpenFiles::count(Kind kind) const
{
    return int(std::count_if(descriptors.cbegin(), descriptors.cend(),
                             [kind](const Descriptor &d) { return d.kind == kind; }));
}

QStringList OpenFiles::lines() const
{
    QStringList result;
    for (const Descriptor &d : descriptors)
        result.append(QStringLiteral("%1 → %2").arg(d.fd).arg(d.target));
    return result;
}

QStringList OpenFiles::lines(Kind kind) const
{
    QStringList result;
    for (const Descriptor &d : descriptors) {
        if (d.kind == kind)
            result.append(QStringLiteral("%1 → %2").arg(d.fd).arg(d.target));
    }
    return result;
}

OpenFiles::Kind OpenFiles::classify(const QString &target)
{
    if (target.startsWith(QLatin1String("socket:[")))
        return Kind::Socket;
    if (target.startsWith(QLatin1String("pipe:[")))
        return Kind::Pipe;
    if (target.startsWith(QLatin1Char('/')))
        return Kind::File;
    return Kind::Other;
}

OpenFiles OpenFiles::read(pid_t pid, const QString &procRoot)
{
    OpenFiles result;
    const QDir folder(QStringLiteral("%1/%2/fd").arg(procRoot).arg(pid));
    if (!folder.exists() || !folder.isReadable())
        return result;
    const QStringList entries = folder.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    if (entries.isEmpty() && !QFile::exists(folder.path()))
        return result; // gone between the checks
    for (const QString &entry : entries) {
        bool ok = false;
        const int fd = entry.toInt(&ok);
        if (!ok)
            continue;
        char target[PATH_MAX];
        const ssize_t size = ::readlink(QFile::encodeName(folder.filePath(entry)).constData(), target, sizeof target);
        if (size < 0)
            continue; // closed meanwhile
        const QString text = QFile::decodeName(QByteArray(target, size));
        result.descriptors.append(Descriptor{fd, text, classify(text)});
    }
    std::sort(result.descriptors.begin(), result.descriptors.end(),
              [](const Descriptor &a, const Descriptor &b) { return a.fd < b.fd; });
    result.valid = true;
    return result;
}

} // namespace Lab::Core
