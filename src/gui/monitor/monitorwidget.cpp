// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorwidget.h"

#include "core/monitor/procsampler.h"
#include "core/sync/deadlockdetector.h"
#include "core/trace/pacer.h"
#include "core/trace/tracerecorder.h"
#include "statepalette.h"
#include "threadfilterproxy.h"
#include "threadtablemodel.h"
#include "timelinewidget.h"

#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
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
    , m_recorder(recorder ? recorder : TraceRecorder::instance())
    , m_pacer(pacer ? pacer : Pacer::instance())
{
    setObjectName(QStringLiteral("MonitorWidget"));
    m_sampler = new ProcSampler(this);
    m_sampler->setRecorder(m_recorder);
    connect(m_sampler, &ProcSampler::sampled, this, &MonitorWidget::onSampled);

    m_model = new ThreadTableModel(this);
    m_proxy = new ThreadFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    // Top row: filter and sampling rate.
    m_filter = new QComboBox(this);
    m_filter->addItem(QString(), int(ThreadFilterProxy::Mode::LabThreads));
    m_filter->addItem(QString(), int(ThreadFilterProxy::Mode::ThisProcess));
    m_filter->addItem(QString(), int(ThreadFilterProxy::Mode::All));
    translated([this] {
        m_filter->setItemText(0, tr("Lab threads"));
        m_filter->setItemText(1, tr("This process"));
        m_filter->setItemText(2, tr("All, incl. child processes"));
        m_filter->setToolTip(tr("Which threads the table shows"));
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMode(ThreadFilterProxy::Mode(m_filter->currentData().toInt())); });
    m_runScope = new QComboBox(this);
    m_runScope->setObjectName(QStringLiteral("runScope"));
    m_runScope->addItem(QString(), int(RunScope::ThisRun));
    m_runScope->addItem(QString(), int(RunScope::AllRuns));
    translated([this] {
        m_runScope->setItemText(0, tr("This run"));
        m_runScope->setItemText(1, tr("All runs"));
        m_runScope->setToolTip(tr("This run: the threads of the current (or last) run, also those that "
                                  "ended in it. All runs: the ended threads of earlier runs too."));
    });
    connect(m_runScope, &QComboBox::currentIndexChanged, this, &MonitorWidget::applyRunScope);
    m_rate = new QSpinBox(this);
    m_rate->setRange(1, 1000 / ProcSampler::MinIntervalMs);
    m_rate->setValue(1000 / ProcSampler::DefaultIntervalMs);
    translated([this] {
        m_rate->setSuffix(tr(" Hz"));
        m_rate->setToolTip(tr("How often /proc is sampled"));
    });
    connect(m_rate, &QSpinBox::valueChanged, this, [this](int hz) { m_sampler->setIntervalMs(1000 / hz); });
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // "Show: [which threads] [which runs]" and "Sampling: [rate]": side by side, or one under the
    // other when the monitor is compact.
    auto *showBox = new QWidget(this);
    auto *showLayout = new QBoxLayout(QBoxLayout::LeftToRight, showBox);
    showLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(showBox);
    translated([showLabel] { showLabel->setText(tr("Show:")); });
    showLabel->setBuddy(m_filter);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_runScope);
    filterRow->addStretch(1);
    auto *rateRow = new QHBoxLayout;
    auto *rateLabel = new QLabel(showBox);
    translated([rateLabel] { rateLabel->setText(tr("Sampling:")); });
    rateLabel->setBuddy(m_rate);
    rateRow->addWidget(rateLabel);
    rateRow->addWidget(m_rate);
    rateRow->addStretch(1);
    showLayout->addLayout(filterRow);
    showLayout->addLayout(rateRow, 1);
    m_adaptiveRows.append(showLayout);
    // One row when the monitor is wide (docked below), two when it is narrow (beside the
    // experiment in presenter mode): see setCompact().
    auto *top = new QBoxLayout(QBoxLayout::LeftToRight);
    top->addWidget(showBox);
    top->addWidget(createPacerControls());
    top->addStretch(1);
    m_adaptiveRows.append(top);

    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ThreadTableModel::TidColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ThreadTableModel::NameColumn, 220);
    m_view->setColumnWidth(ThreadTableModel::KindColumn, 170);
    m_view->setColumnWidth(ThreadTableModel::LabStateColumn, 150);
    m_view->setColumnWidth(ThreadTableModel::KernelStateColumn, 200);
    m_view->setColumnWidth(ThreadTableModel::CpuColumn, 60);
    m_view->setColumnWidth(ThreadTableModel::CoreColumn, 45);
    m_fullTableWidth = m_view->header()->length() + 40; // every column at its width, and a margin

    // Timeline with zoom, range, legend and export.
    m_timeline = new TimelineWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_zoom = new QComboBox(this);
    m_zoom->addItem(QString(), int(TimelineWidget::Zoom::ThisRun));
    m_zoom->addItem(QString(), int(TimelineWidget::Zoom::Last5s));
    m_zoom->addItem(QString(), int(TimelineWidget::Zoom::Last30s));
    m_zoom->addItem(QString(), int(TimelineWidget::Zoom::WholeRun));
    m_zoom->addItem(QString(), int(TimelineWidget::Zoom::Custom));
    translated([this] {
        m_zoom->setItemText(0, tr("This run"));
        m_zoom->setItemText(1, tr("Last 5 s"));
        m_zoom->setItemText(2, tr("Last 30 s"));
        m_zoom->setItemText(3, tr("All runs"));
        m_zoom->setItemText(4, tr("Range"));
    });
    m_zoom->setCurrentIndex(0); // the run fills the width: a 40 ms race is not a one-pixel sliver
    m_from = new QDoubleSpinBox(this);
    m_to = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_from, m_to}) {
        box->setRange(0, 86400);
        box->setDecimals(2);
        translated([box] { box->setSuffix(tr(" s")); });
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, &MonitorWidget::onRangeEdited);
    }
    translated([this] {
        m_from->setToolTip(tr("Start of the range, seconds since the first lab thread"));
        m_to->setToolTip(tr("End of the range, seconds since the first lab thread"));
    });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        const auto zoom = TimelineWidget::Zoom(m_zoom->currentData().toInt());
        if (zoom == TimelineWidget::Zoom::Custom)
            onRangeEdited();
        else
            m_timeline->setZoom(zoom);
    });
    connect(m_timeline, &TimelineWidget::rangeChanged, this, [this](double from, double to) {
        const QSignalBlocker a(m_from), b(m_to), c(m_zoom);
        m_from->setValue(from);
        m_to->setValue(to);
        m_zoom->setCurrentIndex(m_zoom->findData(int(m_timeline->zoom())));
    });
    auto *exportButton = new QPushButton(this);
    translated([exportButton] {
        exportButton->setText(tr("Export..."));
        exportButton->setToolTip(tr("Save the timeline as PNG or SVG"));
    });
    connect(exportButton, &QPushButton::clicked, this, &MonitorWidget::onExport);

    // "Timeline: [zoom]" and "[from] to [to] ... Export": side by side, or one under the other when
    // the monitor is compact.
    auto *rangeBox = new QWidget(this);
    auto *rangeLayout = new QBoxLayout(QBoxLayout::LeftToRight, rangeBox);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    auto *zoomRow = new QHBoxLayout;
    auto *timelineLabel = new QLabel(rangeBox);
    translated([timelineLabel] { timelineLabel->setText(tr("Timeline:")); });
    zoomRow->addWidget(timelineLabel);
    zoomRow->addWidget(m_zoom);
    zoomRow->addStretch(1);
    auto *fromToRow = new QHBoxLayout;
    fromToRow->addWidget(m_from);
    auto *toLabel = new QLabel(rangeBox);
    translated([toLabel] { toLabel->setText(tr("to")); });
    fromToRow->addWidget(toLabel);
    fromToRow->addWidget(m_to);
    fromToRow->addStretch(1);
    fromToRow->addWidget(exportButton);
    rangeLayout->addLayout(zoomRow);
    rangeLayout->addLayout(fromToRow, 1);
    m_adaptiveRows.append(rangeLayout);
    auto *timelineBar = new QBoxLayout(QBoxLayout::LeftToRight);
    timelineBar->addWidget(rangeBox);
    timelineBar->addWidget(createLegend(), 1);
    m_adaptiveRows.append(timelineBar);

    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(timelineBar);
    timelineLayout->addWidget(scroll, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // The deadlock banner: whenever the lab's instrumented locks close a circle of waits, in any
    // panel, it names the threads and locks (as VisualVM does for Java monitors), while it stands and
    // for a while after the lab has ended it.
    m_deadlockBanner = new QLabel(this);
    m_deadlockBanner->setObjectName(QStringLiteral("deadlockBanner"));
    m_deadlockBanner->setWordWrap(true);
    m_deadlockBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #D55E00; color: white; padding: 6px; font-weight: bold; }"));
    m_deadlockBanner->hide();
    connect(&Core::DeadlockDetector::instance(), &Core::DeadlockDetector::deadlockDetected, this,
            &MonitorWidget::onDeadlock, Qt::QueuedConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_deadlockBanner);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    m_status->hide();

    // Trace events and repaints are batched: at most 10 per second.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &MonitorWidget::onRefresh);
}

