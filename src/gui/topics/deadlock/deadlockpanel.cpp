// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlockpanel.h"

#include "core/experiments/diningphilosophers.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/topicregistry.h"
#include "philosopherspage.h"
#include "twolockspage.h"

#include <QComboBox>

#include <algorithm>

namespace Lab::Gui {

namespace {

Core::ParameterSpec deadlockScenarioSpec()
{
    return Core::ParameterSpec::choice(
        ScenarioPanel::ScenarioKey, QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Scenario"),
        QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                          "two-locks: two threads take two locks (opposite orders or one order); philosophers: the "
                          "dining philosophers with their remedies."),
        {QStringLiteral("two-locks"), QStringLiteral("philosophers")}, QStringLiteral("two-locks"));
}

// The presets: (scenario, settings) that each show one point of the lesson.
QList<ScenarioPanel::Preset> deadlockPresets()
{
    return {
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Two locks, opposite orders"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("two-locks")},
          {QStringLiteral("order"), QStringLiteral("opposite")},
          {QStringLiteral("stagger-ms"), QStringLiteral("0")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Two locks, one order"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("two-locks")},
          {QStringLiteral("order"), QStringLiteral("same")},
          {QStringLiteral("stagger-ms"), QStringLiteral("0")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Two locks, opposite orders, a lucky run"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("two-locks")},
          {QStringLiteral("order"), QStringLiteral("opposite")},
          {QStringLiteral("stagger-ms"), QStringLiteral("2500")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Philosophers: the deadlock"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("philosophers")},
          {QStringLiteral("remedies"), QStringLiteral("none")},
          {QStringLiteral("choose-victim"), QStringLiteral("false")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Philosophers: you choose the victim"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("philosophers")},
          {QStringLiteral("remedies"), QStringLiteral("none")},
          {QStringLiteral("choose-victim"), QStringLiteral("true")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Philosophers: every remedy in turn"),
         {{ScenarioPanel::ScenarioKey, QStringLiteral("philosophers")},
          {QStringLiteral("remedies"), Core::DiningPhilosophers::remedyNames().join(QLatin1Char(','))},
          {QStringLiteral("choose-victim"), QStringLiteral("false")}}},
    };
}
} // namespace

DeadlockPanel::DeadlockPanel(QWidget *parent)
    : ScenarioPanel(QStringLiteral("deadlock"), deadlockScenarioSpec(), parent)
{
    m_twoLocks = new TwoLocksPage(this);
    m_philosophersPage = new PhilosophersPage(this);
    setScenarios({m_twoLocks, m_philosophersPage}, deadlockPresets());
    // QComboBox sizes itself to its longest choice ("opposite", "philosophers") a hair narrower than
    // the text and the arrow need: two characters more.
    for (QComboBox *combo : form()->findChildren<QComboBox *>()) {
        qsizetype longest = 0;
        for (int i = 0; i < combo->count(); ++i)
            longest = std::max(longest, combo->itemText(i).size());
        combo->setMinimumContentsLength(int(longest) + 2);
    }
    retranslate();
}

DeadlockPanel::~DeadlockPanel() = default;

DiningTableWidget *DeadlockPanel::table() const
{
    return m_philosophersPage->table();
}

TileGrid *DeadlockPanel::philosophers() const
{
    return m_philosophersPage->philosophers();
}

QLabel *DeadlockPanel::conditions() const
{
    return m_philosophersPage->conditions();
}

QLabel *DeadlockPanel::results() const
{
    return m_philosophersPage->results();
}

void DeadlockPanel::retranslate()
{
    setIntro(tr("Threads that each hold a lock and wait for another's: two threads taking two locks in opposite "
                "orders, or philosophers sharing a fork (a mutex) with each neighbour. Watch the lab's detector find "
                "the circle of waits, choose the victim, and see each remedy break one of the four conditions."));
    retranslateScenarios();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(deadlock, "deadlock", "9.2", "synchronization",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Deadlock: the dining philosophers"),
                   Lab::Gui::DeadlockPanel)
