// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariopanel.h"

#include "parameterform.h"
#include "scenariopage.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QTimer>

namespace Lab::Gui {

ScenarioPanel::ScenarioPanel(const QString &topicId, const Core::ParameterSpec &scenarioSpec, QWidget *parent)
    : ExperimentPanel(topicId, parent)
    , m_topicId(topicId)
    , m_scenarioKey(scenarioSpec.key)
    , m_timer(new QTimer(this))
{
    form()->addSpec(scenarioSpec);
    connect(form(), &ParameterForm::changed, this, [this](const QString &key) {
        if (key == m_scenarioKey)
            showScenario(form()->choice(m_scenarioKey));
    });
    connect(tabs(), &QTabWidget::currentChanged, this, [this](int index) {
        auto *page = qobject_cast<ScenarioPage *>(tabs()->widget(index));
        if (page && !isRunning() && page->scenario() != form()->choice(m_scenarioKey))
            form()->set(m_scenarioKey, page->scenario(), nullptr); // the form follows the tab
    });
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            m_running->refresh();
    });
}

ScenarioPanel::~ScenarioPanel() = default; // each page's experiment joins its threads

void ScenarioPanel::setScenarios(const QList<ScenarioPage *> &pages, const QList<Preset> &presets)
{
    m_pages = pages;
    m_presets = presets;
    for (ScenarioPage *page : std::as_const(m_pages)) {
        form()->addSchema(page->schema());
        addTab(page, page->title());
        connect(page, &ScenarioPage::progress, this,
                [this](qint64 done, qint64 total, const QString &what) { setProgress(done, total, what); });
        connect(page, &ScenarioPage::finished, this, &ScenarioPanel::onPageFinished);
    }
    addCode(m_topicId);
    setPresetNames();
    showScenario(form()->choice(m_scenarioKey));
}

ScenarioPage *ScenarioPanel::page(const QString &scenario) const
{
    for (ScenarioPage *page : m_pages) {
        if (page->scenario() == scenario)
            return page;
    }
    return nullptr;
}

ScenarioPage *ScenarioPanel::currentPage() const
{
    return page(form()->choice(m_scenarioKey));
}

void ScenarioPanel::showScenario(const QString &scenario)
{
    for (ScenarioPage *page : std::as_const(m_pages)) {
        for (const Core::ParameterSpec &spec : page->schema().specs())
            form()->setRowVisible(spec.key, page->scenario() == scenario);
    }
    if (ScenarioPage *shown = page(scenario))
        tabs()->setCurrentWidget(shown);
}

bool ScenarioPanel::startRun(QString *error)
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

void ScenarioPanel::showReplay(const ReplayFrame *frame)
{
    ScenarioPage *drawing = nullptr;
    for (ScenarioPage *page : std::as_const(m_pages)) {
        if (page->showReplay(frame) && !drawing)
            drawing = page;
    }
    if (drawing && drawing != m_replayed)
        tabs()->setCurrentWidget(drawing); // once, when the replay begins: the user may turn the tab
    m_replayed = drawing;
}

void ScenarioPanel::cancelRun()
{
    if (m_running)
        m_running->cancel();
}

void ScenarioPanel::onPageFinished(const QString &status)
{
    if (sender() != m_running)
        return;
    m_timer->stop();
    m_running = nullptr;
    finishRun(status);
}

void ScenarioPanel::applyPreset(int preset)
{
    if (preset < 0 || preset >= m_presets.size())
        return;
    for (const auto &[key, value] : m_presets.at(preset).settings)
        form()->set(key, value, nullptr);
}

void ScenarioPanel::setPresetNames()
{
    // In the panel's own context (where its QT_TRANSLATE_NOOPs put them), not this class's.
    QStringList names;
    for (const Preset &preset : std::as_const(m_presets))
        names.append(QCoreApplication::translate(metaObject()->className(), preset.name));
    setPresets(names);
}

void ScenarioPanel::retranslateScenarios()
{
    for (ScenarioPage *page : std::as_const(m_pages)) {
        page->retranslate();
        setTabTitle(page, page->title());
    }
    setPresetNames();
}

} // namespace Lab::Gui
