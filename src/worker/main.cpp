// SPDX-License-Identifier: GPL-3.0-or-later
// concurrency-lab-worker: the lab's worker process. QtCore only.
#include "daemondemo.h"
#include "forkdemo.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString mode = arguments.value(1);
    if (mode == QLatin1String("fork-demo"))
        return Lab::Worker::runForkDemo(arguments.mid(2));
    if (mode == QLatin1String("daemon-demo"))
        return Lab::Worker::runDaemonDemo(arguments.mid(2));
    std::fputs("usage: concurrency-lab-worker MODE ...\n", stderr);
    return 2;
}
