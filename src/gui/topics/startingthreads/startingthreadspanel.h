// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/threadstartdemo.h"
#include "gui/panels/experimentpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
class QTableWidget;
QT_END_NAMESPACE

namespace Lab::Gui {

class DaemonDemoWidget;
class ForkDemoWidget;
class ThreadStartModel;

namespace Ui {
class StartingThreadsPanel;
}

// Topic 8.2: the four ways to start a thread in Qt/C++ (Core::ThreadStartDemo: QThread subclass,
// worker object, QThread::create, std::thread), each really started, with its Python spelling; Run
// starts them. The "Fork" and "Daemon" tabs run the worker's fork-demo and daemon-demo with their
// own buttons. The "Four ways" page is the form ui/startingthreadspanel.ui.
class StartingThreadsPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartingThreadsPanel)

public:
    explicit StartingThreadsPanel(QWidget *parent = nullptr);
    ~StartingThreadsPanel() override;

    QTableView *table() const { return m_table; }
    ThreadStartModel *model() const { return m_model; }
    ForkDemoWidget *forkDemo() const { return m_fork; }
    DaemonDemoWidget *daemonDemo() const { return m_daemon; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void onThreadReported(const Core::ThreadStartDemo::Report &report);
    void onFinished(const QList<Core::ThreadStartDemo::Report> &reports);
    void fillSpellings();

    std::unique_ptr<Ui::StartingThreadsPanel> m_ui;
    Core::ThreadStartDemo *m_demo = nullptr;
    QWidget *m_waysPage = nullptr;
    QLabel *m_tableTitle = nullptr;
    ThreadStartModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_spellingTitle = nullptr;
    QTableWidget *m_spellings = nullptr; // fixed text: item widgets are enough
    QLabel *m_verdict = nullptr;
    ForkDemoWidget *m_fork = nullptr;
    DaemonDemoWidget *m_daemon = nullptr;
    QList<Core::ThreadStartDemo::Report> m_reports;
};

} // namespace Lab::Gui
