// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorwidget.h"

#include "core/monitor/procsampler.h"
#include "core/sync/deadlockdetector.h"
#include "core/trace/pacer.h"
#include "core/trace/tracerecorder.h"
#include "statepalette.h"
#include "statictextdelegate.h"
#include "threadfilterproxy.h"
#include "threadtablemodel.h"
#include "timelinewidget.h"
#include "ui_monitorwidget.h"

#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lab::Gui {

using namespace Core;

MonitorWidget::MonitorWidget(QWidget *parent)
    : MonitorWidget(nullptr, nullptr, parent)
{}

MonitorWidget::MonitorWidget(TraceRecorder *recorder, Pacer *pacer, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MonitorWidget>())
    , m_recorder(recorder ? recorder : TraceRecorder::instance())
    , m_pacer(pacer ? pacer : Pacer::instance())
{
    m_ui->setupUi(this); // the fixed parts: ui/monitorwidget.ui
    m_sampler = new ProcSampler(this);
    m_sampler->setRecorder(m_recorder);
    connect(m_sampler, &ProcSampler::sampled, this, &MonitorWidget::onSampled);

    m_model = new ThreadTableModel(this);
    m_proxy = new ThreadFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    // The combo boxes' items are in the form (so retranslateUi names them); what each one means is here.
    const auto setData = [](QComboBox *combo, std::initializer_list<int> values) {
        int index = 0;
        for (int value : values)
            combo->setItemData(index++, value);
    };
    setData(m_ui->filter, {int(ThreadFilterProxy::Mode::LabThreads), int(ThreadFilterProxy::Mode::ThisProcess),
                           int(ThreadFilterProxy::Mode::All)});
    connect(m_ui->filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMode(ThreadFilterProxy::Mode(m_ui->filter->currentData().toInt())); });
    setData(m_ui->runScope, {int(RunScope::ThisRun), int(RunScope::AllRuns)});
    connect(m_ui->runScope, &QComboBox::currentIndexChanged, this, &MonitorWidget::applyRunScope);
    m_ui->rate->setRange(1, 1000 / ProcSampler::MinIntervalMs);
    m_ui->rate->setValue(1000 / ProcSampler::DefaultIntervalMs);
    connect(m_ui->rate, &QSpinBox::valueChanged, this, [this](int hz) { m_sampler->setIntervalMs(1000 / hz); });
    setUpPacerControls();

    QTreeView *view = m_ui->view;
    view->setModel(m_proxy);
    view->setItemDelegate(new StaticTextDelegate(view)); // the table repaints ten times a second
    view->sortByColumn(ThreadTableModel::TidColumn, Qt::AscendingOrder);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns fitted to their contents (when narrow) are fitted to the rows on screen, not to all of
    // them: a 500-thread process would re-measure 500 rows per column at every sample.
    view->header()->setResizeContentsPrecision(0);
    view->setColumnWidth(ThreadTableModel::NameColumn, 220);
    view->setColumnWidth(ThreadTableModel::KindColumn, 170);
    view->setColumnWidth(ThreadTableModel::LabStateColumn, 150);
    view->setColumnWidth(ThreadTableModel::KernelStateColumn, 200);
    view->setColumnWidth(ThreadTableModel::CpuColumn, 60);
    view->setColumnWidth(ThreadTableModel::CoreColumn, 45);
    m_fullTableWidth = view->header()->length() + 40; // every column at its width, and a margin

    setData(m_ui->zoom,
            {int(TimelineWidget::Zoom::ThisRun), int(TimelineWidget::Zoom::Last5s), int(TimelineWidget::Zoom::Last30s),
             int(TimelineWidget::Zoom::WholeRun), int(TimelineWidget::Zoom::Custom)});
    m_ui->zoom->setCurrentIndex(0); // the run fills the width: a 40 ms race is not a one-pixel sliver
    for (QDoubleSpinBox *box : {m_ui->from, m_ui->to})
        connect(box, &QDoubleSpinBox::valueChanged, this, &MonitorWidget::onRangeEdited);
    connect(m_ui->zoom, &QComboBox::currentIndexChanged, this, [this] {
        const auto zoom = TimelineWidget::Zoom(m_ui->zoom->currentData().toInt());
        if (zoom == TimelineWidget::Zoom::Custom)
            onRangeEdited();
        else
            m_ui->timeline->setZoom(zoom);
    });
    connect(m_ui->timeline, &TimelineWidget::rangeChanged, this, [this](double from, double to) {
        const QSignalBlocker a(m_ui->from), b(m_ui->to), c(m_ui->zoom);
        m_ui->from->setValue(from);
        m_ui->to->setValue(to);
        m_ui->zoom->setCurrentIndex(m_ui->zoom->findData(int(m_ui->timeline->zoom())));
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MonitorWidget::onExport);
    createLegend();

    // One row each when the monitor is wide (docked below), stacked when it is narrow (beside the
    // experiment in presenter mode): see setCompact().
    m_adaptiveRows = {m_ui->showLayout, m_ui->topRow, m_ui->rangeLayout, m_ui->timelineBar};
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    // The deadlock banner: whenever the lab's instrumented locks close a circle of waits, in any
    // panel, it names the threads and locks (as VisualVM does for Java monitors), while it stands and
    // for a while after the lab has ended it.
    m_ui->deadlockBanner->hide();
    connect(&Core::DeadlockDetector::instance(), &Core::DeadlockDetector::deadlockDetected, this,
            &MonitorWidget::onDeadlock, Qt::QueuedConnection);
    m_ui->status->hide();
    retranslateDynamicParts();

    // Trace events and repaints are batched: at most 10 per second.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &MonitorWidget::onRefresh);
}

