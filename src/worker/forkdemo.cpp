// SPDX-License-Identifier: GPL-3.0-or-later
#include "forkdemo.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Lab::Worker {

namespace {

int usage(const char *message, const QString &given = {})
{
    std::fprintf(stderr, "concurrency-lab-worker fork-demo: %s", message);
    if (!given.isNull())
        std::fprintf(stderr, " (got \"%s\")", given.toLocal8Bit().constData());
    std::fputc('\n', stderr);
    return 2;
}

// Child side: only async-signal-safe-enough calls (snprintf into a stack buffer, write, nanosleep,
// _exit): the child of a fork must not rely on locks that another thread of the parent held.
[[noreturn]] void runChild(int writeFd, volatile int *variable, int holdMs, pid_t parent)
{
    // Die with the parent: a held child must never outlive a killed demo.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(1);              // the parent died before prctl took effect
    *variable = *variable + 1; // changes the child's copy only
    char buffer[256];
    const int length =
        std::snprintf(buffer, sizeof buffer,
                      "{\"child_pid\":%d,\"child_parent_pid\":%d,\"variable_in_child\":%d,"
                      "\"variable_address_child\":\"%p\"}",
                      int(getpid()), int(getppid()), *variable, static_cast<const void *>(const_cast<int *>(variable)));
    ssize_t written = 0;
    while (length > 0 && written < length) {
        const ssize_t n = ::write(writeFd, buffer + written, size_t(length - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(3);
        written += n;
    }
    ::close(writeFd);
    if (holdMs > 0) {
        timespec wait{holdMs / 1000, long(holdMs % 1000) * 1000000L};
        while (nanosleep(&wait, &wait) < 0 && errno == EINTR) {
        }
    }
    _exit(0);
}

} // namespace

int runForkDemo(const QStringList &arguments)
{
    int holdMs = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--hold-ms")) {
            if (i + 1 >= arguments.size())
                return usage("--hold-ms: needs a value, an integer from 0 to 600000");
            bool ok = false;
            holdMs = arguments.at(i + 1).toInt(&ok);
            if (!ok || holdMs < 0 || holdMs > 600000)
                return usage("--hold-ms: must be an integer from 0 to 600000", arguments.at(i + 1));
            ++i;
        } else {
            return usage("unknown option; allowed: --hold-ms N", arguments.at(i));
        }
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
    QByteArray report;
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        report.append(buffer, n);
    }
    ::close(fds[0]);

    int status = 0;
    pid_t reaped;
    do {
        reaped = ::waitpid(child, &status, 0); // reaps the child: it never stays a zombie
    } while (reaped < 0 && errno == EINTR);

    QJsonObject out = QJsonDocument::fromJson(report).object();
    if (out.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab-worker fork-demo: the child sent no report\n");
        return 1;
    }
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<const void *>(const_cast<int *>(&variable)));
    out.insert(QStringLiteral("mode"), QStringLiteral("fork-demo"));
    out.insert(QStringLiteral("parent_pid"), int(getpid()));
    out.insert(QStringLiteral("parent_parent_pid"), int(getppid()));
    out.insert(QStringLiteral("fork_returned"), int(child));
    out.insert(QStringLiteral("variable_before_fork"), before);
    out.insert(QStringLiteral("variable_in_parent_after"), int(variable));
    out.insert(QStringLiteral("variable_address_parent"), QString::fromLatin1(address));
    out.insert(QStringLiteral("child_reaped"), reaped == child);
    out.insert(QStringLiteral("child_exit_code"), WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    out.insert(QStringLiteral("hold_ms"), holdMs);
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return reaped == child && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

} // namespace Lab::Worker
