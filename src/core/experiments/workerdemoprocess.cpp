// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerdemoprocess.h"

#include "core/system/childprocess.h"
#include "core/system/labpaths.h"
#include "core/trace/trace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <csignal>
#include <sys/prctl.h>

namespace Lab::Core {

namespace {
const int WorkerDemoExitMetaType = qRegisterMetaType<WorkerDemoExit>();
} // namespace

WorkerDemoProcess::WorkerDemoProcess(QObject *parent)
    : QObject(parent)
{}

WorkerDemoProcess::~WorkerDemoProcess()
{
    if (m_process) {
        killAndReap(m_process, this);
        delete m_process;
    }
}

bool WorkerDemoProcess::startForkDemo(int holdMs)
{
    if (holdMs < 0 || holdMs > 600000)
        return false;
    return start({QStringLiteral("fork-demo"), QStringLiteral("--hold-ms"), QString::number(holdMs)});
}

bool WorkerDemoProcess::startDaemonDemo(int runMs, int beatMs, int workMs)
{
    return start({QStringLiteral("daemon-demo"), QStringLiteral("--run-ms"), QString::number(runMs),
                  QStringLiteral("--beat-ms"), QString::number(beatMs), QStringLiteral("--work-ms"),
                  QString::number(workMs)});
}

bool WorkerDemoProcess::start(const QStringList &arguments, const QString &program)
{
    if (isRunning())
        return false;
    const QString executable = program.isEmpty() ? workerExecutable() : program;
    m_exit = {};
    m_buffer.clear();
    if (executable.isEmpty()) {
        emit failed(tr("concurrency-lab-worker was not found next to the lab or in its libexec folder"));
        emit finished(m_exit);
        return false;
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    m_process->setProgram(executable);
    m_process->setArguments(arguments);
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // The monitor then lists the child and its threads (demo-daemon, demo-worker) under its own entry.
    Trace::watchProcess(m_process, arguments.value(0, QStringLiteral("worker-demo")));
    connect(m_process, &QProcess::started, this, [this] {
        m_exit.pid = m_process->processId();
        emit started(m_exit.pid);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &WorkerDemoProcess::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_exit.errorOutput += QString::fromUtf8(m_process->readAllStandardError()); });
    connect(m_process, &QProcess::finished, this, &WorkerDemoProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes arrive through finished()
        emit failed(tr("could not start %1: %2").arg(m_process->program(), m_process->errorString()));
        emit finished(m_exit);
    });
    m_process->start();
    return true;
}

void WorkerDemoProcess::endProgram()
{
    if (isRunning())
        m_process->closeWriteChannel();
}

bool WorkerDemoProcess::request(const QByteArray &line)
{
    if (!isRunning())
        return false;
    // Buffered by QProcess and written when the loop runs; a child that died meanwhile costs no SIGPIPE
    // (Qt ignores it) and is reported through finished().
    return m_process->write(line + '\n') == line.size() + 1;
}

void WorkerDemoProcess::terminate()
{
    if (isRunning())
        m_process->terminate();
}

void WorkerDemoProcess::kill()
{
    if (isRunning())
        m_process->kill();
}

bool WorkerDemoProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 WorkerDemoProcess::pid() const
{
    return isRunning() ? m_process->processId() : m_exit.pid;
}

QString WorkerDemoProcess::signalName(int signal)
{
    switch (signal) {
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGQUIT:
        return QStringLiteral("SIGQUIT");
    case SIGABRT:
        return QStringLiteral("SIGABRT");
    case SIGKILL:
        return QStringLiteral("SIGKILL");
    case SIGSEGV:
        return QStringLiteral("SIGSEGV");
    case SIGPIPE:
        return QStringLiteral("SIGPIPE");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

void WorkerDemoProcess::onReadyRead()
{
    m_buffer += m_process->readAllStandardOutput();
    int newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject()) {
            emit failed(tr("the worker printed a line that is not a JSON object: %1").arg(QString::fromUtf8(line)));
            continue;
        }
        m_exit.events.append(document.object());
        emit eventReceived(document.object());
    }
}

void WorkerDemoProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onReadyRead();
    m_exit.errorOutput += QString::fromUtf8(m_process->readAllStandardError());
    m_exit.crashed = status == QProcess::CrashExit;
    // On Unix, Qt reports the terminating signal's number as the exit code of a crashed process.
    if (m_exit.crashed) {
        m_exit.signal = exitCode;
        m_exit.signalName = signalName(exitCode);
    } else {
        m_exit.exitCode = exitCode;
    }
    emit finished(m_exit);
}

} // namespace Lab::Core
