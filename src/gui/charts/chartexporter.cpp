// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "core/report/atomicfile.h"
#include "specchart.h"

#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>

namespace Lab::Gui {

Q_LOGGING_CATEGORY(lcChartExport, "lab.gui.charts.export")

namespace {

QString software()
{
    return ChartExporter::tr("Concurrency Lab %1").arg(QStringLiteral(LAB_VERSION));
}

// The caption under a PDF chart: small, muted, wrapped to the page width.
QTextDocument *captionDocument(const ChartSpec &spec, ChartTheme theme, qreal width, QObject *parent)
{
    const ChartStyle style = chartStyle(theme);
    auto *document = new QTextDocument(parent);
    QFont font;
    font.setPixelSize(std::max(11, style.labelPixelSize - 2));
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setTextWidth(width);
    document->setHtml(
        QStringLiteral("<div style=\"color:%1;\">%2</div>").arg(style.mutedText.name(), spec.caption.toHtmlEscaped()));
    return document;
}

} // namespace

bool ChartExporter::formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QString ChartExporter::plainTitle(const ChartSpec &spec)
{
    return spec.subtitle.isEmpty() ? spec.title : tr("%1 — %2").arg(spec.title, spec.subtitle);
}

QString ChartExporter::description(const ChartSpec &spec)
{
    const QByteArray environment = QJsonDocument(spec.environment).toJson(QJsonDocument::Compact);
    const QByteArray parameters = QJsonDocument(spec.parameters).toJson(QJsonDocument::Compact);
    return tr("%1\nenvironment: %2\nparameters: %3")
        .arg(spec.caption, QString::fromUtf8(environment), QString::fromUtf8(parameters));
}

void ChartExporter::render(const ChartSpec &spec, ChartTheme theme, const QRectF &target, QPainter *painter)
{
    // A private scene per render: the chart is laid out at the target's size, independent of any view.
    QGraphicsScene scene;
    auto *chart = new SpecChart(spec, theme);
    scene.addItem(chart); // the scene owns and deletes it
    const QRectF frame(QPointF(0, 0), target.size());
    chart->setGeometry(frame);
    scene.setSceneRect(frame);
    if (chart->layout())
        chart->layout()->activate();
    chart->relayoutOverlays();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, frame);
    painter->restore();
}

QImage ChartExporter::image(const ChartSpec &spec, ChartTheme theme, QSize logicalSize, qreal devicePixelRatio)
{
    const qreal ratio = std::max<qreal>(devicePixelRatio, 0.1);
    return imageAtPixels(spec, theme, QSize(qRound(logicalSize.width() * ratio), qRound(logicalSize.height() * ratio)),
                         ratio);
}

QImage ChartExporter::imageAtPixels(const ChartSpec &spec, ChartTheme theme, QSize pixels, qreal devicePixelRatio)
{
    const qreal ratio = std::max<qreal>(devicePixelRatio, 0.1);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(chartStyle(theme).background);
    {
        QPainter painter(&image);
        render(spec, theme, QRectF(0, 0, pixels.width() / ratio, pixels.height() / ratio), &painter);
    }
    image.setText(QStringLiteral("Title"), plainTitle(spec));
    image.setText(QStringLiteral("Description"), spec.caption);
    image.setText(QStringLiteral("Software"), software());
    image.setText(QStringLiteral("Creation Time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    image.setText(QStringLiteral("Environment"),
                  QString::fromUtf8(QJsonDocument(spec.environment).toJson(QJsonDocument::Compact)));
    image.setText(QStringLiteral("Parameters"),
                  QString::fromUtf8(QJsonDocument(spec.parameters).toJson(QJsonDocument::Compact)));
    return image;
}

QByteArray ChartExporter::encodePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        qCWarning(lcChartExport) << "PNG encoding failed:" << writer.errorString();
        return {};
    }
    return bytes;
}

QByteArray ChartExporter::png(const ChartSpec &spec, ChartTheme theme, QSize logicalSize, qreal devicePixelRatio)
{
    return encodePng(image(spec, theme, logicalSize, devicePixelRatio));
}

QByteArray ChartExporter::svg(const ChartSpec &spec, ChartTheme theme, QSize logicalSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logicalSize);
    generator.setViewBox(QRect(QPoint(0, 0), logicalSize));
    generator.setResolution(96);
    generator.setTitle(plainTitle(spec));
    generator.setDescription(description(spec));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    painter.fillRect(QRect(QPoint(0, 0), logicalSize), chartStyle(theme).background);
    render(spec, theme, QRectF(QPointF(0, 0), QSizeF(logicalSize)), &painter);
    painter.end();
    return bytes;
}

QByteArray ChartExporter::pdf(const ChartSpec &spec, ChartTheme theme, QSize logicalSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    constexpr int resolution = 96; // one device unit per logical pixel
    const qreal padding = 16;
    QTextDocument *caption = captionDocument(spec, theme, logicalSize.width() - 2 * padding, nullptr);
    const qreal captionHeight = caption->size().height() + 2 * padding;
    const QSizeF pagePixels(logicalSize.width(), logicalSize.height() + captionHeight);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setPageSize(
            QPageSize(pagePixels * 72.0 / resolution, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(plainTitle(spec));
        writer.setCreator(software());
        QPainter painter;
        if (painter.begin(&writer)) {
            painter.fillRect(QRectF(QPointF(0, 0), pagePixels), chartStyle(theme).background);
            render(spec, theme, QRectF(QPointF(0, 0), QSizeF(logicalSize)), &painter);
            painter.translate(padding, logicalSize.height() + padding);
            caption->drawContents(&painter);
            painter.end();
        }
    }
    delete caption;
    return bytes;
}

bool ChartExporter::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    // Core's writer: all or nothing, and a full disk or `ulimit -f` named as such.
    QString why;
    if (Core::writeFileAtomically(path, data, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

bool ChartExporter::exportToFile(const ChartSpec &spec, ChartTheme theme, QSize logicalSize, qreal devicePixelRatio,
                                 const QString &path, QString *error)
{
    Format format;
    if (!formatForPath(path, &format)) {
        if (error)
            *error = tr("Cannot export \"%1\": the file name must end in .png, .svg or .pdf.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QByteArray data;
    switch (format) {
    case Format::Png:
        data = png(spec, theme, logicalSize, devicePixelRatio);
        break;
    case Format::Svg:
        data = svg(spec, theme, logicalSize);
        break;
    case Format::Pdf:
        data = pdf(spec, theme, logicalSize);
        break;
    }
    if (data.isEmpty()) {
        if (error)
            *error = tr("Could not render the chart for \"%1\".").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return writeFile(path, data, error);
}

void ChartExporter::copyToClipboard(const ChartSpec &spec, ChartTheme theme, QSize logicalSize, qreal devicePixelRatio)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(image(spec, theme, logicalSize, devicePixelRatio));
}

} // namespace Lab::Gui
