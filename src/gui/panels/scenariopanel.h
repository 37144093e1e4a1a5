// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"
#include "experimentpanel.h"

#include <QList>
#include <QPair>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Lab::Gui {

class ScenarioPage;

// A panel whose experiment is one of several scenarios (conditions: condition | event | barrier;
// deadlock: two-locks | philosophers), chosen by its "scenario" control or by its result tab. Each
// scenario is a ScenarioPage with its own core experiment; the form shows only the chosen one's
// settings; one scenario runs at a time, refreshed at 10 Hz; presets set a scenario and its settings.
class ScenarioPanel : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPanel)
public:
    // A preset: its name (QT_TRANSLATE_NOOP in the panel's own context, e.g. "Lab::Gui::DeadlockPanel")
    // and the settings it applies, the scenario among them.
    struct Preset
    {
        const char *name;
        QList<QPair<QString, QString>> settings;
    };

    // The key of every scenario panel's choice control, in presets and --set.
    static inline const QString ScenarioKey = QStringLiteral("scenario");

    ~ScenarioPanel() override;

    ScenarioPage *page(const QString &scenario) const;
    ScenarioPage *currentPage() const;

    // Each page draws the frame if it can (ScenarioPage::showReplay); the first that can is shown.
    void showReplay(const ReplayFrame *frame) override;

protected:
    // `scenarioSpec` is the choice control; its key names the scenario in presets and --set.
    ScenarioPanel(const QString &topicId, const Core::ParameterSpec &scenarioSpec, QWidget *parent);
    // The scenarios in tab order, and the presets; once, from the panel's constructor (adds the form's
    // rows, the tabs and the topic's code listing, and shows the default scenario).
    void setScenarios(const QList<ScenarioPage *> &pages, const QList<Preset> &presets);
    // Pages, tab titles and preset names in the current language; the panel's retranslate() calls it.
    void retranslateScenarios();

    bool startRun(QString *error) override;
    void cancelRun() override;
    void applyPreset(int preset) override;

private:
    void showScenario(const QString &scenario);
    void onPageFinished(const QString &status);
    void setPresetNames();

    QString m_topicId;
    QString m_scenarioKey;
    QList<ScenarioPage *> m_pages;
    QList<Preset> m_presets;
    ScenarioPage *m_running = nullptr;
    ScenarioPage *m_replayed = nullptr; // the page drawing the replay
    QTimer *m_timer = nullptr;
};

} // namespace Lab::Gui
