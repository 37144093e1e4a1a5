// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockdemo.h"

#include "core/trace/labthread.h"
#include "core/trace/trace.h"

namespace Lab::Core {

LockDemo::LockDemo(QObject *parent)
    : QObject(parent)
{}

LockDemo::~LockDemo()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->requestInterruption();
        m_thread->wait();
        delete m_thread;
    }
}

bool LockDemo::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

bool LockDemo::start(Kind kind, int stepMs)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_kind = kind;
    m_refused = false;
    m_cancelled = false;
    stepMs = std::clamp(stepMs, 0, 10000);
    m_thread = new LabThread(QStringLiteral("account-holder"), [this, kind, stepMs] {
        if (kind == Kind::PlainTwice)
            runPlain(stepMs);
        else
            runRecursive(stepMs);
    });
    connect(m_thread, &QThread::finished, this, [this] { emit finished(m_refused, m_cancelled); });
    m_thread->start();
    return true;
}

void LockDemo::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_thread->requestInterruption();
}

SyncSnapshot LockDemo::snapshot() const
{
    return m_kind == Kind::PlainTwice ? m_plain.snapshot() : m_recursive.snapshot();
}

void LockDemo::runPlain(int stepMs)
{
    if (!m_plain.lock())
        return;
    emit step(tr("deposit(): locked \"account\" (a plain mutex)."));
    if (Trace::sleep(stepMs)) {
        emit step(tr("deposit() calls show_balance(), which locks \"account\" again..."));
        Trace::sleep(stepMs);
        // A plain mutex would now wait for its own owner forever; the lab refuses instead.
        m_refused = !m_plain.lock(QDeadlineTimer(0)) && m_plain.selfDeadlocks() > 0;
        if (m_refused)
            emit step(tr("Self-deadlock: the thread already holds \"account\", so it would wait for itself "
                         "forever. The lab refused the second lock; a real program would hang here."));
        Trace::sleep(stepMs);
    }
    m_plain.unlock();
    emit step(tr("deposit(): unlocked \"account\"."));
}

void LockDemo::runRecursive(int stepMs)
{
    const auto held = [this] { return m_recursive.holdCount(); };
    if (!m_recursive.lock())
        return;
    emit step(tr("deposit(): locked \"account (rlock)\"; hold count %1.").arg(held()));
    bool go = Trace::sleep(stepMs);
    if (go && m_recursive.lock()) {
        emit step(tr("show_balance(): the same thread locks it again; hold count %1.").arg(held()));
        go = Trace::sleep(stepMs);
        m_recursive.unlock();
        emit step(tr("show_balance() returns and unlocks once; hold count %1.").arg(held()));
        if (go)
            Trace::sleep(stepMs);
    }
    m_recursive.unlock();
    emit step(tr("deposit() unlocks; hold count %1: the lock is free.").arg(held()));
}

} // namespace Lab::Core
