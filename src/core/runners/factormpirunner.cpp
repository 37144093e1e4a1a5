// SPDX-License-Identifier: GPL-3.0-or-later
#include "factormpirunner.h"

#include "core/system/childprocess.h"
#include "core/system/labpaths.h"
#include "core/trace/labthread.h"
#include "core/trace/trace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lab::Core {

namespace {

const QString MpiWorker = QStringLiteral("concurrency-lab-mpi-worker");

QString mpirunExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("mpirun"));
}

bool isHostSpec(const QString &hosts, QString *error)
{
    static const QRegularExpression entry(QStringLiteral("^([A-Za-z0-9][A-Za-z0-9.-]{0,252})(?::([0-9]{1,4}))?$"));
    const QStringList parts = hosts.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QRegularExpressionMatch match = entry.match(part);
        if (!match.hasMatch()) {
            *error = QStringLiteral("must be a hostfile or host:slots,... (got \"%1\")").arg(part);
            return false;
        }
        if (match.hasCaptured(2)) {
            const int slotCount = match.captured(2).toInt();
            if (slotCount < 1 || slotCount > 1024) {
                *error = QStringLiteral("slots must be from 1 to 1024 (got \"%1\")").arg(part);
                return false;
            }
        }
    }
    return true;
}

} // namespace

FactorMpiRunner::FactorMpiRunner(int ranks, QObject *parent)
    : FactorRunner(parent)
    , m_ranks(qMax(1, ranks))
{}

FactorMpiRunner::~FactorMpiRunner()
{
    // mpirun of this run, or of earlier runs still finalizing or being terminated; the ranks die with
    // it (PR_SET_PDEATHSIG).
    killAndReapChildren(this);
}

QString FactorMpiRunner::unavailableReason()
{
    if (mpirunExecutable().isEmpty())
        return QCoreApplication::translate("Lab::Core::FactorMpiRunner",
                                           "mpirun was not found: install Open MPI (Debian: openmpi-bin)");
    if (labExecutable(MpiWorker).isEmpty())
        return QCoreApplication::translate(
            "Lab::Core::FactorMpiRunner",
            "concurrency-lab-mpi-worker was not built: the lab was configured without MPI (Debian: libopenmpi-dev)");
    return {};
}

QString FactorMpiRunner::checkHosts(const QString &hosts)
{
    if (hosts.isEmpty() || QFileInfo(hosts).isFile())
        return {};
    QString error;
    if (!isHostSpec(hosts, &error))
        return error;
    return {};
}

QStringList FactorMpiRunner::hostNames(const QString &hosts)
{
    QStringList names;
    if (hosts.isEmpty()) {
        char name[256] = {};
        ::gethostname(name, sizeof name - 1);
        return {QString::fromLocal8Bit(name)};
    }
    if (QFileInfo(hosts).isFile()) {
        QFile file(hosts);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.read(1 << 20).split('\n');
            for (const QByteArray &line : lines) {
                const qsizetype comment = line.indexOf('#');
                const QByteArray trimmed = (comment < 0 ? line : line.left(comment)).trimmed();
                if (!trimmed.isEmpty())
                    names.append(QString::fromLocal8Bit(trimmed.split(' ').constFirst()));
            }
        }
        return names;
    }
    const QStringList parts = hosts.split(QLatin1Char(','));
    for (const QString &part : parts)
        names.append(part.section(QLatin1Char(':'), 0, 0));
    return names;
}

QStringList FactorMpiRunner::mpirunArguments(int ranks, const QString &hosts, const QString &worker)
{
    QStringList arguments;
    if (::geteuid() == 0)
        arguments << QStringLiteral("--allow-run-as-root"); // Open MPI refuses root without it (CI runs as root)
    // On this machine a slot is a logical CPU, as the lab's default worker count (Open MPI counts
    // physical cores otherwise, and refuses -np 4 on a 2-core laptop with hyper-threading).
    if (hosts.isEmpty())
        arguments << QStringLiteral("--use-hwthread-cpus");
    arguments << QStringLiteral("-np") << QString::number(ranks);
    if (!hosts.isEmpty()) {
        if (QFileInfo(hosts).isFile())
            arguments << QStringLiteral("--hostfile") << hosts;
        else
            arguments << QStringLiteral("--host") << hosts;
    }
    arguments << worker;
    return arguments;
}

void FactorMpiRunner::start()
{
    if (!beginRun())
        return;
    m_buffer.clear();
    m_stderrTail.clear();
    m_tally = {};
    m_cpuSeconds = 0;
    m_rankHosts.clear();
    m_rankPids.clear();
    emit progressChanged(0, m_workload->numbers.size());

    if (const QString why = unavailableReason(); !why.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, why] { finishRun(false, tr("mpi is unavailable here: %1").arg(why)); }, Qt::QueuedConnection);
        return;
    }
    if (const QString problem = checkHosts(m_hosts); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { finishRun(false, QStringLiteral("mpi-hosts: ") + problem); }, Qt::QueuedConnection);
        return;
    }

    m_process = new QProcess(this);
    m_process->setProgram(mpirunExecutable());
    m_process->setArguments(mpirunArguments(m_ranks, m_hosts, labExecutable(MpiWorker)));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Containers often forbid the cross-memory attach that Open MPI's shared-memory transport uses for
    // large messages; copying through the shared segment works everywhere.
    if (!environment.contains(QStringLiteral("OMPI_MCA_btl_vader_single_copy_mechanism")))
        environment.insert(QStringLiteral("OMPI_MCA_btl_vader_single_copy_mechanism"), QStringLiteral("none"));
    m_process->setProcessEnvironment(environment);
    const pid_t lab = ::getpid();
    m_process->setChildProcessModifier([lab] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM); // mpirun takes its ranks down on SIGTERM
        LabThread::runAsBackgroundWork();   // like the lab threads: the GUI keeps priority
        if (::getppid() != lab)
            ::_exit(127);
    });
    QProcess *process = m_process;
    connect(process, &QProcess::readyReadStandardOutput, this, &FactorMpiRunner::onReadyRead);
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_stderrTail += process->readAllStandardError();
        m_stderrTail = m_stderrTail.right(4096);
    });
    connect(process, &QProcess::finished, this, &FactorMpiRunner::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && process == m_process)
            finishRun(false, tr("could not start mpirun: %1").arg(process->errorString()));
    });
    Trace::watchProcess(process, QStringLiteral("mpirun"));
    m_tally.startupTimer.start();
    process->start();
    m_mpirunPid = process->processId();
}

