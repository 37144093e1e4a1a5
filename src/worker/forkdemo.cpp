// SPDX-License-Identifier: GPL-3.0-or-later
#include "forkdemo.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Lab::Worker {

namespace {

int usage(const char *message, const char *given = nullptr)
{
    std::fprintf(stderr, "concurrency-lab-worker fork-demo: %s", message);
    if (given)
        std::fprintf(stderr, " (got \"%s\")", given);
    std::fputc('\n', stderr);
    return 2;
}

// What the child sends back through the pipe: a fixed-size record (one write, below PIPE_BUF).
struct ChildReport
{
    int pid;
    int parentPid;
    int variable;
    const void *variableAddress;
};

// Child side: only async-signal-safe calls (write, nanosleep, prctl, _exit): the child of a fork
// must not rely on locks that another thread of the parent may have held.
[[noreturn]] void runChild(int writeFd, volatile int *variable, int holdMs, pid_t parent)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL); // die with the parent: a held child never outlives a killed demo
    if (getppid() != parent)
        _exit(1);              // the parent died before prctl took effect
    *variable = *variable + 1; // changes the child's copy only
    const ChildReport report{int(getpid()), int(getppid()), *variable,
                             static_cast<const void *>(const_cast<int *>(variable))};
    ssize_t written;
    do {
        written = ::write(writeFd, &report, sizeof report);
    } while (written < 0 && errno == EINTR);
    ::close(writeFd);
    if (written != ssize_t(sizeof report))
        _exit(3);
    if (holdMs > 0) {
        timespec wait{holdMs / 1000, long(holdMs % 1000) * 1000000L};
        while (nanosleep(&wait, &wait) < 0 && errno == EINTR) {
        }
    }
    _exit(0);
}

} // namespace

int runForkDemo(int count, char **arguments)
{
    int holdMs = 0;
    for (int i = 0; i < count; ++i) {
        if (std::strcmp(arguments[i], "--hold-ms") != 0)
            return usage("unknown option; allowed: --hold-ms N", arguments[i]);
        if (i + 1 >= count)
            return usage("--hold-ms: needs a value, an integer from 0 to 600000");
        char *end = nullptr;
        errno = 0;
        const long value = std::strtol(arguments[i + 1], &end, 10);
        if (errno != 0 || end == arguments[i + 1] || *end != '\0' || value < 0 || value > 600000)
            return usage("--hold-ms: must be an integer from 0 to 600000", arguments[i + 1]);
        holdMs = int(value);
        ++i;
    }

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        std::fprintf(stderr, "concurrency-lab-worker fork-demo: pipe failed: %s\n", std::strerror(errno));
        return 1;
    }
    volatile int variable = 41;
    const int before = variable;
    const pid_t parentPid = getpid();
    std::fflush(stdout); // nothing buffered may be written twice (once by each process)
    const pid_t child = ::fork();
    if (child < 0) {
        std::fprintf(stderr, "concurrency-lab-worker fork-demo: fork failed: %s\n", std::strerror(errno));
        ::close(fds[0]);
        ::close(fds[1]);
        return 1;
    }
    if (child == 0) {
        ::close(fds[0]);
        runChild(fds[1], &variable, holdMs, parentPid);
    }

    ::close(fds[1]);
    ChildReport report{};
    ssize_t got;
    do {
        got = ::read(fds[0], &report, sizeof report);
    } while (got < 0 && errno == EINTR);
    ::close(fds[0]);

    int status = 0;
    pid_t reaped;
    do {
        reaped = ::waitpid(child, &status, 0); // reaps the child: it never stays a zombie
    } while (reaped < 0 && errno == EINTR);

    if (got != ssize_t(sizeof report)) {
        std::fprintf(stderr, "concurrency-lab-worker fork-demo: the child sent no report\n");
        return 1;
    }
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::printf("{\"mode\":\"fork-demo\",\"parent_pid\":%d,\"parent_parent_pid\":%d,\"fork_returned\":%d,"
                "\"child_pid\":%d,\"child_parent_pid\":%d,\"variable_before_fork\":%d,\"variable_in_child\":%d,"
                "\"variable_in_parent_after\":%d,\"variable_address_parent\":\"%p\",\"variable_address_child\":\"%p\","
                "\"child_exit_code\":%d,\"child_reaped\":%s,\"hold_ms\":%d}\n",
                int(parentPid), int(getppid()), int(child), report.pid, report.parentPid, before, report.variable,
                int(variable), static_cast<const void *>(const_cast<int *>(&variable)), report.variableAddress,
                exitCode, reaped == child ? "true" : "false", holdMs);
    std::fflush(stdout);
    return reaped == child && exitCode == 0 ? 0 : 1;
}

} // namespace Lab::Worker
