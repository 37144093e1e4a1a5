// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/topics/experiment.h"

#include <QElapsedTimer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Lab::Core {
struct BenchmarkResult;
}

namespace Lab::Gui {

namespace Ui {
class ExperimentPanel;
}

class CodeComparison;
class HistoryWidget;
class ParameterForm;

// The common frame of a topic's experiment panel, so every panel looks and behaves alike:
//
//   intro text (what the experiment does, one or two sentences)
//   ParameterForm (the controls; also what --set and --play drive)
//   [Run] [Cancel]  progress bar with ETA  status line
//   tabs: the panel's own result tabs, then "Code" (Qt/C++ beside Python) and "History"
//
// A panel declares its controls in its constructor, adds its result tabs, and implements
// startRun() and cancelRun(); it calls setProgress() while running and finishRun() exactly once when
// the run has ended (also after a cancel). start() validates the form first: a bad value shows one
// line naming the control and starts nothing.
class ExperimentPanel : public Experiment
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentPanel)

public:
    // `topicId` names the history folder ("factorization").
    explicit ExperimentPanel(const QString &topicId, QWidget *parent = nullptr);
    ~ExperimentPanel() override;

    QStringList parameterNames() const override;
    bool setParameter(const QString &key, const QString &value, QString *error) override;
    void start() final;
    void cancel() final;
    bool isRunning() const final { return m_running; }

    QString topicId() const { return m_topicId; }
    ParameterForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    // The text of the last finished run's status ("Done in 1.2 s", "Cancelled", an error).
    QString lastStatus() const { return m_lastStatus; }
    HistoryWidget *history() const { return m_history; }
    // The "Settings" toggle above the form. The form folds away when a run starts (the results need
    // the room) and the toggle then reads "Settings: count=3000, workers=2" (what differs from the
    // defaults; every setting in its tool tip); a click unfolds it.
    QToolButton *settingsToggle() const { return m_settingsToggle; }
    void setSettingsVisible(bool visible);

protected:
    // Starts the work asynchronously. Return false (and set *error) when it cannot start; the panel
    // then shows the error and no run begins.
    virtual bool startRun(QString *error) = 0;
    // Asks the running work to stop; finishRun() must follow within about half a second.
    virtual void cancelRun() = 0;
    // Retranslate the panel's own texts (called on LanguageChange, after the frame's).
    virtual void retranslate() {}

    // A status line that can be said again in another language: it builds the text with tr(), and
    // the panel calls it again after a language switch. A plain QString stays as it was written.
    using StatusText = std::function<QString()>;

    // Ends the run: unlocks the controls, shows `status`, emits runFinished().
    void finishRun(const StatusText &status);
    void finishRun(const QString &status);
    // Progress of the running work; total <= 0 shows a busy bar. The ETA is estimated from the
    // time since start() and the fraction done.
    void setProgress(qint64 done, qint64 total, const QString &what = {});
    void setStatus(const StatusText &status);
    void setStatus(const QString &status);

    void setIntro(const QString &text);
    // A result tab; returns its index.
    int addTab(QWidget *page, const QString &title);
    void setTabTitle(QWidget *page, const QString &title);
    // Adds the "Code" tab: the Qt/C++ the experiment runs beside the Python spelling, read from
    // resources (":/code/<name>.cpp.txt" and ":/code/<name>.py").
    CodeComparison *addCode(const QString &name);
    // Adds the "History" tab (the topic's saved runs) and saves `result` into it.
    void saveToHistory(const Core::BenchmarkResult &result);
    // Ends a benchmark run: saves `result` to the history when any case finished, and finishes with
    // "Cancelled; the table shows the runs that finished.", "Stopped: <why>" or `doneStatus`.
    // Returns the status shown.
    QString finishBenchmarkRun(const Core::BenchmarkResult &result, const StatusText &doneStatus);
    // "1 strategy measured", "3 strategies measured" (English has no %n plural without a catalogue).
    static QString strategiesMeasured(qsizetype count);
    void addHistoryTab();
    // Adds a widget between the form and the run controls (notes, extra controls).
    void addBelowForm(QWidget *widget);
    // A "Preset:" chooser below the form: choosing entry i of `names` calls applyPreset(i). Call
    // again from retranslate() with the translated names (the choice is kept).
    void setPresets(const QStringList &names);
    virtual void applyPreset(int preset) { Q_UNUSED(preset) }
    QComboBox *presetChooser() const { return m_presets; }

    void changeEvent(QEvent *event) override;

private:
    void retranslateFrame();
    void updateSettingsToggle();
    void showEstimate();

    std::unique_ptr<Ui::ExperimentPanel> m_ui;
    QString m_topicId;
    // The form's widgets, named for the code that uses them.
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_intro = nullptr;
    QToolButton *m_settingsToggle = nullptr;
    QWidget *m_settings = nullptr; // the form and whatever addBelowForm() added
    QVBoxLayout *m_settingsLayout = nullptr;
    ParameterForm *m_form = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_presets = nullptr;
    QLabel *m_presetLabel = nullptr;
    CodeComparison *m_code = nullptr;
    HistoryWidget *m_history = nullptr;
    QElapsedTimer m_clock;
    // The estimate counts down between progress reports (a long item reports nothing for seconds).
    QTimer *m_etaTimer = nullptr;
    QString m_progressWhat;
    qint64 m_leftMs = -1;     // the last estimate; -1: none
    qint64 m_estimatedAt = 0; // m_clock's time of that estimate
    QString m_lastStatus;
    StatusText m_statusText;  // what the status line shows, said again after a language switch
    qint64 m_finishedMs = -1; // the last run's duration ("2.1 s in all"); -1: none yet
    bool m_running = false;
};

} // namespace Lab::Gui
