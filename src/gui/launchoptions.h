// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/command.h"
#include "presenter/playscript.h"

#include <QString>
#include <QStringList>

namespace Lab::Gui {

// What the command line asks of the GUI. Parsed before any QApplication exists, so --help,
// --version and bad arguments never need a display. New flags (--present, --set KEY=VALUE, --run,
// --play) are added here and in parseLaunchOptions() only.
struct LaunchOptions
{
    enum class Action
    {
        OpenWindow,
        ShowHelp,
        ShowVersion
    };

    Action action = Action::OpenWindow;
    QString topic;            // --topic ID; empty: the last topic (settings), else the first
    QString language;         // --lang CODE for this session; empty: settings, else the system's
    QString screenshotFile;   // --screenshot FILE.png: grab the window after the first paint
    QString metricsFile;      // --metrics FILE.json
    QString layoutReportFile; // --layout-report FILE.json: the layout audit, when the screenshot is taken
    bool quitWhenDone = false;
    bool present = false;                        // --present: start in presenter mode
    QList<std::pair<QString, QString>> settings; // --set KEY=VALUE, in order (checked against the experiment later)
    bool run = false;                            // --run: start the topic's experiment after the first paint
    QString playFile;                            // --play FILE.json
    QString openFile;                            // --open FILE: a recording to replay
    QList<PlayStep> playSteps;                   // its steps, parsed and validated
    // Arguments meant for QApplication itself (-platform offscreen, -style Fusion, ...), kept in order.
    QStringList qtArguments;
};

// Parses argv-style `arguments` (program name first). On failure returns false and sets *error to one
// line naming the option and the allowed values, e.g.
//   --topic: must be one of threads, processes, ... (got "nope")
bool parseLaunchOptions(const QStringList &arguments, LaunchOptions *options, QString *error);

// The text of --help: usage, GUI options, and every headless command with its synopsis.
QString launchHelpText(const QList<Core::Command> &commands);
// The text of --version.
QString launchVersionText();

} // namespace Lab::Gui
