// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/system/eventloopprobe.h"
#include "launchoptions.h"

#include <QObject>

namespace Lab::Gui {

class MainWindow;

// Carries out the command-line flags that act on the open window: waits for its first paint, then
// takes the --screenshot, measures for --metrics and quits for --quit-when-done. The place where
// --run and --play will wait for the experiment before finishing.
class LaunchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchController)

public:
    // How long --metrics samples the idle event loop after the first paint before --quit-when-done ends.
    static constexpr int IdleSampleMs = 1000;

    LaunchController(LaunchOptions options, MainWindow *window, QObject *parent = nullptr);
    ~LaunchController() override;

    // Call before QApplication::exec(). Starts watching for the first paint.
    void begin();
    // 0 when every requested output was written, 1 otherwise (the reason went to stderr).
    int exitCode() const { return m_exitCode; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFirstPaint();
    void finish();
    void writeMetrics();
    void fail(const QString &message);

    LaunchOptions m_options;
    MainWindow *m_window = nullptr;
    Core::EventLoopProbe m_probe;
    double m_startupMs = -1;
    QString m_startupReference;
    qint64 m_runGuiEntryNs = 0;
    bool m_painted = false;
    bool m_metricsWritten = false;
    int m_exitCode = 0;
};

} // namespace Lab::Gui
