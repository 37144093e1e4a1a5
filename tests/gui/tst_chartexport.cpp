// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"
#include "gui/charts/chartbuilder.h"
#include "gui/charts/chartexportbutton.h"
#include "gui/charts/chartexporter.h"
#include "gui/charts/chartexportmenu.h"
#include "gui/charts/chartview.h"
#include "gui/charts/specchart.h"
#include "gui/framequeue.h"
#include "labtest.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImageReader>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXYSeries> // the test looks inside the chart to see replace() at work
#include <QXmlStreamReader>

using namespace Lab;
using namespace Lab::Gui;

class TestChartExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pngSizes_data();
    void pngSizes();
    void svgIsXmlAndNamesStrategies_data();
    void svgIsXmlAndNamesStrategies();
    void pdfOnePage();
    void formatFromSuffix_data();
    void formatFromSuffix();
    void unwritablePathLeavesNothing();
    void clipboard();
    void viewUpdatesInPlace();
    void rebuildLeavesNoOldAxis();
    void hiddenViewBuildsWhenShown();
    void resizeIsFollowedOnceAfterTheDelay();
    void menuShowsErrorAndWrites();

private:
    static ChartSpec spec(ChartKind kind);
};

ChartSpec TestChartExport::spec(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Speedup:
        return ChartBuilder::speedup(ChartFixtures::workerSweep());
    case ChartKind::Sweep:
        return ChartBuilder::sweep(ChartFixtures::sizeSweep());
    case ChartKind::Timeline:
        return ChartBuilder::timeline(ChartFixtures::workerSweep(),
                                      {{QStringLiteral("sequential"), QStringLiteral("a"), 0, 0.2, false},
                                       {QStringLiteral("threads"), QStringLiteral("a"), 0, 0.2, true}});
    case ChartKind::Runtime:
        break;
    }
    return ChartBuilder::runtime(ChartFixtures::workerSweep());
}

void TestChartExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChartExport::pngSizes_data()
{
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("1x") << qreal(1);
    QTest::newRow("2x") << qreal(2);
}

void TestChartExport::pngSizes()
{
    QFETCH(qreal, ratio);
    const QByteArray bytes = ChartExporter::png(spec(ChartKind::Runtime), ChartTheme::Light, {640, 360}, ratio);
    QVERIFY(bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer, "png");
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.size(), QSize(640, 360) * ratio); // 2x doubles the pixels
    QVERIFY(image.text(QStringLiteral("Environment")).contains(QLatin1String("Test CPU 9000")));
    QVERIFY(image.text(QStringLiteral("Parameters")).contains(QLatin1String("\"count\":10000")));
    QVERIFY(image.text(QStringLiteral("Title")).contains(QLatin1String("runtime")));
    // Something was drawn: the bars are not background.
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 7)
        colours.insert(image.pixel(x, image.height() / 2));
    QVERIFY(colours.size() > 3);
}

void TestChartExport::svgIsXmlAndNamesStrategies_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("runtime") << int(ChartKind::Runtime);
    QTest::newRow("speedup") << int(ChartKind::Speedup);
    QTest::newRow("sweep") << int(ChartKind::Sweep);
    QTest::newRow("timeline") << int(ChartKind::Timeline);
}

void TestChartExport::svgIsXmlAndNamesStrategies()
{
    QFETCH(int, kind);
    const ChartSpec chart = spec(ChartKind(kind));
    QVERIFY(!chart.isEmpty());
    const QByteArray bytes = ChartExporter::svg(chart, ChartTheme::Presenter, {800, 450});
    QXmlStreamReader xml(bytes);
    QString title;
    QString description;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("title"))
            title = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("desc"))
            description = xml.readElementText();
        else if (xml.isCharacters())
            text += xml.text() + QLatin1Char(' ');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(title.contains(QLatin1String("Test CPU 9000")));
    QVERIFY(description.contains(QLatin1String("logical_cores")));
    QVERIFY(description.contains(QLatin1String("count")) || ChartKind(kind) == ChartKind::Sweep);
    const QStringList strategies = chart.strategies();
    QVERIFY(!strategies.isEmpty());
    for (const QString &strategy : strategies)
        QVERIFY2(text.contains(strategy), qPrintable(strategy));
}

