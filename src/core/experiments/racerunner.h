// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runners/runner.h"
#include "sharedcounterexperiment.h"

namespace Lab::Core {

// One round of the shared-counter race (SharedCounterExperiment) as a benchmark strategy: the
// strategy is the kind of synchronization ("none", "mutex", "atomic", "rlock"), the workers are the
// counter threads. Each run reports, beside its time, "expected" (threads x increments) and per run
// "actual" and "lost". Lost updates without synchronization are the lesson, not a failure; with any
// synchronization a lost update is an error of the run (it would be a bug in the lab).
class RaceRunner final : public Runner
{
    Q_OBJECT
public:
    RaceRunner(CounterSync sync, int threads, qint64 incrementsPerThread, QObject *parent = nullptr);

    QString strategy() const override { return counterSyncName(m_config.sync); }
    int workers() const override { return m_config.threads; }
    void start() override;
    void cancel() override;

private:
    void onFinished(const CounterSummary &summary);

    SharedCounterExperiment::Config m_config;
    SharedCounterExperiment m_experiment;
};

} // namespace Lab::Core
