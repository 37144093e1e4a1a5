// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorizecommand.h"

#include "core/cli/optionreader.h"
#include "core/report/atomicfile.h"
#include "core/report/resultcsv.h"
#include "core/report/resultjson.h"
#include "core/report/resultmarkdown.h"
#include "core/report/resultsummary.h"
#include "factorbenchmark.h"
#include "factorrunner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <limits>
#include <unistd.h>

namespace Lab::Core {

namespace {

void print(const QString &text, FILE *stream = stdout)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int runFactorizeCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("run factorize");
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("strategies"),
         QStringLiteral("Comma-separated: sequential, threads, processes, python, python-threads, python-processes."),
         QStringLiteral("LIST")},
        {QStringLiteral("workers"), QStringLiteral("Threads or processes: N, or a sweep 1,2,4."), QStringLiteral("N")},
        {QStringLiteral("count"), QStringLiteral("How many random numbers."), QStringLiteral("N")},
        {QStringLiteral("min"), QStringLiteral("Smallest number."), QStringLiteral("N")},
        {QStringLiteral("max"), QStringLiteral("Largest number."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the number generator."), QStringLiteral("N")},
        {QStringLiteral("input"), QStringLiteral("Factor the numbers of this file instead."), QStringLiteral("FILE")},
        {QStringLiteral("sizes"), QStringLiteral("Workload-size sweep: the first N numbers, e.g. 1000,10000."),
         QStringLiteral("LIST")},
        {QStringLiteral("algorithm"), QStringLiteral("naive (trial division) or fast."), QStringLiteral("NAME")},
        {QStringLiteral("warmup"), QStringLiteral("Unmeasured runs per strategy."), QStringLiteral("N")},
        {QStringLiteral("runs"), QStringLiteral("Measured runs per strategy."), QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("Write the result JSON here."), QStringLiteral("FILE")},
        {QStringLiteral("csv"), QStringLiteral("Write the result CSV here."), QStringLiteral("FILE")},
        {QStringLiteral("markdown"), QStringLiteral("Write a Markdown report here."), QStringLiteral("FILE")},
        {QStringLiteral("factors"), QStringLiteral("Write GNU factor's lines, in input order, here."),
         QStringLiteral("FILE")},
    });
    OptionReader reader(parser, command);
    if (!reader.parse(arguments))
        return reader.fail();

    FactorizeOptions options;
    options.workers = {QThread::idealThreadCount()};
    QString algorithm = QStringLiteral("naive");
    QList<int> sizes;
    if (!reader.readChoiceList(QStringLiteral("strategies"), FactorRunner::strategyNames(), &options.strategies) ||
        !reader.readIntList(QStringLiteral("workers"), 1, FactorizeOptions::MaxWorkers, &options.workers) ||
        !reader.readInt(QStringLiteral("count"), qint64(1), FactorizeOptions::MaxCount, &options.count) ||
        !reader.readUInt64(QStringLiteral("min"), 0, std::numeric_limits<quint64>::max(), &options.min) ||
        !reader.readUInt64(QStringLiteral("max"), 0, std::numeric_limits<quint64>::max(), &options.max) ||
        !reader.readUInt64(QStringLiteral("seed"), 0, std::numeric_limits<quint64>::max(), &options.seed) ||
        !reader.readIntList(QStringLiteral("sizes"), 1, int(FactorizeOptions::MaxCount), &sizes) ||
        !reader.readChoice(QStringLiteral("algorithm"), {QStringLiteral("naive"), QStringLiteral("fast")},
                           &algorithm) ||
        !reader.readInt(QStringLiteral("warmup"), 0, 100, &options.warmup) ||
        !reader.readInt(QStringLiteral("runs"), 1, 100, &options.runs))
        return reader.fail();
    if (options.min > options.max)
        return reader.fail(
            QStringLiteral("--min: must be at most --max (%1) (got \"%2\")").arg(options.max).arg(options.min));
    options.algorithm = algorithm == QLatin1String("fast") ? FactorAlgorithm::Fast : FactorAlgorithm::Naive;
    for (int s : std::as_const(sizes))
        options.sizes.append(s);

