// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorrunner.h"

#include <QElapsedTimer>
#include <QProcess>

namespace Lab::Core {

// The CPython reference rows: the same numbers (generated here, passed on stdin) factorized by an
// embedded Python script with the same algorithm, sequentially, with a thread pool (which the GIL
// serialises) or with a multiprocessing pool. Python's own clock times the work; interpreter
// start-up is reported as startupSeconds. The factor lines come back and are checksummed here, so
// the checksum is comparable with the lab's strategies. Available only when python3 is installed.
class FactorPythonRunner final : public FactorRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactorPythonRunner)
public:
    enum class Mode
    {
        Sequential,
        Threads,
        Processes
    };

    FactorPythonRunner(Mode mode, int workers, QObject *parent = nullptr);
    ~FactorPythonRunner() override;

    QString strategy() const override;
    int workers() const override { return m_workers; }

    void start() override;
    void cancel() override;

    // The python3 program, or an empty string when there is none.
    static QString pythonExecutable();
    // The embedded script (for documentation and tests).
    static QByteArray script();

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onReadyRead();
    void done(RunResult result);

    Mode m_mode;
    int m_workers;
    QProcess *m_process = nullptr;
    QElapsedTimer m_timer;
    QByteArray m_output;
    qint64 m_linesSeen = 0;
};

} // namespace Lab::Core
