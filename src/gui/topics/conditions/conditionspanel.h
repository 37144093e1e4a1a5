// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/panels/scenariopanel.h"

namespace Lab::Gui {

// Topic 9.4 (with 9.7 and 9.8): conditions, events and barriers. One scenario per run, chosen by the
// "scenario" control (condition | event | barrier) or by its result tab: publisher and subscribers on
// a condition variable, a traffic light on an event, workers through phases at a barrier
// (ScenarioPanel: each a ScenarioPage with its own core experiment).
class ConditionsPanel final : public ScenarioPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionsPanel)
public:
    explicit ConditionsPanel(QWidget *parent = nullptr);
    ~ConditionsPanel() override;

protected:
    void retranslate() override;
};

} // namespace Lab::Gui
