// SPDX-License-Identifier: GPL-3.0-or-later
#include "processespanel.h"

#include "core/experiments/workerdemoprocess.h"
#include "eventloopwidget.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/verticalscrollarea.h"
#include "gui/topics/topicregistry.h"
#include "processinfomodel.h"
#include "ui_processespanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <csignal>

namespace Lab::Gui {

namespace {

const QString Processes = QStringLiteral("processes");
const QString Seconds = QStringLiteral("seconds");
const QString RefreshMs = QStringLiteral("refresh-ms");
constexpr int BeatMs = 500;      // the demo's daemon thread prints a heartbeat line this often
constexpr int DemoWorkMs = 300;  // its standard thread works this long, then ends (3 threads, then 2)
constexpr int KillAfterMs = 400; // a process that ignores the end of its input is killed then

} // namespace

ProcessesPanel::ProcessesPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("processes"), parent)
    , m_ui(std::make_unique<Ui::ProcessesPanel>())
    , m_processPage(new QWidget(this))
    , m_model(new ProcessInfoModel(this))
    , m_eventLoop(new EventLoopWidget(this))
{
    ParameterForm *f = form();
    f->addInt(Processes, QString(), 1, 16, 3);
    f->addInt(Seconds, QString(), 1, 3600, 30, QStringLiteral(" s"));
    f->addInt(RefreshMs, QString(), 100, 5000, 500, QStringLiteral(" ms"));

    // The note, the hidden crash note, the table and the Crash / Stop row are the form
    // ui/processespanel.ui; the note's text (it names this process's pid) is set in retranslate().
    m_ui->setupUi(m_processPage);
    m_processNote = m_ui->processNote;
    m_crashNote = m_ui->crashNote;
    m_table = m_ui->processTable;
    m_stop = m_ui->stopProcessesButton;
    m_crash = m_ui->crashWorkerButton;
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addTab(m_processPage, QString());
    m_eventLoop->setObjectName(QStringLiteral("eventLoopView"));
    // Scrolls rather than raising the window's minimum height at large text scales.
    m_eventLoopTab = new VerticalScrollArea(m_eventLoop, this);
    addTab(m_eventLoopTab, QString());
    addCode(QStringLiteral("processes"));

    connect(m_stop, &QPushButton::clicked, this, &ProcessesPanel::cancel);
    connect(m_crash, &QPushButton::clicked, this, &ProcessesPanel::crashOneWorker);
    connect(&m_refresh, &QTimer::timeout, this, &ProcessesPanel::refresh);
    m_lifetime.setSingleShot(true);
    connect(&m_lifetime, &QTimer::timeout, this, &ProcessesPanel::stopAll);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        for (const Worker &w : std::as_const(m_workers)) {
            if (!w.done && w.process)
                w.process->kill();
        }
    });
    retranslate();
    refresh();
}

ProcessesPanel::~ProcessesPanel()
{
    // Kill and reap every worker now, while this object is whole (WorkerDemoProcess kills in its destructor).
    for (Worker &w : m_workers) {
        if (w.process) {
            w.process->disconnect(this);
            delete w.process;
            w.process = nullptr;
        }
    }
}

QList<qint64> ProcessesPanel::workerPids() const
{
    QList<qint64> pids;
    for (const Worker &w : m_workers)
        pids.append(w.pid);
    return pids;
}

bool ProcessesPanel::startRun(QString *error)
{
    for (Worker &w : m_workers)
        delete w.process; // all ended: the previous run finished
    m_workers.clear();
    m_stopping = false;
    m_lastCrash = {};
    m_crashNote->clear();
    m_crashNote->hide();
    const int count = int(form()->intValue(Processes));
    m_workers.resize(count);
    m_startFailure.clear();
    m_stoppedByUser = false;
    m_starting = true;
    for (int i = 0; i < count; ++i) {
        auto *process = new Core::WorkerDemoProcess(this);
        m_workers[i].process = process;
        m_workers[i].status = tr("starting");
        connect(process, &Core::WorkerDemoProcess::started, this, [this, i](qint64 pid) {
            m_workers[i].pid = pid;
            m_workers[i].status = tr("running");
            updateCrashControls();
            refresh();
        });
        connect(process, &Core::WorkerDemoProcess::failed, this, [this, i](const QString &message) {
            if (m_workers[i].pid == 0)
                m_startFailure = message;
        });
        connect(process, &Core::WorkerDemoProcess::finished, this,
                [this, i](const Core::WorkerDemoExit &exit) { onWorkerFinished(i, exit); });
        connect(process, &Core::WorkerDemoProcess::eventReceived, this,
                [this, i](const QJsonObject &event) { onWorkerEvent(i, event); });
        if (!process->startDaemonDemo(0, BeatMs, DemoWorkMs)) {
            *error = m_startFailure.isEmpty() ? tr("Could not start the worker process.") : m_startFailure;
            for (Worker &w : m_workers) {
                if (w.process)
                    w.process->disconnect(this);
                delete w.process;
            }
            m_workers.clear();
            m_starting = false;
            refresh();
            return false;
        }
    }
    m_starting = false;
    m_model->setProcessCount(count);
    m_clock.start();
    m_refresh.start(int(form()->intValue(RefreshMs)));
    m_lifetime.start(int(form()->intValue(Seconds)) * 1000);
    m_stop->setEnabled(true);
    updateCrashControls();
    tabs()->setCurrentWidget(m_processPage);
    refresh();
    return true;
}

