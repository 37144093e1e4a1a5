// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tracerecording.h"

#include <QObject>
#include <QPointer>

namespace Lab::Gui {

class Experiment;
class MainWindow;
class MonitorWidget;
class ReplayBar;
class ReplayController;
class ThreadStateDiagram;

// Replay mode of the main window (docs/trace.md, "Replay"): a recording opened from a file (File >
// Open Recording…, --open, a history entry's kept recording) replaces the live feed of the thread
// monitor; the ReplayBar under its timeline moves the cursor, and on every move the monitor's table
// and timeline, the bar's state and primitives lines and, when that topic has been opened, the
// thread-lifecycle panel's state diagram show the state at the cursor; every experiment panel the
// window has made gets the cursor's ReplayFrame (Experiment::showReplay: the primitives panels draw
// their views from it). leave() returns to live (showReplay(nullptr)).
class ReplaySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplaySession)

public:
    explicit ReplaySession(MainWindow *window);
    ~ReplaySession() override;

    // Reads `path` (ChromeTraceReader) and enters replay; on failure nothing changes and *error says why.
    bool open(const QString &path, QString *error);
    // Enters replay of a recording already read.
    bool start(Core::TraceRecording recording, QString *error);
    void leave();
    bool isActive() const { return m_active; }
    // start()'s deferred step has not run yet (shown() follows).
    bool isShownPending() const { return m_shownPending; }

    ReplayController *controller() const { return m_controller; }
    ReplayBar *bar() const;
    // "Replay of <title>, recorded <date> on <machine>".
    QString banner() const;

signals:
    void activeChanged(bool active);
    // The deferred step of start() has run: in presenter mode the topic is at its experiment stage
    // and the monitor dock is shown (the launch's layout report waits for it).
    void shown();

private:
    void onCursorMoved(qint64 cursorNs, bool rewound);
    void onSelectionChanged();
    // Gives the cursor's frame to every experiment panel the window has (nullptr: live again).
    void broadcastFrame(bool live);
    MonitorWidget *monitor() const;

    MainWindow *m_window;
    ReplayController *m_controller = nullptr;
    QPointer<ReplayBar> m_bar;
    QPointer<MonitorWidget> m_monitor;
    QPointer<ThreadStateDiagram> m_diagram;
    QList<QPointer<Experiment>> m_replayed; // panels given a frame, told when the replay is left
    quint64 m_lastSequence = 0;
    bool m_active = false;
    bool m_expanded = false;
    bool m_shownPending = false;
};

} // namespace Lab::Gui
