// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorrunner.h"
#include "factorruntally.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace Lab::Core {

// The `processes` strategy: N `concurrency-lab-worker batch` processes, started up front from the
// runner's thread and kept for the next runs. The workload is cut into batches that are streamed
// to the workers (two in flight each, so a worker never waits for a round trip) and the replies are
// read as they arrive. Start-up (fork, exec, first answer) is measured apart from the work.
//
// A worker that dies during a run is reported (workerCrashed, and an error item naming its pid and
// signal); its batches are re-run on a replacement worker. A batch that has already killed one
// worker is not retried: the run is then marked failed. cancel() kills the busy workers and finishes
// at once; they are replaced on the next start().
//
// A worker that stops answering (stopped with SIGSTOP, hung, or never answering the start-up ping)
// is killed by a watchdog and handled as one that died: reported ("did not answer batch 12 within
// 10.3 s ...", its pid), its batches re-run once on a replacement. The silence allowed is a floor
// (silenceFloorMs(), 10 s) plus ten times the work in flight, estimated from the numbers and the
// algorithm (trial division: about sqrt(n) ns per number; Pollard-Brent: n^(1/4) x 100 ns).
//
// Workers die with the lab: they exit when their stdin closes, and get SIGKILL through
// PR_SET_PDEATHSIG when the thread that started them exits (Linux ties it to the *thread*, which is
// why workers are started from the runner's long-lived thread, normally the GUI thread).
class FactorProcessesRunner final : public FactorRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactorProcessesRunner)
public:
    explicit FactorProcessesRunner(int workers, QObject *parent = nullptr);
    ~FactorProcessesRunner() override;

    QString strategy() const override { return QStringLiteral("processes"); }
    int workers() const override { return m_workers; }

    void start() override;
    void cancel() override;

    // Process ids of the live workers (for the monitor, and for tests that kill one).
    QList<qint64> workerPids() const;

    static constexpr int DefaultSilenceFloorMs = 10000;
    // The least silence allowed before a worker is killed (tests shorten it).
    void setSilenceFloorMs(int ms) { m_silenceFloorMs = ms; }
    int silenceFloorMs() const { return m_silenceFloorMs; }

signals:
    void workerStarted(qint64 pid);
    // `how`: "killed by signal 9 (Killed)", "exited with status 3", "did not answer batch 12 ...".
    void workerCrashed(qint64 pid, int signal, const QString &how);

private:
    struct Batch
    {
        quint64 id = 0;
        qsizetype begin = 0;
        qsizetype end = 0;
        int attempts = 0;
    };
    struct Worker
    {
        QProcess *process = nullptr;
        qint64 pid = 0;
        bool ready = false; // answered its first (empty) request
        std::deque<Batch> inFlight;
        QByteArray buffer;
        QList<QByteArray> lines; // factor lines of the head batch, until its reply
        qint64 cpuTicksAtStart[2] = {-1, -1};
        QElapsedTimer silentSince; // since its last answer (or since work was sent to an idle worker)
        QString killedBecause;     // set by the watchdog before it kills the worker
    };

    Worker *launchWorker();
    Worker *findWorker(QProcess *process);
    void onReadyRead(QProcess *process);
    void onWorkerFinished(QProcess *process, int exitCode, QProcess::ExitStatus status);
    void onWorkerError(QProcess *process, QProcess::ProcessError error);
    void handleLine(Worker &worker, QByteArrayView line);
    void beginWork();
    void dispatch(Worker &worker);
    void discardWorker(Worker &worker);
    void removeWorker(QProcess *process);
    void completeIfDone();
    void onWatchdog();
    qint64 allowedSilenceMs(const Worker &worker) const;
    double estimatedNs(const Batch &batch) const;
    void failRun(const QString &message);
    void finishRun(bool cancelled, const QString &failure);

    int m_workers = 1;
    QString m_executable;
    std::vector<std::unique_ptr<Worker>> m_pool;
    int m_workersLaunched = 0; // workers started so far, for their monitor names
    std::deque<Batch> m_pending;
    quint64 m_nextBatchId = 1;
    qsizetype m_batchSize = 1;
    int m_replacements = 0;
    int m_silenceFloorMs = DefaultSilenceFloorMs;
    QTimer *m_watchdog = nullptr;
    bool m_launched = false; // this run started workers (its start-up time counts)
    FactorRunTally m_tally;
    QList<ItemError> m_errors;
    QList<QByteArray> m_lineStore;
};

} // namespace Lab::Core
