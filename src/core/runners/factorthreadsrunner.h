// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorrunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

class QThread;

namespace Lab::Core {

// The `threads` strategy: N QThreads named factor-1 .. factor-N pull chunks of the workload from one
// atomic index, so a chunk that happens to hold slow numbers never leaves the others idle. With
// `sequential` set it is the `sequential` strategy: one thread (factor-seq) walking the numbers in
// order, off the caller's thread so that a GUI stays responsive.
class FactorThreadsRunner final : public FactorRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactorThreadsRunner)
public:
    FactorThreadsRunner(int workers, bool sequential, QObject *parent = nullptr);
    ~FactorThreadsRunner() override;

    QString strategy() const override;
    int workers() const override { return m_workers; }

    void start() override;
    void cancel() override;

    struct Shared; // state shared with the threads of one run

private:
    void onThreadFinished();
    void reportProgress();

    int m_workers = 1;
    bool m_sequential = false;
    std::shared_ptr<Shared> m_shared;
    QList<QThread *> m_threads;
    int m_threadsLeft = 0;
    QTimer m_progressTimer;
};

} // namespace Lab::Core