MonitorWidget::~MonitorWidget() = default;

bool MonitorWidget::isSampling() const
{
    return m_sampler->isActive();
}

QWidget *MonitorWidget::createPacerControls()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *slider = new QSlider(Qt::Horizontal, box);
    slider->setRange(1, 20); // 1x .. 1/20x
    slider->setValue(1);
    slider->setFixedWidth(110);
    auto *speedLabel = new QLabel(box);
    slider->setObjectName(QStringLiteral("pacerSpeed"));
    const auto showSpeed = [slider, speedLabel] {
        const int divisor = slider->value();
        speedLabel->setText(divisor == 1 ? tr("speed 1x") : tr("speed 1/%1x").arg(divisor));
    };
    translated([slider, showSpeed] {
        slider->setToolTip(tr("Slow motion for lab threads: 1x down to 1/20x"));
        showSpeed();
    });
    connect(slider, &QSlider::valueChanged, this, [this, showSpeed](int divisor) {
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
    auto *pause = new QToolButton(box);
    pause->setObjectName(QStringLiteral("pacerPause"));
    pause->setCheckable(true);
    pause->setChecked(m_pacer->isPaused());
    translated([pause] {
        pause->setText(tr("Pause"));
        pause->setToolTip(tr("Hold every lab thread at its next checkpoint (they really sleep: kernel state S)"));
    });
    connect(pause, &QToolButton::toggled, this, [this](bool on) { on ? m_pacer->pause() : m_pacer->resume(); });
    connect(m_pacer, &Pacer::pausedChanged, pause, [pause](bool on) {
        const QSignalBlocker blocker(pause);
        pause->setChecked(on);
    });
    auto *step = new QToolButton(box);
    step->setObjectName(QStringLiteral("pacerStep"));
    translated([step] {
        step->setText(tr("Step"));
        step->setToolTip(tr("Pause, then run to the next visible event (a state change, a read or a write) and hold"));
    });
    connect(step, &QToolButton::clicked, m_pacer, &Pacer::stepToEvent);
    auto *pacingLabel = new QLabel(box);
    translated([pacingLabel] { pacingLabel->setText(tr("Pacing:")); });
    layout->addWidget(pacingLabel);
    layout->addWidget(slider);
    layout->addWidget(speedLabel);
    layout->addWidget(pause);
    layout->addWidget(step);
    return box;
}

QWidget *MonitorWidget::createLegend()
{
    auto *legend = new QWidget(this);
    m_legendLayout = new QGridLayout(legend);
    m_legendLayout->setContentsMargins(0, 0, 0, 0);
    m_legendLayout->setSpacing(2);
    for (int i = 0; i < ThreadStateCount; ++i) {
        const auto state = ThreadState(i);
        auto *button = new QToolButton(legend);
        button->setObjectName(QStringLiteral("legend-%1").arg(threadStateId(state)));
        button->setIcon(StatePalette::swatch(state));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->installEventFilter(this); // Enter toggles it (Space is the lecture's start key)
        translated([button, state] {
            button->setText(threadStateName(state));
            button->setToolTip(tr("%1 (kernel: %2). Click or press Enter to hide or show the threads in "
                                  "this state, in the table and on the timeline.")
                                   .arg(threadStateName(state), kernelLettersForState(state)));
        });
        connect(button, &QToolButton::toggled, this, [this, state](bool on) {
            m_timeline->setStateVisible(state, on);
            m_proxy->setStateVisible(state, on);
        });
        m_legendChips.append(button);
    }
    layoutLegend(int(m_legendChips.size()));
    return legend;
}

void MonitorWidget::layoutLegend(int columns)
{
    for (QWidget *chip : std::as_const(m_legendChips))
        m_legendLayout->removeWidget(chip);
    for (int i = 0; i < m_legendChips.size(); ++i)
        m_legendLayout->addWidget(m_legendChips.at(i), i / columns, i % columns);
    for (int column = 0; column <= int(m_legendChips.size()); ++column)
        m_legendLayout->setColumnStretch(column, column == columns ? 1 : 0);
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
    m_timeline->clear();
    m_timeline->setFrozenNowNs(0);
    m_lastSequence = 0; // live again: the recorder's whole ring comes back
    if (bar) {
        m_sampler->stop();
        m_refresh->stop();
        static_cast<QVBoxLayout *>(layout())->addWidget(bar); // under the splitter: the timeline keeps its height
        bar->show();
    } else {
        m_deadlockBanner->hide();
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
        m_deadlockBanner->hide();
        return;
    }
    QStringList edges;
    for (const Core::WaitForEdge &edge : cycle.cycle)
        edges.append(tr("%1 waits on \"%2\" held by %3").arg(edge.thread, edge.waitsOn, edge.heldBy));
    m_deadlockBanner->setText(tr("Deadlock at the replay's cursor: %1.").arg(edges.join(QStringLiteral("; "))));
    m_deadlockBanner->show();
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
        m_status->setText(snapshot.error);
        m_status->show();
        return;
    }
    m_status->hide();
    // Pull the trace first so lanes exist for the kernel marks; painting waits for the refresh timer.
    pullEvents();
    m_model->applySnapshot(snapshot);
    m_timeline->appendSnapshot(snapshot);
    if (!m_expandedOnce && m_proxy->rowCount() > 0) {
        m_view->expandAll();
        m_expandedOnce = true;
    }
    // Keep new process groups open as they appear.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!m_view->isExpanded(index))
            m_view->expand(index);
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
        m_deadlockBanner->hide();
        m_deadlock = {};
        return;
    }
    m_deadlockBanner->setText(
        (ongoing ? tr("Deadlock: %1.") : tr("Deadlock, ended by the lab: %1.")).arg(edges.join(QStringLiteral("; "))));
    m_deadlockBanner->show();
}

