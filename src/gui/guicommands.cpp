// SPDX-License-Identifier: GPL-3.0-or-later
#include "guicommands.h"

#include "charts/chartcommand.h"
#include "labapplication.h"
#include "labresources.h"
#include "launchcontroller.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "monitor/monitorwidget.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

#include <cstdio>

namespace Lab::Gui {

QList<Core::Command> guiCommands()
{
    return {
        {QStringLiteral("chart"),
         QStringLiteral("chart RESULT.json [B.json] --out FILE.png|.svg|.pdf [--kind runtime|speedup|sweep] [--width W "
                        "--height H] "
                        "[--theme light|dark|presenter]"),
         true, &runChartCommand},
    };
}

int runGui(int &argc, char **argv)
{
    initResources();

    // Parse before QApplication exists: --help, --version and bad arguments need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    LaunchOptions options;
    QString error;
    if (!parseLaunchOptions(arguments, &options, &error)) {
        std::fputs(QStringLiteral("concurrency-lab: %1\n").arg(error).toLocal8Bit().constData(), stderr);
        return 2;
    }
    switch (options.action) {
    case LaunchOptions::Action::ShowHelp: {
        QList<Core::Command> commands = Core::coreCommands();
        commands.append(guiCommands());
        std::fputs(launchHelpText(commands).toLocal8Bit().constData(), stdout);
        return 0;
    }
    case LaunchOptions::Action::ShowVersion:
        std::fputs(launchVersionText().toLocal8Bit().constData(), stdout);
        return 0;
    case LaunchOptions::Action::OpenWindow:
        break;
    }

    LabApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAB_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Concurrency Lab"));
    QGuiApplication::setDesktopFileName(QStringLiteral(LAB_APP_ID));
    // The installed hicolor icon (named after the application id), else the embedded copy.
    const QString embeddedIcon = QStringLiteral(":/icons/concurrency-lab.svg");
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(LAB_APP_ID), QFile::exists(embeddedIcon) ? QIcon(embeddedIcon) : QIcon()));

    MainWindow window;
    // The language first, so that no widget starts in English and retranslates right away.
    if (!options.language.isEmpty())
        window.setLanguage(options.language, false);
    window.setMonitorWidget(new MonitorWidget);
    if (!options.topic.isEmpty())
        window.showTopic(options.topic);

    LaunchController controller(options, &window);
    if (!controller.prepare(&error)) {
        std::fputs(QStringLiteral("concurrency-lab: %1\n").arg(error).toLocal8Bit().constData(), stderr);
        return 2;
    }
    controller.begin();
    window.show();
    // Without a window manager (kiosk set-ups, Xvfb) nothing would give the window the keyboard focus.
    window.activateWindow();
    const int code = app.exec();
    return std::max(code, controller.exitCode());
}

} // namespace Lab::Gui
