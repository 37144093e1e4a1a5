// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloopexperiment.h"

#include "busywork.h"
#include "core/trace/labthread.h"

#include <QTimer>

namespace Lab::Core {

namespace {
const int EventLoopRunResultMetaType = qRegisterMetaType<EventLoopRunResult>();
constexpr int TailMs = 100; // keep probing a little after the work so the late tick is counted
} // namespace

EventLoopExperiment::EventLoopExperiment(QObject *parent)
    : QObject(parent)
{}

EventLoopExperiment::~EventLoopExperiment()
{
    if (m_thread) {
        cancel();
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

bool EventLoopExperiment::start(bool onCallerThread, int workMs, int sliceMs)
{
    if (m_running || workMs < 1 || workMs > 60000 || sliceMs < 1 || sliceMs > 1000)
        return false;
    m_running = true;
    m_result = {};
    m_result.onCallerThread = onCallerThread;
    m_result.workMs = workMs;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_probe.reset();
    m_probe.start();

    if (onCallerThread) {
        // Deliberately blocks this thread's event loop (from the next turn on): the lesson's "freeze".
        QTimer::singleShot(0, this, [this, workMs, sliceMs] {
            const BusyWork::SlicedResult r = BusyWork::runSliced(workMs, sliceMs, nullptr, [this](int done, int total) {
                emit progressChanged(done, total); // direct: the caller's widgets cannot repaint meanwhile
            });
            workDone(double(r.elapsedNs) / 1e6, r.checksum, false);
        });
        return true;
    }

    const auto cancel = m_cancel;
    auto result = std::make_shared<BusyWork::SlicedResult>();
    m_thread = new LabThread(QStringLiteral("eventloop-work"), [this, cancel, result, workMs, sliceMs] {
        *result = BusyWork::runSliced(workMs, sliceMs, cancel.get(),
                                      [this](int done, int total) { emit progressChanged(done, total); });
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        workDone(double(result->elapsedNs) / 1e6, result->checksum, result->cancelled);
    });
    m_thread->start();
    return true;
}

void EventLoopExperiment::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread)
        m_thread->requestInterruption();
}

void EventLoopExperiment::workDone(double elapsedMs, quint64 checksum, bool cancelled)
{
    m_result.elapsedMs = elapsedMs;
    m_result.checksum = checksum;
    m_result.cancelled = cancelled;
    QTimer::singleShot(TailMs, this, [this] {
        m_probe.stop();
        m_result.latency = m_probe.summary();
        m_running = false;
        emit finished(m_result);
    });
}

} // namespace Lab::Core