void TestChartExport::pdfOnePage()
{
    const QByteArray bytes = ChartExporter::pdf(spec(ChartKind::Speedup), ChartTheme::Light, {1280, 720});
    QVERIFY(bytes.startsWith("%PDF-"));
    const QString text = QString::fromLatin1(bytes);
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1);
    QVERIFY(text.contains(QLatin1String("/Creator")));
    QVERIFY(text.contains(QLatin1String("/Title")));
}

void TestChartExport::formatFromSuffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("format");
    QTest::newRow("png") << QStringLiteral("a/b.png") << true << int(ChartExporter::Format::Png);
    QTest::newRow("SVG upper case") << QStringLiteral("b.SVG") << true << int(ChartExporter::Format::Svg);
    QTest::newRow("pdf") << QStringLiteral("c.pdf") << true << int(ChartExporter::Format::Pdf);
    QTest::newRow("jpeg") << QStringLiteral("c.jpg") << false << -1;
    QTest::newRow("none") << QStringLiteral("chart") << false << -1;
}

void TestChartExport::formatFromSuffix()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    QFETCH(int, format);
    ChartExporter::Format found = ChartExporter::Format::Png;
    QCOMPARE(ChartExporter::formatForPath(path, &found), ok);
    if (ok)
        QCOMPARE(int(found), format);
}

void TestChartExport::unwritablePathLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder path through a regular file cannot be created, not even by root.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("file/chart.png"));
    QString error;
    QVERIFY(!ChartExporter::exportToFile(spec(ChartKind::Runtime), ChartTheme::Light, {400, 300}, 1, path, &error));
    QVERIFY2(error.contains(QLatin1String("chart.png")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("file")});

    QVERIFY(!ChartExporter::exportToFile(spec(ChartKind::Runtime), ChartTheme::Light, {400, 300}, 1,
                                         dir.filePath(QStringLiteral("chart.bmp")), &error));
    QVERIFY(error.contains(QLatin1String(".png, .svg or .pdf")));
}

void TestChartExport::clipboard()
{
    ChartExporter::copyToClipboard(spec(ChartKind::Runtime), ChartTheme::Dark, {320, 200}, 2);
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(640, 400));
}

void TestChartExport::viewUpdatesInPlace()
{
    ChartView view(spec(ChartKind::Speedup));
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<QAbstractSeries *> before = view.chart()->series();
    QVERIFY(!before.isEmpty());

    // Same shape, new numbers: the same series objects, new points (replace()).
    Core::BenchmarkResult result = ChartFixtures::workerSweep();
    result.results[2].speedup = 3.9;
    const ChartSpec updated = ChartBuilder::speedup(result);
    view.setSpec(updated);
    // On screen, the build waits for its own turn of the event loop (FrameQueue); spec() is new at once.
    QVERIFY(!FrameQueue::instance()->isEmpty());
    QCOMPARE(view.spec().title, updated.title);
    QTRY_VERIFY(FrameQueue::instance()->isEmpty());
    QCOMPARE(view.chart()->series(), before);
    auto *threads = qobject_cast<QXYSeries *>(view.chart()->series().at(1));
    QVERIFY(threads);
    QCOMPARE(threads->points().last(), QPointF(4, 3.9));

    // Same shape, another title: the shown title follows (it is set when the chart is built).
    ChartSpec retitled = updated;
    retitled.title = QStringLiteral("Speedup on one core (CPU 0)");
    view.setSpec(retitled);
    view.specChart(); // builds what is pending
    QVERIFY2(view.chart()->title().contains(QStringLiteral("Speedup on one core (CPU 0)")),
             qPrintable(view.chart()->title()));

    // Another kind: rebuilt.
    view.setSpec(spec(ChartKind::Runtime));
    QCOMPARE(view.spec().kind, ChartKind::Runtime);
    FrameQueue::instance()->flush();
    QVERIFY(view.chart()->series() != before);
    view.setTheme(ChartTheme::Presenter);
    QCOMPARE(view.theme(), ChartTheme::Presenter);
}

