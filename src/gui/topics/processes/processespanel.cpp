// SPDX-License-Identifier: GPL-3.0-or-later
#include "processespanel.h"

#include "core/experiments/workerdemoprocess.h"
#include "eventloopview.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/verticalscrollarea.h"
#include "gui/topics/topicregistry.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lab::Gui {

namespace {

const QString Processes = QStringLiteral("processes");
const QString Seconds = QStringLiteral("seconds");
const QString RefreshMs = QStringLiteral("refresh-ms");
constexpr int BeatMs = 500;      // the demo's daemon thread prints a heartbeat line this often
constexpr int DemoWorkMs = 300;  // its standard thread works this long, then ends (3 threads, then 2)
constexpr int KillAfterMs = 400; // a process that ignores the end of its input is killed then

// One row per property, one column per process (the lab first), so a property reads across:
// narrow enough for the presenter's half screen, and "parent pid = the lab's pid" is one row.
enum Row
{
    PidRow,
    PpidRow,
    PgidRow,
    UidRow,
    StateRow,
    ThreadsRow,
    FdsRow,
    MemoryRow,
    EnvironmentRow,
    EnvironmentSizeRow,
    StatusRow,
    RowCount
};

QString numberOrDash(qint64 value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value);
}

} // namespace

ProcessesPanel::ProcessesPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("processes"), parent)
    , m_processPage(new QWidget(this))
    , m_processNote(new QLabel(m_processPage))
    , m_table(new QTableWidget(RowCount, 1, m_processPage))
    , m_stop(new QPushButton(m_processPage))
    , m_eventLoop(new EventLoopView(this))
{
    ParameterForm *f = form();
    f->addInt(Processes, QString(), 1, 16, 3);
    f->addInt(Seconds, QString(), 1, 3600, 30, QStringLiteral(" s"));
    f->addInt(RefreshMs, QString(), 100, 5000, 500, QStringLiteral(" ms"));

    m_processNote->setObjectName(QStringLiteral("processNote"));
    m_processNote->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("processTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stop->setObjectName(QStringLiteral("stopProcessesButton"));
    m_stop->setEnabled(false);
    auto *layout = new QVBoxLayout(m_processPage);
    layout->addWidget(m_processNote);
    layout->addWidget(m_table, 1);
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stop);
    stopRow->addStretch(1);
    layout->addLayout(stopRow);
    addTab(m_processPage, QString());
    m_eventLoop->setObjectName(QStringLiteral("eventLoopView"));
    // Scrolls rather than raising the window's minimum height at large text scales.
    m_eventLoopTab = new VerticalScrollArea(m_eventLoop, this);
    addTab(m_eventLoopTab, QString());
    addCode(QStringLiteral("processes"));

    connect(m_stop, &QPushButton::clicked, this, &ProcessesPanel::cancel);
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
            refresh();
        });
        connect(process, &Core::WorkerDemoProcess::failed, this, [this, i](const QString &message) {
            if (m_workers[i].pid == 0)
                m_startFailure = message;
        });
        connect(process, &Core::WorkerDemoProcess::finished, this,
                [this, i](const Core::WorkerDemoExit &exit) { onWorkerFinished(i, exit); });
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
    m_table->setColumnCount(count + 1);
    m_clock.start();
    m_refresh.start(int(form()->intValue(RefreshMs)));
    m_lifetime.start(int(form()->intValue(Seconds)) * 1000);
    m_stop->setEnabled(true);
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
    if (!m_startFailure.isEmpty())
        finishRun(m_startFailure);
    else
        finishRun(m_stoppedByUser ? tr("Stopped: %1 of %1 worker processes have ended; none is left.").arg(count)
                                  : tr("Done: the worker processes ran for %1 s and ended (%2 of %2); none is left.")
                                        .arg(form()->intValue(Seconds))
                                        .arg(count));
}

QString ProcessesPanel::exitText(const Core::WorkerDemoExit &exit) const
{
    if (exit.pid == 0)
        return tr("did not start");
    if (exit.crashed)
        return tr("ended by %1").arg(exit.signalName);
    return tr("exit code %1").arg(exit.exitCode);
}

void ProcessesPanel::refresh()
{
    showColumn(0, tr("this lab"), Core::ProcessInfo::read(pid_t(QCoreApplication::applicationPid())), tr("the parent"));
    m_table->setColumnCount(int(m_workers.size()) + 1);
    for (int i = 0; i < m_workers.size(); ++i) {
        Worker &w = m_workers[i];
        if (w.pid > 0 && !w.done) {
            const Core::ProcessInfo info = Core::ProcessInfo::read(pid_t(w.pid));
            if (info.valid)
                w.info = info;
        }
        Core::ProcessInfo shown = w.info;
        if (w.done)
            shown.state = QChar(); // gone: keep the last values read, but no state
        showColumn(i + 1, tr("worker %1").arg(i + 1), shown, w.status);
    }
    if (isRunning() && !m_stopping) {
        const qint64 total = form()->intValue(Seconds) * 1000;
        setProgress(m_clock.elapsed(), total, tr("%1 of %2 s").arg(m_clock.elapsed() / 1000).arg(total / 1000));
    }
}

void ProcessesPanel::showColumn(int column, const QString &name, const Core::ProcessInfo &info, const QString &status)
{
    const bool known = info.pid > 0;
    QString memory = QStringLiteral("–");
    if (info.vmRssKb >= 0)
        memory = QLocale().formattedDataSize(info.vmRssKb * 1024, 1);
    const QString environment =
        info.environmentEntries >= 0 ? QString::number(info.environmentEntries) : QStringLiteral("–");
    const QString environmentSize =
        info.environmentBytes >= 0 ? QLocale().formattedDataSize(info.environmentBytes, 1) : QStringLiteral("–");
    const QStringList cells = {known ? QString::number(info.pid) : QString(),
                               known ? numberOrDash(info.ppid) : QString(),
                               known ? numberOrDash(info.pgid) : QString(),
                               known ? numberOrDash(info.uid) : QString(),
                               info.state.isNull() ? QStringLiteral("–") : QString(info.state),
                               known ? numberOrDash(info.threads) : QString(),
                               known ? numberOrDash(info.openFds) : QString(),
                               known ? memory : QString(),
                               known ? environment : QString(),
                               known ? environmentSize : QString(),
                               status};
    QTableWidgetItem *header = m_table->horizontalHeaderItem(column);
    if (!header || header->text() != name)
        m_table->setHorizontalHeaderItem(column, new QTableWidgetItem(name));
    for (int row = 0; row < RowCount; ++row) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (item->text() != cells.at(row))
            item->setText(cells.at(row));
    }
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
    m_processNote->setTextFormat(Qt::RichText);
    m_table->setVerticalHeaderLabels({tr("PID"), tr("Parent PID"), tr("Process group"), tr("User ID"), tr("State"),
                                      tr("Threads"), tr("Open files"), tr("Memory (RSS)"), tr("Env. variables"),
                                      tr("Env. size"), tr("Status")});
    m_stop->setText(tr("Stop the processes"));
    setTabTitle(m_processPage, tr("Processes"));
    setTabTitle(m_eventLoopTab, tr("Event loop"));
    if (!m_workers.isEmpty() || m_table->rowCount() > 0)
        refresh();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(processes, "processes", "2", "threads-processes",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Processes and event-driven programming"),
                   Lab::Gui::ProcessesPanel)
