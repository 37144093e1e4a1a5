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
    const ParameterSchema &declared = schema();
    const auto check = [&declared](const QString &key, const QString &text) -> QString {
        if (const auto problem = declared.find(key)->check(text))
            return key + QStringLiteral(": ") + *problem;
        return {};
    };
    QStringList workerTexts;
    for (int w : workers)
        workerTexts.append(QString::number(w));
    QList<std::pair<QString, QString>> fields{
        {QStringLiteral("strategies"), strategies.join(QLatin1Char(','))},
        {QStringLiteral("warmup"), QString::number(warmup)},
        {QStringLiteral("runs"), QString::number(runs)},
        {QStringLiteral("mpi-hosts"), mpiHosts},
    };
    if (!workers.isEmpty()) // empty: the logical core count
        fields.append({QStringLiteral("workers"), workerTexts.join(QLatin1Char(','))});
    if (input.isEmpty())
        fields.append({QStringLiteral("count"), QString::number(count)});
    for (const auto &[key, text] : std::as_const(fields)) {
        if (const QString problem = check(key, text); !problem.isEmpty())
            return problem;
    }
    if (input.isEmpty() && min > max)
        return rangeError(QStringLiteral("min"), QStringLiteral("at most max (%1)").arg(max), QString::number(min));
    if (input.size() > MaxCount)
        return rangeError(QStringLiteral("input"), QStringLiteral("at most %1 numbers").arg(MaxCount),
                          QString::number(input.size()));
    const qint64 total = input.isEmpty() ? count : input.size();
    for (qint64 size : sizes) {
        if (size < 1 || size > total)
            return rangeError(QStringLiteral("sizes"),
                              QStringLiteral("integers from 1 to the workload's %1").arg(total), QString::number(size));
    }
    return {};
}

const ParameterSchema &FactorizeOptions::schema()
{
    using Spec = ParameterSpec;
    constexpr quint64 Largest = std::numeric_limits<quint64>::max();
    static const ParameterSchema declared({
        Spec::choiceList(QStringLiteral("strategies"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Strategies"),
                         QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                           "One thread, N lab threads, N worker processes, the same in CPython for "
                                           "comparison, or N MPI ranks started by mpirun."),
                         FactorRunner::strategyNames(),
                         {QStringLiteral("sequential"), QStringLiteral("threads"), QStringLiteral("processes")}),
        Spec::intList(QStringLiteral("workers"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Workers (e.g. 1,2,4)"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "Threads, processes or ranks of the parallel strategies: N, or a sweep "
                                        "such as 1,2,4. The default is this machine's logical core count."),
                      1, MaxWorkers, {QThread::idealThreadCount()}),
        Spec::integer(QStringLiteral("count"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Numbers"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How many random numbers to factorize."), 1, MaxCount,
                      10000),
        Spec::uint64(QStringLiteral("min"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Smallest"),
                     QT_TRANSLATE_NOOP("Lab::Core::Parameters", "The smallest random number."), 0, Largest, 20000),
        Spec::uint64(QStringLiteral("max"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Largest"),
                     QT_TRANSLATE_NOOP("Lab::Core::Parameters", "The largest random number."), 0, Largest, 100000000),
        Spec::uint64(QStringLiteral("seed"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Seed"),
                     QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                       "Seed of the number generator: the same seed gives the same numbers."),
                     0, Largest, 42)
            .folded(),
        Spec::choice(QStringLiteral("algorithm"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Algorithm"),
                     QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                       "naive: the outline's trial division; fast: Miller-Rabin and Pollard's rho, "
                                       "for 64-bit numbers."),
                     {QStringLiteral("naive"), QStringLiteral("fast")}, QStringLiteral("naive")),
        Spec::intList(QStringLiteral("sizes"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Size sweep (optional)"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "Leave empty, or list workload sizes (e.g. 100,1000,10000): each runs the "
                                        "first N numbers, to see where parallelism starts to pay."),
                      1, int(MaxCount), {}, /*optional=*/true),
        Spec::integer(QStringLiteral("warmup"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Warm-up runs"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Unmeasured runs per strategy."), 0, 100, 1)
            .folded(),
        Spec::integer(QStringLiteral("runs"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Measured runs"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Measured runs per strategy."), 1, 100, 5)
            .folded(),
        Spec::text(
            QStringLiteral("mpi-hosts"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "MPI hosts"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                              "Where the mpi strategy runs its ranks: an Open MPI hostfile, or "
                              "host:slots,... (empty: this machine)."),
            QStringLiteral("an existing Open MPI hostfile or host:slots,... (slots 1 to 1024)"),
            [](const QString &text) { return FactorMpiRunner::checkHosts(text).isEmpty(); },
            QStringLiteral("FILE|host:slots,...")),
    });
    return declared;
}

FactorizeOptions FactorizeOptions::fromValues(const ParameterValues &values)
{
    FactorizeOptions options;
    options.strategies = values.choices(QStringLiteral("strategies"));
    options.workers = values.intList(QStringLiteral("workers"));
    options.count = values.integer(QStringLiteral("count"));
    options.min = values.uint64(QStringLiteral("min"));
    options.max = values.uint64(QStringLiteral("max"));
    options.seed = values.uint64(QStringLiteral("seed"));
    options.algorithm = values.choice(QStringLiteral("algorithm")) == QLatin1String("fast") ? FactorAlgorithm::Fast
                                                                                            : FactorAlgorithm::Naive;
    for (int size : values.intList(QStringLiteral("sizes")))
        options.sizes.append(size);
    options.warmup = int(values.integer(QStringLiteral("warmup")));
    options.runs = int(values.integer(QStringLiteral("runs")));
    options.mpiHosts = values.choice(QStringLiteral("mpi-hosts"));
    return options;
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
