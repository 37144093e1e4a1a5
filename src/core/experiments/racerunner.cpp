// SPDX-License-Identifier: GPL-3.0-or-later
#include "racerunner.h"

#include <QCoreApplication>

namespace Lab::Core {

RaceRunner::RaceRunner(CounterSync sync, int threads, qint64 incrementsPerThread, QObject *parent)
    : Runner(parent)
{
    m_config.sync = sync;
    m_config.threads = threads;
    m_config.incrementsPerThread = incrementsPerThread;
    m_config.maxRounds = 1;
    m_config.namePrefix = QStringLiteral("race-") + counterSyncName(sync);
    connect(&m_experiment, &SharedCounterExperiment::finished, this, &RaceRunner::onFinished);
}

void RaceRunner::start()
{
    markStarted();
    if (!m_experiment.start(m_config)) {
        RunResult result;
        result.strategy = strategy();
        result.workers = workers();
        result.failure = SharedCounterExperiment::validate(m_config);
        if (result.failure.isEmpty())
            result.failure = QStringLiteral("the previous round is still running");
        finish(result);
    }
}

void RaceRunner::cancel()
{
    m_experiment.cancel();
}

void RaceRunner::onFinished(const CounterSummary &summary)
{
    RunResult result;
    result.strategy = strategy();
    result.workers = workers();
    result.cancelled = summary.cancelled;
    if (!summary.rounds.isEmpty()) {
        const CounterRoundResult &round = summary.rounds.constLast();
        result.wallSeconds = round.seconds;
        result.itemsOk = round.actual;
        result.entryValues.insert(QStringLiteral("expected"), double(round.expected));
        result.perRunValues.insert(QStringLiteral("actual"), double(round.actual));
        result.perRunValues.insert(QStringLiteral("lost"), double(round.lost()));
        if (m_config.sync != CounterSync::None) {
            // Every increment must count: the same checksum in every run and strategy.
            result.checksum = QString::number(round.actual);
            if (round.lost() != 0 && !round.cancelled) {
                result.itemsFailed = round.lost();
                result.errors.append(
                    {QStringLiteral("counter"),
                     QCoreApplication::translate("Lab::Core::RaceRunner", "%1 updates lost despite %2 synchronization")
                         .arg(round.lost())
                         .arg(strategy())});
            }
        }
    }
    finish(result);
}

} // namespace Lab::Core
