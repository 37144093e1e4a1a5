// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycledemo.h"

#include "busywork.h"
#include "core/trace/labthread.h"
#include "core/trace/trace.h"
#include "threadidentity.h"

#include <QCoreApplication>
#include <QThread>

namespace Lab::Core {

class LifecycleDemo::DemoThread final : public LabThread
{
public:
    DemoThread(LifecycleDemo *demo, const Config &config)
        : LabThread(config.name)
        , m_demo(demo)
        , m_config(config)
    {}

protected:
    void work() override
    {
        m_demo->m_tid.store(ThreadIdentity::currentTid());
        compute(1, m_config.firstRunMs);
        m_demo->setPhase(Phase::Sleeping, 0);
        // Sleeping in the trace, S in the kernel; stretched by the pacer's slow motion, ends early on
        // interruption.
        Trace::sleep(m_config.sleepMs);
        compute(2, m_config.secondRunMs);
    }

private:
    void compute(int runNumber, int ms)
    {
        m_demo->setPhase(Phase::Running, runNumber);
        // Counts computed time only, so that slow motion (which sleeps at checkpoints) lengthens the phase.
        const qint64 pieceNs = 2000000;
        qint64 computedNs = 0;
        quint64 x = quint64(runNumber);
        // 2 ms pieces, each followed by a pacer checkpoint (slow motion stretches them, pause holds).
        while (computedNs < qint64(ms) * 1000000 && !isInterruptionRequested() && Trace::checkpoint()) {
            x = BusyWork::computeFor(pieceNs, x);
            computedNs += pieceNs;
        }
        m_checksum ^= x;
    }

    LifecycleDemo *m_demo;
    Config m_config;
    quint64 m_checksum = 0;
};

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

void LifecycleDemo::setPhase(Phase phase, int runNumber)
{
    m_phase.store(int(phase));
    m_runNumber.store(runNumber);
    emit phaseChanged(phase, runNumber, int(m_tid.load()));
}

} // namespace Lab::Core
