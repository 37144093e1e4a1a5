// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlockpanel.h"

#include "core/experiments/diningphilosophers.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/topicregistry.h"
#include "philosopherspage.h"
#include "twolockspage.h"

#include <QComboBox>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

namespace Lab::Gui {

namespace {
const QString ScenarioKey = QStringLiteral("scenario");

Core::ParameterSpec scenarioSpec()
{
    return Core::ParameterSpec::choice(
        ScenarioKey, QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Scenario"),
        QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                          "two-locks: two threads take two locks (opposite orders or one order); philosophers: the "
                          "dining philosophers with their remedies."),
        {QStringLiteral("two-locks"), QStringLiteral("philosophers")}, QStringLiteral("two-locks"));
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
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Two locks, opposite orders"),
         {{ScenarioKey, QStringLiteral("two-locks")},
          {QStringLiteral("order"), QStringLiteral("opposite")},
          {QStringLiteral("stagger-ms"), QStringLiteral("0")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Two locks, one order"),
         {{ScenarioKey, QStringLiteral("two-locks")},
          {QStringLiteral("order"), QStringLiteral("same")},
          {QStringLiteral("stagger-ms"), QStringLiteral("0")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Two locks, opposite orders, a lucky run"),
         {{ScenarioKey, QStringLiteral("two-locks")},
          {QStringLiteral("order"), QStringLiteral("opposite")},
          {QStringLiteral("stagger-ms"), QStringLiteral("2500")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Philosophers: the deadlock"),
         {{ScenarioKey, QStringLiteral("philosophers")},
          {QStringLiteral("remedies"), QStringLiteral("none")},
          {QStringLiteral("choose-victim"), QStringLiteral("false")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Philosophers: you choose the victim"),
         {{ScenarioKey, QStringLiteral("philosophers")},
          {QStringLiteral("remedies"), QStringLiteral("none")},
          {QStringLiteral("choose-victim"), QStringLiteral("true")}}},
        {QT_TRANSLATE_NOOP("Lab::Gui::DeadlockPanel", "Philosophers: every remedy in turn"),
         {{ScenarioKey, QStringLiteral("philosophers")},
          {QStringLiteral("remedies"), Core::DiningPhilosophers::remedyNames().join(QLatin1Char(','))},
          {QStringLiteral("choose-victim"), QStringLiteral("false")}}},
    };
    return list;
}
} // namespace

DeadlockPanel::DeadlockPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("deadlock"), parent)
    , m_timer(new QTimer(this))
{
    form()->addSpec(scenarioSpec());
    m_twoLocks = new TwoLocksPage(this);
    m_philosophersPage = new PhilosophersPage(this);
    m_pages = {m_twoLocks, m_philosophersPage};
    for (ScenarioPage *page : std::as_const(m_pages)) {
        form()->addSchema(page->schema());
        addTab(page, page->title());
        connect(page, &ScenarioPage::progress, this,
                [this](qint64 done, qint64 total, const QString &what) { setProgress(done, total, what); });
        connect(page, &ScenarioPage::finished, this, &DeadlockPanel::onPageFinished);
    }
    addCode(QStringLiteral("deadlock"));
    setPresetNames();
    // QComboBox sizes itself to its longest choice ("opposite", "philosophers") a hair narrower than
    // the text and the arrow need: two characters more.
    for (QComboBox *combo : form()->findChildren<QComboBox *>()) {
        qsizetype longest = 0;
        for (int i = 0; i < combo->count(); ++i)
            longest = std::max(longest, combo->itemText(i).size());
        combo->setMinimumContentsLength(int(longest) + 2);
    }

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

DeadlockPanel::~DeadlockPanel() = default; // each page's experiment joins its threads

ScenarioPage *DeadlockPanel::page(const QString &scenario) const
{
    for (ScenarioPage *page : m_pages) {
        if (page->scenario() == scenario)
            return page;
    }
    return nullptr;
}

ScenarioPage *DeadlockPanel::currentPage() const
{
    return page(form()->choice(ScenarioKey));
}

PhilosophersTableView *DeadlockPanel::table() const
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

void DeadlockPanel::showScenario(const QString &scenario)
{
    for (ScenarioPage *page : std::as_const(m_pages)) {
        for (const Core::ParameterSpec &spec : page->schema().specs())
            form()->setRowVisible(spec.key, page->scenario() == scenario);
    }
    if (ScenarioPage *shown = page(scenario))
        tabs()->setCurrentWidget(shown);
}

bool DeadlockPanel::startRun(QString *error)
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

void DeadlockPanel::cancelRun()
{
    if (m_running)
        m_running->cancel();
}

void DeadlockPanel::onPageFinished(const QString &status)
{
    if (sender() != m_running)
        return;
    m_timer->stop();
    m_running = nullptr;
    finishRun(status);
}

void DeadlockPanel::applyPreset(int preset)
{
    if (preset < 0 || preset >= presets().size())
        return;
    for (const auto &[key, value] : presets().at(preset).settings)
        form()->set(key, value, nullptr);
}

void DeadlockPanel::setPresetNames()
{
    QStringList names;
    for (const Preset &preset : presets())
        names.append(tr(preset.name));
    setPresets(names);
}

void DeadlockPanel::retranslate()
{
    setIntro(tr("Threads that each hold a lock and wait for another's: two threads taking two locks in opposite "
                "orders, or philosophers sharing a fork (a mutex) with each neighbour. Watch the lab's detector find "
                "the circle of waits, choose the victim, and see each remedy break one of the four conditions."));
    for (ScenarioPage *page : std::as_const(m_pages)) {
        page->retranslate();
        setTabTitle(page, page->title());
    }
    setPresetNames();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(deadlock, "deadlock", "9.2", "synchronization",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Deadlock: the dining philosophers"),
                   Lab::Gui::DeadlockPanel)
