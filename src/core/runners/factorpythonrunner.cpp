// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorpythonrunner.h"

#include "core/system/childprocess.h"
#include "core/trace/labthread.h"
#include "core/workloads/factorchecksum.h"

#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lab::Core {

namespace {

// Input: "<algorithm> <mode> <workers> n1 n2 ..." on stdin. Output: one GNU factor line per
// number in input order, then "T <seconds of work>". `naive` is the outline's trial division;
// `fast` is Miller-Rabin + Pollard-Brent, the same method as the C++ kernel.
const char PythonScript[] = R"PY(
import sys, time, math

def naive(n):
    factors = []
    d = 2
    while d * d <= n:
        if n % d:
            d += 1
        else:
            n //= d
            factors.append(d)
    if n > 1:
        factors.append(n)
    return factors

def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 325, 9375, 28178, 450775, 9780504, 1795265022):
        x = pow(a % n, d, n)
        if x in (0, 1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def brent(n):
    c = 1
    while True:
        y, r, q, g = 2, 1, 1, 1
        while g == 1:
            x = y
            for _ in range(r):
                y = (y * y + c) % n
            k = 0
            while k < r and g == 1:
                ys = y
                for _ in range(min(128, r - k)):
                    y = (y * y + c) % n
                    q = q * abs(x - y) % n
                g = math.gcd(q, n)
                k += 128
            r *= 2
        if g == n:
            g = 1
            while g == 1:
                ys = (ys * ys + c) % n
                g = math.gcd(abs(x - ys), n)
        if g != n:
            return g
        c += 1

def fast(n):
    factors = []
    if n < 2:
        return factors
    for p in (2, 3, 5, 7, 11, 13):
        while n % p == 0:
            factors.append(p)
            n //= p
    stack = [n] if n > 1 else []
    while stack:
        m = stack.pop()
        if is_prime(m):
            factors.append(m)
        else:
            d = brent(m)
            stack += [d, m // d]
    return sorted(factors)

def die_with_parent():
    # Pool workers are Python's children, not the lab's: make them die with Python, as the lab's
    # own workers die with the lab (PR_SET_PDEATHSIG = 1, SIGKILL = 9).
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, 9)
    except Exception:
        pass

def lines(chunk, algorithm):
    f = naive if algorithm == 'naive' else fast
    return [str(n) + ':' + ''.join(' ' + str(p) for p in f(n)) for n in chunk]

def main():
    data = sys.stdin.buffer.read().split()
    algorithm, mode, workers = data[0].decode(), data[1].decode(), int(data[2])
    numbers = [int(t) for t in data[3:]]
    size = max(1, -(-len(numbers) // (workers * 8)))
    chunks = [numbers[i:i + size] for i in range(0, len(numbers), size)]
    begin = time.perf_counter()
    if mode == 'sequential':
        out = lines(numbers, algorithm)
    elif mode == 'threads':
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(workers) as pool:
            out = [l for part in pool.map(lines, chunks, [algorithm] * len(chunks)) for l in part]
    else:
        import multiprocessing
        with multiprocessing.get_context('fork').Pool(workers, die_with_parent) as pool:
            out = [l for part in pool.starmap(lines, [(c, algorithm) for c in chunks]) for l in part]
    elapsed = time.perf_counter() - begin
    sys.stdout.write('\n'.join(out) + ('\n' if out else ''))
    sys.stdout.write('T %.9f\n' % elapsed)

if __name__ == '__main__':
    main()
)PY";

} // namespace

FactorPythonRunner::FactorPythonRunner(Mode mode, int workers, QObject *parent)
    : FactorRunner(parent)
    , m_mode(mode)
    , m_workers(mode == Mode::Sequential ? 1 : qMax(1, workers))
{}

FactorPythonRunner::~FactorPythonRunner()
{
    killAndReapChildren(this);
}

QString FactorPythonRunner::strategy() const
{
    switch (m_mode) {
    case Mode::Sequential:
        return QStringLiteral("python");
    case Mode::Threads:
        return QStringLiteral("python-threads");
    case Mode::Processes:
        return QStringLiteral("python-processes");
    }
    return {};
}

QString FactorPythonRunner::pythonExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QByteArray FactorPythonRunner::script()
{
    return QByteArray(PythonScript);
}

void FactorPythonRunner::start()
{
    if (!beginRun())
        return;
    m_output.clear();
    m_linesSeen = 0;
    const QString python = pythonExecutable();
    if (python.isEmpty()) {
        RunResult result;
        result.strategy = strategy();
        result.workers = m_workers;
        result.failure = tr("python3 was not found: the CPython reference rows need it");
        finish(result);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(python);
    m_process->setArguments({QStringLiteral("-c"), QString::fromUtf8(PythonScript)});
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    const pid_t lab = ::getpid();
    m_process->setChildProcessModifier([lab] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        LabThread::runAsBackgroundWork(); // like the lab threads: the GUI keeps priority
        if (::getppid() != lab)
            ::_exit(127);
    });
    connect(m_process, &QProcess::finished, this, &FactorPythonRunner::onFinished);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &FactorPythonRunner::onReadyRead);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        RunResult result;
        result.strategy = strategy();
        result.workers = m_workers;
        result.failure = tr("could not start python3: %1").arg(m_process->errorString());
        done(result);
    });
    m_timer.start();
    m_process->start();

    QByteArray input = factorAlgorithmName(m_workload->algorithm);
    input += m_mode == Mode::Sequential ? " sequential " : m_mode == Mode::Threads ? " threads " : " processes ";
    input += QByteArray::number(m_workers);
    char digits[20];
    input.reserve(input.size() + m_workload->numbers.size() * 21);
    for (quint64 n : m_workload->numbers) {
        input += ' ';
        input.append(digits, formatUInt64(n, digits));
    }
    input += '\n';
    m_process->write(input);
    m_process->closeWriteChannel();
    emit progressChanged(0, m_workload->numbers.size());
}

