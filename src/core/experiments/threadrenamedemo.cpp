// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadrenamedemo.h"

#include "core/trace/labthread.h"
#include "threadidentity.h"

#include <QSemaphore>
#include <QThread>

namespace Lab::Core {

namespace {
const int ThreadRenameDemoReportMetaType = qRegisterMetaType<ThreadRenameDemo::Report>();
}

struct ThreadRenameDemo::State
{
    QThread *thread = nullptr;
    QSemaphore renamed;
    Report report;
};

ThreadRenameDemo::ThreadRenameDemo(QObject *parent)
    : QObject(parent)
{}

ThreadRenameDemo::~ThreadRenameDemo()
{
    if (m_state && m_state->thread) {
        m_state->renamed.release(); // never leave the thread waiting for a rename that will not come
        m_state->thread->wait();
        delete m_state->thread;
    }
}

bool ThreadRenameDemo::start(const QString &nameBeforeStart, const QString &nameAfterRename)
{
    if ((m_state && m_state->thread) || nameBeforeStart.isEmpty() || nameAfterRename.isEmpty())
        return false;
    m_state = std::make_unique<State>();
    State *state = m_state.get();
    state->report.nameBeforeStart = nameBeforeStart;

    state->thread = new LabThread(nameBeforeStart, [state, this, nameAfterRename] {
        Report &r = state->report;
        r.tid = ThreadIdentity::currentTid();
        r.commAtStart = ThreadIdentity::osThreadName(r.tid);
        // Ask the owner's thread to rename this QThread while it runs, and wait for it.
        QMetaObject::invokeMethod(
            this, [state, nameAfterRename] { state->thread->setObjectName(nameAfterRename); }, Qt::QueuedConnection);
        if (!state->renamed.tryAcquire(1, 5000))
            return; // the owner's event loop is not running: report what was seen so far
        r.commAfterRename = ThreadIdentity::osThreadName(r.tid);
        ThreadIdentity::setCurrentOsThreadName(nameAfterRename);
        r.commAfterOsRename = ThreadIdentity::osThreadName(r.tid);
    });
    connect(state->thread, &QObject::objectNameChanged, this, [state](const QString &name) {
        state->report.nameAfterRename = name;
        state->renamed.release();
    });
    connect(state->thread, &QThread::finished, this, [this, state] {
        state->thread->wait();
        state->thread->deleteLater();
        state->thread = nullptr;
        emit finished(state->report);
    });
    state->thread->start();
    return true;
}

} // namespace Lab::Core
