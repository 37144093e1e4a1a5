// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the shipped resources on disk, as lab.qrc lists them: every diagram and icon renders with
// QtSvg without a warning, every topic has a lesson in every language, and every image a lesson
// shows is a diagram that lab.qrc provides (in the lesson's own language).
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QXmlStreamReader>

namespace {

// tests/data may not exist yet, so resolve the path by text rather than through the file system.
const QString ResourcesDir = QDir::cleanPath(QStringLiteral(LAB_TEST_DATA_DIR "/../../resources"));

const QStringList Languages = {QStringLiteral("en"), QStringLiteral("de")};

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// ":/<prefix>/<alias>" -> file path on disk, read from a qrc file (lab.qrc in the sources; topics.qrc,
// which resources/CMakeLists.txt writes from the lessons and listings it finds, in the build tree).
QHash<QString, QString> qrcEntries(const QString &qrcPath, QString *error)
{
    QHash<QString, QString> entries;
    QFile file(qrcPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + qrcPath;
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString prefix;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("qresource")) {
            prefix = xml.attributes().value(QLatin1String("prefix")).toString();
        } else if (xml.name() == QLatin1String("file")) {
            const QString alias = xml.attributes().value(QLatin1String("alias")).toString();
            const QString path = xml.readElementText();
            const QString name = alias.isEmpty() ? path : alias;
            QString key = QStringLiteral(":") + prefix;
            if (!key.endsWith(QLatin1Char('/')))
                key += QLatin1Char('/');
            entries.insert(key + name, QDir(ResourcesDir).filePath(path));
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

} // namespace

class TestResourceSvg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qrcListsExistingFiles();
    void everyResourceFileIsListed();
    void svgRenders_data();
    void svgRenders();
    void lessonIsComplete_data();
    void lessonIsComplete();

private:
    QHash<QString, QString> m_entries;
};

void TestResourceSvg::initTestCase()
{
    QString error;
    m_entries = qrcEntries(ResourcesDir + QStringLiteral("/lab.qrc"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_entries.insert(qrcEntries(QStringLiteral(LAB_BIN_DIR "/../resources/topics.qrc"), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_entries.contains(QStringLiteral(":/lessons/en/threads.html")));
    QVERIFY(m_entries.contains(QStringLiteral(":/code/threads.py")));
    QVERIFY(!m_entries.isEmpty());
    // The stable paths other code relies on.
    QVERIFY(m_entries.contains(QStringLiteral(":/icons/concurrency-lab.svg")));
    QVERIFY(m_entries.contains(QStringLiteral(":/diagrams/thread-states.svg")));
    QVERIFY(m_entries.contains(QStringLiteral(":/diagrams/de/thread-states.svg")));
}

void TestResourceSvg::qrcListsExistingFiles()
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        QVERIFY2(QFile::exists(it.value()), qPrintable(it.key() + QStringLiteral(" -> missing ") + it.value()));
}

void TestResourceSvg::everyResourceFileIsListed()
{
    QStringList listed;
    for (const QString &path : std::as_const(m_entries))
        listed.append(QFileInfo(path).canonicalFilePath());
    const QStringList folders = {QStringLiteral("lessons/en"), QStringLiteral("lessons/de"), QStringLiteral("diagrams"),
                                 QStringLiteral("diagrams/de"), QStringLiteral("icons")};
    for (const QString &folder : folders) {
        const QDir dir(QDir(ResourcesDir).filePath(folder));
        const auto files = dir.entryInfoList({QStringLiteral("*.html"), QStringLiteral("*.svg")}, QDir::Files);
        for (const QFileInfo &info : files)
            QVERIFY2(listed.contains(info.canonicalFilePath()),
                     qPrintable(info.filePath() + QStringLiteral(" is not in lab.qrc or topics.qrc")));
    }
    // Every English diagram has a German copy and vice versa.
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        static const QRegularExpression diagram(QStringLiteral("^:/diagrams/(de/)?([^/]+\\.svg)$"));
        const auto match = diagram.match(it.key());
        if (!match.hasMatch())
            continue;
        const QString other = match.captured(1).isEmpty() ? QStringLiteral(":/diagrams/de/") + match.captured(2)
                                                          : QStringLiteral(":/diagrams/") + match.captured(2);
        QVERIFY2(m_entries.contains(other), qPrintable(it.key() + QStringLiteral(" has no counterpart ") + other));
    }
}

void TestResourceSvg::svgRenders_data()
{
    QTest::addColumn<QString>("path");
    QStringList keys = m_entries.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (key.endsWith(QLatin1String(".svg")))
            QTest::newRow(qPrintable(key)) << m_entries.value(key);
    }
}

void TestResourceSvg::svgRenders()
{
    QFETCH(QString, path);
    // QtSvg warns about every element or attribute outside SVG Tiny 1.2 that it skips.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));

    const QString source = readText(path);
    QVERIFY(!source.isEmpty());
    static const QRegularExpression unsupported(
        QStringLiteral("<style|<filter|<marker|<foreignObject|<image|class=|font-family=\"(?!sans-serif\")"));
    const auto match = unsupported.match(source);
    QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("unsupported SVG construct: ") + match.captured()));

    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.viewBoxF().isValid());
    QVERIFY(renderer.defaultSize().width() >= 64);

    QImage image(renderer.defaultSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    // Something was drawn: a good share of the pixels is opaque and there is more than one colour.
    qsizetype opaque = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255)
                ++opaque;
            if (colours.size() < 8)
                colours.insert(pixel);
        }
    }
    QVERIFY(opaque > (image.width() / 4) * (image.height() / 4) / 2);
    QVERIFY(colours.size() >= 3);
}

