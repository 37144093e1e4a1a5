// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runners/runner.h"
#include "diningphilosophers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Lab::Core {

class Benchmark;

// One remedy of the dining philosophers as a benchmark strategy (`run philosophers`): the strategy
// is the remedy, the workers are the philosophers. Its entry in the result JSON: "meals" and
// "max_wait_ms" (one per philosopher), "retries" (second forks given up), "deadlock" {"detected",
// "after_ms", "cycle": [{"thread", "waits_on", "held_by"}]}, "livelock", "lock_order_cycles"
// [{"locks", "paths": [{"thread", "order"}]}]. A deadlock is a result (the lab ends it), not a
// failure; a philosopher who never ate with ordering, arbitrator or backoff is a failed item.
class PhilosophersRunner final : public Runner
{
    Q_OBJECT
public:
    explicit PhilosophersRunner(const DiningPhilosophers::Config &config, QObject *parent = nullptr);

    QString strategy() const override { return DiningPhilosophers::remedyName(m_config.remedy); }
    int workers() const override { return m_config.philosophers; }
    void start() override;
    void cancel() override;

    static QJsonObject deadlockJson(const DiningPhilosophers::Result &result);
    static QJsonArray lockOrderJson(const QList<LockOrderCycle> &cycles);

private:
    void onFinished(const DiningPhilosophers::Result &result);

    DiningPhilosophers::Config m_config;
    DiningPhilosophers m_table;
};

// Sets up `benchmark` (experiment "philosophers", parameters, one case per remedy, one run each)
// from values of DiningPhilosophers::schema().
void setUpPhilosophersBenchmark(Benchmark &benchmark, const ParameterValues &values);

} // namespace Lab::Core
