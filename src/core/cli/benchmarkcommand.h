// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"
#include "core/trace/tracerecording.h"

#include <QObject>
#include <QString>

#include <csignal>
#include <cstdio>
#include <functional>

class QCommandLineParser;
class QSocketNotifier;

namespace Lab::Core {

class Benchmark;
class ParameterSchema;
class ParameterValues;

// SIGINT and SIGTERM as a Qt signal: the handler only writes a byte to a pipe (async-signal-safe), the
// event loop reads it and emits interrupted(). The previous handlers are restored on destruction.
// One instance at a time.
class InterruptNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptNotifier)
public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void interrupted(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

// What every `run <experiment>` command shares, so they agree on it:
// - the report options --json, --csv and --markdown, and --trace (a Chrome Trace Event file of the run:
//   every lab thread's states, CPU %, the primitives' counters; docs/trace.md);
// - running the benchmark to its end: progress lines on stderr, Ctrl+C (or SIGTERM) cancels it, and
//   the summary table on stdout;
// - the exit code: 0 when everything ran and was written; 1 when the work ran but something failed
//   (items, a run, a cancel, a report that could not be written); 2 is for bad arguments, earlier.
// A cancelled run writes no report, so an earlier file under the same name is left as it was.
namespace BenchmarkCommand {
// Writes `text` in the locale's encoding and flushes, so progress lines and the summary interleave as
// they happen.
void print(const QString &text, FILE *stream = stdout);
void addReportOptions(QCommandLineParser &parser);
QString reportSynopsis(); // "[--json FILE] [--csv FILE] [--markdown FILE] [--trace FILE]"
// Checks the report paths before the work starts: each one's folder exists, no two are the same, and
// none is a file the command reads. `outputs` names the command's other written files ("factors"),
// `inputs` the options naming files it reads ("input", "urls"). On failure, *error is one line
// naming the option.
bool checkReportPaths(const QCommandLineParser &parser, QString *error, const QStringList &outputs = {},
                      const QStringList &inputs = {});
// With `parser` given and --trace set, the run is recorded into *trace (TraceCapture, with /proc
// sampling), the benchmark's progress lines becoming phase instants.
// The same checks for exactly the written files `outputs` (a command without the report options,
// such as `threads --trace`).
bool checkOutputPaths(const QCommandLineParser &parser, QString *error, const QStringList &outputs,
                      const QStringList &inputs = {});
BenchmarkResult runToEnd(Benchmark &benchmark, const QCommandLineParser *parser = nullptr,
                         TraceRecording *trace = nullptr);
// Prints the summary and writes the reports (and `trace` for --trace); false (after a message on
// stderr) when one failed.
bool report(const QString &command, const QCommandLineParser &parser, const BenchmarkResult &result,
            const TraceRecording &trace = {});
int exitCode(const BenchmarkResult &result, bool reportsWritten);

// The whole of a `run` command whose options are one ParameterSchema and the report options: reads
// and checks them (exit code 2 with one line on a bad one), lets `setUp` fill the benchmark from the
// values, runs it to its end (with --trace), lets `printExtra` add its own lines on stdout, reports,
// and returns the exit code.
int runSchemaCommand(const QString &command, const ParameterSchema &schema, const QStringList &arguments,
                     const std::function<void(Benchmark &, const ParameterValues &)> &setUp,
                     const std::function<void(const BenchmarkResult &)> &printExtra = {});
} // namespace BenchmarkCommand

} // namespace Lab::Core