void TestResourceSvg::lessonIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("topic");
    for (const QString &language : Languages) {
        for (const QString &topic : Lab::Gui::topicIds())
            QTest::newRow(qPrintable(language + QLatin1Char('/') + topic)) << language << topic;
    }
}

void TestResourceSvg::lessonIsComplete()
{
    QFETCH(QString, language);
    QFETCH(QString, topic);
    const QString key = QStringLiteral(":/lessons/%1/%2.html").arg(language, topic);
    QVERIFY2(m_entries.contains(key), qPrintable(key + QStringLiteral(" is not in lab.qrc or topics.qrc")));
    const QString html = readText(m_entries.value(key));
    QVERIFY(!html.isEmpty());

    QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
    QCOMPARE(html.count(QLatin1String("<h1>")), 1);
    QVERIFY(html.contains(QLatin1String("<h2>")));
    // The two-column Python | Qt / C++ table.
    QVERIFY(html.contains(QLatin1String("<tr><th>Python</th><th>Qt / C++</th></tr>")));
    const QString tryIt =
        language == QLatin1String("de") ? QStringLiteral("<b>Ausprobieren:</b>") : QStringLiteral("<b>Try it:</b>");
    QVERIFY(html.contains(tryIt));

    // Every image is a diagram lab.qrc provides, in the lesson's language.
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\" width=\"(\\d+)\""));
    auto images = image.globalMatch(html);
    while (images.hasNext()) {
        const auto match = images.next();
        const QString src = match.captured(1);
        QVERIFY2(m_entries.contains(src), qPrintable(src + QStringLiteral(" is not in lab.qrc or topics.qrc")));
        QCOMPARE(src.startsWith(QLatin1String(":/diagrams/de/")), language == QLatin1String("de"));
        QVERIFY(match.captured(2).toInt() <= 800);
    }
    QCOMPARE(html.count(QLatin1String("<img ")), html.count(QLatin1String("<img src=\":/diagrams/")));

    // Projector-sized: short enough to read, long enough to teach.
    QTextDocument document;
    document.setHtml(html);
    const qsizetype words =
        document.toPlainText().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
    QVERIFY2(words >= 180 && words <= 500, qPrintable(QStringLiteral("%1 words").arg(words)));
}

LAB_TEST_MAIN(TestResourceSvg)
#include "tst_resourcesvg.moc"
