// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorrunner.h"

#include "factormpirunner.h"
#include "factorprocessesrunner.h"
#include "factorpythonrunner.h"
#include "factorthreadsrunner.h"

#include <QThread>

Q_LOGGING_CATEGORY(lcFactorRunner, "lab.core.runner.factor")

namespace Lab::Core {

QStringList FactorRunner::strategyNames()
{
    return {QStringLiteral("sequential"), QStringLiteral("threads"),        QStringLiteral("processes"),
            QStringLiteral("python"),     QStringLiteral("python-threads"), QStringLiteral("python-processes"),
            QStringLiteral("mpi")};
}

bool FactorRunner::isReferenceStrategy(const QString &strategy)
{
    return strategy.startsWith(QLatin1String("python"));
}

bool FactorRunner::beginRun()
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(m_workload);
    if (isRunning())
        return false;
    markStarted();
    m_lines.clear();
    return true;
}

std::unique_ptr<FactorRunner> FactorRunner::create(const QString &strategy, int workers, QObject *parent)
{
    if (strategy == QLatin1String("sequential"))
        return std::make_unique<FactorThreadsRunner>(1, true, parent);
    if (strategy == QLatin1String("threads"))
        return std::make_unique<FactorThreadsRunner>(workers, false, parent);
    if (strategy == QLatin1String("processes"))
        return std::make_unique<FactorProcessesRunner>(workers, parent);
    if (strategy == QLatin1String("mpi"))
        return std::make_unique<FactorMpiRunner>(workers, parent);
    if (strategy == QLatin1String("python"))
        return std::make_unique<FactorPythonRunner>(FactorPythonRunner::Mode::Sequential, 1, parent);
    if (strategy == QLatin1String("python-threads"))
        return std::make_unique<FactorPythonRunner>(FactorPythonRunner::Mode::Threads, workers, parent);
    if (strategy == QLatin1String("python-processes"))
        return std::make_unique<FactorPythonRunner>(FactorPythonRunner::Mode::Processes, workers, parent);
    return nullptr;
}

} // namespace Lab::Core
