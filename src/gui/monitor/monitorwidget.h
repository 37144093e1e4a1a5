// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/threadsample.h"
#include "core/sync/deadlockdetector.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QLabel;
class QTimer;
class QToolButton;
class QTreeView;
QT_END_NAMESPACE

namespace Lab::Core {
class Pacer;
class ProcSampler;
class TraceRecorder;
} // namespace Lab::Core

namespace Lab::Gui {

class ThreadFilterProxy;
class ThreadTableModel;
class TimelineWidget;

namespace Ui {
class MonitorWidget;
}

// The live thread monitor the main window docks: thread table, timeline with legend and zoom, the
// filter, the sampling rate and the pacer's controls. Self-contained: it creates its own ProcSampler,
// which samples only while the widget is visible. Uses TraceRecorder::instance() and
// Pacer::instance() unless given others (tests). The fixed parts (control rows, table, timeline,
// banner) are the form ui/monitorwidget.ui; the state chips, built from the state vocabulary, are code.
class MonitorWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorWidget(QWidget *parent = nullptr);
    MonitorWidget(Core::TraceRecorder *recorder, Core::Pacer *pacer, QWidget *parent = nullptr);
    ~MonitorWidget() override;

    ThreadTableModel *model() const { return m_model; }
    ThreadFilterProxy *proxy() const { return m_proxy; }
    TimelineWidget *timeline() const;
    QTreeView *view() const;
    QLabel *deadlockBanner() const;
    Core::ProcSampler *sampler() const { return m_sampler; }
    bool isSampling() const;
    // Replay (gui/replay): the sampler and the live recorder stop feeding the table and the timeline,
    // which show what the replay gives them; `bar` goes under the timeline. nullptr: live again.
    void setReplayBar(QWidget *bar);
    bool isReplaying() const { return m_replayBar != nullptr; }
    // Replay: the deadlock banner names the circle of waits at the cursor (an empty cycle hides it)
    // instead of the live detector's report, which comes back when the replay is left.
    void setReplayDeadlock(const Core::DeadlockReport &cycle);
    // Stacks the control rows (for a narrow monitor); follows the dock's area by itself.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // The table lists the current (or last) run's threads, or every run's that the recorder remembers.
    enum class RunScope
    {
        ThisRun,
        AllRuns
    };
    RunScope runScope() const;
    void setRunScope(RunScope scope);
    // The state chips: a state switched off hides the threads now in it from the table and the timeline.
    void setStateShown(Core::ThreadState state, bool shown);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onSampled(const Core::ThreadSnapshot &snapshot);
    void onRefresh();
    void onDeadlock(const Core::DeadlockReport &report);
    void updateDeadlockBanner();
    void updateColumns();
    void pullEvents();
    void onExport();
    void onRangeEdited();
    void applyRunScope();
    void setUpPacerControls();
    void createLegend();
    // The state chips in one row, or in two rows (four and three) when the monitor is compact (docked
    // beside the experiment): seven chips in a row made the monitor too wide for a 1280 px projector,
    // rows of three took a third row from the timeline.
    void layoutLegend(int columns);
    // What retranslateUi cannot do: the texts made from data (the chips, the pacer's speed).
    void retranslateDynamicParts();
    void showSpeed();
    void followDockArea();

    std::unique_ptr<Ui::MonitorWidget> m_ui;
    Core::TraceRecorder *m_recorder;
    Core::Pacer *m_pacer;
    Core::ProcSampler *m_sampler = nullptr;
    ThreadTableModel *m_model = nullptr;
    ThreadFilterProxy *m_proxy = nullptr;
    qint64 m_runStartNs = 0; // the last RunStarted mark; 0: no run yet
    QTimer *m_refresh = nullptr;
    quint64 m_lastSequence = 0;
    bool m_expandedOnce = false;
    bool m_followingDock = false;
    QList<QBoxLayout *> m_adaptiveRows; // control rows that stack when the monitor is narrow
    QList<QToolButton *> m_legendChips;
    bool m_compact = false;
    bool m_narrowColumns = false;
    bool m_columnsApplied = false;
    int m_fullTableWidth = 0;
    QWidget *m_replayBar = nullptr;
    Core::DeadlockReport m_deadlock; // the last one reported; empty when none is shown
    qint64 m_deadlockEndedNs = 0;
    static constexpr qint64 BannerAfterEndNs = 15'000'000'000; // how long an ended deadlock stays named
};

} // namespace Lab::Gui
