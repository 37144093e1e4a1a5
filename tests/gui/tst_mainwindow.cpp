// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/labresources.h"
#include "gui/mainwindow.h"
#include "gui/monitor/monitorwidget.h"
#include "gui/shortcutsdialog.h"
#include "gui/topics/experiment.h"
#include "gui/topics/topicpage.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Lab::Gui;

namespace {

// A minimal experiment: the page must hold it in its framed area.
class FakeExperiment final : public Experiment
{
public:
    using Experiment::Experiment;
    void start() override { m_running = true; }
    void cancel() override { m_running = false; }
    bool isRunning() const override { return m_running; }

private:
    bool m_running = false;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active: shortcuts may not fire");
        return window;
    }

    static QMenu *menu(MainWindow *window, const char *name)
    {
        return window->findChild<QMenu *>(QString::fromLatin1(name));
    }

    static QAction *action(MainWindow *window, const char *name)
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("concurrency-lab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        initResources();
    }

    void init() { QSettings().clear(); }

    void keyboardVisitsEveryTopic()
    {
        auto window = makeWindow();
        auto *navigator = window->findChild<QTreeWidget *>(QStringLiteral("topicNavigator"));
        QVERIFY(navigator);
        QCOMPARE(window->currentTopicId(), topics().constFirst().id);
        QSignalSpy spy(window.get(), &MainWindow::currentTopicChanged);

        QStringList visited{window->currentTopicId()};
        for (qsizetype i = 1; i < topics().size(); ++i) {
            QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
            visited.append(window->currentTopicId());
            // The navigator follows, and the page shown is the topic's.
            QCOMPARE(navigator->currentItem()->data(0, Qt::UserRole).toString(), window->currentTopicId());
            QCOMPARE(window->currentPage()->topic().id, window->currentTopicId());
        }
        QCOMPARE(visited, topicIds());
        QCOMPARE(spy.count(), topics().size() - 1);
        QVERIFY(!action(window.get(), "actionNextTopic")->isEnabled());

        QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window->currentTopicId(), topics().at(topics().size() - 2).id);
    }

    void arrowKeysInTheNavigatorChangeTopic()
    {
        auto window = makeWindow();
        auto *navigator = window->findChild<QTreeWidget *>(QStringLiteral("topicNavigator"));
        navigator->setFocus();
        // Down from topic 1 reaches topic 2, then passes the next group's heading to topic 3.
        for (int i = 0; i < 5 && window->currentTopicId() != QLatin1String("downloads"); ++i)
            QTest::keyClick(navigator, Qt::Key_Down);
        QCOMPARE(window->currentTopicId(), QStringLiteral("downloads"));
    }

    void languageSwitchRetranslates()
    {
        auto window = makeWindow();
        window->setMonitorWidget(new MonitorWidget);
        auto *step = window->findChild<QToolButton *>(QStringLiteral("pacerStep"));
        QVERIFY(step);
        QCOMPARE(step->text(), QStringLiteral("Step"));
        QMenu *file = menu(window.get(), "menuFile");
        QCOMPARE(file->title(), QStringLiteral("&File"));
        const QString englishTitle = window->windowTitle();

        action(window.get(), "actionLanguage_de")->trigger();
        QCOMPARE(window->effectiveLanguage(), QStringLiteral("de"));
        QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
        QTRY_VERIFY(window->windowTitle() != englishTitle);
        QCOMPARE(window->monitorDock()->windowTitle(), QStringLiteral("Thread-Monitor"));
        QCOMPARE(step->text(), QStringLiteral("Schritt")); // the monitor retranslates at run time too
        QCOMPARE(window->currentPage()->lessonPath(),
                 TopicPage::findLesson(window->currentTopicId(), QStringLiteral("de")));
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("de"));

        action(window.get(), "actionLanguage_en")->trigger();
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        QTRY_COMPARE(window->windowTitle(), englishTitle);
        QCOMPARE(step->text(), QStringLiteral("Step"));
        QCOMPARE(window->currentPage()->lessonPath(),
                 TopicPage::findLesson(window->currentTopicId(), QStringLiteral("en")));
    }

    void textScaleApplies()
    {
        auto window = makeWindow();
        const qreal appBefore = QApplication::font().pointSizeF();
        const qreal lessonBefore = window->currentPage()->lessonView()->font().pointSizeF();
        QVERIFY2(lessonBefore >= 12.0, "lesson body must be projector-readable");

        QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(window->textScale() > MainWindow::DefaultTextScale);
        QVERIFY(QApplication::font().pointSizeF() > appBefore);
        QVERIFY(window->currentPage()->lessonView()->font().pointSizeF() > lessonBefore);
        QCOMPARE(QSettings().value(QStringLiteral("view/textScale")).toInt(), window->textScale());

        // Pages created later get the current scale too.
        window->showNextTopic();
        QCOMPARE(window->currentPage()->lessonView()->font().pointSizeF(), window->lessonPointSize());
        QVERIFY(window->lessonPointSize() > lessonBefore);

        QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window->textScale(), MainWindow::DefaultTextScale);
        QCOMPARE(QApplication::font().pointSizeF(), appBefore);
        QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(window->textScale() < MainWindow::DefaultTextScale);
        window->resetZoom();
    }

    void settingsRoundTrip()
    {
        {
            auto window = makeWindow();
            window->showTopic(QStringLiteral("memory"));
            window->setTextScale(150);
            window->setTheme(Theme::Dark);
            window->setLanguage(QStringLiteral("de"));
            window->resize(700, 500);
            window->close();
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("topic/last")).toString(), QStringLiteral("memory"));
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));

        auto window = makeWindow();
        QCOMPARE(window->currentTopicId(), QStringLiteral("memory"));
        QCOMPARE(window->textScale(), 150);
        QCOMPARE(window->theme(), Theme::Dark);
        QCOMPARE(window->language(), QStringLiteral("de"));
        QCOMPARE(window->size(), QSize(700, 500));
        QVERIFY(action(window.get(), "actionTheme_dark")->isChecked());
        QVERIFY(action(window.get(), "actionLanguage_de")->isChecked());

        window->setTheme(Theme::System);
        window->setLanguage(QString());
        window->resetZoom();
    }

    void unknownSettingsFallBack()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("topic/last"), QStringLiteral("no-such-topic"));
        settings.setValue(QStringLiteral("view/language"), QStringLiteral("xx"));
        settings.setValue(QStringLiteral("view/textScale"), 100000);
        settings.sync();
        auto window = makeWindow();
        QCOMPARE(window->currentTopicId(), topics().constFirst().id);
        QCOMPARE(window->language(), QString());
        QVERIFY(window->textScale() <= 300);
        window->resetZoom();
    }

    void monitorDockHiddenUntilAWidgetArrives()
    {
        auto window = makeWindow();
        QDockWidget *dock = window->monitorDock();
        QCOMPARE(dock->objectName(), QStringLiteral("monitorDock"));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Thread monitor"));
        QVERIFY(!(dock->features() & QDockWidget::DockWidgetFloatable)); // a drag never tears it off
        QVERIFY(!dock->isVisible());
        QVERIFY(!dock->toggleViewAction()->isVisible());

        auto *monitor = new QLabel(QStringLiteral("monitor"));
        window->setMonitorWidget(monitor);
        QCOMPARE(dock->widget(), monitor);
        QVERIFY(dock->isVisible());
        QVERIFY(dock->toggleViewAction()->isVisible());
    }

    void shortcutsHelpListsEveryShortcut()
    {
        auto window = makeWindow();
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto *dialog = window->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        QStringList listed;
        const QAbstractItemModel *model = dialog->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            listed.append(model->index(row, ShortcutsDialog::ShortcutColumn).data().toString());
        int withShortcut = 0;
        for (QAction *a : window->actions()) {
            if (a->shortcuts().isEmpty())
                continue;
            ++withShortcut;
            QVERIFY2(
                listed.contains(a->shortcuts().constFirst().toString(QKeySequence::NativeText), Qt::CaseInsensitive) ||
                    std::any_of(listed.cbegin(), listed.cend(),
                                [&](const QString &text) {
                                    return text.contains(
                                        a->shortcuts().constFirst().toString(QKeySequence::NativeText));
                                }),
                qPrintable(a->objectName()));
        }
        QCOMPARE(model->rowCount(), withShortcut);
        QVERIFY(withShortcut >= 8);
    }

    void aboutBoxNamesTheVersionsInTheCurrentLanguage()
    {
        auto window = makeWindow();
        action(window.get(), "actionAbout")->trigger();
        auto *dialog = window->findChild<QDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        const auto texts = [dialog] {
            QString all;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                all += label->text();
            return all;
        };
        QVERIFY(texts().contains(QStringLiteral("Concurrency Lab " LAB_VERSION)));
        QVERIFY(texts().contains(QString::fromLatin1(qVersion())));
        QVERIFY(!texts().contains(QStringLiteral("%1")));
        QVERIFY(window->setLanguage(QStringLiteral("de"), false));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Über Concurrency Lab"));
        QVERIFY(texts().contains(QStringLiteral("Concurrency Lab " LAB_VERSION)));
        QVERIFY(texts().contains(QStringLiteral("Lizenz")));
        QVERIFY(!texts().contains(QStringLiteral("%1")));
        QVERIFY(window->setLanguage(QStringLiteral("en"), false));
        dialog->reject();
        QTRY_VERIFY(!window->findChild<QDialog *>(QStringLiteral("aboutDialog")));
    }

    void topicWithoutExperimentShowsOnlyTheLesson()
    {
        // A topic whose panel does not exist yet (the real ones gain panels one by one).
        const Topic topic{
            QStringLiteral("threads"), QStringLiteral("1"), QStringLiteral("threads-processes"), "No experiment", {}};
        TopicPage page(topic, QStringLiteral("en"), 14);
        QVERIFY(!topic.createExperiment);
        QCOMPARE(page.experiment(), nullptr);
        QCOMPARE(page.findChild<QFrame *>(QStringLiteral("experimentArea")), nullptr);
        QCOMPARE(page.splitter()->count(), 1);
    }

    void experimentAreaHoldsTheExperiment()
    {
        const Topic topic{QStringLiteral("fake"), QStringLiteral("99"), QStringLiteral("threads-processes"),
                          "Fake topic", [](QWidget *parent) { return new FakeExperiment(parent); }};
        TopicPage page(topic, QStringLiteral("en"), 14);
        QVERIFY(page.experiment());
        auto *area = page.findChild<QFrame *>(QStringLiteral("experimentArea"));
        QVERIFY(area);
        QVERIFY(area->isAncestorOf(page.experiment()));
        QCOMPARE(page.splitter()->count(), 2);
        QString error;
        QVERIFY(!page.experiment()->setParameter(QStringLiteral("count"), QStringLiteral("1"), &error));
        QVERIFY(error.contains(QStringLiteral("count")));
    }

    void lessonImagesKeepTheirProportionsAndScale()
    {
        TopicPage page(*findTopic(u"threads"), QStringLiteral("en"), 14);
        if (page.lessonPath().isEmpty())
            QSKIP("the lessons are not in this build yet");
        auto imageFormats = [&page] {
            QList<QTextImageFormat> formats;
            for (QTextBlock block = page.lessonView()->document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().charFormat().isImageFormat())
                        formats.append(it.fragment().charFormat().toImageFormat());
                }
            }
            return formats;
        };
        const QList<QTextImageFormat> before = imageFormats();
        if (before.isEmpty())
            QSKIP("the lesson has no image");
        for (const QTextImageFormat &format : before) {
            const QImage natural(format.name());
            QVERIFY2(!natural.isNull(), qPrintable(format.name()));
            QVERIFY(format.width() > 0 && format.height() > 0);
            QVERIFY2(qAbs(format.width() / format.height() - qreal(natural.width()) / natural.height()) < 0.02,
                     qPrintable(format.name()));
        }
        page.setLessonPointSize(28);
        const QList<QTextImageFormat> after = imageFormats();
        QCOMPARE(after.size(), before.size());
        QVERIFY(qAbs(after.constFirst().width() - 2 * before.constFirst().width()) < 1.0);
    }

    // A heading never breaks inside a word: in a column narrower than its longest word (a presenter's
    // lesson column at large type) it shrinks until that word fits, and grows back when there is room.
    // Measured with the font the text is drawn in (QTextCharFormat::font(), resolved as drawn).
    void headingsShrinkToFitTheirLongestWord()
    {
        for (const char *id : {"semaphores", "factorization"}) {
            TopicPage page(*findTopic(QString::fromLatin1(id)), QStringLiteral("en"), 26);
            if (page.lessonPath().isEmpty())
                QSKIP("the lessons are not in this build yet");
            page.resize(900, 800);
            page.splitter()->setSizes({380, 520});
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTest::qWait(100); // the lesson's scroll bar appears once the document is laid out
            QTextDocument *document = page.lessonView()->document();
            const auto drawnFont = [document](const QTextBlock &block) {
                return block.begin().fragment().charFormat().font().resolve(document->defaultFont());
            };
            const qreal available = page.lessonView()->viewport()->width() - 2 * document->documentMargin();
            bool shrunk = false;
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                if (block.blockFormat().headingLevel() < 1 || block.begin().atEnd())
                    continue;
                const QFont font = drawnFont(block);
                shrunk = shrunk || font.pointSizeF() < 26 * 1.35 - 0.01;
                const QFontMetricsF metrics(font);
                for (const QString &word : block.text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    if (font.pointSizeF() > 26 + 0.01) // at the floor (the body's size) a long word may wrap
                        QVERIFY2(metrics.horizontalAdvance(word) <= available,
                                 qPrintable(QStringLiteral("%1: \"%2\"").arg(QLatin1String(id), word)));
                }
            }
            QVERIFY2(shrunk, id);
            page.splitter()->setSizes({1600, 100});
            page.resize(2400, 800);
            QTRY_VERIFY(page.lessonView()->viewport()->width() > 1500);
            QTextBlock h1 = document->begin();
            while (h1.isValid() && h1.blockFormat().headingLevel() != 1)
                h1 = h1.next();
            QVERIFY(h1.isValid());
            QTRY_COMPARE(drawnFont(h1).pointSizeF(), 26 * 1.7); // grown back to the style's size
        }
    }

    // Diagrams scale down to the lesson column (no horizontal scroll bar, nothing cut on the right)
    // and grow back to their size when there is room.
    void diagramsFitTheColumn()
    {
        TopicPage page(*findTopic(u"threads"), QStringLiteral("en"), 11);
        page.resize(900, 800);
        page.splitter()->setSizes({360, 540});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTextDocument *document = page.lessonView()->document();
        const auto imageWidths = [document] {
            QList<qreal> widths;
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().charFormat().isImageFormat())
                        widths.append(it.fragment().charFormat().toImageFormat().width());
                }
            }
            return widths;
        };
        QVERIFY(!imageWidths().isEmpty());
        const qreal available = page.lessonView()->viewport()->width() - 2 * document->documentMargin();
        QTRY_VERIFY(!page.lessonView()->horizontalScrollBar()->isVisible());
        for (qreal width : imageWidths())
            QVERIFY2(width <= available, qPrintable(QStringLiteral("%1 > %2").arg(width).arg(available)));
        page.splitter()->setSizes({1600, 100});
        page.resize(2400, 800);
        QTRY_VERIFY(page.lessonView()->viewport()->width() > 1500);
        QTRY_VERIFY(imageWidths().constFirst() > available); // its own size again
    }

    void missingLessonShowsANoteInsteadOfCrashing()
    {
        const Topic topic{
            QStringLiteral("no-such-lesson"), QStringLiteral("99"), QStringLiteral("threads-processes"), "Missing", {}};
        TopicPage page(topic, QStringLiteral("de"), 14);
        QVERIFY(page.lessonPath().isEmpty());
        const QString text = page.lessonView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral(":/lessons/de/no-such-lesson.html")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('\n')));
    }
};

LAB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
