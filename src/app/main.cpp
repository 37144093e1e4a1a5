// SPDX-License-Identifier: GPL-3.0-or-later
// concurrency-lab: the GUI, or one headless subcommand when the first argument names one.
#include "core/cli/command.h"
#include "core/cli/optionreader.h"
#include "gui/guicommands.h"

#include <QApplication>
#include <QCoreApplication>

#include <csignal>
#include <memory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAB_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // Past `ulimit -f` the kernel sends SIGXFSZ, whose default action ends the process with a core
    // dump mid-report. Ignored, the write fails with EFBIG and the report says "File too large".
    std::signal(SIGXFSZ, SIG_IGN);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QList<Lab::Core::Command> commands = Lab::Core::coreCommands();
    commands.append(Lab::Gui::guiCommands());

    int consumed = 0;
    const Lab::Core::Command *command = Lab::Core::findCommand(commands, arguments, &consumed);
    if (!command && arguments.size() > 1 && arguments.at(1) == QLatin1String("run")) {
        QStringList experiments;
        for (const auto &c : commands) {
            if (c.name.startsWith(QLatin1String("run ")))
                experiments.append(c.name.mid(4));
        }
        return Lab::Core::failUsage(
            QStringLiteral("run"),
            QStringLiteral("name an experiment: %1").arg(experiments.join(QStringLiteral(", "))));
    }
    if (!command)
        return Lab::Gui::runGui(argc, argv);

    // Headless: never needs a display. Commands that render widgets get the offscreen platform.
    std::unique_ptr<QCoreApplication> app;
    if (command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationNames();
    return command->run(arguments.mid(1 + consumed));
}
