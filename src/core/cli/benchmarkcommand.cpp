// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkcommand.h"

#include "core/bench/benchmark.h"
#include "core/cli/optionreader.h"
#include "core/monitor/tracecapture.h"
#include "core/params/parameterschema.h"
#include "core/report/resultcsv.h"
#include "core/report/resultjson.h"
#include "core/report/resultmarkdown.h"
#include "core/report/resultsummary.h"
#include "core/system/printable.h"
#include "core/trace/chrometrace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QSocketNotifier>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace Lab::Core {

namespace {

int s_pipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(s_pipe[1], &byte, 1);
}

const char *const ReportOptions[] = {"json", "csv", "markdown", "trace"};

} // namespace

InterruptNotifier::InterruptNotifier(QObject *parent)
    : QObject(parent)
{
    if (s_pipe[0] >= 0 || ::pipe(s_pipe) != 0)
        return; // another one is active, or no pipe: Ctrl+C then ends the process as usual
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(s_pipe[0], &byte, 1) == 1)
            emit interrupted(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_oldInt);
    sigaction(SIGTERM, &action, &m_oldTerm);
}

InterruptNotifier::~InterruptNotifier()
{
    if (!m_notifier)
        return;
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
    m_notifier->setEnabled(false);
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

namespace BenchmarkCommand {

void print(const QString &text, FILE *stream)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Write the result JSON here."), QStringLiteral("FILE")},
        {QStringLiteral("csv"), QStringLiteral("Write the result CSV here."), QStringLiteral("FILE")},
        {QStringLiteral("markdown"), QStringLiteral("Write a Markdown report here."), QStringLiteral("FILE")},
        {QStringLiteral("trace"),
         QStringLiteral("Record the run as a Chrome Trace Event JSON file here (opens in ui.perfetto.dev)."),
         QStringLiteral("FILE")},
    });
}

QString reportSynopsis()
{
    return QStringLiteral("[--json FILE] [--csv FILE] [--markdown FILE] [--trace FILE]");
}

bool checkReportPaths(const QCommandLineParser &parser, QString *error, const QStringList &outputs,
                      const QStringList &inputs)
{
    QStringList written = outputs;
    for (const char *name : ReportOptions)
        written.append(QString::fromLatin1(name));
    return checkOutputPaths(parser, error, written, inputs);
}

bool checkOutputPaths(const QCommandLineParser &parser, QString *error, const QStringList &outputs,
                      const QStringList &inputs)
{
    // The same file however it is named (a link, "./x"): canonical when it exists.
    const auto key = [](const QFileInfo &info) {
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    };
    QHash<QString, QString> seen; // path -> option
    for (const QString &option : inputs) {
        if (parser.isSet(option) && parser.value(option) != QLatin1String("-"))
            seen.insert(key(QFileInfo(parser.value(option))), option);
    }
    for (const QString &option : outputs) {
        if (!parser.isSet(option))
            continue;
        const QString path = parser.value(option);
        const QFileInfo info(path);
        if (path.isEmpty() || info.isDir()) {
            *error = QStringLiteral("--%1: must be a file name (got \"%2\")").arg(option, path);
            return false;
        }
        if (!info.absoluteDir().exists()) {
            *error = QStringLiteral("--%1: must be in a folder that exists (got \"%2\")").arg(option, path);
            return false;
        }
        const QString file = key(info);
        if (seen.contains(file)) {
            const QString other = seen.value(file);
            *error =
                inputs.contains(other)
                    ? QStringLiteral("--%1: must not be the file --%2 reads (both \"%3\")").arg(option, other, path)
                    : QStringLiteral("--%1: must differ from --%2 (both \"%3\")").arg(option, other, path);
            return false;
        }
        seen.insert(file, option);
    }
    return true;
}

