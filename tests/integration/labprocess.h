// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real concurrency-lab executable as a user would and collects what it said.
#include <QProcess>
#include <QStringList>

namespace LabProcess {

struct Outcome
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

// `concurrency-lab <words...> <arguments...>`, killed after `timeoutMs`.
inline Outcome run(const QStringList &words, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess lab;
    lab.start(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"), words + arguments);
    if (!lab.waitForFinished(timeoutMs)) {
        lab.kill();
        lab.waitForFinished();
        return {};
    }
    return {lab.exitStatus() == QProcess::NormalExit ? lab.exitCode() : -1, lab.readAllStandardOutput(),
            lab.readAllStandardError()};
}

} // namespace LabProcess