void ProcessesPanel::cancelRun()
{
    m_stoppedByUser = true;
    stopAll();
}

void ProcessesPanel::stopAll()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_lifetime.stop();
    m_stop->setEnabled(false);
    updateCrashControls();
    for (Worker &w : m_workers) {
        if (!w.done && w.process) {
            w.process->endProgram(); // daemon-demo's "end of the program": its main thread returns
            w.status = tr("stopping");
        }
    }
    m_killTimer.start(KillAfterMs);
    refresh();
}

void ProcessesPanel::onWorkerFinished(int index, const Core::WorkerDemoExit &exit)
{
    Worker &w = m_workers[index];
    w.done = true;
    w.status = exitText(exit);
    if (exit.pid)
        w.pid = exit.pid;
    if (exit.crashed && !m_stopping && exit.pid) {
        // One process died by a signal while the run goes on: name it, and ask the others whether
        // they are still there. Each answers from its own main thread (onWorkerEvent).
        w.crashed = true;
        m_lastCrash = Crash{index, w.pid, exit.signal, exit.signalName, w.crashRequested};
        for (Worker &other : m_workers) {
            other.answered = false;
            if (!other.done && other.process && other.process->request("ping"))
                other.status = tr("pinged");
        }
    }
    updateCrashControls();
    refresh();
    for (const Worker &other : std::as_const(m_workers)) {
        if (!other.done || m_starting)
            return;
    }
    m_refresh.stop();
    m_lifetime.stop();
    m_killTimer.stop();
    m_stop->setEnabled(false);
    const int count = int(m_workers.size());
    const int crashed =
        int(std::count_if(m_workers.cbegin(), m_workers.cend(), [](const Worker &w) { return w.crashed; }));
    if (!m_startFailure.isEmpty())
        finishRun(m_startFailure);
    else
        finishRun([stopped = m_stoppedByUser, seconds = form()->intValue(Seconds), count, crashed] {
            if (crashed > 0)
                return stopped ? tr("Stopped: %1 of %1 worker processes have ended, %2 of them by a crash; none is "
                                    "left.")
                                     .arg(count)
                                     .arg(crashed)
                               : tr("Done: the worker processes ran for %1 s and ended (%2 of %2, %3 of them by a "
                                    "crash); none is left.")
                                     .arg(seconds)
                                     .arg(count)
                                     .arg(crashed);
            return stopped ? tr("Stopped: %1 of %1 worker processes have ended; none is left.").arg(count)
                           : tr("Done: the worker processes ran for %1 s and ended (%2 of %2); none is left.")
                                 .arg(seconds)
                                 .arg(count);
        });
}

void ProcessesPanel::onWorkerEvent(int index, const QJsonObject &event)
{
    if (event.value(QLatin1String("event")).toString() != QLatin1String("pong") || m_lastCrash.index < 0)
        return;
    Worker &w = m_workers[index];
    if (w.done || w.answered)
        return;
    w.answered = true;
    w.status = tr("answered");
    refresh();
}

int ProcessesPanel::liveWorkers() const
{
    return int(std::count_if(m_workers.cbegin(), m_workers.cend(),
                             [](const Worker &w) { return !w.done && w.pid > 0 && !w.crashRequested; }));
}

void ProcessesPanel::updateCrashControls()
{
    // One to crash and at least one to go on; one crash at a time.
    m_crash->setEnabled(isRunning() && !m_stopping && !crashPending() && liveWorkers() >= 2);
}

bool ProcessesPanel::crashPending() const
{
    return std::any_of(m_workers.cbegin(), m_workers.cend(),
                       [](const Worker &w) { return w.crashRequested && !w.done; });
}

