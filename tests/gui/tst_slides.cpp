// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode's slides: every lesson's every slide, in every language, fits a projector's screen
// (1920x1080 and 1280x720) at the presenter's text size without scrolling, cutting or breaking a word.
#include "gui/labresources.h"
#include "gui/layoutaudit.h"
#include "gui/topics/lessontext.h"
#include "gui/topics/slidewidget.h"
#include "gui/topics/topicpage.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QFile>
#include <QScrollBar>
#include <QTextBrowser>

using namespace Lab::Gui;

namespace {

// The lesson body at the presenter's 160 % of the default 10 pt font (MainWindow::lessonPointSize).
constexpr qreal PresenterBody = 14.0 * 1.6;

QString lessonText(const QString &topic, const QString &language)
{
    QFile file(TopicPage::findLesson(topic, language));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestSlides : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initResources(); }

    void splitsSectionsAndPutsDiagramsBeside()
    {
        const QString html =
            QStringLiteral("<html><body><section><h1>Title</h1><p>Text with %1 in it.</p>"
                           "<p align=\"center\"><img src=\":/diagrams/x.svg\" width=\"720\"></p></section>"
                           "<section><h2>Second</h2><table><tr><td>a</td></tr></table><img src=\":/y.svg\"></section>"
                           "<section><h2>Third</h2><ul><li>only text</li></ul></section></body></html>");
        const QList<LessonText::Slide> slides = LessonText::slides(html);
        QCOMPARE(slides.size(), 3);
        QVERIFY(slides[0].diagramBeside);
        QVERIFY(slides[0].html.startsWith(QLatin1String("<h1>Title</h1><table")));
        QVERIFY(slides[0].html.contains(QLatin1String("Text with %1 in it."))); // not taken for a placeholder
        QVERIFY(!slides[1].diagramBeside); // a table needs the width: the diagram goes below it
        QVERIFY(slides[1].html.indexOf(QLatin1String("<img")) > slides[1].html.indexOf(QLatin1String("</table>")));
        QVERIFY(!slides[2].diagramBeside);
        QVERIFY(!slides[2].html.contains(QLatin1String("<img")));

        // A lesson without sections is one slide.
        QCOMPARE(LessonText::slides(QStringLiteral("<html><body><p>one</p></body></html>")).size(), 1);
    }

    // The check below can fail: a slide with far more than 60 words does not fit, and scrolls.
    void tooMuchTextDoesNotFit()
    {
        SlideWidget view;
        view.setBodyPointSize(PresenterBody);
        view.setSlides(
            {{QStringLiteral("<h2>Long</h2><p>") + QStringLiteral("word ").repeated(600) + QStringLiteral("</p>")}});
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QVERIFY(!view.fits());
        QCOMPARE(view.fittedPointSize(), PresenterBody * 0.7);
        QTRY_VERIFY(view.textView()->verticalScrollBar()->isVisible());
    }

    void everySlideFits_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        for (const QString &topic : topicIds()) {
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
                for (const QSize &screen : {QSize(1920, 1080), QSize(1280, 720)})
                    QTest::addRow("%s %s %dx%d", qPrintable(topic), qPrintable(language), screen.width(),
                                  screen.height())
                        << topic << language << screen;
            }
        }
    }

    void everySlideFits()
    {
        QFETCH(QString, topic);
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        const QString html = lessonText(topic, language);
        QVERIFY2(!html.isEmpty(), qPrintable(topic));
        const QList<LessonText::Slide> slides = LessonText::slides(html);
        QVERIFY(slides.size() >= 2);

        SlideWidget view;
        view.setBodyPointSize(PresenterBody);
        view.setSlides(slides);
        view.resize(screen);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < slides.size(); ++i) {
            view.setCurrent(i);
            QCoreApplication::processEvents();
            const QString where = QStringLiteral("%1 (%2) slide %3 of %4 at %5x%6, %7 pt")
                                      .arg(topic, language)
                                      .arg(i + 1)
                                      .arg(slides.size())
                                      .arg(screen.width())
                                      .arg(screen.height())
                                      .arg(view.fittedPointSize(), 0, 'f', 1);
            QVERIFY2(view.fits(), qPrintable(where + QStringLiteral(": does not fit")));
            QVERIFY2(!view.textView()->verticalScrollBar()->isVisible(), qPrintable(where));
            for (const LayoutProblem &problem : auditLayout(&view))
                QFAIL(qPrintable(where + QStringLiteral(": ") + problem.kind + QStringLiteral(" ") + problem.detail));
        }
    }
};

LAB_TEST_MAIN(TestSlides)
#include "tst_slides.moc"
