// SPDX-License-Identifier: GPL-3.0-or-later
#include "gracefulstopdemo.h"

#include "busywork.h"
#include "core/trace/labthread.h"
#include "core/trace/trace.h"
#include "threadidentity.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

namespace Lab::Core {

namespace {
const int GracefulStopDemoReportMetaType = qRegisterMetaType<GracefulStopDemo::Report>();
}

struct GracefulStopDemo::State
{
    QThread *thread = nullptr;
    std::atomic<pid_t> tid{0};
    std::atomic<qint64> requestedAtNs{-1};
    QElapsedTimer clock; // started before the thread; read by both sides (const after start)
    Report report;
};

GracefulStopDemo::GracefulStopDemo(QObject *parent)
    : QObject(parent)
{}

GracefulStopDemo::~GracefulStopDemo()
{
    if (m_state && m_state->thread) {
        m_state->thread->requestInterruption();
        m_state->thread->wait();
        delete m_state->thread;
    }
}

bool GracefulStopDemo::start(const QString &name, int maxSeconds)
{
    if (isRunning() || name.isEmpty() || maxSeconds < 1 || maxSeconds > 3600)
        return false;
    if (m_state && m_state->thread) { // a finished earlier run
        m_state->thread->wait();
        delete m_state->thread;
    }
    m_state = std::make_shared<State>();
    State *state = m_state.get();
    state->clock.start();
    state->thread = new LabThread(name, [state, this, maxSeconds] {
        state->tid.store(ThreadIdentity::currentTid());
        emit started(int(state->tid.load()));
        QThread *self = QThread::currentThread();
        quint64 x = 1;
        qint64 steps = 0;
        while (!self->isInterruptionRequested() && state->clock.elapsed() < qint64(maxSeconds) * 1000 &&
               Trace::checkpoint()) {
            x = BusyWork::computeFor(1000000, x);
            ++steps;
        }
        // Clean-up that a killed thread would never run: here, recording what was done.
        Report &r = state->report;
        r.tid = state->tid.load();
        r.stepsDone = steps;
        r.stoppedByRequest = self->isInterruptionRequested();
        const qint64 requested = state->requestedAtNs.load();
        if (r.stoppedByRequest && requested >= 0)
            r.stopLatencyMs = double(state->clock.nsecsElapsed() - requested) / 1e6;
        r.checksum = x;
        r.cleanedUp = true; // only reached when run() ends normally, never after a kill
    });
    connect(state->thread, &QThread::finished, this, [this, state] { emit finished(state->report); });
    state->thread->start();
    return true;
}

void GracefulStopDemo::stop()
{
    if (!m_state || !m_state->thread)
        return;
    qint64 expected = -1;
    m_state->requestedAtNs.compare_exchange_strong(expected, m_state->clock.nsecsElapsed());
    m_state->thread->requestInterruption();
}

bool GracefulStopDemo::isRunning() const
{
    return m_state && m_state->thread && m_state->thread->isRunning();
}

pid_t GracefulStopDemo::tid() const
{
    return m_state ? m_state->tid.load() : 0;
}

} // namespace Lab::Core
