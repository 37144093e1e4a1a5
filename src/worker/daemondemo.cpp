// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemondemo.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <poll.h>
#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace Lab::Worker {

namespace {

std::mutex s_outputMutex; // one whole line at a time, from any thread
QElapsedTimer s_clock;

void writeEventLocked(QJsonObject event)
{
    event.insert(QStringLiteral("t_ms"), double(s_clock.nsecsElapsed() / 100000) / 10.0);
    const QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout); // a reader sees each event at once, and nothing is lost at _exit()
}

void writeEvent(const QJsonObject &event)
{
    std::lock_guard lock(s_outputMutex);
    writeEventLocked(event);
}

int usage(const char *option, const char *allowed, const QString &given)
{
    std::fprintf(stderr, "concurrency-lab-worker daemon-demo: %s: must be %s (got \"%s\")\n", option, allowed,
                 given.toLocal8Bit().constData());
    return 2;
}

// Busy computation for about `ms` (the worker's "real work").
quint64 computeFor(int ms, quint64 x)
{
    QElapsedTimer timer;
    timer.start();
    do {
        for (int i = 0; i < 4096; ++i) {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            x *= 0x2545F4914F6CDD1DULL;
        }
    } while (timer.elapsed() < ms);
    return x;
}

// Returns when stdin reaches end of file or delivers a line "end".
void waitForEndOnStdin()
{
    QByteArray pending;
    char buffer[256];
    for (;;) {
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        if (::poll(&fd, 1, -1) < 0)
            continue; // EINTR
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
            return;
        if (n > 0) {
            pending.append(buffer, n);
            for (const QByteArray &line : pending.split('\n')) {
                if (line.trimmed() == "end")
                    return;
            }
            pending = pending.mid(pending.lastIndexOf('\n') + 1);
        }
    }
}

} // namespace

int runDaemonDemo(const QStringList &arguments)
{
    int runMs = 0;
    int beatMs = 200;
    int workMs = 3000;
    struct Option
    {
        const char *name;
        int *value;
        int min;
        int max;
        const char *allowed;
    };
    const Option options[] = {
        {"--run-ms", &runMs, 0, 600000, "an integer from 0 (until stdin ends) to 600000"},
        {"--beat-ms", &beatMs, 10, 10000, "an integer from 10 to 10000"},
        {"--work-ms", &workMs, 0, 600000, "an integer from 0 to 600000"},
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const Option *match = nullptr;
        for (const Option &option : options) {
            if (arguments.at(i) == QLatin1String(option.name))
                match = &option;
        }
        if (!match)
            return usage("option", "one of --run-ms, --beat-ms, --work-ms", arguments.at(i));
        const QString given = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        bool ok = false;
        const int value = given.toInt(&ok);
        if (!ok || value < match->min || value > match->max)
            return usage(match->name, match->allowed, given);
        *match->value = value;
        ++i;
    }

    s_clock.start();
    std::atomic<int> beats{0};
    std::atomic<pid_t> daemonTid{0};
    std::atomic<pid_t> workerTid{0};
    std::atomic<bool> workerFinished{false};

    // The daemon: an endless heartbeat. Detached: nobody will ever join it. It only touches
    // objects that live until _exit() (the atomics above stay valid: main never returns).
    std::thread daemon([&beats, &daemonTid, beatMs] {
        pthread_setname_np(pthread_self(), "demo-daemon");
        daemonTid = gettid();
        for (int n = 1;; ++n) {
            writeEvent({{QStringLiteral("event"), QStringLiteral("beat")},
                        {QStringLiteral("n"), n},
                        {QStringLiteral("tid"), int(gettid())}});
            beats = n;
            std::this_thread::sleep_for(std::chrono::milliseconds(beatMs));
        }
    });
    daemon.detach();

    std::thread worker([&workerTid, &workerFinished, workMs] {
        pthread_setname_np(pthread_self(), "demo-worker");
        workerTid = gettid();
        constexpr int steps = 10;
        quint64 x = 1;
        for (int done = 1; done <= steps; ++done) {
            x = computeFor(workMs / steps, x);
            writeEvent({{QStringLiteral("event"), QStringLiteral("progress")},
                        {QStringLiteral("done"), done},
                        {QStringLiteral("total"), steps},
                        {QStringLiteral("tid"), int(gettid())}});
        }
        writeEvent({{QStringLiteral("event"), QStringLiteral("worker-done")},
                    {QStringLiteral("tid"), int(gettid())},
                    {QStringLiteral("checksum"), QString::number(x, 16)}});
        workerFinished = true;
    });

    while (daemonTid == 0 || workerTid == 0)
        std::this_thread::yield(); // both threads have published their ids
    writeEvent({{QStringLiteral("event"), QStringLiteral("start")},
                {QStringLiteral("pid"), int(getpid())},
                {QStringLiteral("daemon_tid"), int(daemonTid)},
                {QStringLiteral("worker_tid"), int(workerTid)}});

    if (runMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(runMs));
    else
        waitForEndOnStdin();

    writeEvent({{QStringLiteral("event"), QStringLiteral("end-of-program")},
                {QStringLiteral("waiting_for"), QJsonArray{QStringLiteral("demo-worker")}},
                {QStringLiteral("abandoning"), QJsonArray{QStringLiteral("demo-daemon")}}});
    worker.join(); // a standard thread keeps the program alive until it ends

    // Hold the output lock so the daemon cannot be half-way through a line, write the last event and
    // end the process: _exit() ends every thread at once (exit_group) and runs no destructors or
    // atexit handlers, which a still-running detached thread could otherwise race with.
    s_outputMutex.lock();
    const QByteArray daemonTask = "/proc/self/task/" + QByteArray::number(daemonTid.load());
    writeEventLocked({{QStringLiteral("event"), QStringLiteral("exiting")},
                      {QStringLiteral("daemon_beats"), beats.load()},
                      {QStringLiteral("daemon_alive"), ::access(daemonTask.constData(), F_OK) == 0},
                      {QStringLiteral("worker_finished"), workerFinished.load()}});
    _exit(0);
}

} // namespace Lab::Worker
