// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadscommand.h"

#include "core/cli/benchmarkcommand.h"
#include "core/cli/optionreader.h"
#include "core/system/printable.h"
#include "core/trace/chrometrace.h"
#include "core/trace/labthread.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "procreader.h"
#include "procsampler.h"
#include "tracecapture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTextStream>
#include <QTimer>
#include <QWaitCondition>

#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <limits>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace Lab::Core {

namespace {

const QString CommandName = QStringLiteral("threads");

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct ThreadsCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::ThreadsCommand)
};

bool allAsleep(const ThreadSnapshot &snapshot, const QList<qint64> &tids)
{
    for (qint64 tid : tids) {
        const auto it = std::find_if(snapshot.threads.cbegin(), snapshot.threads.cend(),
                                     [tid](const ThreadSample &s) { return s.tid == tid; });
        if (it == snapshot.threads.cend() || it->kernelState != 'S' || it->labState != ThreadState::Waiting)
            return false;
    }
    return true;
}

QJsonObject toJson(const ThreadSample &sample)
{
    QJsonObject o;
    o.insert(QStringLiteral("tid"), sample.tid);
    o.insert(QStringLiteral("pid"), sample.pid);
    o.insert(QStringLiteral("name"), sample.origin == ThreadOrigin::Lab ? sample.labName : sample.osName);
    o.insert(QStringLiteral("os_name"), sample.osName);
    o.insert(QStringLiteral("kernel_state"), QString(QLatin1Char(sample.kernelState)));
    o.insert(QStringLiteral("lab_state"),
             sample.origin == ThreadOrigin::Lab ? QJsonValue(threadStateId(sample.labState)) : QJsonValue());
    o.insert(QStringLiteral("cpu_percent"), sample.cpuPercent < 0 ? QJsonValue() : QJsonValue(sample.cpuPercent));
    o.insert(QStringLiteral("core"), sample.core);
    o.insert(QStringLiteral("process"), sample.processName);
    static const char *const origins[] = {"lab", "main", "qt", "other"};
    o.insert(QStringLiteral("origin"), QLatin1String(origins[int(sample.origin)]));
    return o;
}

// The most files this process may open (the soft limit, raised to the hard one first, as any process
// may); -1 without a limit.
qint64 openFileLimit()
{
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0)
        return -1;
    if (files.rlim_cur < files.rlim_max) {
        rlimit raised = files;
        raised.rlim_cur = files.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            files = raised;
    }
    return files.rlim_cur == RLIM_INFINITY ? -1 : qint64(files.rlim_cur);
}

qint64 openFileCount()
{
    qint64 open = 0;
    if (DIR *fds = ::opendir("/proc/self/fd")) {
        while (const dirent *entry = ::readdir(fds))
            open += entry->d_name[0] != '.';
        ::closedir(fds);
    }
    return open;
}

void printTable(const ThreadSnapshot &snapshot)
{
    QTextStream out(stdout);
    out << ThreadsCommandTr::tr("Process %1, %2 threads").arg(snapshot.selfPid).arg(snapshot.threads.size()) << '\n';
    auto row = [&](const QString &tid, const QString &name, const QString &os, const QString &kernel,
                   const QString &lab, const QString &cpu, const QString &core, const QString &origin) {
        out << tid.leftJustified(8) << ' ' << name.leftJustified(20) << ' ' << os.leftJustified(16) << ' '
            << kernel.leftJustified(7) << ' ' << lab.leftJustified(11) << ' ' << cpu.rightJustified(6) << ' '
            << core.rightJustified(5) << "  " << origin << '\n';
    };
    row(ThreadsCommandTr::tr("TID"), ThreadsCommandTr::tr("NAME"), ThreadsCommandTr::tr("OS NAME"),
        ThreadsCommandTr::tr("KERNEL"), ThreadsCommandTr::tr("LAB STATE"), ThreadsCommandTr::tr("CPU%"),
        ThreadsCommandTr::tr("CORE"), ThreadsCommandTr::tr("KIND"));
    for (const ThreadSample &s : snapshot.threads) {
        const bool lab = s.origin == ThreadOrigin::Lab;
        row(QString::number(s.tid), lab ? s.labName : s.osName, s.osName, QString(QLatin1Char(s.kernelState)),
            lab ? threadStateName(s.labState) : QStringLiteral("-"),
            s.cpuPercent < 0 ? QStringLiteral("-") : QString::number(s.cpuPercent, 'f', 1), QString::number(s.core),
            threadOriginName(s.origin));
    }
    out.flush();
}

} // namespace

int runThreadsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("spawn"), ThreadsCommandTr::tr("Lab threads to start."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("name-prefix"), ThreadsCommandTr::tr("Thread names are PREFIX-0, PREFIX-1, ..."),
                      QStringLiteral("PREFIX")});
    parser.addOption({QStringLiteral("hold-ms"), ThreadsCommandTr::tr("Keep running this long after printing."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("json"), ThreadsCommandTr::tr("Print JSON instead of a table.")});
    parser.addOption(
        {QStringLiteral("trace"),
         ThreadsCommandTr::tr("Record the threads' states as a Chrome Trace Event JSON file here (opens in "
                              "ui.perfetto.dev)."),
         QStringLiteral("FILE")});
    OptionReader reader(parser, CommandName);
    if (!reader.parse(arguments))
        return reader.fail();
    if (QString error; !BenchmarkCommand::checkOutputPaths(parser, &error, {QStringLiteral("trace")}))
        return reader.fail(error);
    int spawn = 4;
    int holdMs = 0;
    if (!reader.readInt(QStringLiteral("spawn"), 0, 1000, &spawn) ||
        !reader.readInt(QStringLiteral("hold-ms"), 0, 3'600'000, &holdMs))
        return reader.fail();
    QString prefix = QStringLiteral("lab");
    if (parser.isSet(QStringLiteral("name-prefix"))) {
        prefix = parser.value(QStringLiteral("name-prefix"));
        const bool bad =
            prefix.isEmpty() || prefix.size() > 64 ||
            std::any_of(prefix.cbegin(), prefix.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
        if (bad)
            return reader.fail(
                QStringLiteral("--name-prefix: must be 1 to 64 printable characters (got \"%1\")").arg(prefix));
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (spawn > 0 && QString(prefix + QLatin1Char('-') + QString::number(spawn - 1)).toUtf8().size() > 15)
        std::fprintf(stderr, "%s\n",
                     qPrintable(ThreadsCommandTr::tr(
                         "concurrency-lab threads: note: names longer than 15 bytes are truncated by the "
                         "kernel; the os_name column shows what ps sees")));

    TraceRecorder *recorder = TraceRecorder::instance();
    // No /proc sampler of its own: its thread would appear in the listing; the one sample below goes in.
    std::unique_ptr<TraceCapture> capture;
    if (parser.isSet(QStringLiteral("trace"))) {
        capture = std::make_unique<TraceCapture>(recorder);
        capture->setTitle(QStringLiteral("concurrency-lab ") + QCoreApplication::arguments().mid(1).join(u' '));
        capture->start();
    }
    QMutex mutex;
    QWaitCondition released;
    bool release = false;
    std::vector<std::unique_ptr<LabThread>> threads;
    // Every Qt thread opens file descriptors for its event loop (GLib's wake-up); past `ulimit -n` GLib
    // aborts the whole process (SIGTRAP) and the /proc sampler cannot open the files it reads. Start
    // only the threads that fit, and say what could not be made.
    // What a thread costs is measured on the first one (one eventfd with Qt 6.4's GLib event loop);
    // a reserve stays for the /proc sampler (it keeps up to a quarter of the limit open) and stdio.
    const qint64 fileLimit = openFileLimit();
    const qint64 reserve = 16 + std::max<qint64>(0, fileLimit) / 4;
    const qint64 openBefore = openFileCount();
    qint64 budget = fileLimit < 0 ? spawn : (fileLimit - openBefore - reserve >= 8 ? 1 : 0);
    QString shortfall;
    for (int i = 0; i < spawn; ++i) {
        if (i == 1 && fileLimit >= 0) {
            QDeadlineTimer started(2000);
            while (recorder->worker(threads.front()->workerId()).tid == 0 && !started.hasExpired())
                QThread::msleep(1);
            const qint64 open = openFileCount();
            const qint64 perThread = std::max<qint64>(1, open - openBefore);
            budget = 1 + std::max<qint64>(0, (fileLimit - open - reserve) / perThread);
        }
        if (i >= budget) {
            shortfall = ThreadsCommandTr::tr(
                            "could start only %1 of %2 threads: each needs file descriptors for its event loop "
                            "and this process may open %3 files (ulimit -n)")
                            .arg(i)
                            .arg(spawn)
                            .arg(fileLimit);
            break;
        }
        auto thread = std::make_unique<LabThread>(QStringLiteral("%1-%2").arg(prefix).arg(i), [&] {
            Trace::Locker locker(mutex);
            while (!release && !QThread::currentThread()->isInterruptionRequested())
                Trace::wait(released, mutex);
        });
        thread->start();
        if (!thread->isRunning()) { // pthread_create refused: ulimit -u, memory for stacks
            shortfall = ThreadsCommandTr::tr("could start only %1 of %2 threads: the system refused to create more "
                                             "(see the warning above; ulimit -u and memory limit threads)")
                            .arg(i)
                            .arg(spawn);
            break;
        }
        threads.push_back(std::move(thread));
    }
    auto releaseAll = [&] {
        {
            QMutexLocker locker(&mutex);
            release = true;
            released.wakeAll();
        }
        for (auto &thread : threads)
            thread->wait();
    };

    // Wait (bounded) until every spawned thread is asleep in the kernel, then keep that sample.
    ProcReader procReader;
    ThreadSnapshot snapshot;
    QDeadlineTimer deadline(5000);
    for (;;) {
        QList<qint64> tids;
        for (const auto &thread : threads)
            tids.append(recorder->worker(thread->workerId()).tid);
        snapshot = ProcSampler::sampleOnce(procReader, ::getpid(), {}, recorder);
        if (!snapshot.error.isEmpty() || (!tids.contains(0) && allAsleep(snapshot, tids)) || deadline.hasExpired())
            break;
        QThread::msleep(5);
    }
    if (capture && snapshot.error.isEmpty())
        capture->addSnapshot(snapshot);
    if (!snapshot.error.isEmpty()) {
        releaseAll();
        std::fprintf(stderr, "concurrency-lab threads: %s\n", qPrintable(snapshot.error));
        return 1;
    }
    const auto sampled = std::count_if(snapshot.threads.cbegin(), snapshot.threads.cend(),
                                       [](const ThreadSample &s) { return s.origin == ThreadOrigin::Lab; });
    if (shortfall.isEmpty() && sampled < qsizetype(threads.size()))
        shortfall = ThreadsCommandTr::tr(
                        "the sample lists only %1 of the %2 lab threads (/proc could not be read for the others)")
                        .arg(sampled)
                        .arg(threads.size());

    if (json) {
        QJsonArray list;
        for (const ThreadSample &s : std::as_const(snapshot.threads))
            list.append(toJson(s));
        QJsonObject root;
        root.insert(QStringLiteral("pid"), snapshot.selfPid);
        root.insert(QStringLiteral("threads"), list);
        const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    } else {
        printTable(snapshot);
    }
    std::fflush(stdout);

    if (holdMs > 0) {
        QEventLoop loop;
        QTimer::singleShot(holdMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    releaseAll();
    if (capture) {
        QString error;
        if (!ChromeTrace::write(capture->stop(), parser.value(QStringLiteral("trace")), &error)) {
            std::fprintf(stderr, "concurrency-lab threads: --trace: %s\n", qPrintable(printable(error)));
            return 1;
        }
    }
    if (!shortfall.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab threads: %s\n", qPrintable(shortfall));
        return 1;
    }
    return 0;
}

} // namespace Lab::Core
