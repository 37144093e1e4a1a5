// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorizecommand.h"

#include "core/cli/benchmarkcommand.h"
#include "core/cli/optionreader.h"
#include "core/report/atomicfile.h"
#include "core/system/inputfile.h"
#include "factorbenchmark.h"
#include "factorrunner.h"

#include <QCommandLineParser>
#include <QFile>
#include <QThread>

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
         QStringLiteral("Comma-separated: sequential, threads, processes, python, python-threads, python-processes, "
                        "mpi."),
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
        {QStringLiteral("factors"), QStringLiteral("Write GNU factor's lines, in input order, here."),
         QStringLiteral("FILE")},
    });
    const ParameterSpec mpiHosts = FactorizeOptions::mpiHostsSpec();
    parser.addOption({mpiHosts.key, mpiHosts.help(), mpiHosts.shownValueName()});
    BenchmarkCommand::addReportOptions(parser);
    OptionReader reader(parser, command);
    if (!reader.parse(arguments))
        return reader.fail();
    if (QString error;
        !BenchmarkCommand::checkReportPaths(parser, &error, {QStringLiteral("factors")}, {QStringLiteral("input")}))
        return reader.fail(error);

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
        QString error;
        const std::optional<QByteArray> text =
            InputFile::read(options.inputName, InputFile::MaxNumberListBytes, &error);
        if (!text)
            return reader.fail(
                QStringLiteral("--input: must be a readable file (got \"%1\": %2)").arg(options.inputName, error));
        if (!parseFactorInput(*text, &options.input, &error))
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
    QVariant hosts;
    if (!reader.readSpec(mpiHosts, &hosts))
        return reader.fail();
    options.mpiHosts = hosts.toString();
    if (options.keepLines && options.sizes.size() > 0)
        return reader.fail(QStringLiteral("--factors: cannot be combined with --sizes"));
    bool anyLab = false;
    for (const QString &s : std::as_const(options.strategies))
        anyLab = anyLab || (!FactorRunner::isReferenceStrategy(s) && s != QLatin1String("mpi"));
    if (options.keepLines && !anyLab)
        return reader.fail(QStringLiteral("--factors: needs one of the strategies sequential, threads, processes"));

    FactorBenchmark setup;
    QString error;
    if (!setup.prepare(options, &error))
        return reader.fail(QStringLiteral("--") + error);
    Benchmark *benchmark = setup.benchmark();

    QObject::connect(&setup, &FactorBenchmark::rankStarted, &setup, [](int rank, const QString &host, qint64 pid) {
        print(QStringLiteral("mpi rank %1 on %2, pid %3\n").arg(rank).arg(host).arg(pid), stderr);
    });
    QObject::connect(&setup, &FactorBenchmark::workerCrashed, &setup, [](qint64 pid, int, const QString &how) {
        print(QStringLiteral("worker process %1 %2; its batches are re-run\n").arg(pid).arg(how), stderr);
    });
    TraceRecording trace;
    const BenchmarkResult result = BenchmarkCommand::runToEnd(*benchmark, &parser, &trace);
    bool written = BenchmarkCommand::report(command, parser, result, trace);
    if (written && options.keepLines && !result.cancelled) {
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
    return BenchmarkCommand::exitCode(result, written);
}

} // namespace Lab::Core
