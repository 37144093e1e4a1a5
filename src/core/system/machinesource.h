// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QList>
#include <QString>

namespace Lab::Core {

// The /proc, /sys and /etc files the machine readers parse, found under one root: "/" for this
// machine, a fixture tree (tests/data/sysfs) in tests. Paths are given relative to the root.
class MachineSource final
{
public:
    explicit MachineSource(const QString &rootPath);

    // True when the root is this machine's "/": only then may a reader ask the running system
    // (QSysInfo, sysconf, Qt's CPU count) for what the files do not say.
    bool isLive() const { return m_live; }
    QString path(const QString &relative) const { return m_root.filePath(relative); }

    // The whole file; a null string when it is missing or unreadable.
    QString text(const QString &relative) const;
    // The file trimmed, for the one-value files of /sys and /proc/sys.
    QString line(const QString &relative) const;
    // A one-number file; false (and *value unchanged) when it is missing or not a number.
    bool readInt(const QString &relative, int *value) const;
    // The numbered entries ("cpu12", "node1", "index3") of a folder, sorted by number.
    QList<int> numberedEntries(const QString &relativeFolder, const QString &prefix) const;

private:
    QDir m_root;
    bool m_live = false;
};

} // namespace Lab::Core