void FactorMpiRunner::onReadyRead()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        const QByteArray line = m_buffer.mid(start, newline - start);
        start = newline + 1;
        handleLine(line);
        if (!isRunning())
            return;
    }
    m_buffer.remove(0, start);
}

void FactorMpiRunner::handleLine(const QByteArray &line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    const QString event = object.value(QLatin1String("event")).toString();
    if (event == QLatin1String("rank")) {
        const QString host = object.value(QLatin1String("host")).toString();
        const qint64 pid = object.value(QLatin1String("pid")).toInteger();
        m_rankHosts.append(host);
        m_rankPids.append(pid);
        // A rank on this machine is a process the monitor can read: listed beside mpirun as "mpi-rank-N".
        // (A host name alone cannot tell a remote rank's pid from a local process's.)
        if (host == QSysInfo::machineHostName())
            Trace::watchChildOf(m_process,
                                QStringLiteral("mpi-rank-%1").arg(object.value(QLatin1String("rank")).toInt()), pid);
        emit rankStarted(object.value(QLatin1String("rank")).toInt(), host, pid);
    } else if (event == QLatin1String("ready")) {
        m_tally.beginWork();
        Trace::setProcessState(m_process, ThreadState::Running, tr("factorizing"));
        const auto &numbers = m_workload->numbers;
        QByteArray request =
            QByteArray(factorAlgorithmName(m_workload->algorithm)) + ' ' + QByteArray::number(numbers.size()) + '\n';
        request.reserve(request.size() + numbers.size() * 21);
        for (quint64 n : numbers) {
            request += QByteArray::number(n);
            request += '\n';
        }
        m_process->write(request);
    } else if (event == QLatin1String("done")) {
        const qint64 count = object.value(QLatin1String("count")).toInteger();
        m_tally.add(object.value(QLatin1String("checksum")).toString().toULongLong(nullptr, 16), count);
        m_cpuSeconds += object.value(QLatin1String("cpu_s")).toDouble();
        emit progressChanged(m_tally.done, m_workload->numbers.size());
    } else if (event == QLatin1String("total")) {
        const QString checksum = object.value(QLatin1String("checksum")).toString();
        const qint64 count = object.value(QLatin1String("count")).toInteger();
        if (count != m_workload->numbers.size() || count != m_tally.done || checksum != m_tally.checksum.toString()) {
            finishRun(false, tr("the ranks answered %1 of %2 numbers (checksum %3, the lines added up to %4)")
                                 .arg(count)
                                 .arg(m_workload->numbers.size())
                                 .arg(checksum, m_tally.checksum.toString()));
            return;
        }
        finishRun(false, QString());
    } else if (event == QLatin1String("error")) {
        finishRun(false, tr("rank 0: %1").arg(object.value(QLatin1String("message")).toString()));
    } else if (!line.trimmed().isEmpty()) {
        finishRun(false, tr("mpirun printed an unexpected line: %1").arg(QString::fromUtf8(line.left(200))));
    }
}

void FactorMpiRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!isRunning())
        return;
    onReadyRead(); // lines still buffered
    if (!isRunning())
        return;
    const QString tail = QString::fromLocal8Bit(m_stderrTail).simplified().right(600);
    const QString how = status == QProcess::CrashExit ? tr("mpirun was killed by signal %1").arg(exitCode)
                                                      : tr("mpirun exited with status %1").arg(exitCode);
    finishRun(false, tail.isEmpty() ? how : tr("%1: %2").arg(how, tail));
}

void FactorMpiRunner::stopProcess()
{
    QProcess *process = m_process;
    m_process = nullptr;
    if (!process)
        return;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // mpirun forwards SIGTERM to its ranks and cleans its session; SIGKILL if it takes too long.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->terminate();
    QTimer::singleShot(2000, process, [process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
}

void FactorMpiRunner::cancel()
{
    if (isRunning())
        finishRun(true, QString());
}

void FactorMpiRunner::finishRun(bool cancelled, const QString &failure)
{
    if (!isRunning())
        return;
    RunResult result = m_tally.result(strategy(), m_ranks, m_workload->numbers.size(), cancelled, failure);
    if (failure.isEmpty() && !cancelled)
        result.userSeconds = m_cpuSeconds; // user + system of the ranks, as each measured it
    QStringList hosts = m_rankHosts;
    hosts.removeDuplicates();
    result.entryValues.insert(QStringLiteral("hosts"), hosts.join(QLatin1Char(',')));
    if (failure.isEmpty() && !cancelled && m_process && m_process->state() != QProcess::NotRunning) {
        // The ranks finalize and mpirun exits by itself; let it, then delete it.
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        process->closeWriteChannel();
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        QTimer::singleShot(10000, process, [process] {
            if (process->state() != QProcess::NotRunning)
                process->kill();
        });
    } else {
        stopProcess();
    }
    m_tally.working = false;
    finish(result);
}

} // namespace Lab::Core
