// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workloads/factorchecksum.h"
#include "runresult.h"

#include <QElapsedTimer>

namespace Lab::Core {

// The clocks and the count of a factorization run whose workers start before they work (the
// processes and mpi strategies): start-up is timed apart from the work, and a run that ends early
// (cancelled, failed) still reports how far it got. Reset it with `= {}` when a run starts.
struct FactorRunTally
{
    QElapsedTimer startupTimer;
    QElapsedTimer wallTimer;
    double startupSeconds = 0;
    bool working = false; // start-up is over, the numbers are being factorized
    FactorChecksum checksum;
    qint64 done = 0;

    // The workers are up: the work clock starts. countStartup false when they were started by an
    // earlier run (reused workers cost this run nothing to start).
    void beginWork(bool countStartup = true);
    // Answers for `count` more numbers arrived, with the checksum of their factorizations.
    void add(quint64 answerChecksum, qint64 count);

    // What every such strategy reports alike: strategy, workers, start-up and wall time, checksum,
    // numbers done, and those not done when the run was cancelled or failed.
    RunResult result(const QString &strategy, int workers, qint64 total, bool cancelled, const QString &failure) const;
};

} // namespace Lab::Core
