// SPDX-License-Identifier: GPL-3.0-or-later
// The experiment cores' threads are lab threads: the trace (and so the monitor) knows them by name,
// with their tids and textbook states.
#include "core/experiments/lifecycledemo.h"
#include "core/experiments/sharedcounterexperiment.h"
#include "core/experiments/threadjobrunner.h"
#include "core/trace/tracerecorder.h"
#include "labtest.h"

#include <QSet>
#include <QSignalSpy>

using namespace Lab::Core;

class TestExperimentTrace : public QObject
{
    Q_OBJECT
private slots:
    void init() { TraceRecorder::instance()->clear(); }
    void counterThreadsAreTraced();
    void gilShowsBlocked();
    void lifecycleStatesInTrace();
};

static QList<LabWorkerStatus> workersNamed(const QString &prefix)
{
    QList<LabWorkerStatus> found;
    const QList<LabWorkerStatus> all = TraceRecorder::instance()->workers();
    for (const LabWorkerStatus &w : all) {
        if (w.name.startsWith(prefix))
            found.append(w);
    }
    return found;
}

void TestExperimentTrace::counterThreadsAreTraced()
{
    SharedCounterExperiment experiment;
    QSignalSpy finished(&experiment, &SharedCounterExperiment::finished);
    SharedCounterExperiment::Config config;
    config.threads = 3;
    config.incrementsPerThread = 2000;
    config.namePrefix = QStringLiteral("trc");
    QVERIFY(experiment.start(config));
    QVERIFY(finished.wait(30000));
    const QList<CounterThreadReport> reports = finished.first().at(0).value<CounterSummary>().rounds.first().threads;
    const QList<LabWorkerStatus> workers = workersNamed(QStringLiteral("trc-"));
    QCOMPARE(workers.size(), 3);
    QSet<qint64> tracedTids;
    for (const LabWorkerStatus &w : workers) {
        QCOMPARE(w.state, ThreadState::Terminated);
        tracedTids.insert(w.tid);
    }
    for (const CounterThreadReport &r : reports)
        QVERIFY(tracedTids.contains(r.tid));
}

void TestExperimentTrace::gilShowsBlocked()
{
    CpuBoundRunner runner;
    ThreadJobRunner::Config config;
    config.threads = 3;
    config.units = 60;
    config.simulateGil = true;
    config.namePrefix = QStringLiteral("gil");
    runner.setConfig(config);
    runner.iterationsPerUnit = 200000;
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner.maxInsideWork(), 1);
    bool blocked = false;
    const QList<TraceEvent> events = TraceRecorder::instance()->eventsSince(0);
    for (const TraceEvent &e : events)
        blocked = blocked || (e.state == ThreadState::Blocked && e.detail == QLatin1String("mutex"));
    QVERIFY2(blocked, "threads waiting for the simulated GIL are Blocked (\"mutex\") in the trace");
    QCOMPARE(workersNamed(QStringLiteral("gil-")).size(), 3);
}

void TestExperimentTrace::lifecycleStatesInTrace()
{
    LifecycleDemo demo;
    QSignalSpy finished(&demo, &LifecycleDemo::finished);
    LifecycleDemo::Config config;
    config.firstRunMs = 20;
    config.sleepMs = 20;
    config.secondRunMs = 20;
    config.name = QStringLiteral("lc-trace");
    QVERIFY(demo.start(config));
    QVERIFY(finished.wait(10000));
    QList<ThreadState> states;
    const QList<TraceEvent> events = TraceRecorder::instance()->eventsSince(0);
    for (const TraceEvent &e : events) {
        if (e.tid == demo.tid() && (states.isEmpty() || states.last() != e.state))
            states.append(e.state);
    }
    QVERIFY2(states.contains(ThreadState::Sleeping), "the sleep is reported as Sleeping");
    QCOMPARE(states.last(), ThreadState::Terminated);
    QCOMPARE(workersNamed(QStringLiteral("lc-trace")).size(), 1);
}

LAB_TEST_GUILESS_MAIN(TestExperimentTrace)
#include "tst_experimenttrace.moc"
