// SPDX-License-Identifier: GPL-3.0-or-later
// Factorization benchmarks F1-F4 of DESIGN.md. Prints measurements; never fails on a timing.
//   F1  naive workload of >= 2 s: threads and processes speedup against sequential
//   F2  concurrency-lab-worker factor --algorithm fast vs GNU factor, same file, whole process
//   F3  start a worker process and get its first answer (median)
//   F4  the outline's workload, C++ sequential vs CPython sequential
// --quick runs each on a tiny workload (< 5 s in all) to prove the benchmark works; naming ids (F2 F3)
// runs only those.
#include "core/runners/factorpythonrunner.h"
#include "core/runners/factorrunner.h"
#include "core/workloads/numbergenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Lab::Core;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

RunResult runOnce(FactorRunner &runner)
{
    RunResult result;
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    runner.start();
    loop.exec();
    QObject::disconnect(&runner, &Runner::finished, &loop, nullptr);
    return result;
}

// Median wall time of `runs` runs (the first run of a process runner also starts its workers,
// which is reported apart and not part of wallSeconds).
double medianWall(FactorRunner &runner, int runs, QString *checksum)
{
    QList<double> walls;
    for (int i = 0; i < runs; ++i) {
        const RunResult r = runOnce(runner);
        if (!r.succeeded()) {
            std::printf("  %s failed: %s\n", qPrintable(runner.strategy()), qPrintable(r.failure));
            return -1;
        }
        walls << r.wallSeconds;
        *checksum = r.checksum;
    }
    return median(walls);
}

std::shared_ptr<FactorWorkload> workload(QList<quint64> numbers, FactorAlgorithm algorithm)
{
    auto w = std::make_shared<FactorWorkload>();
    w->numbers = std::move(numbers);
    w->algorithm = algorithm;
    return w;
}

void benchF1(bool quick)
{
    const int workers = 2;
    std::printf("F1  naive, %d workers (this machine: %d logical cores)\n", workers, QThread::idealThreadCount());
    // Grow the workload until sequential takes the target time (>= 2 s in full mode).
    const double target = quick ? 0.05 : 2.0;
    qint64 count = quick ? 100 : 2000;
    std::shared_ptr<FactorWorkload> w;
    double sequential = 0;
    QString reference;
    for (;;) {
        w = workload(generateNumbers(count, 1000000000ULL, 100000000000ULL, 42), FactorAlgorithm::Naive);
        auto runner = FactorRunner::create(QStringLiteral("sequential"), 1);
        runner->setWorkload(w);
        sequential = medianWall(*runner, 1, &reference);
        if (sequential >= target || sequential < 0)
            break;
        count = qint64(double(count) * std::min(8.0, 1.2 * target / std::max(sequential, 1e-3)));
    }
    const int runs = quick ? 1 : 3;
    auto seq = FactorRunner::create(QStringLiteral("sequential"), 1);
    seq->setWorkload(w);
    sequential = medianWall(*seq, runs, &reference);
    std::printf("  workload: %lld numbers in [1e9, 1e11], sequential median %.3f s\n", count, sequential);
    for (const QString &strategy : {QStringLiteral("threads"), QStringLiteral("processes")}) {
        auto runner = FactorRunner::create(strategy, workers);
        runner->setWorkload(w);
        QString checksum;
        runOnce(*runner); // warm-up (starts the worker processes)
        const double wall = medianWall(*runner, runs, &checksum);
        const double ideal = std::min(workers, QThread::idealThreadCount());
        std::printf("  %-10s median %.3f s  speedup %.2f x  (%.2f of ideal %.0f)  checksum %s\n", qPrintable(strategy),
                    wall, sequential / wall, sequential / wall / ideal, ideal,
                    checksum == reference ? "matches" : "DIFFERS");
    }
}

struct ProcessTime
{
    double wall = -1;
    double cpu = -1; // user + system of the child
};

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

ProcessTime timeProcess(const QString &program, const QStringList &arguments, const QString &inputFile)
{
    QProcess process;
    process.setStandardInputFile(inputFile);
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000))
        return {};
    // QProcess has reaped the child by now, so RUSAGE_CHILDREN includes it.
    return {timer.nsecsElapsed() / 1e9, childrenCpuSeconds() - cpuBefore};
}

