// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcommand.h"

#include "chartbuilder.h"
#include "chartexporter.h"
#include "core/bench/runcomparison.h"
#include "core/cli/optionreader.h"
#include "core/report/resultjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace Lab::Gui {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct ChartCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Gui::ChartCommand)
};

} // namespace

int runChartCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("chart");
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("out"), ChartCommandTr::tr("Write the chart to FILE (.png, .svg or .pdf)."),
         QStringLiteral("FILE")},
        {QStringLiteral("kind"), ChartCommandTr::tr("runtime, speedup or sweep (default runtime)."),
         QStringLiteral("KIND")},
        {QStringLiteral("width"), ChartCommandTr::tr("Width in pixels (default 1920)."), QStringLiteral("W")},
        {QStringLiteral("height"), ChartCommandTr::tr("Height in pixels (default 1080)."), QStringLiteral("H")},
        {QStringLiteral("theme"), ChartCommandTr::tr("light, dark or presenter (default light)."),
         QStringLiteral("THEME")},
    });
    Core::OptionReader reader(parser, command);
    if (!reader.parse(arguments, 2))
        return reader.fail();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return reader.fail(ChartCommandTr::tr(
            "RESULT.json: missing (usage: concurrency-lab chart RESULT.json [B.json] --out FILE.png)"));
    const bool compare = positional.size() == 2;
    if (!parser.isSet(QStringLiteral("out")))
        return reader.fail(ChartCommandTr::tr("--out: missing (a file ending in .png, .svg or .pdf)"));
    const QString out = parser.value(QStringLiteral("out"));
    ChartExporter::Format format;
    if (!ChartExporter::formatForPath(out, &format))
        return reader.fail(ChartCommandTr::tr("--out: must end in .png, .svg or .pdf (got \"%1\")").arg(out));
    // Never replace an input, however it is named (a link, "./a.json").
    const auto canonical = [](const QString &path) {
        const QFileInfo info(path);
        return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    };
    for (const QString &input : positional) {
        if (canonical(input) == canonical(out))
            return reader.fail(
                ChartCommandTr::tr("--out: must not be the result file it reads (both \"%1\")").arg(out));
    }

    // The timeline needs per-item times, which a result file does not hold; two results overlay as
    // runtime or speedup only.
    QStringList kinds = {QStringLiteral("runtime"), QStringLiteral("speedup"), QStringLiteral("sweep")};
    if (compare)
        kinds.removeLast();
    QString kindName = kinds.first();
    QString themeName = chartThemeName(ChartTheme::Light);
    int width = 1920;
    int height = 1080;
    if (!reader.readChoice(QStringLiteral("kind"), kinds, &kindName) ||
        !reader.readChoice(QStringLiteral("theme"), chartThemeNames(), &themeName) ||
        !reader.readInt(QStringLiteral("width"), 200, 10000, &width) ||
        !reader.readInt(QStringLiteral("height"), 150, 10000, &height))
        return reader.fail();
    ChartKind kind = ChartKind::Runtime;
    ChartTheme theme = ChartTheme::Light;
    chartKindFromName(kindName, &kind);
    chartThemeFromName(themeName, &theme);

    QString error;
    const std::optional<Core::BenchmarkResult> result = Core::ResultJson::read(positional.first(), &error);
    if (!result)
        return reader.fail(error); // names the file and the missing or wrong field

    std::optional<Core::BenchmarkResult> other;
    if (compare) {
        other = Core::ResultJson::read(positional.at(1), &error);
        if (!other)
            return reader.fail(error);
        if (other->experiment != result->experiment)
            return reader.fail(ChartCommandTr::tr("%1: must be a result of the same experiment as %2 (%3, got %4)")
                                   .arg(positional.at(1), positional.at(0), result->experiment, other->experiment));
    }

    const ChartSpec spec = compare ? ChartBuilder::overlay(kind, *result, *other)
                           : kind == ChartKind::Speedup
                               ? ChartBuilder::speedup(*result, ChartBuilder::amdahlFits(*result))
                               : ChartBuilder::build(kind, *result);
    if (spec.isEmpty())
        return reader.fail(ChartCommandTr::tr("--kind %1: %2").arg(kindName, spec.emptyMessage));

    // Lay the chart out at a 1280×720-like size and draw it at the requested pixels, so type and lines
    // keep their proportions at any output size (1920×1080 is drawn at 1.5×).
    const qreal scale = std::max(1.0, std::min(width / 1280.0, height / 720.0));
    const QSize logical(qRound(width / scale), qRound(height / scale));
    QByteArray data;
    switch (format) {
    case ChartExporter::Format::Png:
        data = ChartExporter::encodePng(ChartExporter::imageAtPixels(spec, theme, QSize(width, height), scale));
        break;
    case ChartExporter::Format::Svg:
        data = ChartExporter::svg(spec, theme, logical);
        break;
    case ChartExporter::Format::Pdf:
        data = ChartExporter::pdf(spec, theme, logical);
        break;
    }
    if (data.isEmpty() || !ChartExporter::writeFile(out, data, &error)) {
        std::fprintf(stderr, "concurrency-lab chart: %s\n",
                     qPrintable(error.isEmpty() ? ChartCommandTr::tr("could not render the chart") : error));
        return 1;
    }
    if (compare) {
        const QByteArray table = Core::RunComparison::toText(*result, *other).toLocal8Bit();
        std::fwrite(table.constData(), 1, size_t(table.size()), stdout);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace Lab::Gui
