// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/benchmark.h"
#include "core/runners/runner.h"
#include "labtest.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace Lab::Core;

namespace {

// What a scripted runner does on each start().
struct Script
{
    QList<double> reportedWall; // wallSeconds to report per run (cycled); empty: measure
    int durationMs = 1;
    int failOnRun = -1; // 0-based start count that reports a failure
    bool ignoreCancel = false;
    QString checksum = QStringLiteral("c0ffee");
    double userSeconds = -1;
    qint64 itemsFailedOnRun = -1; // a run that succeeds with some failed items
};

// A real Runner whose work is a timer: asynchronous, cancellable, deterministic numbers.
class TimerRunner final : public Runner
{
    Q_OBJECT
public:
    TimerRunner(const BenchmarkCase &c, Script script, QStringList *log, QObject *parent)
        : Runner(parent)
        , m_case(c)
        , m_script(std::move(script))
        , m_log(log)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &TimerRunner::complete);
    }
    QString strategy() const override { return m_case.strategy; }
    int workers() const override { return m_case.workers; }
    void start() override
    {
        if (m_log)
            m_log->append(m_case.displayName());
        markStarted();
        m_clock.start();
        m_timer.start(m_script.durationMs);
    }
    void cancel() override
    {
        if (m_script.ignoreCancel || !isRunning())
            return;
        m_timer.stop();
        RunResult result = base();
        result.cancelled = true;
        finish(result);
    }

private:
    RunResult base() const
    {
        RunResult result;
        result.strategy = m_case.strategy;
        result.workers = m_case.workers;
        result.checksum = m_script.checksum;
        result.userSeconds = m_script.userSeconds;
        result.sysSeconds = m_script.userSeconds >= 0 ? 0.0 : -1.0;
        return result;
    }
    void complete()
    {
        RunResult result = base();
        const int run = m_starts++;
        result.wallSeconds = m_script.reportedWall.isEmpty()
                                 ? double(m_clock.nsecsElapsed()) / 1e9
                                 : m_script.reportedWall.at(run % m_script.reportedWall.size());
        result.itemsOk = 10;
        if (run == m_script.itemsFailedOnRun) {
            result.itemsOk = 8;
            result.itemsFailed = 2;
            result.errors = {{QStringLiteral("item 3"), QStringLiteral("refused")},
                             {QStringLiteral("item 7"), QStringLiteral("timed out")}};
        }
        if (run == m_script.failOnRun)
            result.failure = QStringLiteral("worker 4242 was killed by signal 9");
        finish(result);
    }

    BenchmarkCase m_case;
    Script m_script;
    QStringList *m_log = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_starts = 0;
};

// A real Runner that burns CPU on a QThread and reports back by a queued signal; it does not
// measure CPU time itself, so the benchmark's getrusage fallback is exercised.
class ThreadRunner final : public Runner
{
    Q_OBJECT
public:
    explicit ThreadRunner(const BenchmarkCase &c, QObject *parent)
        : Runner(parent)
        , m_case(c)
    {}
    ~ThreadRunner() override
    {
        m_stop = true;
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
        }
    }
    QString strategy() const override { return m_case.strategy; }
    int workers() const override { return m_case.workers; }
    void start() override
    {
        markStarted();
        m_stop = false;
        const qint64 n = m_case.workloadSize;
        delete m_thread;
        m_thread = QThread::create([this, n] {
            QElapsedTimer clock;
            clock.start();
            quint64 sum = 0;
            bool stopped = false;
            for (qint64 i = 0; i < n; ++i) {
                sum += quint64(i) * quint64(i) % 7;
                if ((i & 0xffff) == 0 && m_stop) {
                    stopped = true;
                    break;
                }
            }
            const double wall = double(clock.nsecsElapsed()) / 1e9;
            QMetaObject::invokeMethod(
                this, [this, sum, wall, stopped] { done(sum, wall, stopped); }, Qt::QueuedConnection);
        });
        m_thread->setObjectName(QStringLiteral("bench-test"));
        m_thread->start();
    }
    void cancel() override { m_stop = true; }

