// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

namespace Lab::Gui {

struct ReplayFrame;

// Base of every topic's experiment panel: its controls and its results, shown beside the lesson.
// A panel runs real work (through a Core::Runner or its own workers), never blocks the GUI thread,
// and reports its life cycle through the signals below. The command line drives it with
// `--set KEY=VALUE` (setParameter), `--run` (start) and `--quit-when-done` (runFinished); see docs/gui.md.
class Experiment : public QWidget
{
    Q_OBJECT

public:
    explicit Experiment(QWidget *parent = nullptr);
    ~Experiment() override;

    // The keys setParameter() accepts, named and ranged like the headless options
    // ("count", "workers", "strategies", ...). Default: none.
    virtual QStringList parameterNames() const;
    // Sets one control from text, validated like the headless option of the same name. On failure,
    // returns false and sets *error to one line naming the key and the allowed values. Default:
    // rejects every key.
    virtual bool setParameter(const QString &key, const QString &value, QString *error);

    // Starts a run (asynchronously); emits runStarted() now and runFinished() when it has ended,
    // also after cancel(). Calling start() while running does nothing.
    virtual void start() = 0;
    // Asks the run to stop; cooperative and bounded. runFinished() follows.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

    // Replay (docs/trace.md, "What follows the cursor"): while a recording is replayed, the replay
    // calls this on every cursor move with what the recording holds at the cursor, and with nullptr
    // when the replay is left. A panel whose views can be derived from a recording draws them from
    // the frame (and stops drawing its own demo into them) until it gets nullptr, then draws live
    // again. Default: nothing (the panel keeps showing its own experiment).
    virtual void showReplay(const ReplayFrame *frame);

signals:
    void runStarted();
    void runFinished();
    // A one-line, translated status ("Running 4 threads...", "Done in 1.2 s") for the status bar.
    void statusChanged(const QString &status);
    // The user asked to replay a kept recording (the History tab's Replay): the window opens it.
    void replayRequested(const QString &path);
};

} // namespace Lab::Gui
