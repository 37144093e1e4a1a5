// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadsample.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace Lab::Core {

// Reads /proc/<pid>/task/*/{stat,schedstat,status} for a list of processes and turns two successive
// reads into ThreadSamples (CPU % and running-vs-runnable need deltas). Synchronous and not
// thread-safe: one instance per sampling thread (ProcSampler owns one). Threads that vanish between
// the directory listing and the reads are skipped silently. The name comes from stat's field 2, which
// the kernel fills from the same task->comm as the comm file, so comm is not read separately.
// `statusEvery` reads each thread's status (context switches, the largest file) only every n-th read,
// staggered by tid so that every sample reads about 1/n of them, to keep a 500-thread sample within
// budget; the last values are carried over in between.
// System calls dominate the cost, so the files of each thread stay open between samples and are
// re-read with pread() at offset 0 (one call per file instead of open/read/close), within a budget
// of descriptors derived from RLIMIT_NOFILE; threads beyond it are read the plain way.
// With setParallel(true), a process with many threads has its files read by this thread and one
// helper thread ("monitor-reader", started on first need) side by side; results keep readdir's order.
class ProcReader final
{
public:
    explicit ProcReader(QString procRoot = QStringLiteral("/proc"));
    ~ProcReader();
    Q_DISABLE_COPY_MOVE(ProcReader)

    void setStatusEvery(int n) { m_statusEvery = std::max(1, n); }
    void setParallel(bool parallel) { m_parallel = parallel; }

    // Reads every task of each pid (the first is "this process"). On failure for the first pid
    // `snapshot.error` says why; failures for child pids (they may have exited) are silent.
    ThreadSnapshot read(const QList<qint64> &pids);

private:
    struct Previous
    {
        quint64 startTimeTicks = 0;
        quint64 cpuTicks = 0;
        quint64 onCpuNs = 0;
        quint64 runDelayNs = 0;
        bool hasSchedStat = false;
        quint64 voluntary = 0;
        quint64 involuntary = 0;
        bool switchesKnown = false;
    };
    struct Files
    {
        int stat = -1;
        int schedstat = -1;
        int status = -1;
    };
    // One task found in a process's task directory, and what reading its files gave.
    struct Task
    {
        qint64 tid = 0;
        Files files;
        bool keep = false; // within the descriptor budget: leave its files open
        bool valid = false;
        ThreadSample sample;
        Previous now;
    };
    class Helper;
    static void closeFiles(Files &files);
    void readTask(int tasksFd, qint64 pid, bool isChild, double intervalNs, double uptimeS, Task &task) const;
    bool readProcess(qint64 pid, bool isChild, double intervalNs, double uptimeS, ThreadSnapshot &out,
                     QHash<qint64, Previous> &next);

    QByteArray m_root;
    QHash<qint64, Previous> m_previous;
    QHash<qint64, Files> m_files; // tid -> open descriptors
    QHash<qint64, Files> m_nextFiles;
    qsizetype m_fileBudget = 0; // descriptors this reader may keep open
    qint64 m_previousNs = 0;
    long m_ticksPerSecond = 100;
    int m_statusEvery = 1;
    quint64 m_reads = 0;
    bool m_parallel = false;
    int m_soloReads = 0;       // reads left to do alone after the helper fell behind (a busy machine)
    std::vector<Task> m_tasks; // reused between reads
    std::unique_ptr<Helper> m_helper;
};

} // namespace Lab::Core
