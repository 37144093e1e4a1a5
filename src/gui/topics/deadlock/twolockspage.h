// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/twolocks.h"
#include "gui/panels/scenariopage.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Lab::Gui {

class LockGraphWidget;

namespace Ui {
class TwoLocksPage;
}

// 9.2, "two threads, two locks" (Core::TwoLocks): the live wait-for graph and the lock-order graph
// (LockGraphWidget), the four conditions ticked as they hold, and "break it": once the detector has
// closed the cycle the user chooses the victim (a button per thread, or a click on its node) and the
// lab cancels that thread's wait. With `victim` set to a thread the lab breaks it itself, after the
// cycle has been shown for a moment (for scripted runs: --run --quit-when-done). The body under the
// tiles is the form ui/twolockspage.ui.
class TwoLocksPage final : public ScenarioPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoLocksPage)
public:
    explicit TwoLocksPage(QWidget *parent = nullptr);
    ~TwoLocksPage() override;

    QString scenario() const override { return QStringLiteral("two-locks"); }
    const Core::ParameterSchema &schema() const override;
    QString title() const override;
    bool start(const Core::ParameterValues &values) override;
    void cancel() override;
    void refresh() override;
    void retranslate() override;
    // A recording of the two threads (thread-1, thread-2 on locks "A" and "B"): the wait-for graph,
    // the tiles and the conditions at the cursor; the lock-order graph is not recorded (left empty).
    bool showReplay(const ReplayFrame *frame) override;
    static Core::TwoLocks::View replayView(const ReplayFrame &frame);

    LockGraphWidget *graph() const { return m_graph; }
    QLabel *conditions() const { return m_conditions; }
    QPushButton *victimButton(int index) const { return m_victims.value(index); }
    static constexpr int ShowBeforeBreakMs = 2000; // `victim` named: how long the cycle is shown first

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDeadlock(const Core::DeadlockReport &report);
    void onFinished(const Core::TwoLocks::Result &result);
    void chooseVictim(const QString &thread);
    void showConditions(bool holdAndWait, bool circularWait);
    QString stepText(const Core::TwoLocks::ThreadView &thread) const;
    void drawTiles(const Core::TwoLocks::View &view);

    std::unique_ptr<Ui::TwoLocksPage> m_ui;
    Core::TwoLocks *m_experiment = nullptr;
    QWidget *m_body = nullptr; // the form's top-level widget, between the tiles and the explanation
    LockGraphWidget *m_graph = nullptr;
    QLabel *m_conditions = nullptr;
    QLabel *m_prompt = nullptr;
    QList<QPushButton *> m_victims;
    QList<ValueTile *> m_threadTiles;
    QString m_autoVictim; // `victim` of this run when not "ask"
    bool m_holdAndWaitSeen = false;
    quint64 m_run = 0; // guards the delayed automatic break against a later run
    // While a replay is drawn: what the page showed before, given back when it is left.
    bool m_replaying = false;
    Core::TwoLocks::View m_viewBefore;
    Core::DeadlockReport m_deadlockBefore;
    QString m_promptBefore;
    QString m_conditionsBefore;
};

} // namespace Lab::Gui
