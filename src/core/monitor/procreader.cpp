// SPDX-License-Identifier: GPL-3.0-or-later
#include "procreader.h"

#include "statparser.h"

#include <QCoreApplication>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <mutex>
#include <pthread.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace Lab::Core {

namespace {

// Reads a whole small /proc file from offset 0. The kernel generates these files in one go, so one
// pread() returns everything when the buffer is larger than the file.
qsizetype readWhole(int fd, char *buffer, size_t size)
{
    qsizetype total = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, buffer + total, size - size_t(total), total);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        total += n;
        if (n == 0 || size_t(total) == size || size_t(total) < size / 2)
            return total;
    }
}

// Reads a small /proc file relative to `dirFd` into `buffer`; -1 when it cannot be read. With `keep`
// the descriptor is left open in *keep for the next sample.
qsizetype readAt(int dirFd, const char *name, char *buffer, size_t size, int *keep = nullptr)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    const qsizetype n = readWhole(fd, buffer, size);
    if (keep && n >= 0)
        *keep = fd;
    else
        ::close(fd);
    return n;
}

// Re-reads a kept descriptor; on failure (the thread has gone) closes it and returns -1.
qsizetype reread(int *fd, char *buffer, size_t size)
{
    const qsizetype n = readWhole(*fd, buffer, size);
    if (n <= 0) {
        ::close(*fd);
        *fd = -1;
        return -1;
    }
    return n;
}

class Dir
{
public:
    explicit Dir(int fd)
        : m_dir(fd >= 0 ? ::fdopendir(fd) : nullptr)
    {
        if (fd >= 0 && !m_dir)
            ::close(fd);
    }
    ~Dir()
    {
        if (m_dir)
            ::closedir(m_dir);
    }
    DIR *get() const { return m_dir; }
    Q_DISABLE_COPY_MOVE(Dir)

private:
    DIR *m_dir;
};

} // namespace

// A second reading thread. run() hands it the same job the calling thread then does itself: both take
// chunks of tasks from one atomic cursor, so neither waits for a fixed half. When the helper has not
// woken by the time the caller has taken every chunk (a loaded machine), the caller withdraws the job
// instead of waiting for it.
class ProcReader::Helper
{
public:
    Helper()
        : m_thread([this] { loop(); })
    {
        pthread_setname_np(m_thread.native_handle(), "monitor-reader");
    }
    ~Helper()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(Helper)

    // Calls work(i) once for every i in [0, count), on this thread and the helper; returns when all are
    // done, with how many of them the helper did.
    int run(int count, const std::function<void(int)> &work)
    {
        constexpr int Chunk = 16;
        std::atomic<int> cursor{0};
        const std::function<int()> drain = [&] {
            int done = 0;
            for (int first; (first = cursor.fetch_add(Chunk)) < count;) {
                for (int i = first; i < std::min(count, first + Chunk); ++i, ++done)
                    work(i);
            }
            return done;
        };
        {
            std::lock_guard lock(m_mutex);
            m_job = &drain;
            m_helperDone = 0;
        }
        m_wake.notify_one();
        drain();
        std::unique_lock lock(m_mutex);
        m_job = nullptr; // not taken yet: withdrawn
        m_done.wait(lock, [this] { return !m_running; });
        return m_helperDone;
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_quit || m_job; });
            if (m_quit)
                return;
            const std::function<int()> *job = m_job;
            m_job = nullptr;
            m_running = true;
            lock.unlock();
            const int done = (*job)();
            lock.lock();
            m_helperDone = done;
            m_running = false;
            m_done.notify_one();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<int()> *m_job = nullptr;
    int m_helperDone = 0;
    bool m_running = false;
    bool m_quit = false;
    std::thread m_thread; // last: started once the members above exist
};

ProcReader::ProcReader(QString procRoot)
    : m_root(procRoot.toLocal8Bit())
{
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (ticks > 0)
        m_ticksPerSecond = ticks;
    // Leave most descriptors to the rest of the lab (sockets, files, pipes of child processes).
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        m_fileBudget = qsizetype(std::min<rlim_t>(limit.rlim_cur / 4, 3000));
    else
        m_fileBudget = 3000;
}

ProcReader::~ProcReader()
{
    for (Files &files : m_files)
        closeFiles(files);
}