void MonitorWidget::pullEvents()
{
    const QList<TraceEvent> events = m_recorder->eventsSince(m_lastSequence);
    if (!events.isEmpty()) {
        m_lastSequence = events.last().sequence;
        m_timeline->appendEvents(events);
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
    return RunScope(m_runScope->currentData().toInt());
}

void MonitorWidget::setRunScope(RunScope scope)
{
    m_runScope->setCurrentIndex(m_runScope->findData(int(scope)));
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
    m_timeline->update();
    // Live presets move with time: show where they are, unless the user is typing a range.
    if (m_timeline->zoom() != TimelineWidget::Zoom::Custom && !m_from->hasFocus() && !m_to->hasFocus()) {
        const auto range = m_timeline->visibleRange();
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setValue(range.first);
        m_to->setValue(range.second);
    }
}

void MonitorWidget::onRangeEdited()
{
    if (!m_timeline->setRange(m_from->value(), m_to->value())) {
        m_status->setText(tr("Timeline range: \"to\" must be greater than \"from\"."));
        m_status->show();
        return;
    }
    const QSignalBlocker blocker(m_zoom);
    m_zoom->setCurrentIndex(m_zoom->findData(int(TimelineWidget::Zoom::Custom)));
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
    if (!m_timeline->exportTo(path, &error))
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
    const bool narrow = m_compact || m_view->width() < m_fullTableWidth;
    if (narrow == m_narrowColumns && m_columnsApplied)
        return;
    m_model->setShortHeaders(narrow);
    m_narrowColumns = narrow;
    m_columnsApplied = true;
    QHeaderView *header = m_view->header();
    for (int column : {ThreadTableModel::TidColumn, ThreadTableModel::KindColumn, ThreadTableModel::StartedColumn,
                       ThreadTableModel::LifetimeColumn, ThreadTableModel::SwitchesColumn})
        m_view->setColumnHidden(column, narrow);
    header->setStretchLastSection(!narrow);
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

void MonitorWidget::translated(std::function<void()> apply)
{
    apply();
    m_retranslators.append(std::move(apply));
}

void MonitorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto &apply : std::as_const(m_retranslators))
            apply();
        m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
