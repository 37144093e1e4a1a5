// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/system/eventloopprobe.h"
#include "launchoptions.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Lab::Gui {

class MainWindow;
class ScriptPlayer;

// Carries out the command-line flags that act on the open window: applies --set and --present,
// waits for its first paint, then starts --run's experiment or --play's script, measures for
// --metrics, and for --quit-when-done quits when that work is done (taking --screenshot then).
class LaunchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchController)

public:
    // How long --metrics samples the idle event loop after the first paint before --quit-when-done ends.
    static constexpr int IdleSampleMs = 1000;
    // Presenter mode: how long the picture waits for the window to reach full screen.
    static constexpr int FullScreenWaitMs = 3000;

    LaunchController(LaunchOptions options, MainWindow *window, QObject *parent = nullptr);
    ~LaunchController() override;

    // Call before showing the window: applies --set to the topic's experiment, checks --run and the
    // --play script against the experiments, enters --present. False: *error is one line (exit code 2).
    bool prepare(QString *error);
    // Call before QApplication::exec(). Starts watching for the first paint.
    void begin();
    ScriptPlayer *player() const { return m_player; }
    // 0 when every requested output was written, 1 otherwise (the reason went to stderr).
    int exitCode() const { return m_exitCode; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFirstPaint();
    void finish();
    void takeScreenshot();            // and writes --layout-report
    void takeScreenshotWhenSettled(); // after full screen (presenter) and, --open, the replay's stage
    void whenFullScreenSettled(const std::function<void()> &then);
    void writeLayoutReport();
    void onWorkDone();
    void writeMetrics();
    void fail(const QString &message);

    LaunchOptions m_options;
    MainWindow *m_window = nullptr;
    Core::EventLoopProbe m_probe;
    double m_startupMs = -1;
    QString m_startupReference;
    qint64 m_runGuiEntryNs = 0;
    bool m_painted = false;
    bool m_screenshotDeferred = false; // waiting for the replay's stage (takeScreenshotWhenSettled)
    int m_quitAfterScreenshotMs = -1;  // --quit-when-done without work: quit this long after that picture
    bool m_metricsWritten = false;
    int m_exitCode = 0;
    ScriptPlayer *m_player = nullptr;
};

} // namespace Lab::Gui