BenchmarkResult runToEnd(Benchmark &benchmark, const QCommandLineParser *parser, TraceRecording *trace)
{
    std::unique_ptr<TraceCapture> capture;
    if (parser && trace && parser->isSet(QStringLiteral("trace"))) {
        capture = std::make_unique<TraceCapture>();
        capture->setTitle(QStringLiteral("concurrency-lab ") + QCoreApplication::arguments().mid(1).join(u' '));
        capture->setSampleProcesses(true);
        capture->start();
    }
    QString lastProgress;
    const QMetaObject::Connection progress =
        QObject::connect(&benchmark, &Benchmark::progressChanged, &benchmark,
                         [&lastProgress, &capture](int done, int total, const QString &what) {
                             if (what == lastProgress)
                                 return;
                             lastProgress = what;
                             const QString line = QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(what);
                             print(line + u'\n', stderr);
                             if (capture)
                                 capture->markPhase(line);
                         });
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &benchmark, [&benchmark] {
        print(QStringLiteral("interrupted: cancelling\n"), stderr);
        benchmark.cancel();
    });

    BenchmarkResult result;
    QEventLoop loop;
    QObject::connect(&benchmark, &Benchmark::finished, &loop, [&](const BenchmarkResult &r) {
        result = r;
        loop.quit();
    });
    QMetaObject::invokeMethod(&benchmark, &Benchmark::start, Qt::QueuedConnection);
    loop.exec();
    QObject::disconnect(progress);
    if (capture)
        *trace = capture->stop();
    return result;
}

bool report(const QString &command, const QCommandLineParser &parser, const BenchmarkResult &result,
            const TraceRecording &trace)
{
    print(ResultSummary::toText(result));
    bool anyAsked = false;
    for (const char *name : ReportOptions)
        anyAsked = anyAsked || parser.isSet(QString::fromLatin1(name));
    if (!anyAsked)
        return true;
    if (result.cancelled) {
        print(QStringLiteral("concurrency-lab %1: the run was cancelled: no report written (earlier files are "
                             "left as they were)\n")
                  .arg(command),
              stderr);
        return false;
    }
    const auto write = [&](const char *name, auto writer) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            return true;
        QString error;
        if (writer(result, parser.value(option), &error))
            return true;
        print(QStringLiteral("concurrency-lab %1: --%2: %3\n").arg(command, option, printable(error)), stderr);
        return false;
    };
    const auto writeTrace = [&trace](const BenchmarkResult &, const QString &path, QString *error) {
        return ChromeTrace::write(trace, path, error);
    };
    return write("json", &ResultJson::write) && write("csv", &ResultCsv::write) &&
           write("markdown", &ResultMarkdown::write) && write("trace", writeTrace);
}

int exitCode(const BenchmarkResult &result, bool reportsWritten)
{
    bool anyFailed = !reportsWritten || result.cancelled || !result.failure.isEmpty();
    for (const StrategyStats &stats : result.results)
        anyFailed = anyFailed || stats.itemsFailed > 0;
    return anyFailed ? 1 : 0;
}

int runSchemaCommand(const QString &command, const ParameterSchema &schema, const QStringList &arguments,
                     const std::function<void(Benchmark &, const ParameterValues &)> &setUp,
                     const std::function<void(const BenchmarkResult &)> &printExtra)
{
    QCommandLineParser parser;
    schema.addOptions(parser);
    addReportOptions(parser);
    OptionReader reader(parser, command);
    ParameterValues values;
    if (!reader.parse(arguments) || !reader.read(schema, &values))
        return reader.fail();
    if (QString error; !checkReportPaths(parser, &error))
        return reader.fail(error);

    Benchmark benchmark;
    setUp(benchmark, values);
    TraceRecording trace;
    const BenchmarkResult result = runToEnd(benchmark, &parser, &trace);
    if (printExtra)
        printExtra(result);
    const bool written = report(command, parser, result, trace);
    return exitCode(result, written);
}

} // namespace BenchmarkCommand

} // namespace Lab::Core
