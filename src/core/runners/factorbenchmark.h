// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmark.h"
#include "core/params/parameterschema.h"
#include "core/workloads/factorizer.h"
#include "core/workloads/factorworkload.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <map>
#include <memory>

namespace Lab::Core {

// Everything that shapes a factorization benchmark. Its parameters are declared once, in schema():
// `run factorize` takes its options from it and the factorization panel its controls, so both have
// the same names, defaults, ranges and refusals. The command's file options (--input, --factors) are
// the command's own.
struct FactorizeOptions
{
    static constexpr qint64 MaxCount = 10'000'000;
    static constexpr int MaxWorkers = 256;

    QStringList strategies{QStringLiteral("sequential"), QStringLiteral("threads"), QStringLiteral("processes")};
    QList<int> workers; // empty: the logical core count
    qint64 count = 10000;
    quint64 min = 20000;
    quint64 max = 100000000;
    quint64 seed = 42;
    QList<quint64> input; // numbers from --input FILE; when non-empty, count/min/max/seed are unused
    QString inputName;    // the file they came from
    QList<qint64> sizes;  // workload-size sweep: prefixes of the workload; empty = the whole workload
    FactorAlgorithm algorithm = FactorAlgorithm::Naive;
    int warmup = 1;
    int runs = 5;
    bool keepLines = false; // keep GNU factor's lines (for --factors FILE)
    QString mpiHosts;       // the mpi strategy's hosts: an Open MPI hostfile or host:slots,...; empty = here

    // One line naming the first invalid field and its allowed values, or empty: each field checked by
    // its schema entry, then what no single entry can say (min <= max, sizes within the workload).
    QString validate() const;

    // strategies, workers, count, min, max, seed, algorithm, sizes, warmup, runs, mpi-hosts.
    static const ParameterSchema &schema();
    // The options of checked schema values (a panel's form, the parsed command line).
    static FactorizeOptions fromValues(const ParameterValues &values);
};

// Reads whitespace-separated unsigned 64-bit integers in GNU factor's input format (an optional '+',
// digits). On a bad token returns false with *error naming the token's position and text.
bool parseFactorInput(const QByteArray &text, QList<quint64> *numbers, QString *error);

// Prepares a Benchmark for FactorizeOptions: generates (or takes) the numbers once, shares them
// read-only with every runner, builds the cases (sequential and the CPython row once per size, the
// parallel strategies at every worker count) and the parameters block of the result JSON. The caller
// connects to benchmark() and starts it; lines() holds GNU factor's lines in input order after a
// successful run when keepLines was set.
class FactorBenchmark final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactorBenchmark)

public:
    explicit FactorBenchmark(QObject *parent = nullptr);
    ~FactorBenchmark() override;

    // False with *error when the options are invalid or a requested strategy cannot run here
    // (CPython rows without python3).
    bool prepare(const FactorizeOptions &options, QString *error);

    Benchmark *benchmark() const { return m_benchmark; }
    const FactorizeOptions &options() const { return m_options; }
    qint64 workloadSize() const { return m_all ? m_all->numbers.size() : 0; }
    const QList<QByteArray> &lines() const { return m_lines; }

signals:
    // A processes runner started or lost a worker (for the panel's log and the monitor).
    void workerStarted(qint64 pid);
    void workerCrashed(qint64 pid, int signal, const QString &how);
    // An mpi rank reported in (its host and pid).
    void rankStarted(int rank, const QString &host, qint64 pid);

private:
    Runner *createRunner(const BenchmarkCase &benchmarkCase, QObject *parent);

    Benchmark *m_benchmark = nullptr;
    FactorizeOptions m_options;
    std::shared_ptr<const FactorWorkload> m_all;
    std::map<qint64, std::shared_ptr<const FactorWorkload>> m_bySize;
    QList<QByteArray> m_lines;
};

} // namespace Lab::Core
