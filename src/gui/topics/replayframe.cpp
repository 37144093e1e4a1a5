// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayframe.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Lab::Gui {

using namespace Core;

bool splitReplayWait(const QString &detail, QString *object, QString *holder)
{
    static const QRegularExpression pattern(QStringLiteral("^on \"(.*)\"(?: \\((?:held by (.*)|.*)\\))?$"));
    const QRegularExpressionMatch match = pattern.match(detail);
    if (!match.hasMatch())
        return false;
    *object = match.captured(1);
    *holder = match.captured(2);
    return true;
}

const ReplayPrimitive *ReplayFrame::primitive(const QString &name) const
{
    for (const ReplayPrimitive &p : primitives) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const LabWorkerStatus *ReplayFrame::worker(const QString &name) const
{
    const LabWorkerStatus *found = nullptr;
    for (const LabWorkerStatus &w : workers) {
        if (w.name != name || w.isProcess)
            continue;
        if (w.finishedNs == 0)
            return &w;
        if (!found || w.createdNs > found->createdNs)
            found = &w;
    }
    return found;
}

SyncSnapshot ReplayFrame::syncSnapshot(const QString &name) const
{
    SyncSnapshot s;
    s.name = name;
    if (const ReplayPrimitive *p = primitive(name)) {
        s.kind = p->kind;
        s.owner = p->holder;
        s.holdCount = p->holder.isEmpty() ? 0 : 1;
        s.waiters = p->waiters;
        s.permits = std::max(p->permits, 0);
        s.maxPermits = std::max(p->maxPermits, s.permits);
    }
    return s;
}

QString ReplayFrame::waitsOn(const LabWorkerStatus &worker) const
{
    if (worker.finishedNs != 0 || (worker.state != ThreadState::Blocked && worker.state != ThreadState::Waiting))
        return {};
    QString object;
    QString holder;
    return splitReplayWait(worker.detail, &object, &holder) ? object : QString();
}

DeadlockReport ReplayFrame::waitCycle() const
{
    // The wait-for graph at the cursor: thread -> (object, holder) for every thread that waits for a
    // held lock. Every thread waits for at most one object, so following the arrows from each thread
    // either ends or comes back to a thread already on the path.
    QHash<QString, WaitForEdge> edges;
    QStringList order; // the threads in the recording's order, so the report does not depend on hashing
    for (const LabWorkerStatus &w : workers) {
        if (w.isProcess || w.finishedNs != 0 || w.state != ThreadState::Blocked)
            continue;
        QString object;
        QString holder;
        if (!splitReplayWait(w.detail, &object, &holder) || holder.isEmpty())
            continue;
        edges.insert(w.name, WaitForEdge{w.name, object, holder});
        order.append(w.name);
    }
    DeadlockReport report;
    report.detectedNs = cursorNs;
    for (const QString &start : std::as_const(order)) {
        QStringList path;
        QString at = start;
        while (edges.contains(at) && !path.contains(at)) {
            path.append(at);
            at = edges.value(at).heldBy;
        }
        const qsizetype begin = path.indexOf(at);
        if (begin < 0)
            continue; // the chain ends at a thread that does not wait
        for (qsizetype i = begin; i < path.size(); ++i)
            report.cycle.append(edges.value(path.at(i)));
        return report;
    }
    return report;
}

} // namespace Lab::Gui
