// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadsample.h"

#include <QCoreApplication>

namespace Lab::Core {

QString kernelStateDescription(const ThreadSample &sample)
{
    if (sample.kernelState == 'R')
        return sample.onCpu ? QCoreApplication::translate("Lab::Core::ThreadSample", "R: running on a CPU")
                            : QCoreApplication::translate("Lab::Core::ThreadSample", "R: runnable, waiting for a CPU");
    return QCoreApplication::translate("Lab::Core::ThreadSample", "%1: %2")
        .arg(QString(QLatin1Char(sample.kernelState)), kernelStateWords(sample.kernelState));
}

QString kernelStateBrief(const ThreadSample &sample)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Lab::Core::ThreadSample", text); };
    QString words;
    switch (sample.kernelState) {
    case 'R':
        words = sample.onCpu ? tr("on a CPU") : tr("runnable");
        break;
    case 'S':
        words = tr("sleeping");
        break;
    case 'D':
        words = tr("I/O wait");
        break;
    case 'Z':
        words = tr("zombie");
        break;
    case 'T':
    case 't':
        words = tr("stopped");
        break;
    case 'X':
        words = tr("dead");
        break;
    case 'I':
        words = tr("idle");
        break;
    default:
        return QString(QLatin1Char(sample.kernelState));
    }
    return tr("%1: %2").arg(QString(QLatin1Char(sample.kernelState)), words);
}

QString threadOriginName(ThreadOrigin origin)
{
    switch (origin) {
    case ThreadOrigin::Lab:
        return QCoreApplication::translate("Lab::Core::ThreadSample", "lab thread");
    case ThreadOrigin::Main:
        return QCoreApplication::translate("Lab::Core::ThreadSample", "main thread (not a lab thread)");
    case ThreadOrigin::Qt:
        return QCoreApplication::translate("Lab::Core::ThreadSample", "Qt (not a lab thread)");
    case ThreadOrigin::Other:
        return QCoreApplication::translate("Lab::Core::ThreadSample", "not a lab thread");
    }
    return {};
}

ThreadOrigin classifyThread(qint64 pid, qint64 tid, const QString &osName)
{
    if (pid == tid)
        return ThreadOrigin::Main;
    // Names Qt 6 gives its own threads (truncated to 15 bytes by the kernel).
    static const char *const qtNames[] = {"QThread",         "Thread (pooled)", "QNetworkAccessM", "QXcbEventQueue",
                                          "QDBusConnection", "QFileInfoGather", "QProcessManager", "Qt bearer threa",
                                          "QSGRenderThread", "QQmlThread",      "QInotifyFileSys", "QFileSystemWatc"};
    for (const char *name : qtNames) {
        if (osName == QLatin1String(name))
            return ThreadOrigin::Qt;
    }
    return ThreadOrigin::Other;
}

} // namespace Lab::Core
