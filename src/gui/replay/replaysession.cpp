// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaysession.h"

#include "core/trace/chrometracereader.h"
#include "core/trace/tracerecorder.h"
#include "gui/mainwindow.h"
#include "gui/monitor/monitorwidget.h"
#include "gui/monitor/threadtablemodel.h"
#include "gui/monitor/timelinewidget.h"
#include "gui/topics/experiment.h"
#include "gui/topics/replayframe.h"
#include "gui/topics/threadlifecycle/threadstatediagram.h"
#include "gui/topics/topicpage.h"
#include "replaybar.h"
#include "replaycontroller.h"

#include <QAbstractProxyModel>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QTimer>
#include <QTreeView>

namespace Lab::Gui {

using namespace Core;

ReplaySession::ReplaySession(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_controller(new ReplayController(this))
{
    connect(m_controller, &ReplayController::cursorMoved, this, &ReplaySession::onCursorMoved);
    // The lifecycle panel's diagram exists once its topic has been opened.
    // So do the other panels: a topic opened during the replay gets the frame at once.
    connect(m_window, &MainWindow::currentTopicChanged, this, [this] {
        if (!m_active)
            return;
        if (!m_diagram)
            m_diagram = m_window->findChild<ThreadStateDiagram *>();
        broadcastFrame(false);
    });
}

ReplaySession::~ReplaySession() = default;

MonitorWidget *ReplaySession::monitor() const
{
    return qobject_cast<MonitorWidget *>(m_window->monitorDock()->widget());
}

bool ReplaySession::open(const QString &path, QString *error)
{
    std::optional<TraceRecording> recording = ChromeTraceReader::read(path, error);
    if (!recording)
        return false;
    return start(*std::move(recording), error);
}

bool ReplaySession::start(TraceRecording recording, QString *error)
{
    MonitorWidget *widget = monitor();
    if (!widget) {
        *error = tr("the window has no thread monitor to replay it in");
        return false;
    }
    if (recording.events.isEmpty()) {
        *error = tr("the recording holds no events of lab threads");
        return false;
    }
    if (m_monitor && m_monitor != widget)
        m_monitor->setReplayBar(nullptr);
    m_monitor = widget;
    if (!m_bar) {
        m_bar = new ReplayBar(m_controller);
        connect(m_bar, &ReplayBar::leaveRequested, this, &ReplaySession::leave);
    }
    m_bar->setSource(recording.title, recording.recordedAt, recording.machine);
    m_monitor->setReplayBar(m_bar);
    connect(m_monitor->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReplaySession::onSelectionChanged, Qt::UniqueConnection);
    m_diagram = m_window->findChild<ThreadStateDiagram *>();
    m_expanded = false;
    m_active = true;
    m_controller->setRecording(std::move(recording));
    // In presenter mode the monitor stands beside the experiment: going there lets the presenter show
    // the dock and size it as for a live run (it sizes a dock it shows, not one already shown).
    // Deferred: from --open the window is not shown yet.
    m_shownPending = true;
    QTimer::singleShot(0, this, [this] {
        m_shownPending = false;
        TopicPage *page = m_window->currentPage();
        if (!m_active) {
            emit shown();
            return;
        }
        if (page && page->isPresenting() && page->experimentStage() >= 0)
            page->setStage(page->experimentStage());
        m_window->monitorDock()->show();
        m_window->monitorDock()->raise();
        if (m_bar)
            m_bar->setFocus(Qt::OtherFocusReason);
        emit shown();
    });
    m_bar->setFocus(Qt::OtherFocusReason);
    emit activeChanged(true);
    return true;
}

void ReplaySession::leave()
{
    if (!m_active)
        return;
    m_controller->pause();
    m_active = false;
    if (m_monitor)
        m_monitor->setReplayBar(nullptr);
    if (m_diagram)
        m_diagram->clearState();
    broadcastFrame(true);
    emit activeChanged(false);
}

ReplayBar *ReplaySession::bar() const
{
    return m_bar;
}

QString ReplaySession::banner() const
{
    return m_bar ? m_bar->bannerText() : QString();
}

void ReplaySession::onSelectionChanged()
{
    if (!m_active || !m_monitor || !m_bar)
        return;
    const QModelIndex current = m_monitor->view()->currentIndex();
    const QVariant worker = current.data(ThreadTableModel::WorkerIdRole);
    if (worker.isValid() && worker.toInt() >= 0) {
        m_bar->setWorker(worker.toInt());
        onCursorMoved(m_controller->cursorNs(), false);
    }
}

void ReplaySession::onCursorMoved(qint64 cursorNs, bool rewound)
{
    if (!m_active || !m_monitor)
        return;
    TimelineWidget *timeline = m_monitor->timeline();
    if (rewound) {
        timeline->clear();
        m_lastSequence = 0;
    }
    const QList<TraceEvent> events = m_controller->recorder()->eventsSince(m_lastSequence);
    if (!events.isEmpty()) {
        m_lastSequence = events.last().sequence;
        timeline->appendEvents(events);
    }
    timeline->setFrozenNowNs(cursorNs);
    const ThreadSnapshot snapshot = m_controller->snapshot();
    m_monitor->model()->applySnapshot(snapshot);
    timeline->appendSnapshot(snapshot);
    timeline->setZoom(timeline->zoom()); // the range follows the cursor, and the monitor's range fields with it
    if (!m_expanded && m_monitor->model()->rowCount() > 0) {
        m_monitor->view()->expandAll();
        m_expanded = true;
    }
    if (m_diagram) {
        int id = m_bar ? m_bar->worker() : -1;
        if (id < 0) {
            for (const LabWorkerStatus &w : m_controller->recording().workers) {
                if (!w.isProcess) {
                    id = w.workerId;
                    break;
                }
            }
        }
        const LabWorkerStatus worker = m_controller->worker(id);
        if (worker.workerId >= 0)
            m_diagram->setState(worker.state, worker.name);
        else
            m_diagram->clearState();
    }
    broadcastFrame(false);
}

void ReplaySession::broadcastFrame(bool live)
{
    if (live) {
        for (const QPointer<Experiment> &experiment : std::as_const(m_replayed)) {
            if (experiment)
                experiment->showReplay(nullptr);
        }
        m_replayed.clear();
        return;
    }
    if (!m_controller->isLoaded())
        return;
    const ReplayFrame frame = m_controller->frame();
    if (m_monitor)
        m_monitor->setReplayDeadlock(frame.waitCycle());
    for (Experiment *experiment : m_window->findChildren<Experiment *>()) {
        experiment->showReplay(&frame);
        if (!m_replayed.contains(experiment))
            m_replayed.append(experiment);
    }
}

} // namespace Lab::Gui
