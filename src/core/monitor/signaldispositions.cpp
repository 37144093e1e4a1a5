// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaldispositions.h"

#include <QFile>
#include <QList>

#include <csignal>

namespace Lab::Core {

namespace {

struct NamedSignal
{
    int number;
    const char *name;
};

// By macro, not by number: the numbers differ between architectures.
constexpr NamedSignal KnownSignals[] = {
    {SIGHUP, "HUP"},       {SIGINT, "INT"},     {SIGQUIT, "QUIT"}, {SIGILL, "ILL"},   {SIGTRAP, "TRAP"},
    {SIGABRT, "ABRT"},     {SIGBUS, "BUS"},     {SIGFPE, "FPE"},   {SIGKILL, "KILL"}, {SIGUSR1, "USR1"},
    {SIGSEGV, "SEGV"},     {SIGUSR2, "USR2"},   {SIGPIPE, "PIPE"}, {SIGALRM, "ALRM"}, {SIGTERM, "TERM"},
#ifdef SIGSTKFLT
    {SIGSTKFLT, "STKFLT"},
#endif
    {SIGCHLD, "CHLD"},     {SIGCONT, "CONT"},   {SIGSTOP, "STOP"}, {SIGTSTP, "TSTP"}, {SIGTTIN, "TTIN"},
    {SIGTTOU, "TTOU"},     {SIGURG, "URG"},     {SIGXCPU, "XCPU"}, {SIGXFSZ, "XFSZ"}, {SIGVTALRM, "VTALRM"},
    {SIGPROF, "PROF"},     {SIGWINCH, "WINCH"}, {SIGIO, "IO"},     {SIGPWR, "PWR"},   {SIGSYS, "SYS"},
};

bool parseMask(QByteArrayView text, quint64 *mask)
{
    bool ok = false;
    const QByteArray hex = text.trimmed().toByteArray();
    if (hex.isEmpty() || hex.size() > 16)
        return false;
    *mask = hex.toULongLong(&ok, 16);
    return ok;
}

} // namespace

SignalDispositions SignalDispositions::parseStatus(QByteArrayView status)
{
    SignalDispositions result;
    int found = 0;
    qsizetype start = 0;
    while (start < status.size()) {
        qsizetype end = status.indexOf('\n', start);
        if (end < 0)
            end = status.size();
        const QByteArrayView line = status.sliced(start, end - start);
        start = end + 1;
        quint64 *target = nullptr;
        if (line.startsWith("SigCgt:"))
            target = &result.caught;
        else if (line.startsWith("SigIgn:"))
            target = &result.ignored;
        else if (line.startsWith("SigBlk:"))
            target = &result.blocked;
        if (!target)
            continue;
        if (!parseMask(line.sliced(7), target))
            return SignalDispositions();
        ++found;
    }
    result.valid = found == 3;
    if (!result.valid)
        return SignalDispositions();
    return result;
}

SignalDispositions SignalDispositions::read(pid_t pid, const QString &procRoot)
{
    QFile file(QStringLiteral("%1/%2/status").arg(procRoot).arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseStatus(file.readAll()); // /proc files report size 0: read until EOF
}

QString SignalDispositions::signalName(int signal)
{
    for (const NamedSignal &named : KnownSignals) {
        if (named.number == signal)
            return QString::fromLatin1(named.name);
    }
    // glibc keeps the kernel's first two real-time signals for its threads (nptl's SIGCANCEL, and
    // SIGSETXID, which makes every thread apply a setuid()); its SIGRTMIN starts after them.
    if (signal == 32 && SIGRTMIN > 32)
        return QStringLiteral("CANCEL");
    if (signal == 33 && SIGRTMIN > 33)
        return QStringLiteral("SETXID");
    if (signal >= SIGRTMIN && signal <= SIGRTMAX)
        return signal == SIGRTMIN ? QStringLiteral("RTMIN") : QStringLiteral("RTMIN+%1").arg(signal - SIGRTMIN);
    return QString::number(signal);
}

QStringList SignalDispositions::names(quint64 mask)
{
    QStringList result;
    for (int bit = 0; bit < 64; ++bit) {
        if (mask & (quint64(1) << bit))
            result.append(signalName(bit + 1));
    }
    return result;
}

} // namespace Lab::Core