void ProcessesPanel::crashOneWorker()
{
    if (!m_crash->isEnabled())
        return;
    // The middle one of the live workers: with three, worker 2, between two that go on.
    QList<int> live;
    for (int i = 0; i < m_workers.size(); ++i) {
        const Worker &w = m_workers.at(i);
        if (!w.done && w.pid > 0 && !w.crashRequested)
            live.append(i);
    }
    const int index = live.at(live.size() / 2);
    Worker &w = m_workers[index];
    if (!w.process->request("crash"))
        return;
    w.crashRequested = true;
    w.status = tr("crashing");
    m_crashNote->setText(tr("Worker %1 (pid %2) was asked to crash: one of its threads writes through a null "
                            "pointer.")
                             .arg(index + 1)
                             .arg(w.pid));
    m_crashNote->show();
    updateCrashControls();
    refresh();
}

QString ProcessesPanel::exitText(const Core::WorkerDemoExit &exit) const
{
    if (exit.pid == 0)
        return tr("did not start");
    if (exit.crashed)
        return tr("killed by %1").arg(exit.signalName);
    return tr("exit code %1").arg(exit.exitCode);
}

void ProcessesPanel::refresh()
{
    m_model->showProcess(0, tr("this lab"), Core::ProcessInfo::read(pid_t(QCoreApplication::applicationPid())),
                         tr("the parent"));
    m_model->setProcessCount(int(m_workers.size()));
    int answered = 0;
    int asked = 0;
    for (int i = 0; i < m_workers.size(); ++i) {
        Worker &w = m_workers[i];
        if (w.pid > 0 && !w.done) {
            const Core::ProcessInfo info = Core::ProcessInfo::read(pid_t(w.pid));
            if (info.valid && info.state != QLatin1Char('Z'))
                w.info = info; // a zombie has lost its descriptors and maps: keep the last live values
        }
        m_model->showProcess(i + 1, tr("worker %1").arg(i + 1), w.info, w.status, w.done);
        if (m_lastCrash.index >= 0 && i != m_lastCrash.index && !w.crashed) {
            ++asked;
            answered += w.answered ? 1 : 0;
        }
    }
    if (m_lastCrash.index >= 0 && !crashPending()) { // (while one is pending the note says so)
        const Crash &c = m_lastCrash;
        const QString text =
            c.requested && c.signal == SIGSEGV
                ? tr("Worker %1 (pid %2) was killed by %3 (signal %4): one of its threads wrote through a null "
                     "pointer, and the kernel ended the whole process; the monitor no longer lists it. The lab and "
                     "the other workers go on: %5 of %6 answered since.")
                : tr("Worker %1 (pid %2) was killed by %3 (signal %4); the monitor no longer lists it. The lab and "
                     "the other workers go on: %5 of %6 answered since.");
        m_crashNote->setText(text.arg(c.index + 1).arg(c.pid).arg(c.signalName).arg(c.signal).arg(answered).arg(asked));
        m_crashNote->show();
    }
    if (isRunning() && !m_stopping) {
        const qint64 total = form()->intValue(Seconds) * 1000;
        setProgress(m_clock.elapsed(), total, tr("%1 of %2 s").arg(m_clock.elapsed() / 1000).arg(total / 1000));
    }
}

void ProcessesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(m_processPage);
    ExperimentPanel::changeEvent(event);
}

void ProcessesPanel::retranslate()
{
    setIntro(tr("Start K real worker processes and read their properties from <code>/proc</code> while they "
                "run; each one is listed under its own entry in the thread monitor. The <i>Event loop</i> tab "
                "shows what the GUI thread's event loop does."));
    ParameterForm *f = form();
    f->setLabel(Processes, tr("Worker processes"));
    f->setLabel(Seconds, tr("They run for"));
    f->setLabel(RefreshMs, tr("Read /proc every"));
    m_processNote->setText(
        tr("Each worker runs <code>concurrency-lab-worker daemon-demo</code>: its own pid, its own memory and "
           "file descriptors, this lab (pid %1) as its parent, and the lab's process group. It has a main "
           "thread, a heartbeat daemon thread and, for its first %2 ms, a worker thread.")
            .arg(QCoreApplication::applicationPid())
            .arg(DemoWorkMs));
    setTabTitle(m_processPage, tr("Processes"));
    setTabTitle(m_eventLoopTab, tr("Event loop"));
    m_model->retranslate();
    refresh();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(processes, "processes", "2", "threads-processes",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Processes and event-driven programming"),
                   Lab::Gui::ProcessesPanel)
