// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <sys/types.h>

namespace Lab::Core {

// sched_setaffinity/sched_getaffinity for single threads (issue 8.1, 8.2). Affinity on Linux is per
// thread: pinning one lab thread leaves the GUI thread and every other thread free.
class CpuAffinity final
{
public:
    // CPUs the thread may run on (tid 0 = the calling thread); empty on error.
    static QList<int> ofThread(pid_t tid = 0);
    // Restricts the thread to `cpus`; false with a message naming the CPUs when the kernel refuses
    // (a CPU that does not exist or is not allowed by the process's cpuset).
    static bool setForThread(pid_t tid, const QList<int> &cpus, QString *error = nullptr);
    static bool pinCurrentThread(int cpu, QString *error = nullptr) { return setForThread(0, {cpu}, error); }

    // Pins the calling thread for its lifetime and restores the previous set on destruction.
    class ScopedPin final
    {
    public:
        explicit ScopedPin(int cpu);
        ~ScopedPin();
        ScopedPin(const ScopedPin &) = delete;
        ScopedPin &operator=(const ScopedPin &) = delete;
        bool isPinned() const { return m_pinned; }
        const QString &error() const { return m_error; }
        const QList<int> &previous() const { return m_previous; }

    private:
        QList<int> m_previous;
        bool m_pinned = false;
        QString m_error;
    };
};

} // namespace Lab::Core
