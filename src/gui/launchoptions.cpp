// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchoptions.h"

#include "core/trace/chrometracereader.h"
#include "topics/topicregistry.h"
#include "translationmanager.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Lab::Gui {

namespace {

// Options QGuiApplication/QApplication consume themselves; they pass through untouched.
const QSet<QString> QtOptionsWithValue = {
    QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
    QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
    QStringLiteral("qwindowtitle"),    QStringLiteral("style"),
    QStringLiteral("stylesheet"),      QStringLiteral("session"),
    QStringLiteral("display"),
};
const QSet<QString> QtFlags = {
    QStringLiteral("reverse"), QStringLiteral("nograb"),      QStringLiteral("dograb"),
    QStringLiteral("sync"),    QStringLiteral("widgetcount"),
};

struct OptionSpec
{
    QStringList names;
    QString valueName; // empty: a flag
    QString description;
};

// The one table of GUI options: it feeds both the parser and --help. The command line's text is
// English, like the headless commands' (see docs/gui.md): it is printed before any translation loads.
QList<OptionSpec> optionSpecs()
{
    return {
        {{QStringLiteral("topic")},
         QStringLiteral("ID"),
         QStringLiteral("open this topic: %1").arg(topicIds().join(QStringLiteral(", ")))},
        {{QStringLiteral("lang")},
         QStringLiteral("CODE"),
         QStringLiteral("user interface and lesson language for this session: %1")
             .arg(TranslationManager::availableLanguages().join(QStringLiteral(", ")))},
        {{QStringLiteral("screenshot")},
         QStringLiteral("FILE.png"),
         QStringLiteral("save a picture of the window after it is first painted")},
        {{QStringLiteral("metrics")},
         QStringLiteral("FILE.json"),
         QStringLiteral("write startup_ms, event_loop_latency_ms {p50, p99, max, samples} and peak_rss_mb")},
        {{QStringLiteral("layout-report")},
         QStringLiteral("FILE.json"),
         QStringLiteral("write what does not fit in the window (cut text, broken words, scroll bars), when the "
                        "screenshot would be taken")},
        {{QStringLiteral("present")},
         {},
         QStringLiteral("start in presenter mode (full screen, large text, high contrast)")},
        {{QStringLiteral("set")},
         QStringLiteral("KEY=VALUE"),
         QStringLiteral("set one of the experiment's parameters (repeatable; the headless option names)")},
        {{QStringLiteral("run")}, {}, QStringLiteral("start the topic's experiment once the window is shown")},
        {{QStringLiteral("play")},
         QStringLiteral("FILE.json"),
         QStringLiteral("play a lecture script: a JSON list of steps (see docs/presenter.md)")},
        {{QStringLiteral("open")},
         QStringLiteral("FILE"),
         QStringLiteral("replay a recording: a trace file the lab wrote (--trace, File > Export Trace, a history "
                        "entry's .trace.json.gz)")},
        {{QStringLiteral("quit-when-done")},
         {},
         QStringLiteral("quit when done: after --run's experiment or --play's script has finished, else at "
                        "once; the screenshot and metrics are taken then")},
        {{QStringLiteral("h"), QStringLiteral("help")}, {}, QStringLiteral("show this help and exit")},
        {{QStringLiteral("v"), QStringLiteral("version")}, {}, QStringLiteral("show the version and exit")},
    };
}

QString optionList()
{
    QStringList names;
    for (const OptionSpec &spec : optionSpecs())
        names.append(QStringLiteral("--") + spec.names.constLast());
    return names.join(QStringLiteral(", "));
}

// Splits Qt's own options off; returns the rest for our parser.
QStringList takeQtArguments(const QStringList &arguments, QStringList *qtArguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString name = argument;
        if (i > 0 && name.startsWith(QLatin1Char('-'))) {
            name.remove(0, name.startsWith(QLatin1String("--")) ? 2 : 1);
            if (QtFlags.contains(name)) {
                qtArguments->append(argument);
                continue;
            }
            if (QtOptionsWithValue.contains(name) && i + 1 < arguments.size()) {
                qtArguments->append(argument);
                qtArguments->append(arguments.at(++i));
                continue;
            }
        }
        rest.append(argument);
    }
    return rest;
}

bool checkOutputFile(const QString &option, const QString &file, const QString &suffix, QString *error)
{
    const QFileInfo info(file);
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("--%1: must be a file name ending in .%2 (got \"%3\")").arg(option, suffix, file);
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = QStringLiteral("--%1: the folder \"%2\" does not exist").arg(option, info.absolutePath());
        return false;
    }
    if (info.isDir()) {
        *error = QStringLiteral("--%1: \"%2\" is a folder, not a file").arg(option, file);
        return false;
    }
    return true;
}

} // namespace

