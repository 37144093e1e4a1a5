// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorbenchmark.h"

#include "core/system/machineinfo.h"
#include "core/workloads/numbergenerator.h"
#include "factormpirunner.h"
#include "factorprocessesrunner.h"
#include "factorpythonrunner.h"
#include "factorrunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <limits>

namespace Lab::Core {

namespace {

QString rangeError(const QString &field, const QString &allowed, const QString &given)
{
    return QStringLiteral("%1: must be %2 (got \"%3\")").arg(field, allowed, given);
}

QJsonArray toJsonArray(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

} // namespace

QString FactorizeOptions::validate() const
{
    const QStringList known = FactorRunner::strategyNames();
    if (strategies.isEmpty())
        return rangeError(QStringLiteral("strategies"), QStringLiteral("a list of ") + known.join(QLatin1Char(',')),
                          QString());
    for (const QString &s : strategies) {
        if (!known.contains(s))
            return rangeError(QStringLiteral("strategies"), QStringLiteral("a list of ") + known.join(QLatin1Char(',')),
                              s);
    }
    for (int w : workers) {
        if (w < 1 || w > MaxWorkers)
            return rangeError(QStringLiteral("workers"), QStringLiteral("integers from 1 to %1").arg(MaxWorkers),
                              QString::number(w));
    }
    if (input.isEmpty()) {
        if (count < 1 || count > MaxCount)
            return rangeError(QStringLiteral("count"), QStringLiteral("an integer from 1 to %1").arg(MaxCount),
                              QString::number(count));
        if (min > max)
            return rangeError(QStringLiteral("min"), QStringLiteral("at most max (%1)").arg(max), QString::number(min));
    } else if (input.size() > MaxCount) {
        return rangeError(QStringLiteral("input"), QStringLiteral("at most %1 numbers").arg(MaxCount),
                          QString::number(input.size()));
    }
    const qint64 total = input.isEmpty() ? count : input.size();
    for (qint64 size : sizes) {
        if (size < 1 || size > total)
            return rangeError(QStringLiteral("sizes"),
                              QStringLiteral("integers from 1 to the workload's %1").arg(total), QString::number(size));
    }
    if (warmup < 0 || warmup > 100)
        return rangeError(QStringLiteral("warmup"), QStringLiteral("an integer from 0 to 100"),
                          QString::number(warmup));
    if (runs < 1 || runs > 100)
        return rangeError(QStringLiteral("runs"), QStringLiteral("an integer from 1 to 100"), QString::number(runs));
    if (const auto problem = mpiHostsSpec().check(mpiHosts))
        return QStringLiteral("mpi-hosts: ") + *problem;
    return {};
}

ParameterSpec FactorizeOptions::mpiHostsSpec()
{
    return ParameterSpec::text(
        QStringLiteral("mpi-hosts"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "MPI hosts"),
        QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                          "Where the mpi strategy runs its ranks: an Open MPI hostfile, or host:slots,... "
                          "(empty: this machine)."),
        QStringLiteral("an existing Open MPI hostfile or host:slots,... (slots 1 to 1024)"),
        [](const QString &text) { return FactorMpiRunner::checkHosts(text).isEmpty(); },
        QStringLiteral("FILE|host:slots,..."));
}

bool parseFactorInput(const QByteArray &text, QList<quint64> *numbers, QString *error)
{
    qsizetype position = 0;
    const qsizetype length = text.size();
    qsizetype index = 0;
    while (position < length) {
        while (position < length &&
               (text[position] == ' ' || text[position] == '\t' || text[position] == '\n' || text[position] == '\r'))
            ++position;
        if (position >= length)
            break;
        const qsizetype begin = position;
        while (position < length && text[position] != ' ' && text[position] != '\t' && text[position] != '\n' &&
               text[position] != '\r')
            ++position;
        ++index;
        QByteArrayView token(text.constData() + begin, position - begin);
        QByteArrayView digits = token.startsWith('+') ? token.sliced(1) : token;
        bool valid = !digits.isEmpty() && digits.size() <= 20;
        for (char c : digits)
            valid = valid && c >= '0' && c <= '9';
        bool ok = false;
        const quint64 value = valid ? digits.toULongLong(&ok) : 0;
        if (!valid || !ok) {
            *error = QStringLiteral("number %1 (\"%2\") is not an integer from 0 to %3")
                         .arg(index)
                         .arg(QString::fromUtf8(token.first(std::min<qsizetype>(40, token.size()))))
                         .arg(std::numeric_limits<quint64>::max());
            return false;
        }
        numbers->append(value);
    }
    return true;
}

FactorBenchmark::FactorBenchmark(QObject *parent)
    : QObject(parent)
    , m_benchmark(new Benchmark(this))
{}

FactorBenchmark::~FactorBenchmark() = default;

bool FactorBenchmark::prepare(const FactorizeOptions &options, QString *error)
{
    if (m_benchmark->isRunning()) {
        *error = QStringLiteral("a benchmark is running");
        return false;
    }
    if (const QString problem = options.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    bool wantsPython = false;
    for (const QString &s : options.strategies)
        wantsPython = wantsPython || FactorRunner::isReferenceStrategy(s);
    if (wantsPython && FactorPythonRunner::pythonExecutable().isEmpty()) {
        *error = QStringLiteral("strategies: the CPython reference rows need python3, which was not found");
        return false;
    }

    if (options.strategies.contains(QLatin1String("mpi"))) {
        if (const QString why = FactorMpiRunner::unavailableReason(); !why.isEmpty()) {
            *error = QStringLiteral("strategies: mpi is unavailable here: ") + why;
            return false;
        }
    }

    m_options = options;
    if (m_options.workers.isEmpty())
        m_options.workers = {QThread::idealThreadCount()};
    auto all = std::make_shared<FactorWorkload>();
    all->numbers = options.input.isEmpty() ? generateNumbers(options.count, options.min, options.max, options.seed)
                                           : options.input;
    all->algorithm = options.algorithm;
    all->keepLines = options.keepLines;
    m_all = all;
    m_lines.clear();

    QList<qint64> sizes = m_options.sizes;
    if (sizes.isEmpty())
        sizes = {qint64(all->numbers.size())};
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    m_bySize.clear();
    for (qint64 size : std::as_const(sizes)) {
        if (size == all->numbers.size()) {
            m_bySize[size] = m_all;
            continue;
        }
        auto part = std::make_shared<FactorWorkload>();
        part->numbers = all->numbers.mid(0, size);
        part->algorithm = all->algorithm;
        m_bySize[size] = part;
    }

    QList<BenchmarkCase> cases;
    for (qint64 size : std::as_const(sizes)) {
        for (const QString &strategy : std::as_const(m_options.strategies)) {
            const bool reference = FactorRunner::isReferenceStrategy(strategy);
            const bool single = strategy == QLatin1String("sequential") || strategy == QLatin1String("python");
            if (single) {
                cases.append({strategy, 1, size, QString(), reference});
                continue;
            }
            for (int w : std::as_const(m_options.workers))
                cases.append({strategy, w, size, QString(), reference});
        }
    }

    QJsonObject parameters{
        {QStringLiteral("strategies"), QJsonArray::fromStringList(m_options.strategies)},
        {QStringLiteral("workers"), toJsonArray(m_options.workers)},
        {QStringLiteral("algorithm"), QString::fromLatin1(factorAlgorithmName(m_options.algorithm))},
        {QStringLiteral("warmup"), m_options.warmup},
        {QStringLiteral("runs"), m_options.runs},
        {QStringLiteral("count"), double(all->numbers.size())},
    };
    if (options.input.isEmpty()) {
        parameters.insert(QStringLiteral("min"), QString::number(options.min));
        parameters.insert(QStringLiteral("max"), QString::number(options.max));
        parameters.insert(QStringLiteral("seed"), QString::number(options.seed));
    } else {
        parameters.insert(QStringLiteral("input"), options.inputName);
    }
    if (!options.sizes.isEmpty()) {
        QJsonArray array;
        for (qint64 s : std::as_const(sizes))
            array.append(double(s));
        parameters.insert(QStringLiteral("sizes"), array);
    }

    if (m_options.strategies.contains(QLatin1String("mpi"))) {
        parameters.insert(QStringLiteral("mpi_hosts"), m_options.mpiHosts);
        // The result names the machines the ranks could run on, beside this machine's own block.
        QJsonObject environment = MachineInfo::read().toEnvironmentJson();
        environment.insert(QStringLiteral("mpi_hosts"),
                           QJsonArray::fromStringList(FactorMpiRunner::hostNames(m_options.mpiHosts)));
        m_benchmark->setEnvironment(environment);
    } else {
        m_benchmark->setEnvironment({});
    }
    m_benchmark->setExperiment(QStringLiteral("factorize"));
    m_benchmark->setParameters(parameters);
    m_benchmark->setCases(cases);
    m_benchmark->setWarmupRuns(m_options.warmup);
    m_benchmark->setMeasuredRuns(m_options.runs);
    m_benchmark->setRunnerFactory(
        [this](const BenchmarkCase &c, QObject *parent) -> Runner * { return createRunner(c, parent); });
    return true;
}

Runner *FactorBenchmark::createRunner(const BenchmarkCase &benchmarkCase, QObject *parent)
{
    std::unique_ptr<FactorRunner> runner = FactorRunner::create(benchmarkCase.strategy, benchmarkCase.workers, parent);
    if (!runner)
        return nullptr;
    const auto it = m_bySize.find(benchmarkCase.workloadSize);
    runner->setWorkload(it != m_bySize.end() ? it->second : m_all);
    FactorRunner *raw = runner.get();
    if (auto *processes = qobject_cast<FactorProcessesRunner *>(raw)) {
        connect(processes, &FactorProcessesRunner::workerStarted, this, &FactorBenchmark::workerStarted);
        connect(processes, &FactorProcessesRunner::workerCrashed, this, &FactorBenchmark::workerCrashed);
    }
    if (auto *mpi = qobject_cast<FactorMpiRunner *>(raw)) {
        mpi->setHosts(m_options.mpiHosts);
        connect(mpi, &FactorMpiRunner::rankStarted, this, &FactorBenchmark::rankStarted);
    }
    // mpi ranks return checksums only, never the lines.
    if (m_options.keepLines && raw->workload() == m_all && !FactorRunner::isReferenceStrategy(benchmarkCase.strategy) &&
        benchmarkCase.strategy != QLatin1String("mpi")) {
        connect(raw, &Runner::finished, this, [this, raw](const RunResult &result) {
            if (m_lines.isEmpty() && result.succeeded())
                m_lines = raw->factorLines();
        });
    }
    return runner.release();
}

} // namespace Lab::Core
