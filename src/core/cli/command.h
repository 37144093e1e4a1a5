// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lab::Core {

// One headless subcommand of concurrency-lab ("sysinfo", "run factorize", ...).
// `run` receives the arguments after the command's words, e.g. for
// `concurrency-lab run factorize --count 10` it gets {"--count", "10"}.
// It returns the process exit code: 0 success, 1 the work ran but items failed, 2 bad arguments.
struct Command
{
    QString name;          // one or two words: "sysinfo", "run factorize"
    QString synopsis;      // one line for --help
    bool needsGui = false; // true: run under a QApplication (offscreen when there is no display)
    int (*run)(const QStringList &arguments) = nullptr;
};

// An experiment whose parameters are declared once (core/params): the command that runs it and its
// schema. Tests walk these to prove the command line and the panels accept and refuse alike.
struct ExperimentSchema
{
    QString command; // "run race"
    const ParameterSchema *schema = nullptr;
};
QList<ExperimentSchema> experimentSchemas();

// Every headless command lab_core provides. The app adds lab_gui's own (chart) to these.
QList<Command> coreCommands();

// The command named by argv-style `arguments` (program name first), or nullptr.
// `consumed` is set to how many words the name took (1 or 2).
const Command *findCommand(const QList<Command> &commands, const QStringList &arguments, int *consumed);

} // namespace Lab::Core