private:
    void done(quint64 sum, double wall, bool stopped)
    {
        m_thread->wait();
        RunResult result;
        result.strategy = m_case.strategy;
        result.workers = m_case.workers;
        result.wallSeconds = wall;
        result.checksum = QString::number(sum, 16);
        result.itemsOk = stopped ? 0 : m_case.workloadSize;
        result.cancelled = stopped;
        finish(result);
    }

    BenchmarkCase m_case;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
};

BenchmarkCase makeCase(const char *strategy, int workers = 1)
{
    return {QLatin1String(strategy), workers, 1000, {}, false};
}

const StrategyStats *find(const BenchmarkResult &result, const QString &strategy)
{
    for (const StrategyStats &s : result.results) {
        if (s.strategy == strategy)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestBenchmark : public QObject
{
    Q_OBJECT
private slots:
    void interleavesCases();
    void statisticsAndSpeedup();
    void caseFinishedCarriesSpeedup();
    void itemFailuresAreReported();
    void failedRunEndsTheBenchmark();
    void cancelMidRun();
    void cancelIgnoredByRunner();
    void badSetup_data();
    void badSetup();
    void threadRunnerAndCpuTime();
    void notes();
};

void TestBenchmark::interleavesCases()
{
    QStringList log;
    int created = 0;
    Benchmark bench;
    bench.setCases({makeCase("sequential"), makeCase("threads", 2), makeCase("processes", 2)});
    bench.setWarmupRuns(1);
    bench.setMeasuredRuns(2);
    bench.setRunnerFactory([&](const BenchmarkCase &c, QObject *parent) -> Runner * {
        ++created;
        return new TimerRunner(c, {}, &log, parent);
    });
    QSignalSpy progress(&bench, &Benchmark::progressChanged);
    QSignalSpy finished(&bench, &Benchmark::finished);
    QCOMPARE(bench.totalRuns(), 9);
    bench.start();
    QVERIFY(bench.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!bench.isRunning());
    const QStringList round = {QStringLiteral("sequential"), QStringLiteral("threads (2 workers)"),
                               QStringLiteral("processes (2 workers)")};
    QCOMPARE(log, round + round + round);
    QCOMPARE(created, 3); // one runner per case, reused for every run
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(0).toInt(), 9);
    QCOMPARE(last.at(1).toInt(), 9);
    const auto result = finished.constFirst().at(0).value<BenchmarkResult>();
    QCOMPARE(result.results.size(), 3);
    QVERIFY(result.failure.isEmpty());
    QVERIFY(!result.cancelled);
    QVERIFY(!result.environment.value(QStringLiteral("cpu_model")).toString().isEmpty());
    for (const StrategyStats &s : result.results)
        QCOMPARE(s.runsSeconds.size(), 2);
}

void TestBenchmark::statisticsAndSpeedup()
{
    Benchmark bench;
    bench.setExperiment(QStringLiteral("test"));
    bench.setParameters({{QStringLiteral("count"), 10}});
    bench.setCases({makeCase("sequential"), makeCase("threads", 2)});
    bench.setWarmupRuns(1);
    bench.setMeasuredRuns(3);
    bench.setRunnerFactory([](const BenchmarkCase &c, QObject *parent) -> Runner * {
        Script script;
        // Reported times are cycled per start; the warm-up takes the first value.
        script.reportedWall = c.strategy == QLatin1String("sequential") ? QList<double>{9.0, 0.4, 0.5, 0.6}
                                                                        : QList<double>{9.0, 0.2, 0.2, 0.2};
        script.userSeconds = c.strategy == QLatin1String("sequential") ? 0.5 : 0.25;
        return new TimerRunner(c, script, nullptr, parent);
    });
    QSignalSpy finished(&bench, &Benchmark::finished);
    bench.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto result = finished.constFirst().at(0).value<BenchmarkResult>();
    QCOMPARE(result.experiment, QStringLiteral("test"));
    QCOMPARE(result.parameters.value(QStringLiteral("count")).toInt(), 10);
    const StrategyStats *seq = find(result, QStringLiteral("sequential"));
    const StrategyStats *threads = find(result, QStringLiteral("threads"));
    QVERIFY(seq && threads);
    QCOMPARE(seq->runsSeconds, (QList<double>{0.4, 0.5, 0.6})); // the warm-up's 9.0 is not measured
    QVERIFY(qFuzzyCompare(seq->meanSeconds, 0.5));
    QVERIFY(qFuzzyCompare(seq->stddevSeconds, 0.1));
    QVERIFY(qFuzzyCompare(seq->medianSeconds, 0.5));
    QCOMPARE(seq->minSeconds, 0.4);
    QCOMPARE(seq->maxSeconds, 0.6);
    QCOMPARE(seq->userSeconds, 0.5); // the runner's own CPU time is used as given
    QCOMPARE(seq->speedup, 1.0);
    QCOMPARE(seq->speedupStddev, 0.0);
    QCOMPARE(threads->userSeconds, 0.25);
    QVERIFY(qFuzzyCompare(threads->speedup, 2.5));
    QVERIFY(qFuzzyCompare(threads->speedupStddev, 2.5 * 0.2)); // threads' sd is 0; seq's cv is 0.2
    QCOMPARE(threads->checksum, QStringLiteral("c0ffee"));
    QCOMPARE(threads->itemsOk, 10);
    QCOMPARE(threads->itemsFailed, 0);
    QVERIFY(threads->note.isEmpty());
}

void TestBenchmark::caseFinishedCarriesSpeedup()
{
    Benchmark bench;
    bench.setCases({makeCase("sequential"), makeCase("threads", 2)});
    bench.setWarmupRuns(0);
    bench.setMeasuredRuns(2);
    bench.setRunnerFactory([](const BenchmarkCase &c, QObject *parent) -> Runner * {
        Script script;
        script.reportedWall = {c.strategy == QLatin1String("sequential") ? 1.0 : 0.5};
        return new TimerRunner(c, script, nullptr, parent);
    });
    QSignalSpy cases(&bench, &Benchmark::caseFinished);
    QSignalSpy finished(&bench, &Benchmark::finished);
    bench.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(cases.size(), 2);
    const auto first = cases.at(0).at(0).value<StrategyStats>();
    const auto second = cases.at(1).at(0).value<StrategyStats>();
    QCOMPARE(first.strategy, QStringLiteral("sequential"));
    QCOMPARE(second.strategy, QStringLiteral("threads"));
    QVERIFY(qFuzzyCompare(second.speedup, 2.0));
}

void TestBenchmark::itemFailuresAreReported()
{
    Benchmark bench;
    bench.setCases({makeCase("async", 4)});
    bench.setWarmupRuns(0);
    bench.setMeasuredRuns(3);
    bench.setRunnerFactory([](const BenchmarkCase &c, QObject *parent) -> Runner * {
        Script script;
        script.itemsFailedOnRun = 1;
        return new TimerRunner(c, script, nullptr, parent);
    });
    QSignalSpy finished(&bench, &Benchmark::finished);
    bench.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto result = finished.constFirst().at(0).value<BenchmarkResult>();
    QVERIFY(result.failure.isEmpty()); // some items failing is not a failed run
    const StrategyStats &s = result.results.at(0);
    QCOMPARE(s.runsSeconds.size(), 3);
    QCOMPARE(s.itemsFailed, 2);
    QCOMPARE(s.itemsOk, 8);
    QCOMPARE(s.errors.size(), 2);
    QCOMPARE(s.errors.at(1).item, QStringLiteral("item 7"));
    QCOMPARE(s.speedup, 0.0); // no sequential baseline in this benchmark
}

void TestBenchmark::failedRunEndsTheBenchmark()
{
    QStringList log;
    Benchmark bench;
    bench.setCases({makeCase("sequential"), makeCase("processes", 2)});
    bench.setWarmupRuns(1);
    bench.setMeasuredRuns(5);
    bench.setRunnerFactory([&log](const BenchmarkCase &c, QObject *parent) -> Runner * {
        Script script;
        if (c.strategy == QLatin1String("processes"))
            script.failOnRun = 2; // warm-up, run 1, then run 2 fails
        return new TimerRunner(c, script, &log, parent);
    });
    QSignalSpy finished(&bench, &Benchmark::finished);
    bench.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(log.size(), 6); // nothing started after the failing run
    const auto result = finished.constFirst().at(0).value<BenchmarkResult>();
    QVERIFY(!result.cancelled);
    QVERIFY2(result.failure.contains(QLatin1String("processes (2 workers), run 2")), qPrintable(result.failure));
    QVERIFY(result.failure.contains(QLatin1String("signal 9")));
    const StrategyStats *processes = find(result, QStringLiteral("processes"));
    QVERIFY(processes);
    QCOMPARE(processes->runsSeconds.size(), 1);
    QVERIFY(processes->itemsFailed >= 1);
    QVERIFY(!processes->errors.isEmpty());
    QVERIFY(processes->errors.at(0).message.contains(QLatin1String("signal 9")));
    QCOMPARE(find(result, QStringLiteral("sequential"))->runsSeconds.size(), 2);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // exactly once
}

void TestBenchmark::cancelMidRun()
{
    Benchmark bench;
    bench.setCases({makeCase("sequential"), makeCase("threads", 2)});
    bench.setWarmupRuns(0);
    bench.setMeasuredRuns(3);
    bench.setRunnerFactory([](const BenchmarkCase &c, QObject *parent) -> Runner * {
        Script script;
        script.durationMs = c.strategy == QLatin1String("sequential") ? 1 : 60000;
        return new TimerRunner(c, script, nullptr, parent);
    });
    QSignalSpy progress(&bench, &Benchmark::progressChanged);
    QSignalSpy finished(&bench, &Benchmark::finished);
    bench.start();
    // Wait until the long run is under way, then cancel it.
    QTRY_VERIFY_WITH_TIMEOUT(
        !progress.isEmpty() && progress.constLast().at(2).toString().startsWith(QLatin1String("threads")), 20000);
    bench.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const auto result = finished.constFirst().at(0).value<BenchmarkResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.failure.isEmpty());
    QCOMPARE(result.results.size(), 1); // sequential's one measured run is kept
    QCOMPARE(result.results.at(0).runsSeconds.size(), 1);
    QVERIFY(!bench.isRunning());
    bench.cancel(); // harmless after the end
}

