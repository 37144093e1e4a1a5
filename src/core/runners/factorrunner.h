// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workloads/factorworkload.h"
#include "runner.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QStringList>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcFactorRunner)

namespace Lab::Core {

// A strategy of the factorization experiment. Set a workload, then start(); the result's checksum
// is a FactorChecksum, identical across strategies that computed the same factorizations.
class FactorRunner : public Runner
{
    Q_OBJECT
public:
    using Runner::Runner;

    void setWorkload(std::shared_ptr<const FactorWorkload> workload) { m_workload = std::move(workload); }
    const std::shared_ptr<const FactorWorkload> &workload() const { return m_workload; }

    // GNU factor lines ("12: 2 2 3") in input order, after a successful run with keepLines set.
    const QList<QByteArray> &factorLines() const { return m_lines; }

    // "sequential", "threads", "processes", and the CPython reference rows "python",
    // "python-threads", "python-processes", and "mpi" (ranks under mpirun, see FactorMpiRunner).
    static QStringList strategyNames();
    static bool isReferenceStrategy(const QString &strategy);
    // A runner for `strategy` with `workers` threads or processes (ignored by the sequential
    // strategies), or nullptr for an unknown name.
    static std::unique_ptr<FactorRunner> create(const QString &strategy, int workers, QObject *parent = nullptr);

protected:
    // The opening of every strategy's start(): asserts the runner's thread and a workload; false when
    // a run is already going, else the run is marked started and the previous run's lines are gone.
    bool beginRun();

    std::shared_ptr<const FactorWorkload> m_workload;
    QList<QByteArray> m_lines;
};

} // namespace Lab::Core