void FactorPythonRunner::onReadyRead()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    m_linesSeen += chunk.count('\n');
    m_output += chunk;
    emit progressChanged(qMin<qint64>(m_linesSeen, m_workload->numbers.size()), m_workload->numbers.size());
}

void FactorPythonRunner::cancel()
{
    if (!isRunning() || !m_process)
        return;
    RunResult result;
    result.strategy = strategy();
    result.workers = m_workers;
    result.cancelled = true;
    done(result);
}

void FactorPythonRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_output += m_process->readAllStandardOutput();
    const double total = m_timer.nsecsElapsed() / 1e9;
    RunResult result;
    result.strategy = strategy();
    result.workers = m_workers;
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QByteArray err = m_process->readAllStandardError().trimmed();
        result.failure =
            tr("python3 failed (%1): %2")
                .arg(status == QProcess::CrashExit ? tr("signal %1").arg(exitCode) : tr("exit status %1").arg(exitCode),
                     QString::fromUtf8(err.right(300)));
        done(result);
        return;
    }
    QList<QByteArray> lines = m_output.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QByteArray timing = lines.isEmpty() ? QByteArray() : lines.takeLast();
    bool ok = timing.startsWith("T ");
    const double work = ok ? timing.mid(2).toDouble(&ok) : 0;
    if (!ok || lines.size() != m_workload->numbers.size()) {
        result.failure =
            tr("python3 answered %1 lines for %2 numbers").arg(lines.size()).arg(m_workload->numbers.size());
        done(result);
        return;
    }
    FactorChecksum checksum;
    for (const QByteArray &line : std::as_const(lines))
        checksum.addLine(std::string_view(line.constData(), std::size_t(line.size())));
    result.checksum = checksum.toString();
    result.itemsOk = lines.size();
    result.wallSeconds = work;
    result.startupSeconds = qMax(0.0, total - work);
    if (m_workload->keepLines)
        m_lines = std::move(lines);
    emit progressChanged(result.itemsOk, m_workload->numbers.size());
    done(result);
}

void FactorPythonRunner::done(RunResult result)
{
    if (!isRunning())
        return;
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        } else {
            process->deleteLater();
        }
    }
    finish(result);
}

} // namespace Lab::Core
