// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadsample.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace Lab::Core {

class ProcReader;
class TraceRecorder;
class SamplerWorker;

// Samples this process and the lab's child processes from /proc on its own thread
// ("monitor-sampler") at a configurable rate (default 10 Hz) and emits each ThreadSnapshot by
// queued signal. Child processes come from the recorder (Trace::watchProcess) and addProcess().
// Lab threads are matched to their trace status by tid. Lives on the thread that creates it (the
// GUI thread); nothing here blocks that thread.
class ProcSampler final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 100;
    static constexpr int MinIntervalMs = 50;
    static constexpr int MaxIntervalMs = 5000;

    explicit ProcSampler(QObject *parent = nullptr);
    ~ProcSampler() override;
    Q_DISABLE_COPY_MOVE(ProcSampler)

    // Before start(): where to read (tests point it at fixtures) and whose trace to merge.
    void setProcRoot(const QString &root);
    void setSelfPid(qint64 pid);
    void setRecorder(TraceRecorder *recorder);

    void setIntervalMs(int ms); // clamped to [MinIntervalMs, MaxIntervalMs]
    int intervalMs() const { return m_intervalMs; }
    void addProcess(qint64 pid);
    void removeProcess(qint64 pid);

    bool isActive() const { return m_active; }
    void start();
    void stop();
    // One sample now (also when stopped); the result arrives through sampled().
    void requestSample();

    // One synchronous sample, merged with the recorder's lab workers (used by the sampler thread and
    // by the headless `threads` command).
    static ThreadSnapshot sampleOnce(ProcReader &reader, qint64 selfPid, const QList<qint64> &extraPids,
                                     TraceRecorder *recorder);

signals:
    void sampled(const Lab::Core::ThreadSnapshot &snapshot);
    void activeChanged(bool active);

private:
    void ensureThread();

    QThread m_thread;
    SamplerWorker *m_worker = nullptr;
    QString m_procRoot = QStringLiteral("/proc");
    qint64 m_selfPid = 0;
    TraceRecorder *m_recorder = nullptr;
    int m_intervalMs = DefaultIntervalMs;
    bool m_active = false;
};

} // namespace Lab::Core
