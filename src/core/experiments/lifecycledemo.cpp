// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycledemo.h"

#include "busywork.h"
#include "threadidentity.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace Lab::Core {

class LifecycleDemo::DemoThread final : public QThread
{
public:
    DemoThread(LifecycleDemo *demo, const Config &config)
        : m_demo(demo)
        , m_config(config)
    {
        setObjectName(config.name); // before start(): Qt names the OS thread from it once
    }

protected:
    void run() override
    {
        m_demo->m_tid.store(ThreadIdentity::currentTid());
        compute(1, m_config.firstRunMs);
        m_demo->setPhase(Phase::Sleeping, 0);
        // Sleep in short pieces so an interruption is seen within 20 ms; the kernel shows S throughout.
        QDeadlineTimer deadline(m_config.sleepMs);
        while (!deadline.hasExpired() && !isInterruptionRequested())
            QThread::msleep(quint64(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
        compute(2, m_config.secondRunMs);
    }

private:
    void compute(int runNumber, int ms)
    {
        m_demo->setPhase(Phase::Running, runNumber);
        QElapsedTimer timer;
        timer.start();
        quint64 x = quint64(runNumber);
        while (timer.elapsed() < ms && !isInterruptionRequested())
            x = BusyWork::computeFor(2000000, x); // 2 ms pieces
        m_checksum ^= x;
    }

    LifecycleDemo *m_demo;
    Config m_config;
    quint64 m_checksum = 0;
};

namespace {
const int s_phaseType = qRegisterMetaType<LifecycleDemo::Phase>();
}

LifecycleDemo::LifecycleDemo(QObject *parent)
    : QObject(parent)
{}

LifecycleDemo::~LifecycleDemo()
{
    if (m_thread) {
        m_thread->requestInterruption();
        m_thread->wait();
    }
}

QString LifecycleDemo::validate(const Config &config)
{
    const auto check = [](const char *field, int value) -> QString {
        if (value >= 0 && value <= 60000)
            return {};
        return QCoreApplication::translate("Lab::Core::LifecycleDemo",
                                           "%1: must be an integer from 0 to 60000 ms (got %2)")
            .arg(QLatin1String(field))
            .arg(value);
    };
    for (const QString &error : {check("first-run-ms", config.firstRunMs), check("sleep-ms", config.sleepMs),
                                 check("second-run-ms", config.secondRunMs)}) {
        if (!error.isEmpty())
            return error;
    }
    if (config.name.trimmed().isEmpty())
        return QCoreApplication::translate("Lab::Core::LifecycleDemo", "name: must not be empty");
    return {};
}

bool LifecycleDemo::start(const Config &config)
{
    if (m_thread || !validate(config).isEmpty())
        return false;
    m_thread = std::make_unique<DemoThread>(this, config);
    connect(m_thread.get(), &QThread::finished, this, [this] {
        const bool cancelled = m_cancelled.load(); // Qt clears the interruption flag when the thread ends
        setPhase(Phase::Terminated, 0);
        emit finished(cancelled);
    });
    setPhase(Phase::Runnable, 0);
    m_thread->start();
    return true;
}

void LifecycleDemo::cancel()
{
    if (m_thread && !m_thread->isFinished()) {
        m_cancelled = true;
        m_thread->requestInterruption();
    }
}

QThread *LifecycleDemo::workerThread() const
{
    return m_thread.get();
}

LifecycleDemo::Snapshot LifecycleDemo::snapshot() const
{
    Snapshot s;
    s.phase = phase();
    s.runNumber = m_runNumber.load();
    s.tid = tid();
    if (m_thread) {
        s.isRunning = m_thread->isRunning();
        s.isFinished = m_thread->isFinished();
    }
    if (s.tid > 0 && !s.isFinished)
        s.kernelState = ThreadIdentity::kernelState(s.tid);
    return s;
}

QString LifecycleDemo::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::New:
        return QCoreApplication::translate("Lab::Core::LifecycleDemo", "New");
    case Phase::Runnable:
        return QCoreApplication::translate("Lab::Core::LifecycleDemo", "Runnable");
    case Phase::Running:
        return QCoreApplication::translate("Lab::Core::LifecycleDemo", "Running");
    case Phase::Sleeping:
        return QCoreApplication::translate("Lab::Core::LifecycleDemo", "Sleeping");
    case Phase::Terminated:
        return QCoreApplication::translate("Lab::Core::LifecycleDemo", "Terminated");
    }
    return {};
}

void LifecycleDemo::setPhase(Phase phase, int runNumber)
{
    m_phase.store(int(phase));
    m_runNumber.store(runNumber);
    emit phaseChanged(phase, runNumber, int(m_tid.load()));
}

} // namespace Lab::Core
