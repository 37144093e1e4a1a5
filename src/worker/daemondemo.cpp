// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemondemo.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <poll.h>
#include <pthread.h>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace Lab::Worker {

namespace {

std::mutex s_outputMutex; // one whole line at a time, from any thread
const auto StartTime = std::chrono::steady_clock::now();

// Writes one JSON object: `fields` is the inside of the braces without t_ms, which is appended.
__attribute__((format(printf, 1, 2))) void writeEventLocked(const char *format, ...)
{
    char fields[256];
    va_list args;
    va_start(args, format);
    std::vsnprintf(fields, sizeof fields, format, args);
    va_end(args);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - StartTime).count();
    std::printf("{%s,\"t_ms\":%.1f}\n", fields, ms);
    std::fflush(stdout); // a reader sees each event at once, and nothing is lost at _exit()
}

#define WRITE_EVENT(...)                                                                                               \
    do {                                                                                                               \
        std::lock_guard lock(s_outputMutex);                                                                           \
        writeEventLocked(__VA_ARGS__);                                                                                 \
    } while (false)

int usage(const char *option, const char *allowed, const char *given)
{
    std::fprintf(stderr, "concurrency-lab-worker daemon-demo: %s: must be %s (got \"%s\")\n", option, allowed, given);
    return 2;
}

// Busy computation for about `ms` (the worker's "real work").
std::uint64_t computeFor(int ms, std::uint64_t x)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    do {
        for (int i = 0; i < 4096; ++i) {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            x *= 0x2545F4914F6CDD1DULL;
        }
    } while (std::chrono::steady_clock::now() < end);
    return x;
}

// The "crash" request: a real crash, not an exit. A thread of the process (not the main thread: a
// crashing thread takes the whole process down, every thread with it) writes to address 16, as
// `object->field` does on a null `object`. The kernel ends the process with
// SIGSEGV and the parent's waitpid() reports that signal.
[[noreturn]] void crashWithSegmentationFault()
{
    // Teaching crashes leave no core file and take no time to dump one (a core pipe would keep the
    // dying process busy while the lab waits for it).
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // The default action, whatever a sanitizer or a crash reporter installed: the kernel ends the process.
    ::signal(SIGSEGV, SIG_DFL);
    std::thread crasher([] {
        pthread_setname_np(pthread_self(), "demo-crash");
        WRITE_EVENT("\"event\":\"crashing\",\"signal\":\"SIGSEGV\",\"tid\":%d", int(gettid()));
        // Where `object->field` lands for a null `object`; volatile, so the compiler cannot see
        // the address (and UBSan has no null pointer to report: the kernel is the one that objects).
        volatile std::uintptr_t address = 16;
        *reinterpret_cast<volatile int *>(address) = 42;
    });
    crasher.join(); // never returns: the fault ends every thread of the process
    std::abort();   // not reached
}

// Serves requests from stdin, one per line, until end of file or a line "end":
//   "ping"  -> {"event":"pong","n":N,"tid":T}  (the process is alive and its main thread answers)
//   "crash" -> the process dies by SIGSEGV (see above)
void serveStdin()
{
    std::string pending;
    char buffer[256];
    int pongs = 0;
    for (;;) {
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        if (::poll(&fd, 1, -1) < 0)
            continue; // EINTR
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
            return;
        if (n < 0)
            continue;
        pending.append(buffer, size_t(n));
        size_t newline;
        while ((newline = pending.find('\n')) != std::string::npos) {
            std::string line = pending.substr(0, newline);
            pending.erase(0, newline + 1);
            while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
                line.pop_back();
            if (line == "end")
                return;
            if (line == "ping")
                WRITE_EVENT("\"event\":\"pong\",\"n\":%d,\"tid\":%d", ++pongs, int(gettid()));
            else if (line == "crash")
                crashWithSegmentationFault();
        }
    }
}

} // namespace

