// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playscript.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Lab::Gui {

class Experiment;
class MainWindow;

// Plays a `--play` lecture script on the main window, one step after the other, never blocking the
// GUI thread: waits are timers, "finished" waits for Experiment::runFinished(), "pause" waits for
// PageDown, Right or Space (that key press does nothing else).
class ScriptPlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptPlayer)

public:
    ScriptPlayer(QList<PlayStep> steps, MainWindow *window, QObject *parent = nullptr);
    ~ScriptPlayer() override;

    // The experiment of a topic; default: the window's page for it. Tests inject their own.
    void setExperimentLookup(std::function<Experiment *(const QString &topic)> lookup) { m_lookup = std::move(lookup); }

    // Checks, before anything runs, that every "set" and "run" step has an experiment and that every
    // "set" key is one it accepts (values are checked by the experiment when the step runs).
    // `initialTopic`: the topic shown when the script starts.
    bool validate(const QString &initialTopic, QString *error) const;

    void start();
    bool isFinished() const { return m_finished; }
    bool isWaitingForKey() const { return m_waitingForKey; }
    // Index (from 0) of the step being played; steps().size() when done.
    int currentStep() const { return m_index; }
    const QList<PlayStep> &steps() const { return m_steps; }

signals:
    void stepStarted(int index);
    // ok false: `error` names the step (from 1) and the field.
    void finished(bool ok, const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void next();
    void advance();
    void fail(const QString &message);
    Experiment *experimentOf(const QString &topic) const;

    QList<PlayStep> m_steps;
    MainWindow *m_window;
    std::function<Experiment *(const QString &topic)> m_lookup;
    QPointer<Experiment> m_lastRun;
    int m_index = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_waitingForKey = false;
};

} // namespace Lab::Gui