MonitorWidget::~MonitorWidget() = default;

TimelineWidget *MonitorWidget::timeline() const
{
    return m_ui->timeline;
}

QTreeView *MonitorWidget::view() const
{
    return m_ui->view;
}

QLabel *MonitorWidget::deadlockBanner() const
{
    return m_ui->deadlockBanner;
}

bool MonitorWidget::isSampling() const
{
    return m_sampler->isActive();
}

void MonitorWidget::setUpPacerControls()
{
    QSlider *slider = m_ui->pacerSpeed; // 1x .. 1/20x
    connect(slider, &QSlider::valueChanged, this, [this](int divisor) {
        m_pacer->setSpeed(1.0 / divisor);
        showSpeed();
    });
    // The pacer is the one source of truth: the presenter's + and - keys move the slider too.
    connect(m_pacer, &Pacer::speedChanged, slider, [slider](double speed) {
        const int divisor = qBound(1, qRound(1.0 / speed), 20);
        if (slider->value() != divisor)
            slider->setValue(divisor);
    });
    slider->setValue(qBound(1, qRound(1.0 / m_pacer->speed()), 20));
    QToolButton *pause = m_ui->pacerPause;
    pause->setChecked(m_pacer->isPaused());
    connect(pause, &QToolButton::toggled, this, [this](bool on) { on ? m_pacer->pause() : m_pacer->resume(); });
    connect(m_pacer, &Pacer::pausedChanged, pause, [pause](bool on) {
        const QSignalBlocker blocker(pause);
        pause->setChecked(on);
    });
    connect(m_ui->pacerStep, &QToolButton::clicked, m_pacer, &Pacer::stepToEvent);
}

void MonitorWidget::showSpeed()
{
    const int divisor = m_ui->pacerSpeed->value();
    m_ui->speedLabel->setText(divisor == 1 ? tr("speed 1x") : tr("speed 1/%1x").arg(divisor));
}

void MonitorWidget::createLegend()
{
    for (int i = 0; i < ThreadStateCount; ++i) {
        const auto state = ThreadState(i);
        auto *button = new QToolButton(m_ui->legend);
        button->setObjectName(QStringLiteral("legend-%1").arg(threadStateId(state)));
        button->setIcon(StatePalette::swatch(state));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->installEventFilter(this); // Enter toggles it (Space is the lecture's start key)
        connect(button, &QToolButton::toggled, this, [this, state](bool on) {
            m_ui->timeline->setStateVisible(state, on);
            m_proxy->setStateVisible(state, on);
        });
        m_legendChips.append(button);
    }
    layoutLegend(int(m_legendChips.size()));
}

void MonitorWidget::retranslateDynamicParts()
{
    for (int i = 0; i < m_legendChips.size(); ++i) {
        const auto state = ThreadState(i);
        m_legendChips.at(i)->setText(threadStateName(state));
        m_legendChips.at(i)->setToolTip(tr("%1 (kernel: %2). Click or press Enter to hide or show the threads in "
                                           "this state, in the table and on the timeline.")
                                            .arg(threadStateName(state), kernelLettersForState(state)));
    }
    showSpeed();
}

void MonitorWidget::layoutLegend(int columns)
{
    QGridLayout *grid = m_ui->legendLayout;
    for (QToolButton *chip : std::as_const(m_legendChips))
        grid->removeWidget(chip);
    for (int i = 0; i < m_legendChips.size(); ++i)
        grid->addWidget(m_legendChips.at(i), i / columns, i % columns);
    for (int column = 0; column <= int(m_legendChips.size()); ++column)
        grid->setColumnStretch(column, column == columns ? 1 : 0);
}

