// SPDX-License-Identifier: GPL-3.0-or-later
#include "processreaper.h"

#include <QProcess>

namespace Lab::Core {

void killAndReapLater(QProcess *process, const QObject *owner)
{
    if (!process)
        return;
    process->disconnect(owner);
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace Lab::Core