int runDaemonDemo(int count, char **arguments)
{
    int runMs = 0;
    int beatMs = 200;
    int workMs = 3000;
    struct Option
    {
        const char *name;
        int *value;
        long min;
        long max;
        const char *allowed;
    };
    const Option options[] = {
        {"--run-ms", &runMs, 0, 600000, "an integer from 0 (until stdin ends) to 600000"},
        {"--beat-ms", &beatMs, 10, 10000, "an integer from 10 to 10000"},
        {"--work-ms", &workMs, 0, 600000, "an integer from 0 to 600000"},
    };
    for (int i = 0; i < count; ++i) {
        const Option *match = nullptr;
        for (const Option &option : options) {
            if (std::strcmp(arguments[i], option.name) == 0)
                match = &option;
        }
        if (!match)
            return usage("option", "one of --run-ms, --beat-ms, --work-ms", arguments[i]);
        const char *given = i + 1 < count ? arguments[i + 1] : "";
        char *end = nullptr;
        errno = 0;
        const long value = std::strtol(given, &end, 10);
        if (errno != 0 || end == given || *end != '\0' || value < match->min || value > match->max)
            return usage(match->name, match->allowed, given);
        *match->value = int(value);
        ++i;
    }

    std::atomic<int> beats{0};
    std::atomic<pid_t> daemonTid{0};
    std::atomic<pid_t> workerTid{0};
    std::atomic<bool> workerFinished{false};

    // The daemon: an endless heartbeat. Detached: nobody will ever join it. It only touches objects
    // that live until _exit() (the atomics above stay valid: this function never returns after this).
    std::thread daemon([&beats, &daemonTid, beatMs] {
        pthread_setname_np(pthread_self(), "demo-daemon");
        daemonTid = gettid();
        for (int n = 1;; ++n) {
            WRITE_EVENT("\"event\":\"beat\",\"n\":%d,\"tid\":%d", n, int(gettid()));
            beats = n;
            std::this_thread::sleep_for(std::chrono::milliseconds(beatMs));
        }
    });
    daemon.detach();

    std::thread worker([&workerTid, &workerFinished, workMs] {
        pthread_setname_np(pthread_self(), "demo-worker");
        workerTid = gettid();
        constexpr int steps = 10;
        std::uint64_t x = 1;
        for (int done = 1; done <= steps; ++done) {
            x = computeFor(workMs / steps, x);
            WRITE_EVENT("\"event\":\"progress\",\"done\":%d,\"total\":%d,\"tid\":%d", done, steps, int(gettid()));
        }
        WRITE_EVENT("\"event\":\"worker-done\",\"tid\":%d,\"checksum\":\"%llx\"", int(gettid()),
                    static_cast<unsigned long long>(x));
        workerFinished = true;
    });

    while (daemonTid == 0 || workerTid == 0)
        std::this_thread::yield(); // both threads have published their ids
    WRITE_EVENT("\"event\":\"start\",\"pid\":%d,\"daemon_tid\":%d,\"worker_tid\":%d", int(getpid()),
                int(daemonTid.load()), int(workerTid.load()));

    if (runMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(runMs));
    else
        serveStdin();

    WRITE_EVENT("\"event\":\"end-of-program\",\"waiting_for\":[\"demo-worker\"],\"abandoning\":[\"demo-daemon\"]");
    worker.join(); // a standard thread keeps the program alive until it ends

    // Hold the output lock so the daemon cannot be half-way through a line, write the last event and
    // end the process: _exit() ends every thread at once (exit_group) and runs no destructors or
    // atexit handlers, which a still-running detached thread could otherwise race with.
    s_outputMutex.lock();
    char task[64];
    std::snprintf(task, sizeof task, "/proc/self/task/%d", int(daemonTid.load()));
    writeEventLocked("\"event\":\"exiting\",\"daemon_beats\":%d,\"daemon_alive\":%s,\"worker_finished\":%s",
                     beats.load(), ::access(task, F_OK) == 0 ? "true" : "false",
                     workerFinished.load() ? "true" : "false");
    _exit(0);
}

} // namespace Lab::Worker
