// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/sharedcounterexperiment.h"
#include "gui/panels/experimentpanel.h"

#include <QList>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace Lab::Gui {

namespace Ui {
class ThreadsPanel;
}

class CounterThreadModel;
class ValueTile;
class VerticalScrollArea;

// Topic 1: N named lab threads increment one shared counter (Core::SharedCounterExperiment).
// "Counter" shows expected vs actual (large), the rounds and why updates are lost; "Threads" shows
// each thread's tid and name, the shared counter's address (the same in every thread: one heap) and
// the address of a variable on the thread's own stack (a different stack per thread).
// Both pages are the form ui/threadspanel.ui (the pages of a QStackedWidget that only holds them until
// they become the panel's tabs); the texts with counts and names are filled in here.
class ThreadsPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadsPanel)

public:
    explicit ThreadsPanel(QWidget *parent = nullptr);
    ~ThreadsPanel() override;

    ValueTile *expectedTile() const { return m_expected; }
    ValueTile *actualTile() const { return m_actual; }
    ValueTile *lostTile() const { return m_lost; }
    QTableView *threadTable() const { return m_table; }
    CounterThreadModel *threadModel() const { return m_threadModel; }
    QListWidget *stepList() const { return m_steps; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void onThreadReported(const Core::CounterThreadReport &report);
    void onNarrated(int index, const QString &what, qint64 counter);
    void onRoundFinished(const Core::CounterRoundResult &result);
    void onFinished(const Core::CounterSummary &summary);
    void showThreads();
    QString threadName(int index) const;
    void showRounds();
    void showExplanation();

    std::unique_ptr<Ui::ThreadsPanel> m_ui;
    // The form's top-level widget: empty once its pages are tabs, kept for retranslateUi.
    std::unique_ptr<QStackedWidget> m_pages;
    Core::SharedCounterExperiment *m_experiment = nullptr;
    QWidget *m_counterPage = nullptr;
    VerticalScrollArea *m_counterTab = nullptr;
    ValueTile *m_expected = nullptr;
    ValueTile *m_actual = nullptr;
    ValueTile *m_lost = nullptr;
    QLabel *m_roundLine = nullptr;
    QListWidget *m_rounds = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_why = nullptr;
    QWidget *m_threadsPage = nullptr;
    CounterThreadModel *m_threadModel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_addressNote = nullptr;
    QList<Core::CounterRoundResult> m_results;
    int m_maxRounds = 1;
    bool m_withMutex = false;
};

} // namespace Lab::Gui