void MonitorWidget::showEvent(QShowEvent *event)
{
    followDockArea();
    QWidget::showEvent(event);
    if (m_replayBar)
        return;
    m_sampler->start();
    m_refresh->start();
}

void MonitorWidget::setReplayBar(QWidget *bar)
{
    if (m_replayBar)
        m_replayBar->hide();
    m_replayBar = bar;
    m_ui->timeline->clear();
    m_ui->timeline->setFrozenNowNs(0);
    m_lastSequence = 0; // live again: the recorder's whole ring comes back
    if (bar) {
        m_sampler->stop();
        m_refresh->stop();
        static_cast<QVBoxLayout *>(layout())->addWidget(bar); // under the splitter: the timeline keeps its height
        bar->show();
    } else {
        m_ui->deadlockBanner->hide();
        updateDeadlockBanner(); // the live detector's report, if one stands
        if (isVisible()) {
            m_sampler->start();
            m_refresh->start();
        }
    }
}

void MonitorWidget::setReplayDeadlock(const Core::DeadlockReport &cycle)
{
    if (!m_replayBar)
        return;
    if (cycle.cycle.isEmpty()) {
        m_ui->deadlockBanner->hide();
        return;
    }
    QStringList edges;
    for (const Core::WaitForEdge &edge : cycle.cycle)
        edges.append(tr("%1 waits on \"%2\" held by %3").arg(edge.thread, edge.waitsOn, edge.heldBy));
    m_ui->deadlockBanner->setText(tr("Deadlock at the replay's cursor: %1.").arg(edges.join(QStringLiteral("; "))));
    m_ui->deadlockBanner->show();
}

void MonitorWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_sampler->stop();
    m_refresh->stop();
}

void MonitorWidget::onSampled(const ThreadSnapshot &snapshot)
{
    if (m_replayBar)
        return; // a sample queued before the replay began
    if (!snapshot.error.isEmpty()) {
        m_ui->status->setText(snapshot.error);
        m_ui->status->show();
        return;
    }
    m_ui->status->hide();
    // Pull the trace first so lanes exist for the kernel marks; painting waits for the refresh timer.
    pullEvents();
    m_model->applySnapshot(snapshot);
    m_ui->timeline->appendSnapshot(snapshot);
    if (!m_expandedOnce && m_proxy->rowCount() > 0) {
        m_ui->view->expandAll();
        m_expandedOnce = true;
    }
    // Keep new process groups open as they appear.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!m_ui->view->isExpanded(index))
            m_ui->view->expand(index);
    }
}

void MonitorWidget::onDeadlock(const Core::DeadlockReport &report)
{
    m_deadlock = report;
    m_deadlockEndedNs = 0;
    if (!m_replayBar) // a replay's banner shows the recording's deadlock
        updateDeadlockBanner();
}

void MonitorWidget::updateDeadlockBanner()
{
    if (m_deadlock.cycle.isEmpty())
        return;
    QStringList edges;
    for (const Core::WaitForEdge &edge : m_deadlock.cycle)
        edges.append(tr("%1 waits on \"%2\" held by %3").arg(edge.thread, edge.waitsOn, edge.heldBy));
    const bool ongoing = Core::DeadlockDetector::instance().isOngoing(m_deadlock);
    const qint64 now = Core::monotonicNowNs();
    if (!ongoing && m_deadlockEndedNs == 0)
        m_deadlockEndedNs = now;
    if (!ongoing && now - m_deadlockEndedNs > BannerAfterEndNs) {
        m_ui->deadlockBanner->hide();
        m_deadlock = {};
        return;
    }
    m_ui->deadlockBanner->setText(
        (ongoing ? tr("Deadlock: %1.") : tr("Deadlock, ended by the lab: %1.")).arg(edges.join(QStringLiteral("; "))));
    m_ui->deadlockBanner->show();
}

void MonitorWidget::pullEvents()
{
    const QList<TraceEvent> events = m_recorder->eventsSince(m_lastSequence);
    if (!events.isEmpty()) {
        m_lastSequence = events.last().sequence;
        m_ui->timeline->appendEvents(events);
        const qint64 runStart = m_runStartNs;
        for (const TraceEvent &e : events) {
            if (e.kind == TraceEventKind::RunStarted)
                m_runStartNs = e.timeNs;
        }
        if (m_runStartNs != runStart)
            applyRunScope();
    }
}

MonitorWidget::RunScope MonitorWidget::runScope() const
{
    return RunScope(m_ui->runScope->currentData().toInt());
}

void MonitorWidget::setRunScope(RunScope scope)
{
    m_ui->runScope->setCurrentIndex(m_ui->runScope->findData(int(scope)));
}