void TestChartExport::menuShowsErrorAndWrites()
{
    QWidget window;
    auto *view = new ChartView(spec(ChartKind::Runtime), &window);
    ChartExportButton button(view, &window);
    QVERIFY(button.menu());
    QVERIFY(button.menu()->actions().size() >= 5);
    ChartExportMenu *menu = button.exportMenu();
    QSignalSpy failed(menu, &ChartExportMenu::exportFailed);
    QSignalSpy exported(menu, &ChartExportMenu::exported);

    QTemporaryDir dir;
    QVERIFY(!menu->saveTo(QStringLiteral("/proc/version/chart.svg")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("chart.svg")));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("chartExportError"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("chart.svg")));
    box->close();

    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(menu->saveTo(path));
    QCOMPARE(exported.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();

    // Data exports appear once the view knows its result, and use core/report's writers.
    QVERIFY(!menu->saveDataTo(dir.filePath(QStringLiteral("data.csv"))));
    view->setResult(ChartFixtures::workerSweep());
    const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("md")};
    for (const QString &suffix : suffixes) {
        const QString data = dir.filePath(QStringLiteral("data.") + suffix);
        QVERIFY2(menu->saveDataTo(data), qPrintable(suffix));
        QFile written(data);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("threads"));
    }
    QVERIFY(!menu->saveDataTo(dir.filePath(QStringLiteral("data.xls"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data.xls"))));
    const auto boxes = window.findChildren<QMessageBox *>(QStringLiteral("chartExportError"));
    for (QMessageBox *open : boxes)
        open->close();
}

void TestChartExport::rebuildLeavesNoOldAxis()
{
    // A chart shown tiny (as before its panel has its size), then rebuilt with other axes at its real
    // size: no text of the old axes may stay on screen (QtCharts left a "…" title and grid behind).
    ChartView view(spec(ChartKind::Speedup));
    view.resize(90, 60);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    FrameQueue::instance()->flush();
    QCoreApplication::processEvents();
    const QString oldTitle = spec(ChartKind::Speedup).yAxis.title;
    view.setSpec(spec(ChartKind::Runtime));
    view.resize(900, 600);
    FrameQueue::instance()->flush();
    QCoreApplication::processEvents();
    QStringList stale;
    for (QGraphicsItem *item : view.scene()->items()) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString shown = text->toPlainText();
        if (shown == QStringLiteral("…") || shown == oldTitle)
            stale.append(shown);
    }
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QStringLiteral(" | "))));
}

void TestChartExport::hiddenViewBuildsWhenShown()
{
    // Off screen a spec waits: a result that refills a chart behind another tab costs nothing until
    // someone looks (G1).
    ChartSpec waiting;
    waiting.emptyMessage = QStringLiteral("No runs yet.");
    ChartView view(waiting);
    view.resize(800, 500);
    view.setSpec(spec(ChartKind::Runtime));
    QCOMPARE(view.spec().kind, ChartKind::Runtime);
    QVERIFY(view.chart()->series().isEmpty()); // still the empty chart it was made with
    view.show();                               // built in showEvent(), before the first paint
    QVERIFY(!view.chart()->series().isEmpty());
    QCOMPARE(view.chart()->size().toSize(), view.size());

    // Asked for, a hidden view builds at once (exports, tests).
    ChartView hidden;
    hidden.setSpec(spec(ChartKind::Speedup));
    QVERIFY(!hidden.specChart()->series().isEmpty());
    // Its hint is its minimum: the hint of a QGraphicsView follows its scene, and layouts that
    // follow hints resized charts back and forth by the frame's width.
    QCOMPARE(hidden.sizeHint(), hidden.minimumSize());
}

void TestChartExport::resizeIsFollowedOnceAfterTheDelay()
{
    ChartView view(spec(ChartKind::Speedup));
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(FrameQueue::instance()->isEmpty());
    QCOMPARE(view.chart()->size().toSize(), QSize(800, 500));

    QSignalSpy laidOut(view.chart(), &QGraphicsWidget::geometryChanged);
    view.resize(700, 400);
    view.resize(710, 410);
    view.resize(720, 420);
    QCOMPARE(view.chart()->size().toSize(), QSize(800, 500)); // not yet: a layout costs 5-10 ms
    QTRY_COMPARE(view.chart()->size().toSize(), QSize(720, 420));
    QCOMPARE(laidOut.count(), 1); // once, at the size the view ended up with

    // specChart() fits what is pending at once.
    view.resize(640, 380);
    QCOMPARE(view.specChart()->size().toSize(), QSize(640, 380));
}

LAB_TEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
