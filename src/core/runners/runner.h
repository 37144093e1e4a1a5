// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runresult.h"

#include <QObject>

namespace Lab::Core {

// One strategy of one experiment, run once. Every experiment's strategies (sequential, threads,
// processes, async, pool, ...) implement this, so the benchmark engine, the headless `run`
// command and the panels drive them the same way.
//
// Contract:
// - Lives on the thread that created it (normally the GUI thread or the command's main thread) and
//   never blocks that thread: start() returns at once, the work happens on the runner's own threads,
//   processes or event-driven I/O.
// - Emits finished() exactly once per start(), also after cancel() or a failure.
// - cancel() is cooperative and bounded: finished() (with cancelled = true) follows within 0.5 s.
// - A runner may be started again after finished(); workers that are expensive to start (processes)
//   may be kept between runs and are then reported in startupSeconds only for the run that started them.
class Runner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString strategy() const = 0;
    virtual int workers() const = 0;

    virtual void start() = 0;
    virtual void cancel() = 0;
    bool isRunning() const { return m_running; }

signals:
    void progressChanged(qint64 done, qint64 total);
    void finished(const Lab::Core::RunResult &result);

protected:
    // Implementations call these instead of touching m_running or emitting finished() directly.
    void markStarted() { m_running = true; }
    void finish(const RunResult &result);

private:
    bool m_running = false;
};

} // namespace Lab::Core
