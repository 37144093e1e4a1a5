// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorrunner.h"
#include "factorruntally.h"

#include <QProcess>
#include <QStringList>

namespace Lab::Core {

// The `mpi` strategy: `mpirun -np N concurrency-lab-mpi-worker` (Open MPI), started with QProcess; the
// lab never links MPI. Rank 0 reads the numbers from mpirun's stdin, scatters them over the ranks and
// prints one JSON line per rank as each finishes (see src/worker/mpiworker.cpp). Start-up (mpirun
// reaching every host, starting and wiring the ranks) ends with the "ready" line and is reported apart
// from the compute, which runs from sending the numbers to the "total" line.
//
// cancel() ends mpirun with SIGTERM (it takes its ranks down), then SIGKILL after two seconds; the
// ranks also die with their parent (PR_SET_PDEATHSIG), so none outlives a cancel or a dead lab.
class FactorMpiRunner final : public FactorRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactorMpiRunner)
public:
    explicit FactorMpiRunner(int ranks, QObject *parent = nullptr);
    ~FactorMpiRunner() override;

    QString strategy() const override { return QStringLiteral("mpi"); }
    int workers() const override { return m_ranks; }

    // FILE (an Open MPI hostfile) or "host:slots,host:slots"; empty = this machine.
    void setHosts(const QString &hosts) { m_hosts = hosts; }

    void start() override;
    void cancel() override;

    // Empty when the strategy can run here, otherwise why not (mpirun or the MPI worker missing).
    static QString unavailableReason();
    // Checks a --mpi-hosts value: empty, an existing file, or host:slots,... ; otherwise names the problem.
    static QString checkHosts(const QString &hosts);
    // The host names a hosts value names (a hostfile's first words), for the environment block.
    static QStringList hostNames(const QString &hosts);
    // mpirun's arguments for `ranks` ranks on `hosts` (exposed for tests).
    static QStringList mpirunArguments(int ranks, const QString &hosts, const QString &worker);

    // Pids of the ranks reported by the last run (local and remote; for tests and the log).
    QList<qint64> rankPids() const { return m_rankPids; }
    qint64 mpirunPid() const { return m_mpirunPid; }

signals:
    void rankStarted(int rank, const QString &host, qint64 pid);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void handleLine(const QByteArray &line);
    void finishRun(bool cancelled, const QString &failure);
    void stopProcess();

    int m_ranks = 1;
    QString m_hosts;
    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    FactorRunTally m_tally;
    double m_cpuSeconds = 0;
    QStringList m_rankHosts;
    QList<qint64> m_rankPids;
    qint64 m_mpirunPid = 0;
};

} // namespace Lab::Core