void TestBenchmark::cancelIgnoredByRunner()
{
    QPointer<Runner> stubborn;
    auto bench = std::make_unique<Benchmark>();
    bench->setCases({makeCase("threads", 2)});
    bench->setWarmupRuns(0);
    bench->setMeasuredRuns(1);
    bench->setRunnerFactory([&stubborn](const BenchmarkCase &c, QObject *parent) -> Runner * {
        Script script;
        script.durationMs = 3000;
        script.ignoreCancel = true;
        auto *runner = new TimerRunner(c, script, nullptr, parent);
        stubborn = runner;
        return runner;
    });
    QSignalSpy finished(bench.get(), &Benchmark::finished);
    bench->start();
    QTRY_VERIFY_WITH_TIMEOUT(stubborn && stubborn->isRunning(), 5000);
    bench->cancel();
    // The watchdog ends the benchmark although the runner never answered.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(finished.constFirst().at(0).value<BenchmarkResult>().cancelled);
    // The abandoned runner survives the benchmark and deletes itself when it is done.
    bench.reset();
    QVERIFY(stubborn);
    QTRY_VERIFY_WITH_TIMEOUT(!stubborn, 10000);
}

void TestBenchmark::badSetup_data()
{
    QTest::addColumn<int>("cases");
    QTest::addColumn<int>("runs");
    QTest::addColumn<bool>("factory");
    QTest::addColumn<bool>("factoryReturnsNull");
    QTest::newRow("no cases") << 0 << 3 << true << false;
    QTest::newRow("no runs") << 1 << 0 << true << false;
    QTest::newRow("no factory") << 1 << 3 << false << false;
    QTest::newRow("factory refuses") << 1 << 3 << true << true;
}

