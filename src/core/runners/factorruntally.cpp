// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorruntally.h"

namespace Lab::Core {

void FactorRunTally::beginWork(bool countStartup)
{
    startupSeconds = countStartup ? startupTimer.nsecsElapsed() / 1e9 : 0;
    working = true;
    wallTimer.start();
}

void FactorRunTally::add(quint64 answerChecksum, qint64 count)
{
    checksum.mergeValue(answerChecksum);
    done += count;
}

RunResult FactorRunTally::result(const QString &strategy, int workers, qint64 total, bool cancelled,
                                 const QString &failure) const
{
    RunResult result;
    result.strategy = strategy;
    result.workers = workers;
    // Ended during start-up: the start-up so far (none if it never began), and no work.
    result.startupSeconds = working ? startupSeconds : startupTimer.isValid() ? startupTimer.nsecsElapsed() / 1e9 : 0;
    result.wallSeconds = working ? wallTimer.nsecsElapsed() / 1e9 : 0;
    result.checksum = checksum.toString();
    result.itemsOk = done;
    result.itemsFailed = (cancelled || !failure.isEmpty()) ? total - done : 0;
    result.cancelled = cancelled;
    result.failure = failure;
    return result;
}

} // namespace Lab::Core
