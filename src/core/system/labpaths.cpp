// SPDX-License-Identifier: GPL-3.0-or-later
#include "labpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Lab::Core {

QString workerExecutable()
{
    return labExecutable(QStringLiteral("concurrency-lab-worker"));
}

QString labExecutable(const QString &name)
{
    const QStringList candidates = {
        QDir(QCoreApplication::applicationDirPath()).filePath(name),
        // A relocatable install (the .tar.gz): <prefix>/bin/.. /libexec/concurrency-lab
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../libexec/concurrency-lab/") + name),
        QDir(QStringLiteral(LAB_INSTALLED_WORKER_DIR)).filePath(name),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace Lab::Core