void benchF2(bool quick, const QString &worker)
{
    std::printf("F2  worker --algorithm fast vs GNU factor, whole process\n");
    if (!QFile::exists(QStringLiteral("/usr/bin/factor"))) {
        std::printf("  skipped: /usr/bin/factor is not installed\n");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbers.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    // Issue 22's workload: 50,000 random numbers of 32 to 64 bits.
    const qint64 count = quick ? 2000 : 50000;
    for (quint64 n : generateNumbers(count, quint64(1) << 32, ~quint64(0), 64))
        file.write(QByteArray::number(n) + '\n');
    file.close();
    QList<double> gnuWall, oursWall, gnuCpu, oursCpu, wallRatios, cpuRatios;
    const int runs = quick ? 1 : 7;
    for (int i = 0; i < runs; ++i) { // alternate, so drift on a shared machine hits both
        const ProcessTime gnu = timeProcess(QStringLiteral("/usr/bin/factor"), {}, path);
        const ProcessTime ours = timeProcess(
            worker, {QStringLiteral("factor"), QStringLiteral("--algorithm"), QStringLiteral("fast")}, path);
        gnuWall << gnu.wall;
        oursWall << ours.wall;
        gnuCpu << gnu.cpu;
        oursCpu << ours.cpu;
        wallRatios << ours.wall / gnu.wall;
        cpuRatios << ours.cpu / gnu.cpu;
    }
    std::printf("  %lld random numbers in [2^32, 2^64): GNU factor %.3f s, worker %.3f s (medians of %d, wall)\n",
                count, median(gnuWall), median(oursWall), runs);
    // The CPU ratio is the steadier figure on a shared machine (another process's load stretches wall time).
    std::printf("  ratio worker/GNU: wall %.2f (median of pairs, range %.2f-%.2f), CPU %.2f (%.3f s / %.3f s); "
                "target <= 0.50\n",
                median(wallRatios), *std::min_element(wallRatios.begin(), wallRatios.end()),
                *std::max_element(wallRatios.begin(), wallRatios.end()), median(cpuRatios), median(oursCpu),
                median(gnuCpu));
}

void benchF3(bool quick, const QString &worker)
{
    std::printf("F3  start a worker and get its first answer\n");
    QList<double> times;
    const int runs = quick ? 5 : 20;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(worker, {QStringLiteral("batch")});
        process.write("B 1 fast 600851475143\n");
        while (!process.canReadLine() && process.waitForReadyRead(10000)) {
        }
        times << timer.nsecsElapsed() / 1e6;
        if (!process.readLine().startsWith("R 1 "))
            std::printf("  unexpected answer\n");
        process.closeWriteChannel();
        process.waitForFinished(10000);
    }
    std::printf("  median %.2f ms over %d starts (min %.2f, max %.2f)\n", median(times), runs,
                *std::min_element(times.begin(), times.end()), *std::max_element(times.begin(), times.end()));
}

void benchF4(bool quick)
{
    std::printf("F4  the outline's workload (naive) vs CPython\n");
    if (FactorPythonRunner::pythonExecutable().isEmpty()) {
        std::printf("  skipped: python3 is not installed\n");
        return;
    }
    const qint64 count = quick ? 1000 : 10000;
    const auto w = workload(generateNumbers(count, 20000, 100000000, 42), FactorAlgorithm::Naive);
    auto cpp = FactorRunner::create(QStringLiteral("sequential"), 1);
    auto python = FactorRunner::create(QStringLiteral("python"), 1);
    cpp->setWorkload(w);
    python->setWorkload(w);
    QString a, b;
    const int runs = quick ? 1 : 3;
    const double cppTime = medianWall(*cpp, runs, &a);
    const double pythonTime = medianWall(*python, runs, &b);
    std::printf("  %lld numbers in [20000, 1e8]: C++ %.4f s, CPython %.4f s, C++ is %.1f x faster, checksum %s\n",
                count, cppTime, pythonTime, pythonTime / cppTime, a == b ? "matches" : "DIFFERS");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const QString worker = QStringLiteral(LAB_BIN_DIR "/concurrency-lab-worker");
    std::printf("bench_factor%s\n", quick ? " (--quick: tiny workloads, numbers are not meaningful)" : "");
    // Naming benchmarks (bench_factor F2 F3) runs only those.
    const QStringList only = app.arguments().filter(QRegularExpression(QStringLiteral("^F[1-4]$")));
    auto wanted = [&](const char *id) { return only.isEmpty() || only.contains(QLatin1String(id)); };
    if (wanted("F1"))
        benchF1(quick);
    if (wanted("F2"))
        benchF2(quick, worker);
    if (wanted("F3"))
        benchF3(quick, worker);
    if (wanted("F4"))
        benchF4(quick);
    return 0;
}
