// SPDX-License-Identifier: GPL-3.0-or-later
// concurrency-lab-worker: the lab's worker process. QtCore only.
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::fputs("usage: concurrency-lab-worker MODE ...\n", stderr);
    return 2;
}
