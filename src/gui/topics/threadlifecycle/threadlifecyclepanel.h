// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/lifecycledemo.h"
#include "gui/panels/experimentpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace Lab::Gui {

class ThreadStateDiagram;

namespace Ui {
class ThreadLifecyclePanel;
}

// Topic 8.1: one lab thread (Core::LifecycleDemo) starts, runs, sleeps, runs again and ends. The
// state diagram lights each textbook state as the thread reports it, beside what Linux says about
// the same thread (/proc state letter) and what Qt says (isRunning(), isFinished()), polled by a
// timer. The monitor's pacer (slider, Pause, Step; Space, S, +/- in presenter mode) slows it down.
// The "State diagram" page is the form ui/threadlifecyclepanel.ui.
class ThreadLifecyclePanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadLifecyclePanel)

public:
    explicit ThreadLifecyclePanel(QWidget *parent = nullptr);
    ~ThreadLifecyclePanel() override;

    ThreadStateDiagram *diagram() const { return m_diagram; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void onPhaseChanged(Core::ThreadState phase, int runNumber, int tid);
    void onFinished(bool cancelled);
    void poll();
    void showPacer();
    QString detailFor(Core::ThreadState phase, int runNumber) const;

    std::unique_ptr<Ui::ThreadLifecyclePanel> m_ui;
    std::unique_ptr<Core::LifecycleDemo> m_demo;
    QWidget *m_page = nullptr;
    ThreadStateDiagram *m_diagram = nullptr;
    QTimer *m_poll = nullptr;
    QLabel *m_textbook = nullptr;
    QLabel *m_kernelTitle = nullptr;
    QLabel *m_kernel = nullptr;
    QLabel *m_qt = nullptr;
    QLabel *m_thread = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_pacer = nullptr;
    QStringList m_pathSteps;
    QString m_name;
    Core::ThreadState m_phase = Core::ThreadState::New;
    int m_runNumber = 0;
};

} // namespace Lab::Gui