void TestBenchmark::badSetup()
{
    QFETCH(int, cases);
    QFETCH(int, runs);
    QFETCH(bool, factory);
    QFETCH(bool, factoryReturnsNull);
    Benchmark bench;
    if (cases)
        bench.setCases({makeCase("threads", 2)});
    bench.setMeasuredRuns(runs);
    if (factory) {
        bench.setRunnerFactory([factoryReturnsNull](const BenchmarkCase &c, QObject *parent) -> Runner * {
            return factoryReturnsNull ? nullptr : new TimerRunner(c, {}, nullptr, parent);
        });
    }
    QSignalSpy finished(&bench, &Benchmark::finished);
    bench.start();
    QCOMPARE(finished.size(), 0); // reported from the event loop, never from inside start()
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const auto result = finished.constFirst().at(0).value<BenchmarkResult>();
    QVERIFY(!result.failure.isEmpty());
    QVERIFY(!bench.isRunning());
}

void TestBenchmark::threadRunnerAndCpuTime()
{
    Benchmark bench;
    BenchmarkCase c = makeCase("threads", 1);
    c.workloadSize = 20'000'000;
    BenchmarkCase seq = c;
    seq.strategy = QStringLiteral("sequential");
    bench.setCases({seq, c});
    bench.setWarmupRuns(0);
    bench.setMeasuredRuns(2);
    bench.setRunnerFactory(
        [](const BenchmarkCase &bc, QObject *parent) -> Runner * { return new ThreadRunner(bc, parent); });
    QSignalSpy runs(&bench, &Benchmark::runFinished);
    QSignalSpy finished(&bench, &Benchmark::finished);
    bench.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(runs.size(), 4);
    const auto result = finished.constFirst().at(0).value<BenchmarkResult>();
    QVERIFY(result.failure.isEmpty());
    for (const StrategyStats &s : result.results) {
        QCOMPARE(s.itemsOk, c.workloadSize);
        QVERIFY(s.meanSeconds > 0);
        // Measured by the benchmark with getrusage: the worker thread's loop is this process's CPU time.
        QVERIFY2(s.userSeconds + s.sysSeconds > 0, qPrintable(QString::number(s.userSeconds)));
    }
    // Same work, same checksum: no mismatch note.
    QCOMPARE(result.results.at(0).checksum, result.results.at(1).checksum);
    QVERIFY(!result.results.at(1).note.contains(QLatin1String("checksum")));
    QVERIFY(result.results.at(1).speedup > 0);
}

