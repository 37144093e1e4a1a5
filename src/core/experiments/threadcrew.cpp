// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadcrew.h"

#include "core/trace/labthread.h"

namespace Lab::Core {

ThreadCrew::ThreadCrew(QObject *parent)
    : QObject(parent)
{}

ThreadCrew::~ThreadCrew()
{
    stop();
    clear();
}

bool ThreadCrew::start(std::vector<Member> members)
{
    if (isRunning())
        return false;
    clear();
    for (Member &member : members) {
        auto *thread = new LabThread(member.name, std::move(member.body));
        connect(thread, &QThread::finished, this, &ThreadCrew::onThreadFinished);
        m_threads.push_back(thread);
    }
    m_running = int(m_threads.size());
    for (LabThread *thread : m_threads)
        thread->start();
    return true;
}

void ThreadCrew::interrupt()
{
    for (LabThread *thread : m_threads)
        thread->requestInterruption();
}

void ThreadCrew::stop()
{
    for (LabThread *thread : m_threads)
        thread->disconnect(this); // no finished() from a crew being stopped
    interrupt();
    for (LabThread *thread : m_threads)
        thread->wait();
    m_running = 0;
}

void ThreadCrew::clear()
{
    for (LabThread *thread : m_threads)
        delete thread; // every one has finished
    m_threads.clear();
}

void ThreadCrew::onThreadFinished()
{
    if (m_running > 0 && --m_running == 0)
        emit finished();
}

} // namespace Lab::Core
