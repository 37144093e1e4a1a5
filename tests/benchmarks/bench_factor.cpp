// SPDX-License-Identifier: GPL-3.0-or-later
// Factorization benchmarks F1-F4 of DESIGN.md. Prints measurements; never fails on a timing.
//   F1  naive workload of >= 2 s: threads and processes speedup against sequential
//   F2  concurrency-lab-worker factor --algorithm fast vs GNU factor, same file, whole process
//   F3  start a worker process and get its first answer (median)
//   F4  the outline's workload, C++ sequential vs CPython sequential
// --quick runs each on a tiny workload (< 5 s in all) to prove the benchmark works.
#include "core/runners/factorpythonrunner.h"
#include "core/runners/factorrunner.h"
#include "core/workloads/numbergenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

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

double timeProcess(const QString &program, const QStringList &arguments, const QString &inputFile)
{
    QProcess process;
    process.setStandardInputFile(inputFile);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000))
        return -1;
    return timer.nsecsElapsed() / 1e9;
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
    const qint64 count = quick ? 2000 : 100000;
    for (quint64 n : generateNumbers(count, 0, ~quint64(0), 64))
        file.write(QByteArray::number(n) + '\n');
    file.close();
    QList<double> gnu, ours;
    const int runs = quick ? 1 : 5;
    for (int i = 0; i < runs; ++i) { // alternate, so drift on a shared machine hits both
        gnu << timeProcess(QStringLiteral("/usr/bin/factor"), {}, path);
        ours << timeProcess(worker, {QStringLiteral("factor"), QStringLiteral("--algorithm"), QStringLiteral("fast")},
                            path);
    }
    std::printf("  %lld random 64-bit numbers: GNU factor %.3f s, worker %.3f s, ratio worker/GNU %.2f\n", count,
                median(gnu), median(ours), median(ours) / median(gnu));
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
    benchF1(quick);
    benchF2(quick, worker);
    benchF3(quick, worker);
    benchF4(quick);
    return 0;
}
