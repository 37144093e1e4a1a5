// SPDX-License-Identifier: GPL-3.0-or-later
#include "guicommands.h"

#include "charts/chartcommand.h"

#include <QApplication>
#include <QMainWindow>

namespace Lab::Gui {

QList<Core::Command> guiCommands()
{
    return {
        {QStringLiteral("chart"),
         QStringLiteral(
             "chart RESULT.json --out FILE.png|.svg|.pdf [--kind runtime|speedup|sweep] [--width W --height H] "
             "[--theme light|dark|presenter]"),
         true, &runChartCommand},
    };
}

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}

} // namespace Lab::Gui
