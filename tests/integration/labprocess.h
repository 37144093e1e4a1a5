// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real concurrency-lab executable as a user would and collects what it said.
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <functional>

namespace LabProcess {

struct Outcome
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

// `program <arguments...>`, killed after `timeoutMs`; `inChild` runs in the child before exec (limits).
inline Outcome runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 120000,
                          const std::function<void()> &inChild = {})
{
    QProcess lab;
    if (inChild)
        lab.setChildProcessModifier(inChild);
    lab.start(program, arguments);
    if (!lab.waitForFinished(timeoutMs)) {
        lab.kill();
        lab.waitForFinished();
        return {};
    }
    return {lab.exitStatus() == QProcess::NormalExit ? lab.exitCode() : -1, lab.readAllStandardOutput(),
            lab.readAllStandardError()};
}

// `concurrency-lab <words...> <arguments...>`, killed after `timeoutMs`.
inline Outcome run(const QStringList &words, const QStringList &arguments, int timeoutMs = 120000)
{
    return runProgram(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"), words + arguments, timeoutMs);
}

// The entry of `strategy` in a result JSON's "results" array; empty when there is none.
inline QJsonObject resultEntry(const QJsonArray &results, const QString &strategy)
{
    for (const QJsonValue &value : results) {
        if (value.toObject().value(QStringLiteral("strategy")).toString() == strategy)
            return value.toObject();
    }
    return {};
}

} // namespace LabProcess
