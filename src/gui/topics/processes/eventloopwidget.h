// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/eventloopexperiment.h"

#include <QTimer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace Lab::Gui {

class EventLogWidget;
class ValueTile;

// Topic 2, the event loop: the same ~2 s of CPU work done on the GUI thread (the window freezes,
// the event-loop latency measured by Core::EventLoopExperiment shows it) or on a lab thread (the
// loop stays responsive), the two latencies side by side, a clock that ticks only while the loop
// runs, and the live log of dispatched events.
class EventLoopWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopWidget)

public:
    static constexpr int WorkMs = 2000;

    explicit EventLoopWidget(QWidget *parent = nullptr);
    ~EventLoopWidget() override;

    QPushButton *guiThreadButton() const { return m_onGui; }
    QPushButton *workerThreadButton() const { return m_onThread; }
    ValueTile *guiThreadTile() const { return m_guiTile; }
    ValueTile *workerThreadTile() const { return m_threadTile; }
    EventLogWidget *eventLog() const { return m_log; }
    void cancel() { m_experiment->cancel(); }

signals:
    void workFinished(bool onGuiThread);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startWork(bool onGuiThread);
    void onFinished(const Core::EventLoopRunResult &result);
    void showResults();
    void retranslate();

    Core::EventLoopExperiment *m_experiment = nullptr;
    QPushButton *m_onGui = nullptr;
    QPushButton *m_onThread = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_clock = nullptr;
    QTimer m_clockTimer;
    ValueTile *m_guiTile = nullptr;
    ValueTile *m_threadTile = nullptr;
    QLabel *m_explanation = nullptr;
    EventLogWidget *m_log = nullptr;
    bool m_workOnGui = false;
    std::optional<Core::EventLoopRunResult> m_guiResult;
    std::optional<Core::EventLoopRunResult> m_threadResult;
};

} // namespace Lab::Gui
