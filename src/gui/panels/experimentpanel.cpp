// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentpanel.h"

#include "codecomparison.h"
#include "core/bench/benchmarkresult.h"
#include "core/history/runhistory.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "gui/history/historywidget.h"
#include "parameterform.h"
#include "ui_experimentpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPanel, "lab.gui.panel")

namespace Lab::Gui {

namespace {

QString formatDuration(qint64 ms)
{
    if (ms < 60000)
        return ExperimentPanel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0));
    return ExperimentPanel::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

} // namespace

ExperimentPanel::ExperimentPanel(const QString &topicId, QWidget *parent)
    : Experiment(parent)
    , m_ui(std::make_unique<Ui::ExperimentPanel>())
    , m_topicId(topicId)
{
    // The frame every experiment shares (introduction, settings, Run / Cancel, progress, status,
    // result tabs) is the form ui/experimentpanel.ui; the parameter form is built from the schema.
    m_ui->setupUi(this);
    setObjectName(topicId + QStringLiteral("Panel"));
    m_layout = m_ui->panelLayout;
    m_intro = m_ui->panelIntro;
    m_settingsToggle = m_ui->settingsToggle;
    m_settings = m_ui->settings;
    m_settingsLayout = m_ui->settingsLayout;
    m_run = m_ui->runButton;
    m_cancel = m_ui->cancelButton;
    m_progress = m_ui->runProgress;
    m_status = m_ui->runStatus;
    m_tabs = m_ui->resultTabs;
    m_form = new ParameterForm(m_settings);
    m_settingsLayout->addWidget(m_form);
    // While paused the status says so, and how to go on (the run looks stuck otherwise).
    connect(Core::Pacer::instance(), &Core::Pacer::pausedChanged, this, [this](bool paused) {
        if (!m_running)
            return;
        setStatus(paused ? StatusText([] { return tr("Paused: Space goes on, S steps to the next visible event."); })
                         : StatusText([] { return tr("Running..."); }));
    });
    // Each S press runs to the next visible event; the status says what it was.
    connect(Core::Pacer::instance(), &Core::Pacer::eventReached, this, [this](const QString &what) {
        if (!m_running || !Core::Pacer::instance()->isPaused())
            return;
        setStatus(StatusText([what] { return tr("Step: %1. S: the next step, Space: go on.").arg(what); }));
    });
    m_etaTimer = new QTimer(this);
    m_etaTimer->setInterval(1000);
    connect(m_etaTimer, &QTimer::timeout, this, &ExperimentPanel::showEstimate);
    connect(m_settingsToggle, &QToolButton::toggled, this, &ExperimentPanel::setSettingsVisible);
    connect(m_form, &ParameterForm::changed, this, &ExperimentPanel::updateSettingsToggle);
    // Key names stay out of the translated form.
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));

    connect(m_run, &QPushButton::clicked, this, &ExperimentPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &ExperimentPanel::cancel);
    retranslateFrame();
}

ExperimentPanel::~ExperimentPanel() = default;

QStringList ExperimentPanel::parameterNames() const
{
    return m_form->keys();
}

bool ExperimentPanel::setParameter(const QString &key, const QString &value, QString *error)
{
    if (m_running) {
        if (error)
            *error = QStringLiteral("%1: cannot be changed while the experiment runs").arg(key);
        return false;
    }
    return m_form->set(key, value, error);
}

void ExperimentPanel::start()
{
    if (m_running)
        return;
    QString error;
    if (!m_form->validate(&error)) {
        setStatus(error);
        emit statusChanged(error);
        return;
    }
    m_running = true;
    m_clock.start();
    m_leftMs = -1;
    m_etaTimer->start();
    m_form->setLocked(true);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    setSettingsVisible(false);
    m_finishedMs = -1;
    setStatus(Core::Pacer::instance()->isPaused()
                  ? StatusText([] { return tr("Paused: Space goes on, S steps to the next visible event."); })
                  : StatusText([] { return tr("Running..."); }));
    Core::Trace::markRun(true, m_topicId);
    emit runStarted();
    if (!startRun(&error)) {
        qCInfo(lcPanel) << m_topicId << "could not start:" << error;
        finishRun(error);
    }
}

