// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionspanel.h"

#include "barrierpage.h"
#include "gui/topics/topicregistry.h"
#include "publishsubscribepage.h"
#include "trafficlightpage.h"

namespace Lab::Gui {

namespace {

Core::ParameterSpec conditionsScenarioSpec()
{
    return Core::ParameterSpec::choice(
        ScenarioPanel::ScenarioKey, QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Scenario"),
        QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                          "condition: publisher and subscribers; event: a traffic light; barrier: workers through "
                          "phases."),
        {QStringLiteral("condition"), QStringLiteral("event"), QStringLiteral("barrier")}, QStringLiteral("condition"));
}

// The presets: (scenario, settings) that each show one point of the lesson.
QList<ScenarioPanel::Preset> conditionsPresets()
{
    return {
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Condition: wake one, wait in a while loop"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("condition")},
          {QStringLiteral("notify"), QStringLiteral("one")},
          {QStringLiteral("check"), QStringLiteral("while")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Condition: wake all, check with if (fails)"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("condition")},
          {QStringLiteral("notify"), QStringLiteral("all")},
          {QStringLiteral("check"), QStringLiteral("if")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Event: the traffic light"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("event")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Barrier: everyone waits for the slowest"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("barrier")},
          {QStringLiteral("late-ms"), QStringLiteral("1500")},
          {QStringLiteral("timeout-ms"), QStringLiteral("0")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Barrier: a timeout breaks it"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("barrier")},
          {QStringLiteral("late-ms"), QStringLiteral("3000")},
          {QStringLiteral("timeout-ms"), QStringLiteral("1000")}}},
    };
}
} // namespace

ConditionsPanel::ConditionsPanel(QWidget *parent)
    : ScenarioPanel(QStringLiteral("conditions"), conditionsScenarioSpec(), parent)
{
    setScenarios({new PublishSubscribePage(this), new TrafficLightPage(this), new BarrierPage(this)},
                 conditionsPresets());
    retranslate();
}

ConditionsPanel::~ConditionsPanel() = default;

void ConditionsPanel::retranslate()
{
    setIntro(tr("Threads that wait for each other: subscribers for a publisher's messages (a condition variable), "
                "cars for a green light (an event), workers for the slowest of them (a barrier). Choose a "
                "scenario or a preset, and watch the waiting threads in the monitor."));
    retranslateScenarios();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(conditions, "conditions", "9.4", "synchronization",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Conditions, events and barriers"),
                   Lab::Gui::ConditionsPanel)
