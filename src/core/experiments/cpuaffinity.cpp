// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpuaffinity.h"

#include <QCoreApplication>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <sched.h>

namespace Lab::Core {

QList<int> CpuAffinity::ofThread(pid_t tid)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(tid, sizeof set, &set) != 0)
        return {};
    QList<int> cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &set))
            cpus.append(cpu);
    }
    return cpus;
}

bool CpuAffinity::setForThread(pid_t tid, const QList<int> &cpus, QString *error)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    QStringList names;
    for (int cpu : cpus) {
        if (cpu < 0 || cpu >= CPU_SETSIZE) {
            if (error)
                *error = QCoreApplication::translate("Lab::Core::CpuAffinity", "cpu: must be from 0 to %1 (got %2)")
                             .arg(CPU_SETSIZE - 1)
                             .arg(cpu);
            return false;
        }
        CPU_SET(cpu, &set);
        names.append(QString::number(cpu));
    }
    if (!cpus.isEmpty() && sched_setaffinity(tid, sizeof set, &set) == 0)
        return true;
    if (error)
        *error = QCoreApplication::translate("Lab::Core::CpuAffinity", "cannot run on CPU %1: %2")
                     .arg(names.join(QLatin1Char(',')),
                          QString::fromLocal8Bit(std::strerror(cpus.isEmpty() ? EINVAL : errno)));
    return false;
}

CpuAffinity::ScopedPin::ScopedPin(int cpu)
    : m_previous(ofThread(0))
{
    m_pinned = pinCurrentThread(cpu, &m_error);
}

CpuAffinity::ScopedPin::~ScopedPin()
{
    if (m_pinned && !m_previous.isEmpty())
        setForThread(0, m_previous);
}

} // namespace Lab::Core