void ExperimentPanel::cancel()
{
    if (!m_running)
        return;
    m_cancel->setEnabled(false);
    setStatus(StatusText([] { return tr("Cancelling..."); }));
    cancelRun();
}

void ExperimentPanel::finishRun(const QString &status)
{
    finishRun(StatusText([status] { return status; }));
}

void ExperimentPanel::finishRun(const StatusText &status)
{
    if (!m_running)
        return;
    m_running = false;
    m_etaTimer->stop();
    m_form->setLocked(false);
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(m_progress->maximum());
    m_finishedMs = m_clock.elapsed();
    m_progress->setFormat(tr("%1 in all").arg(formatDuration(m_finishedMs)));
    setStatus(status);
    m_lastStatus = m_status->text();
    Core::Trace::markRun(false, m_topicId);
    emit runFinished();
}

void ExperimentPanel::setProgress(qint64 done, qint64 total, const QString &what)
{
    if (!m_running)
        return;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(what);
        return;
    }
    const double fraction = std::clamp(double(done) / double(total), 0.0, 1.0);
    // QProgressBar::setValue() repaints at once when the bar moves a pixel, and a repaint at once
    // paints everything dirty in the window (the monitor's table, the charts): several ms, on every
    // step of a run. With updates off while the value changes, turning them on again asks for an
    // ordinary update, painted with the window's next frame.
    m_progress->setUpdatesEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(fraction * 1000));
    m_progress->setUpdatesEnabled(true);
    const qint64 elapsed = m_clock.elapsed();
    m_progressWhat = what.isEmpty() ? tr("%1 of %2").arg(done).arg(total) : what;
    m_leftMs = fraction > 0.02 && elapsed > 500 ? qint64(double(elapsed) * (1.0 - fraction) / fraction) : -1;
    m_estimatedAt = elapsed;
    showEstimate();
}

void ExperimentPanel::showEstimate()
{
    if (!m_running || m_progress->maximum() == 0)
        return; // a busy bar shows no estimate
    if (m_leftMs < 0) {
        m_progress->setFormat(m_progressWhat);
        return;
    }
    const qint64 left = m_leftMs - (m_clock.elapsed() - m_estimatedAt);
    m_progress->setFormat(left >= 1000 ? tr("%1, about %2 left").arg(m_progressWhat, formatDuration(left))
                                       : tr("%1, nearly done").arg(m_progressWhat));
}

QString ExperimentPanel::strategiesMeasured(qsizetype count)
{
    return count == 1 ? tr("1 strategy measured") : tr("%1 strategies measured").arg(count);
}

void ExperimentPanel::setStatus(const QString &status)
{
    setStatus(StatusText([status] { return status; }));
}

void ExperimentPanel::setStatus(const StatusText &status)
{
    m_statusText = status;
    const QString text = status();
    m_status->setText(text);
    emit statusChanged(text);
}

void ExperimentPanel::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

int ExperimentPanel::addTab(QWidget *page, const QString &title)
{
    // Result tabs go before "Code" and "History".
    int index = m_tabs->count();
    if (m_code && m_tabs->indexOf(m_code) >= 0)
        index = std::min(index, m_tabs->indexOf(m_code));
    if (m_history && m_tabs->indexOf(m_history) >= 0)
        index = std::min(index, m_tabs->indexOf(m_history));
    return m_tabs->insertTab(index, page, title);
}

void ExperimentPanel::setTabTitle(QWidget *page, const QString &title)
{
    const int index = m_tabs->indexOf(page);
    if (index >= 0)
        m_tabs->setTabText(index, title);
}

CodeComparison *ExperimentPanel::addCode(const QString &name)
{
    if (!m_code) {
        m_code = new CodeComparison(this);
        m_code->setObjectName(QStringLiteral("codeComparison"));
        const int index = m_history ? m_tabs->indexOf(m_history) : m_tabs->count();
        m_tabs->insertTab(index, m_code, tr("Code"));
    }
    m_code->loadResources(name);
    return m_code;
}

void ExperimentPanel::addHistoryTab()
{
    if (m_history)
        return;
    m_history = new HistoryWidget(m_topicId, this);
    m_history->setObjectName(QStringLiteral("historyTab"));
    connect(m_history, &HistoryWidget::replayRequested, this, &Experiment::replayRequested);
    m_tabs->addTab(m_history, tr("History"));
}