void ProcReader::closeFiles(Files &files)
{
    for (int *fd : {&files.stat, &files.schedstat, &files.status}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

ThreadSnapshot ProcReader::read(const QList<qint64> &pids)
{
    ThreadSnapshot out;
    out.timeNs = monotonicNowNs();
    out.selfPid = pids.value(0);
    const double intervalNs = m_previousNs > 0 ? double(out.timeNs - m_previousNs) : 0.0;
    out.intervalMs = intervalNs / 1e6;

    double uptimeS = 0;
    {
        char buffer[128];
        const int rootFd = ::open(m_root.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        const qsizetype n = rootFd >= 0 ? readAt(rootFd, "uptime", buffer, sizeof buffer - 1) : -1;
        if (rootFd >= 0)
            ::close(rootFd);
        if (n > 0) {
            buffer[n] = '\0';
            uptimeS = std::strtod(buffer, nullptr);
        }
    }

    QHash<qint64, Previous> next;
    next.reserve(m_previous.size());
    for (qsizetype i = 0; i < pids.size(); ++i) {
        if (!readProcess(pids.at(i), i > 0, intervalNs, uptimeS, out, next) && i == 0) {
            out.error = QCoreApplication::translate("Lab::Core::ProcReader",
                                                    "Cannot read %1/%2/task: %3. The monitor needs a Linux /proc "
                                                    "file system (is it mounted, and readable by this user?).")
                            .arg(QString::fromLocal8Bit(m_root))
                            .arg(pids.at(i))
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    m_previous = std::move(next);
    // Descriptors of threads that were not seen again are closed.
    for (Files &files : m_files)
        closeFiles(files);
    m_files = std::move(m_nextFiles);
    m_nextFiles.clear();
    m_previousNs = out.timeNs;
    ++m_reads;
    return out;
}

void ProcReader::readTask(int tasksFd, qint64 pid, bool isChild, double intervalNs, double uptimeS, Task &task) const
{
    char buffer[4096];
    char name[24];
    std::snprintf(name, sizeof name, "%lld", static_cast<long long>(task.tid));
    Files &files = task.files;
    int taskFd = -1;
    auto open = [&](const char *file, int *kept) -> qsizetype {
        if (*kept >= 0)
            return reread(kept, buffer, sizeof buffer);
        if (taskFd < 0)
            taskFd = ::openat(tasksFd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (taskFd < 0)
            return -1;
        return readAt(taskFd, file, buffer, sizeof buffer, task.keep ? kept : nullptr);
    };
    // Closes the task's directory however this returns.
    const std::unique_ptr<int, void (*)(int *)> closeTaskFd(&taskFd, [](int *fd) {
        if (*fd >= 0)
            ::close(*fd);
    });
    qsizetype n = open("stat", &files.stat);
    const auto stat = n > 0 ? StatParser::parseStat(QByteArrayView(buffer, n)) : std::nullopt;
    if (!stat) { // vanished, or unreadable: skipped silently
        closeFiles(files);
        return;
    }
    ThreadSample &sample = task.sample;
    sample.pid = pid;
    sample.tid = stat->pid;
    sample.osName = stat->comm;
    sample.kernelState = stat->state;
    sample.core = stat->processor;
    sample.isChildProcess = isChild;
    if (uptimeS > 0)
        sample.startedMsAgo =
            std::max<qint64>(0, qint64((uptimeS - double(stat->startTimeTicks) / double(m_ticksPerSecond)) * 1000));

    Previous &now = task.now;
    now.startTimeTicks = stat->startTimeTicks;
    now.cpuTicks = stat->utimeTicks + stat->stimeTicks;
    n = open("schedstat", &files.schedstat);
    if (const auto sched = n > 0 ? StatParser::parseSchedStat(QByteArrayView(buffer, n)) : std::nullopt) {
        now.hasSchedStat = true;
        now.onCpuNs = sched->onCpuNs;
        now.runDelayNs = sched->runDelayNs;
    }
    const auto previous = m_previous.constFind(sample.tid);
    const bool known = previous != m_previous.cend() && previous->startTimeTicks == now.startTimeTicks;
    // Each thread's status is read every statusEvery-th sample, staggered by tid, so every sample
    // costs about the same instead of every n-th one paying for all threads at once.
    const bool statusTurn = ((quint64(task.tid) + m_reads) % quint64(m_statusEvery)) == 0;
    if (statusTurn || !known) {
        n = open("status", &files.status);
        if (const auto sw = n > 0 ? StatParser::parseStatusSwitches(QByteArrayView(buffer, n)) : std::nullopt) {
            now.voluntary = sw->voluntary;
            now.involuntary = sw->involuntary;
            now.switchesKnown = true;
        }
    } else {
        now.voluntary = previous->voluntary;
        now.involuntary = previous->involuntary;
        now.switchesKnown = previous->switchesKnown;
    }
    sample.voluntarySwitches = now.voluntary;
    sample.involuntarySwitches = now.involuntary;
    sample.switchesKnown = now.switchesKnown;

    if (known && intervalNs > 0) {
        if (now.hasSchedStat && previous->hasSchedStat) {
            // schedstat counts nanoseconds: far finer than the 100 Hz utime/stime ticks.
            const double ran = double(now.onCpuNs - previous->onCpuNs);
            const double waited = double(now.runDelayNs - previous->runDelayNs);
            sample.cpuPercent = 100.0 * ran / intervalNs;
            sample.onCpu = !(sample.kernelState == 'R' && waited > ran);
        } else {
            const double ticks = double(now.cpuTicks - previous->cpuTicks);
            sample.cpuPercent = 100.0 * ticks / double(m_ticksPerSecond) / (intervalNs / 1e9);
        }
        sample.cpuPercent = std::clamp(sample.cpuPercent, 0.0, 100.0);
    }
    sample.origin = classifyThread(sample.pid, sample.tid, sample.osName);
    task.valid = true;
}

bool ProcReader::readProcess(qint64 pid, bool isChild, double intervalNs, double uptimeS, ThreadSnapshot &out,
                             QHash<qint64, Previous> &next)
{
    const QByteArray taskPath = m_root + '/' + QByteArray::number(pid) + "/task";
    Dir tasks(::open(taskPath.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!tasks.get())
        return false;
    const int tasksFd = ::dirfd(tasks.get());
    // The listing first (this thread), then the files of every task, then the results in listing order.
    m_tasks.clear();
    qsizetype kept = m_nextFiles.size();
    while (dirent *entry = ::readdir(tasks.get())) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        Task &task = m_tasks.emplace_back();
        task.tid = std::strtoll(entry->d_name, nullptr, 10);
        task.files = m_files.take(task.tid);
        task.keep = task.files.stat >= 0 || (kept + 1) * 3 <= m_fileBudget;
        if (task.keep)
            ++kept;
    }
    const int count = int(m_tasks.size());
    // Below this many threads a helper's wake-up costs more than it saves.
    constexpr int ParallelFrom = 64;
    bool readAlone = !m_parallel || count < ParallelFrom;
    if (!readAlone && m_soloReads > 0) {
        --m_soloReads;
        readAlone = true;
    }
    if (readAlone) {
        for (Task &task : m_tasks)
            readTask(tasksFd, pid, isChild, intervalNs, uptimeS, task);
    } else {
        if (!m_helper)
            m_helper = std::make_unique<Helper>();
        const int helped = m_helper->run(
            count, [&](int i) { readTask(tasksFd, pid, isChild, intervalNs, uptimeS, m_tasks[size_t(i)]); });
        // A helper that did less than a quarter had no core of its own (it woke late or was preempted):
        // on a busy machine it cannot shorten a read, only make this thread wait for it. Read alone for
        // the next few, then try again.
        constexpr int SoloReadsWhenBusy = 8;
        if (helped * 4 < count)
            m_soloReads = SoloReadsWhenBusy;
    }
    const qsizetype firstOfProcess = out.threads.size();
    QString processName;
    for (Task &task : m_tasks) {
        if (task.files.stat >= 0 || task.files.schedstat >= 0 || task.files.status >= 0)
            m_nextFiles.insert(task.tid, task.files);
        if (!task.valid)
            continue;
        if (task.sample.tid == pid)
            processName = task.sample.osName;
        next.insert(task.sample.tid, task.now);
        out.threads.append(std::move(task.sample));
    }
    for (qsizetype i = firstOfProcess; i < out.threads.size(); ++i)
        out.threads[i].processName = processName;
    return true;
}

} // namespace Lab::Core
