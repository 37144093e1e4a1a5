// SPDX-License-Identifier: GPL-3.0-or-later
#include "framequeue.h"

#include <QCoreApplication>

namespace Lab::Gui {

FrameQueue *FrameQueue::instance()
{
    // Parented to the application, so it goes with it (and with each test's QApplication).
    static QPointer<FrameQueue> queue;
    if (!queue) {
        queue = new FrameQueue;
        queue->setParent(QCoreApplication::instance());
    }
    return queue;
}

FrameQueue::FrameQueue()
{
    // A real zero timer, not a queued call: a queued call is a posted event, and would run in the
    // same sending of posted events as the work it is meant to follow.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &FrameQueue::runOne);
}

void FrameQueue::post(QObject *owner, std::function<void()> job)
{
    for (Job &pending : m_jobs) {
        if (pending.owner == owner) {
            pending.run = std::move(job);
            return;
        }
    }
    m_jobs.append({owner, std::move(job)});
    if (!m_timer.isActive())
        m_timer.start();
}

void FrameQueue::flush()
{
    m_timer.stop();
    while (!m_jobs.isEmpty()) {
        const Job job = m_jobs.takeFirst();
        if (job.owner)
            job.run();
    }
}

void FrameQueue::runOne()
{
    while (!m_jobs.isEmpty()) {
        const Job job = m_jobs.takeFirst();
        if (!job.owner)
            continue;
        job.run();
        break;
    }
    if (!m_jobs.isEmpty())
        m_timer.start();
}

} // namespace Lab::Gui
