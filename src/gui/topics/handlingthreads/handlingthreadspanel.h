// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/gracefulstopdemo.h"
#include "core/experiments/threadrenamedemo.h"
#include "gui/panels/experimentpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Lab::Gui {

class ProcessEndingWidget;
class ThreadNamesModel;

namespace Ui {
class HandlingThreadsPanel;
}

// Topic 8.3: naming a thread before start vs renaming it after (Core::ThreadRenameDemo: what /proc
// comm shows), the current and main thread, stopping a thread gracefully with requestInterruption()
// (Core::GracefulStopDemo) and ending a worker process politely vs terminate() vs kill()
// (ProcessEndingWidget). Run does all of it; the buttons repeat the stops by hand. The "Stopping" and
// "Names" pages are the form ui/handlingthreadspanel.ui.
class HandlingThreadsPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandlingThreadsPanel)

public:
    explicit HandlingThreadsPanel(QWidget *parent = nullptr);
    ~HandlingThreadsPanel() override;

    QTableView *namesTable() const { return m_names; }
    ThreadNamesModel *namesModel() const { return m_namesModel; }
    QLabel *gracefulResult() const { return m_graceful; }
    ProcessEndingWidget *processes() const { return m_processes; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void onRenamed(const Core::ThreadRenameDemo::Report &report);
    void onGracefulStarted(int tid);
    void onGracefulFinished(const Core::GracefulStopDemo::Report &report);
    void startGraceful(bool automatic);
    void partDone();
    void showNames();
    void showIdentity();

    std::unique_ptr<Ui::HandlingThreadsPanel> m_ui;
    // The form's top-level widget: empty once its pages are tabs, kept for retranslateUi.
    std::unique_ptr<QStackedWidget> m_pages;
    Core::ThreadRenameDemo *m_rename = nullptr;
    Core::GracefulStopDemo *m_stopDemo = nullptr;
    QWidget *m_namesPage = nullptr;
    QLabel *m_namesIntro = nullptr;
    ThreadNamesModel *m_namesModel = nullptr;
    QTableView *m_names = nullptr;
    QLabel *m_namesVerdict = nullptr;
    QLabel *m_identity = nullptr;
    QWidget *m_stopPage = nullptr;
    QLabel *m_threadTitle = nullptr;
    QPushButton *m_threadStart = nullptr;
    QPushButton *m_threadStop = nullptr;
    QLabel *m_graceful = nullptr;
    QLabel *m_processTitle = nullptr;
    ProcessEndingWidget *m_processes = nullptr;
    QTimer *m_stopTimer = nullptr;
    bool m_gracefulAutomatic = false;
    int m_partsLeft = 0;
};

} // namespace Lab::Gui
