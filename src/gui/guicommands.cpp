// SPDX-License-Identifier: GPL-3.0-or-later
#include "guicommands.h"

#include <QApplication>
#include <QMainWindow>

namespace Lab::Gui {

QList<Core::Command> guiCommands()
{
    return {};
}

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}

} // namespace Lab::Gui