    if (parser.isSet(QStringLiteral("input"))) {
        options.inputName = parser.value(QStringLiteral("input"));
        QFile file(options.inputName);
        if (!file.open(QIODevice::ReadOnly))
            return reader.fail(QStringLiteral("--input: must be a readable file (got \"%1\": %2)")
                                   .arg(options.inputName, file.errorString()));
        QString error;
        if (!parseFactorInput(file.readAll(), &options.input, &error))
            return reader.fail(QStringLiteral("--input: %1: %2").arg(options.inputName, error));
        if (options.input.isEmpty())
            return reader.fail(
                QStringLiteral("--input: must hold at least one number (got \"%1\" with none)").arg(options.inputName));
        for (const QString &other :
             {QStringLiteral("count"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("seed")}) {
            if (parser.isSet(other))
                return reader.fail(QStringLiteral("--%1: cannot be combined with --input").arg(other));
        }
    }
    options.keepLines = parser.isSet(QStringLiteral("factors"));
    if (options.keepLines && options.sizes.size() > 0)
        return reader.fail(QStringLiteral("--factors: cannot be combined with --sizes"));
    bool anyLab = false;
    for (const QString &s : std::as_const(options.strategies))
        anyLab = anyLab || !FactorRunner::isReferenceStrategy(s);
    if (options.keepLines && !anyLab)
        return reader.fail(QStringLiteral("--factors: needs one of the strategies sequential, threads, processes"));

    FactorBenchmark setup;
    QString error;
    if (!setup.prepare(options, &error))
        return reader.fail(QStringLiteral("--") + error);
    Benchmark *benchmark = setup.benchmark();

    QObject::connect(&setup, &FactorBenchmark::workerCrashed, &setup, [](qint64 pid, int signal) {
        print(QStringLiteral("worker process %1 died (signal %2); its batches are re-run\n").arg(pid).arg(signal),
              stderr);
    });
    QString lastProgress;
    QObject::connect(benchmark, &Benchmark::progressChanged, benchmark,
                     [&lastProgress](int done, int total, const QString &what) {
                         if (what == lastProgress)
                             return;
                         lastProgress = what;
                         print(QStringLiteral("[%1/%2] %3\n").arg(done).arg(total).arg(what), stderr);
                     });

    // Ctrl+C cancels the benchmark cleanly (workers are stopped, partial results reported).
    static int signalPipe[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(signalPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, benchmark, [benchmark] {
            char byte;
            [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
            print(QStringLiteral("interrupted: cancelling\n"), stderr);
            benchmark->cancel();
        });
        std::signal(SIGINT, [](int) {
            const char byte = 1;
            [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
        });
    }

    BenchmarkResult result;
    QEventLoop loop;
    QObject::connect(benchmark, &Benchmark::finished, &loop, [&](const BenchmarkResult &r) {
        result = r;
        loop.quit();
    });
    QMetaObject::invokeMethod(benchmark, &Benchmark::start, Qt::QueuedConnection);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);

    print(ResultSummary::toText(result));

    const auto writeReport = [&](const QString &option, auto writer) {
        if (!parser.isSet(option))
            return true;
        QString writeError;
        if (writer(result, parser.value(option), &writeError))
            return true;
        print(QStringLiteral("concurrency-lab run factorize: --%1: %2\n").arg(option, writeError), stderr);
        return false;
    };
    bool written = writeReport(QStringLiteral("json"), &ResultJson::write) &&
                   writeReport(QStringLiteral("csv"), &ResultCsv::write) &&
                   writeReport(QStringLiteral("markdown"), &ResultMarkdown::write);
    if (written && options.keepLines) {
        const QString path = parser.value(QStringLiteral("factors"));
        if (setup.lines().size() != setup.workloadSize()) {
            print(QStringLiteral("concurrency-lab run factorize: --factors: not written, no run finished\n"), stderr);
            written = false;
        } else {
            QByteArray text;
            for (const QByteArray &line : setup.lines())
                text += line + '\n';
            QString writeError;
            if (!writeFileAtomically(path, text, &writeError)) {
                print(QStringLiteral("concurrency-lab run factorize: --factors: %1\n").arg(writeError), stderr);
                written = false;
            }
        }
    }
    if (!written)
        return 1;

    bool anyFailed = result.cancelled || !result.failure.isEmpty();
    for (const StrategyStats &stats : std::as_const(result.results))
        anyFailed = anyFailed || stats.itemsFailed > 0;
    return anyFailed ? 1 : 0;
}

} // namespace Lab::Core
