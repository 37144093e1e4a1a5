// SPDX-License-Identifier: GPL-3.0-or-later
#include "childprocess.h"

#include <QProcess>

namespace Lab::Core {

namespace {
constexpr int ReapLimitMs = 1000; // never reached in practice: SIGKILL cannot be caught or delayed
}

void killAndReap(QProcess *process, const QObject *owner)
{
    if (!process)
        return;
    process->disconnect(owner);
    if (process->state() == QProcess::NotRunning)
        return;
    process->kill();
    process->waitForFinished(ReapLimitMs);
}

void killAndReapChildren(const QObject *owner)
{
    const QList<QProcess *> processes = owner->findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes)
        killAndReap(process, owner);
}

} // namespace Lab::Core
