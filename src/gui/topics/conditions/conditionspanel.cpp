// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionspanel.h"

#include "barrierpage.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/topicregistry.h"
#include "publishsubscribepage.h"
#include "trafficlightpage.h"

#include <QTabWidget>
#include <QTimer>

namespace Lab::Gui {

namespace {
const QString ScenarioKey = QStringLiteral("scenario");

Core::ParameterSpec scenarioSpec()
{
    return Core::ParameterSpec::choice(
        ScenarioKey, QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Scenario"),
        QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                          "condition: publisher and subscribers; event: a traffic light; barrier: workers through "
                          "phases."),
        {QStringLiteral("condition"), QStringLiteral("event"), QStringLiteral("barrier")}, QStringLiteral("condition"));
}

// The presets: (scenario, settings) that each show one point of the lesson.
struct Preset
{
    const char *name;
    QList<QPair<QString, QString>> settings;
};

const QList<Preset> &presets()
{
    static const QList<Preset> list = {
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Condition: wake one, wait in a while loop"),
         {{ScenarioKey, QStringLiteral("condition")},
          {QStringLiteral("notify"), QStringLiteral("one")},
          {QStringLiteral("check"), QStringLiteral("while")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Condition: wake all, check with if (fails)"),
         {{ScenarioKey, QStringLiteral("condition")},
          {QStringLiteral("notify"), QStringLiteral("all")},
          {QStringLiteral("check"), QStringLiteral("if")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Event: the traffic light"),
         {{ScenarioKey, QStringLiteral("event")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Barrier: everyone waits for the slowest"),
         {{ScenarioKey, QStringLiteral("barrier")},
          {QStringLiteral("late-ms"), QStringLiteral("1500")},
          {QStringLiteral("timeout-ms"), QStringLiteral("0")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::ConditionsPanel", "Barrier: a timeout breaks it"),
         {{ScenarioKey, QStringLiteral("barrier")},
          {QStringLiteral("late-ms"), QStringLiteral("3000")},
          {QStringLiteral("timeout-ms"), QStringLiteral("1000")}}},
    };
    return list;
}
} // namespace

ConditionsPanel::ConditionsPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("conditions"), parent)
    , m_timer(new QTimer(this))
{
    form()->addSpec(scenarioSpec());
    m_pages = {new PublishSubscribePage(this), new TrafficLightPage(this), new BarrierPage(this)};
    for (ScenarioPage *page : std::as_const(m_pages)) {
        form()->addSchema(page->schema());
        addTab(page, page->title());
        connect(page, &ScenarioPage::progress, this,
                [this](qint64 done, qint64 total, const QString &what) { setProgress(done, total, what); });
        connect(page, &ScenarioPage::finished, this, &ConditionsPanel::onPageFinished);
    }
    addCode(QStringLiteral("conditions"));
    setPresetNames();

    connect(form(), &ParameterForm::changed, this, [this](const QString &key) {
        if (key == ScenarioKey)
            showScenario(form()->choice(ScenarioKey));
    });
    connect(tabs(), &QTabWidget::currentChanged, this, [this](int index) {
        auto *page = qobject_cast<ScenarioPage *>(tabs()->widget(index));
        if (page && !isRunning() && page->scenario() != form()->choice(ScenarioKey))
            form()->set(ScenarioKey, page->scenario(), nullptr); // the form follows the tab
    });
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            m_running->refresh();
    });
    retranslate();
    showScenario(form()->choice(ScenarioKey));
}

ConditionsPanel::~ConditionsPanel() = default; // each page's experiment joins its threads

ScenarioPage *ConditionsPanel::page(const QString &scenario) const
{
    for (ScenarioPage *page : m_pages) {
        if (page->scenario() == scenario)
            return page;
    }
    return nullptr;
}

ScenarioPage *ConditionsPanel::currentPage() const
{
    return page(form()->choice(ScenarioKey));
}

void ConditionsPanel::showScenario(const QString &scenario)
{
    for (ScenarioPage *page : std::as_const(m_pages)) {
        for (const Core::ParameterSpec &spec : page->schema().specs())
            form()->setRowVisible(spec.key, page->scenario() == scenario);
    }
    if (ScenarioPage *shown = page(scenario))
        tabs()->setCurrentWidget(shown);
}

bool ConditionsPanel::startRun(QString *error)
{
    ScenarioPage *page = currentPage();
    if (!page->start(form()->values())) {
        *error = tr("The previous run is still ending.");
        return false;
    }
    m_running = page;
    tabs()->setCurrentWidget(page);
    m_timer->start();
    return true;
}

void ConditionsPanel::cancelRun()
{
    if (m_running)
        m_running->cancel();
}

void ConditionsPanel::onPageFinished(const QString &status)
{
    if (sender() != m_running)
        return;
    m_timer->stop();
    m_running = nullptr;
    finishRun(status);
}

void ConditionsPanel::applyPreset(int preset)
{
    if (preset < 0 || preset >= presets().size())
        return;
    for (const auto &[key, value] : presets().at(preset).settings)
        form()->set(key, value, nullptr);
}

void ConditionsPanel::setPresetNames()
{
    QStringList names;
    for (const Preset &preset : presets())
        names.append(tr(preset.name));
    setPresets(names);
}

void ConditionsPanel::retranslate()
{
    setIntro(tr("Threads that wait for each other: subscribers for a publisher's messages (a condition variable), "
                "cars for a green light (an event), workers for the slowest of them (a barrier). Choose a "
                "scenario or a preset, and watch the waiting threads in the monitor."));
    for (ScenarioPage *page : std::as_const(m_pages)) {
        page->retranslate();
        setTabTitle(page, page->title());
    }
    setPresetNames();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(conditions, "conditions", "9.4", "synchronization",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Conditions, events and barriers"),
                   Lab::Gui::ConditionsPanel)