void TestBenchmark::notes()
{
    Benchmark bench;
    bench.setCases({makeCase("sequential"), makeCase("threads", 2)});
    bench.setWarmupRuns(0);
    bench.setMeasuredRuns(10);
    bench.setRunnerFactory([](const BenchmarkCase &c, QObject *parent) -> Runner * {
        Script script;
        if (c.strategy == QLatin1String("threads")) {
            script.checksum = QStringLiteral("different");
            script.reportedWall = {1.0, 1.01, 0.99, 1.0, 1.02, 0.98, 1.0, 1.01, 0.99, 2.5};
        } else {
            script.reportedWall = {2.0};
        }
        return new TimerRunner(c, script, nullptr, parent);
    });
    QSignalSpy finished(&bench, &Benchmark::finished);
    bench.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto result = finished.constFirst().at(0).value<BenchmarkResult>();
    const QString note = find(result, QStringLiteral("threads"))->note;
    QVERIFY2(note.contains(QLatin1String("1 of 10 runs were statistical outliers")), qPrintable(note));
    QVERIFY2(note.contains(QLatin1String("checksum differs from sequential")), qPrintable(note));
    QVERIFY(find(result, QStringLiteral("sequential"))->note.isEmpty());
}

LAB_TEST_GUILESS_MAIN(TestBenchmark)
#include "tst_benchmark.moc"
