// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/panels/experimentpanel.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Lab::Gui {

class ScenarioPage;

// Topic 9.4 (with 9.7 and 9.8): conditions, events and barriers. One scenario per run, chosen by the
// "scenario" control (condition | event | barrier) or by its result tab: publisher and subscribers on
// a condition variable, a traffic light on an event, workers through phases at a barrier. Each
// scenario is a ScenarioPage with its own core experiment; the form shows the chosen one's settings.
class ConditionsPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionsPanel)
public:
    explicit ConditionsPanel(QWidget *parent = nullptr);
    ~ConditionsPanel() override;

    ScenarioPage *page(const QString &scenario) const;
    ScenarioPage *currentPage() const;

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void applyPreset(int preset) override;

private:
    void showScenario(const QString &scenario);
    void onPageFinished(const QString &status);
    void setPresetNames();

    QList<ScenarioPage *> m_pages;
    ScenarioPage *m_running = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Lab::Gui