QString ExperimentPanel::finishBenchmarkRun(const Core::BenchmarkResult &result, const StatusText &doneStatus)
{
    StatusText status = doneStatus;
    if (result.cancelled)
        status = [] { return tr("Cancelled; the table shows the runs that finished."); };
    else if (!result.failure.isEmpty())
        status = [failure = result.failure] { return tr("Stopped: %1").arg(failure); };
    finishRun(status);
    // Saved after the status is shown: a failed save adds its line below it.
    if (!result.results.isEmpty())
        saveToHistory(result);
    return m_status->text();
}

void ExperimentPanel::saveToHistory(const Core::BenchmarkResult &result)
{
    addHistoryTab();
    QString error;
    const std::optional<Core::HistoryEntry> saved = Core::RunHistory().save(m_topicId, result, &error);
    if (!saved) {
        qCWarning(lcPanel) << "history:" << error;
        setStatus([shown = m_statusText, error]() -> QString {
            return shown() + QLatin1Char('\n') + tr("Could not save this run in the history: %1").arg(error);
        });
        if (!m_running)
            m_lastStatus = m_status->text();
        return;
    }
    m_history->addSaved(*saved);
}

void ExperimentPanel::addBelowForm(QWidget *widget)
{
    widget->setParent(m_settings);
    m_settingsLayout->addWidget(widget);
}

void ExperimentPanel::setPresets(const QStringList &names)
{
    if (!m_presets) {
        auto *row = new QWidget(m_settings);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        m_presetLabel = new QLabel(row);
        m_presetLabel->setObjectName(QStringLiteral("presetLabel"));
        m_presets = new QComboBox(row);
        m_presets->setObjectName(QStringLiteral("presets"));
        m_presetLabel->setBuddy(m_presets);
        layout->addWidget(m_presetLabel);
        layout->addWidget(m_presets, 1);
        m_settingsLayout->addWidget(row);
        connect(m_presets, &QComboBox::activated, this, [this](int index) {
            if (index > 0)
                applyPreset(index - 1);
        });
    }
    const int current = m_presets->currentIndex();
    m_presets->clear();
    m_presets->addItem(tr("Choose a preset..."));
    m_presets->addItems(names);
    m_presets->setCurrentIndex(std::clamp(current, 0, int(names.size())));
    m_presetLabel->setText(tr("Preset:"));
}

void ExperimentPanel::setSettingsVisible(bool visible)
{
    m_settings->setVisible(visible);
    if (m_settingsToggle->isChecked() != visible)
        m_settingsToggle->setChecked(visible);
    updateSettingsToggle();
}

void ExperimentPanel::updateSettingsToggle()
{
    const bool open = m_settingsToggle->isChecked();
    m_settingsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    if (open) {
        m_settingsToggle->setText(tr("Settings"));
        return;
    }
    // Folded, the line names what differs from the defaults (short enough to read in one line at
    // presenter scale); the tool tip lists every setting that applies.
    QStringList changed;
    QStringList all;
    for (const QString &key : m_form->appliedKeys()) {
        const QString text = m_form->text(key);
        if (text.isEmpty())
            continue;
        const QString pair = QStringLiteral("%1=%2").arg(key, text);
        all.append(pair);
        if (!m_form->isDefault(key))
            changed.append(pair);
    }
    m_settingsToggle->setText(changed.isEmpty() ? tr("Settings: the defaults")
                                                : tr("Settings: %1").arg(changed.join(QStringLiteral(", "))));
    m_settingsToggle->setToolTip(all.join(QLatin1Char('\n')));
}

void ExperimentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateFrame();
        retranslate();
        if (m_statusText)
            setStatus(m_statusText);
        if (!m_running && m_finishedMs >= 0)
            m_progress->setFormat(tr("%1 in all").arg(formatDuration(m_finishedMs)));
    }
    Experiment::changeEvent(event);
}

void ExperimentPanel::retranslateFrame()
{
    updateSettingsToggle();
    if (m_code)
        setTabTitle(m_code, tr("Code"));
    if (m_history)
        setTabTitle(m_history, tr("History"));
}

} // namespace Lab::Gui