bool parseLaunchOptions(const QStringList &arguments, LaunchOptions *options, QString *error)
{
    Q_ASSERT(options && error);
    *options = LaunchOptions();
    QStringList ours = takeQtArguments(arguments, &options->qtArguments);
    if (ours.isEmpty())
        ours.append(QStringLiteral("concurrency-lab"));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &spec : optionSpecs())
        parser.addOption(QCommandLineOption(spec.names, spec.description, spec.valueName));

    if (!parser.parse(ours)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString name = unknown.constFirst();
            *error = QStringLiteral("unknown option %1%2 (GUI options: %3; commands: see --help)")
                         .arg(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), name, optionList());
        } else {
            // QCommandLineParser's only other failure: an option that needs a value got none.
            for (const OptionSpec &spec : optionSpecs()) {
                for (const QString &name : spec.names) {
                    if (!spec.valueName.isEmpty() && ours.constLast() == QStringLiteral("--") + name) {
                        *error = QStringLiteral("--%1: needs a value (%2)").arg(name, spec.description);
                        return false;
                    }
                }
            }
            *error = parser.errorText();
        }
        return false;
    }

    if (parser.isSet(QStringLiteral("help"))) {
        options->action = LaunchOptions::Action::ShowHelp;
        return true;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        options->action = LaunchOptions::Action::ShowVersion;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument \"%1\": not a command or an option (see --help)")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }

    if (parser.isSet(QStringLiteral("topic"))) {
        const QString topic = parser.value(QStringLiteral("topic")).trimmed();
        if (!findTopic(topic)) {
            *error = QStringLiteral("--topic: must be one of %1 (got \"%2\")")
                         .arg(topicIds().join(QStringLiteral(", ")), topic);
            return false;
        }
        options->topic = topic;
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString language = parser.value(QStringLiteral("lang")).trimmed();
        const QStringList available = TranslationManager::availableLanguages();
        if (!available.contains(language)) {
            *error = QStringLiteral("--lang: must be one of %1 (got \"%2\")")
                         .arg(available.join(QStringLiteral(", ")), language);
            return false;
        }
        options->language = language;
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        options->screenshotFile = parser.value(QStringLiteral("screenshot"));
        if (!checkOutputFile(QStringLiteral("screenshot"), options->screenshotFile, QStringLiteral("png"), error))
            return false;
    }
    if (parser.isSet(QStringLiteral("metrics"))) {
        options->metricsFile = parser.value(QStringLiteral("metrics"));
        if (!checkOutputFile(QStringLiteral("metrics"), options->metricsFile, QStringLiteral("json"), error))
            return false;
    }
    if (parser.isSet(QStringLiteral("layout-report"))) {
        options->layoutReportFile = parser.value(QStringLiteral("layout-report"));
        if (!checkOutputFile(QStringLiteral("layout-report"), options->layoutReportFile, QStringLiteral("json"), error))
            return false;
    }
    options->quitWhenDone = parser.isSet(QStringLiteral("quit-when-done"));
    options->present = parser.isSet(QStringLiteral("present"));
    options->run = parser.isSet(QStringLiteral("run"));
    for (const QString &argument : parser.values(QStringLiteral("set"))) {
        std::pair<QString, QString> setting;
        if (!parseSetArgument(argument, &setting)) {
            *error = QStringLiteral("--set: must be KEY=VALUE, e.g. --set count=200 (got \"%1\")").arg(argument);
            return false;
        }
        options->settings.append(setting);
    }
    if (parser.isSet(QStringLiteral("play"))) {
        options->playFile = parser.value(QStringLiteral("play"));
        if (options->run || !options->settings.isEmpty()) {
            *error = QStringLiteral("--play: cannot be combined with --set or --run (put \"set\" and \"run\" steps "
                                    "in the script)");
            return false;
        }
        QFile file(options->playFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--play: cannot read \"%1\": %2").arg(options->playFile, file.errorString());
            return false;
        }
        QString scriptError;
        if (!parsePlayScript(file.readAll(), &options->playSteps, &scriptError)) {
            *error = QStringLiteral("--play: %1: %2").arg(options->playFile, scriptError);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("open"))) {
        options->openFile = parser.value(QStringLiteral("open"));
        if (options->run || !options->settings.isEmpty() || !options->playFile.isEmpty()) {
            *error = QStringLiteral("--open: cannot be combined with --run, --set or --play (a replay shows a "
                                    "recorded run)");
            return false;
        }
        // Read before any window exists: a bad file is one line and exit 2, even without a display.
        QString reason;
        if (!Core::ChromeTraceReader::read(options->openFile, &reason)) {
            *error = QStringLiteral("--open: cannot open \"%1\": %2").arg(options->openFile, reason);
            return false;
        }
    }
    return true;
}

QString launchHelpText(const QList<Core::Command> &commands)
{
    QString text =
        QStringLiteral("Concurrency Lab %1: learn concurrency by running real threads and processes.\n\n"
                       "Usage:\n"
                       "  concurrency-lab [OPTIONS]              open the lab's window\n"
                       "  concurrency-lab COMMAND [OPTIONS]      run a headless command (no display needed)\n\n"
                       "Window options:\n")
            .arg(QStringLiteral(LAB_VERSION));
    QList<std::pair<QString, QString>> rows;
    qsizetype width = 0;
    for (const OptionSpec &spec : optionSpecs()) {
        QStringList names;
        for (const QString &name : spec.names)
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString left = names.join(QStringLiteral(", "));
        if (!spec.valueName.isEmpty())
            left += QLatin1Char(' ') + spec.valueName;
        width = std::max(width, left.size());
        rows.append({left, spec.description});
    }
    for (const auto &[left, description] : rows)
        text += QStringLiteral("  %1  %2\n").arg(left, -int(width)).arg(description);

    text += QStringLiteral("\nCommands:\n");
    if (commands.isEmpty())
        text += QStringLiteral("  (none in this build)\n");
    for (const Core::Command &command : commands) {
        const QString synopsis = command.synopsis.isEmpty() ? command.name : command.synopsis;
        text += QStringLiteral("  %1\n").arg(
            synopsis.startsWith(command.name) ? QStringLiteral("concurrency-lab ") + synopsis
                                              : QStringLiteral("concurrency-lab %1  %2").arg(command.name, synopsis));
    }
    text += QStringLiteral("\nExit codes: 0 success, 1 the work ran but some items failed, 2 bad arguments.\n");
    return text;
}

QString launchVersionText()
{
    return QStringLiteral("concurrency-lab %1 (Qt %2, GPL-3.0-or-later)\n")
        .arg(QStringLiteral(LAB_VERSION), QString::fromLatin1(qVersion()));
}

} // namespace Lab::Gui