void MonitorWidget::setStateShown(ThreadState state, bool shown)
{
    if (auto *chip = findChild<QToolButton *>(QStringLiteral("legend-%1").arg(threadStateId(state))))
        chip->setChecked(shown);
}

void MonitorWidget::applyRunScope()
{
    // Before the first run there is nothing to tell apart: threads that ended a moment ago stay a while.
    if (runScope() == RunScope::AllRuns)
        m_model->setTerminatedSince(0);
    else
        m_model->setTerminatedSince(m_runStartNs != 0 ? m_runStartNs : ThreadTableModel::RecentlyEnded);
}

bool MonitorWidget::eventFilter(QObject *watched, QEvent *event)
{
    auto *chip = qobject_cast<QToolButton *>(watched);
    if (chip && event->type() == QEvent::KeyPress && m_legendChips.contains(chip)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            chip->toggle();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MonitorWidget::onRefresh()
{
    pullEvents();
    updateDeadlockBanner();
    m_ui->timeline->update();
    // Live presets move with time: show where they are, unless the user is typing a range.
    if (m_ui->timeline->zoom() != TimelineWidget::Zoom::Custom && !m_ui->from->hasFocus() && !m_ui->to->hasFocus()) {
        const auto range = m_ui->timeline->visibleRange();
        const QSignalBlocker a(m_ui->from), b(m_ui->to);
        m_ui->from->setValue(range.first);
        m_ui->to->setValue(range.second);
    }
}

void MonitorWidget::onRangeEdited()
{
    if (!m_ui->timeline->setRange(m_ui->from->value(), m_ui->to->value())) {
        m_ui->status->setText(tr("Timeline range: \"to\" must be greater than \"from\"."));
        m_ui->status->show();
        return;
    }
    const QSignalBlocker blocker(m_ui->zoom);
    m_ui->zoom->setCurrentIndex(m_ui->zoom->findData(int(TimelineWidget::Zoom::Custom)));
}

void MonitorWidget::onExport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export timeline"), dir + QStringLiteral("/timeline.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_ui->timeline->exportTo(path, &error))
        QMessageBox::warning(this, tr("Export timeline"), error);
}

void MonitorWidget::setCompact(bool compact)
{
    for (QBoxLayout *row : std::as_const(m_adaptiveRows))
        row->setDirection(compact ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    layoutLegend(compact ? int(m_legendChips.size() + 1) / 2 : int(m_legendChips.size()));
    m_compact = compact;
    updateColumns();
}

void MonitorWidget::updateColumns()
{
    // Narrow (beside the experiment, as in presenter mode, or a small window): the columns that
    // teach, the textbook state beside the kernel's, all of them in the width; the rest returns when
    // the table is wide enough for every column.
    const bool narrow = m_compact || m_ui->view->width() < m_fullTableWidth;
    if (narrow == m_narrowColumns && m_columnsApplied)
        return;
    m_model->setShortHeaders(narrow);
    m_narrowColumns = narrow;
    m_columnsApplied = true;
    QHeaderView *header = m_ui->view->header();
    for (int column : {ThreadTableModel::TidColumn, ThreadTableModel::KindColumn, ThreadTableModel::StartedColumn,
                       ThreadTableModel::LifetimeColumn, ThreadTableModel::SwitchesColumn})
        m_ui->view->setColumnHidden(column, narrow);
    header->setStretchLastSection(!narrow);
    // The name and both states share the width, so the table never needs a horizontal scroll bar
    // (states fitted to their words pushed the deadlock panel's table past the dock in presenter
    // mode); the numbers fit their contents.
    for (int column :
         {ThreadTableModel::NameColumn, ThreadTableModel::LabStateColumn, ThreadTableModel::KernelStateColumn})
        header->setSectionResizeMode(column, narrow ? QHeaderView::Stretch : QHeaderView::Interactive);
    for (int column : {ThreadTableModel::CpuColumn, ThreadTableModel::CoreColumn})
        header->setSectionResizeMode(column, narrow ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
}

void MonitorWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumns();
}

void MonitorWidget::followDockArea()
{
    // Docked left or right (presenter mode puts it beside the experiment), the control rows stack so
    // that the monitor can be narrow; docked top or bottom they stay one row each.
    auto *dock = qobject_cast<QDockWidget *>(parentWidget());
    if (!dock || m_followingDock)
        return;
    m_followingDock = true;
    connect(dock, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        setCompact(area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea);
    });
    if (auto *window = qobject_cast<QMainWindow *>(dock->parentWidget())) {
        const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
        setCompact(area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea);
    }
}

void MonitorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDynamicParts();
        m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
