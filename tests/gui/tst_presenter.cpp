// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode: toggling, scaling, layout restore, every clicker key, pacing of a real lab thread.
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"
#include "gui/charts/chartview.h"
#include "gui/labresources.h"
#include "gui/mainwindow.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/presenter/presentercontroller.h"
#include "gui/topics/experiment.h"
#include "gui/topics/slidewidget.h"
#include "gui/topics/topicpage.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeWidget>

#include <atomic>
#include <memory>

using namespace Lab::Gui;
using Lab::Core::Pacer;

namespace {

class FakeExperiment final : public Experiment
{
public:
    using Experiment::Experiment;
    void start() override
    {
        ++starts;
        m_running = true;
        emit runStarted();
    }
    void cancel() override
    {
        m_running = false;
        emit runFinished();
    }
    bool isRunning() const override { return m_running; }
    int starts = 0;

private:
    bool m_running = false;
};

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setMonitorWidget(new QWidget);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active: shortcuts may not fire");
        return window;
    }

    // A key as a user types it: to whatever has the focus.
    static void press(MainWindow *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, key, modifiers);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("concurrency-lab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presenter"));
        initResources();
    }

    void init()
    {
        QSettings().clear();
        Pacer::instance()->release();
        Pacer::instance()->setSpeed(1.0);
    }

    void togglingScalesAndRestores()
    {
        auto window = makeWindow();
        PresenterController *presenter = window->presenter();
        QVERIFY(presenter);
        const int normalScale = window->textScale();
        const qreal normalLesson = window->lessonPointSize();
        const QColor normalWindowColour = QApplication::palette().color(QPalette::Window);
        QCOMPARE(window->dockWidgetArea(window->monitorDock()), Qt::BottomDockWidgetArea);

        press(window.get(), Qt::Key_F5);
        QVERIFY(presenter->isActive());
        QVERIFY(window->isFullScreen());
        QCOMPARE(window->textScale(), PresenterController::DefaultScale);
        QVERIFY2(window->lessonPointSize() >= 18.0, qPrintable(QString::number(window->lessonPointSize())));
        QVERIFY(QApplication::font().pointSizeF() > normalLesson / 1.4 || QApplication::font().pixelSize() > 0);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QVERIFY(!window->statusBar()->isVisible());
        QVERIFY(!window->menuBar()->isVisible());
        QVERIFY(!window->findChild<QTreeWidget *>(QStringLiteral("topicNavigator"))->isVisible());
        QCOMPARE(window->dockWidgetArea(window->monitorDock()), Qt::RightDockWidgetArea);
        QVERIFY(!window->monitorDock()->isVisible()); // a slide takes the whole window
        window->currentPage()->setStage(window->currentPage()->experimentStage());
        QVERIFY(window->monitorDock()->isVisible()); // beside the experiment

        // Ctrl++ adjusts the presenter's scale, not the saved normal one.
        press(window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(window->textScale() > PresenterController::DefaultScale);
        const int presenterScale = window->textScale();
        QCOMPARE(QSettings().value(QStringLiteral("view/textScale"), normalScale).toInt(), normalScale);

        press(window.get(), Qt::Key_Escape);
        QVERIFY(!presenter->isActive());
        QVERIFY(!window->isFullScreen());
        QCOMPARE(window->textScale(), normalScale);
        QCOMPARE(window->lessonPointSize(), normalLesson);
        QCOMPARE(QApplication::palette().color(QPalette::Window), normalWindowColour);
        QVERIFY(window->statusBar()->isVisible());
        QVERIFY(window->menuBar()->isVisible());
        QVERIFY(window->findChild<QTreeWidget *>(QStringLiteral("topicNavigator"))->isVisible());
        QCOMPARE(window->dockWidgetArea(window->monitorDock()), Qt::BottomDockWidgetArea);

        // The View menu's action does the same, and the presenter's scale is remembered.
        window->findChild<QAction *>(QStringLiteral("actionPresent"))->trigger();
        QVERIFY(presenter->isActive());
        QCOMPARE(window->textScale(), presenterScale);
        window->findChild<QAction *>(QStringLiteral("actionPresent"))->trigger();
        QVERIFY(!presenter->isActive());
    }

    // Esc after F5 gives back the window's own place and size (entering gave it the screen's), and a
    // topic first opened while presenting has normal-sized headings afterwards.
    void leavingRestoresGeometryAndHeadings()
    {
        auto window = makeWindow();
        const QRect normal(145, 101, 900, 640);
        window->setGeometry(normal);
        QTRY_COMPARE(window->geometry().size(), normal.size());
        const QRect before = window->geometry();
        window->showTopic(QStringLiteral("threads"));
        const auto headingSize = [&] {
            auto *heading = window->currentPage()->findChild<QLabel *>(QStringLiteral("experimentHeading"));
            return heading ? QFontInfo(heading->font()).pointSizeF() : 0.0;
        };
        const qreal normalHeading = headingSize();
        QVERIFY(normalHeading > 0);

        press(window.get(), Qt::Key_F5);
        QVERIFY(window->isFullScreen());
        QVERIFY(window->showTopic(QStringLiteral("semaphores"))); // first opened in presenter mode
        QTRY_VERIFY2(headingSize() > normalHeading * 1.2, qPrintable(QString::number(headingSize())));

        press(window.get(), Qt::Key_Escape);
        QVERIFY(!window->isFullScreen());
        QTRY_COMPARE(window->geometry(), before);
        QTRY_COMPARE(headingSize(), normalHeading);
    }

    void keyOverlayListsEveryKeyAndAnyKeyCloses()
    {
        auto window = makeWindow();
        window->presenter()->setActive(true);
        press(window.get(), Qt::Key_F1);
        QVERIFY(window->presenter()->isKeyOverlayVisible());
        const QString topic = window->currentTopicId();
        press(window.get(), Qt::Key_PageDown); // closes the list, does nothing else
        QVERIFY(!window->presenter()->isKeyOverlayVisible());
        QCOMPARE(window->currentTopicId(), topic);
        press(window.get(), Qt::Key_Question);
        QVERIFY(window->presenter()->isKeyOverlayVisible());
        QVERIFY(window->presenter()->keyDescriptions().size() >= 10);
        press(window.get(), Qt::Key_X);
        QVERIFY(!window->presenter()->isKeyOverlayVisible());
    }

    void navigationKeys_data()
    {
        QTest::addColumn<bool>("presenting");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("delta");
        for (bool presenting : {true, false}) {
            const char *mode = presenting ? "presenter" : "normal";
            QTest::addRow("%s PageDown", mode) << presenting << int(Qt::Key_PageDown) << 1;
            QTest::addRow("%s Right", mode) << presenting << int(Qt::Key_Right) << 1;
            QTest::addRow("%s PageUp", mode) << presenting << int(Qt::Key_PageUp) << -1;
            QTest::addRow("%s Left", mode) << presenting << int(Qt::Key_Left) << -1;
        }
    }

    void navigationKeys()
    {
        QFETCH(bool, presenting);
        QFETCH(int, key);
        QFETCH(int, delta);
        auto window = makeWindow();
        window->showTopic(topicIds().at(3));
        window->presenter()->setActive(presenting);
        TopicPage *page = window->currentPage();
        if (presenting) // forward from the experiment (the last stage), back from the first slide
            page->setStage(delta > 0 ? page->experimentStage() : 0);
        window->setFocus(); // not the navigator: in normal mode the arrow keys are the tree's there
        press(window.get(), Qt::Key(key));
        QCOMPARE(window->currentTopicId(), topicIds().at(3 + delta));
        if (presenting) // the next topic from its first slide, the previous one at its experiment
            QCOMPARE(window->currentPage()->stage(), delta > 0 ? 0 : window->currentPage()->experimentStage());
    }

    // Presenter mode: the clicker steps through the lesson's slides (each full size, the monitor
    // hidden), then the experiment (full width beside the monitor, the lesson column hidden), then
    // the next topic; back the same way. Leaving shows the lesson beside the experiment again.
    void pageKeysStepSlidesThenExperiment()
    {
        auto window = makeWindow();
        window->showTopic(QStringLiteral("threads"));
        press(window.get(), Qt::Key_F5);
        TopicPage *page = window->currentPage();
        QVERIFY(page->slideWidget());
        const int slides = int(page->slideWidget()->count());
        QVERIFY(slides >= 2);
        QCOMPARE(page->stageCount(), slides + 1);
        QCOMPARE(page->stage(), 0);
        QVERIFY(page->slideWidget()->isVisible());
        QVERIFY(!page->lessonView()->isVisible());
        QVERIFY(!page->experiment()->isVisible());
        QVERIFY(!window->monitorDock()->isVisible());
        for (int i = 1; i < slides; ++i) {
            press(window.get(), Qt::Key_PageDown);
            QCOMPARE(page->slideWidget()->current(), i);
        }
        press(window.get(), Qt::Key_PageDown);
        QVERIFY(page->showsExperiment());
        QVERIFY(!page->slideWidget()->isVisible());
        QVERIFY(!page->lessonView()->isVisible());
        QVERIFY(page->experiment()->isVisible());
        QVERIFY(window->monitorDock()->isVisible());
        QCOMPARE(window->currentTopicId(), QStringLiteral("threads"));

        press(window.get(), Qt::Key_PageDown);
        const QString second = topicIds().at(topicIds().indexOf(QStringLiteral("threads")) + 1);
        QCOMPARE(window->currentTopicId(), second);
        QCOMPARE(window->currentPage()->stage(), 0);
        QVERIFY(window->currentPage()->slideWidget()->isVisible());
        QVERIFY(!window->monitorDock()->isVisible());

        press(window.get(), Qt::Key_PageUp); // back to where the previous topic ended: its experiment
        QCOMPARE(window->currentTopicId(), QStringLiteral("threads"));
        QVERIFY(page->showsExperiment());
        press(window.get(), Qt::Key_PageUp);
        QCOMPARE(page->stage(), slides - 1);
        QVERIFY(page->slideWidget()->isVisible());

        // Space on a slide shows the experiment and starts it.
        press(window.get(), Qt::Key_Space);
        QVERIFY(page->showsExperiment());
        QTRY_VERIFY(!page->experiment()->isRunning());

        press(window.get(), Qt::Key_Escape);
        QVERIFY(!page->slideWidget()->isVisible());
        QVERIFY(page->lessonView()->isVisible());
        QVERIFY(page->experiment()->isVisible());
        QVERIFY(window->monitorDock()->isVisible());
    }

    // Presenter mode gives each chart of a benchmark's results the whole width, one at a time; C
    // shows the next. Leaving puts them side by side again.
    void oneChartAtATime()
    {
        auto window = makeWindow();
        window->showTopic(QStringLiteral("factorization"));
        press(window.get(), Qt::Key_F5);
        TopicPage *page = window->currentPage();
        page->setStage(page->experimentStage());
        auto *view = page->findChild<BenchmarkResultsWidget *>();
        QVERIFY(view);
        QVERIFY(view->charts().size() >= 2);
        const auto shown = [view](int i) { return view->charts().at(i)->parentWidget()->isVisibleTo(view); };
        QVERIFY(view->showsOneChartAtATime());
        QVERIFY(shown(0));
        QVERIFY(!shown(1));
        press(window.get(), Qt::Key_C);
        QCOMPARE(view->shownChart(), 1);
        QVERIFY(!shown(0));
        QVERIFY(shown(1));
        press(window.get(), Qt::Key_Escape);
        QVERIFY(!view->showsOneChartAtATime());
        QVERIFY(shown(0));
        QVERIFY(shown(1));
    }

    void experimentAndPacerKeys()
    {
        auto window = makeWindow();
        window->presenter()->setActive(true);
        auto *experiment = new FakeExperiment(window->currentPage());
        window->presenter()->setExperimentProvider([experiment] { return experiment; });
        Pacer *pacer = Pacer::instance();

        press(window.get(), Qt::Key_Space); // idle: start
        QCOMPARE(experiment->starts, 1);
        QVERIFY(experiment->isRunning());
        QVERIFY(!pacer->isPaused());
        press(window.get(), Qt::Key_Space); // running: pause
        QVERIFY(pacer->isPaused());
        press(window.get(), Qt::Key_Space); // and resume
        QVERIFY(!pacer->isPaused());
        QCOMPARE(experiment->starts, 1);

        press(window.get(), Qt::Key_S); // running: the first S holds the run where it is
        QVERIFY(pacer->isPaused());

        press(window.get(), Qt::Key_Minus);
        QCOMPARE(pacer->speed(), 1.0 / 2);
        press(window.get(), Qt::Key_Minus);
        QCOMPARE(pacer->speed(), 1.0 / 3);
        for (int i = 0; i < 10; ++i)
            press(window.get(), Qt::Key_Minus);
        QCOMPARE(pacer->speed(), Pacer::MinSpeed);
        press(window.get(), Qt::Key_Plus);
        QCOMPARE(pacer->speed(), 1.0 / 10);
        for (int i = 0; i < 10; ++i)
            press(window.get(), Qt::Key_Plus);
        QCOMPARE(pacer->speed(), 1.0);

        press(window.get(), Qt::Key_B);
        QVERIFY(window->presenter()->isBlank());
        press(window.get(), Qt::Key_Period);
        QVERIFY(!window->presenter()->isBlank());
        pacer->release();
    }

    void keysDoNotFireInTextInput()
    {
        auto window = makeWindow();
        window->presenter()->setActive(true);
        auto *experiment = new FakeExperiment(window->currentPage());
        window->presenter()->setExperimentProvider([experiment] { return experiment; });
        auto *edit = new QLineEdit(window->currentPage());
        edit->show();
        edit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        const QString topic = window->currentTopicId();
        for (Qt::Key key : {Qt::Key_Right, Qt::Key_Space, Qt::Key_S, Qt::Key_Minus, Qt::Key_B})
            QTest::keyClick(edit, key);
        QCOMPARE(window->currentTopicId(), topic);
        QCOMPARE(experiment->starts, 0);
        QVERIFY(!Pacer::instance()->isPaused());
        QCOMPARE(Pacer::instance()->speed(), 1.0);
        QVERIFY(!window->presenter()->isBlank());
        QCOMPARE(edit->text(), QStringLiteral(" s-b"));
    }

    // A clicker's PageDown/PageUp turn the page whatever has the focus in presenter mode, and in
    // normal mode unless a field is being edited; Space starts or pauses (issue: live lecture).
    void clickerKeysWhateverHasTheFocus()
    {
        auto window = makeWindow();
        window->showTopic(topicIds().at(3));
        auto *navigator = window->findChild<QTreeWidget *>(QStringLiteral("topicNavigator"));
        QVERIFY(navigator);
        // Normal mode, the topic list focused (as at start-up): one topic on, not the list's last row.
        navigator->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), navigator);
        press(window.get(), Qt::Key_PageDown);
        QCOMPARE(window->currentTopicId(), topicIds().at(4));
        press(window.get(), Qt::Key_PageUp);
        QCOMPARE(window->currentTopicId(), topicIds().at(3));

        // Normal mode, a spin box being edited keeps PageDown (it steps the value).
        auto *spin = new QSpinBox(window->currentPage());
        spin->setRange(1, 64);
        spin->setValue(40);
        spin->show();
        spin->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), spin);
        press(window.get(), Qt::Key_PageDown);
        QCOMPARE(window->currentTopicId(), topicIds().at(3));
        QVERIFY(spin->value() < 40);

        // Presenter mode, the same spin box focused: PageDown turns the page, the value stays.
        window->presenter()->setActive(true);
        window->currentPage()->setStage(window->currentPage()->experimentStage());
        spin->setValue(4);
        spin->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), spin);
        press(window.get(), Qt::Key_PageDown);
        QCOMPARE(window->currentTopicId(), topicIds().at(4));
        QCOMPARE(spin->value(), 4);
        window->presenter()->setActive(false);

        // Normal mode, a combo box focused: Space starts the experiment instead of opening the list.
        auto *experiment = new FakeExperiment(window->currentPage());
        window->presenter()->setExperimentProvider([experiment] { return experiment; });
        auto *combo = new QComboBox(window->currentPage());
        combo->addItems({QStringLiteral("Last 30 s"), QStringLiteral("This run")});
        combo->show();
        combo->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), combo);
        press(window.get(), Qt::Key_Space);
        QCOMPARE(experiment->starts, 1);
        Pacer::instance()->release();
    }

    // A pause armed before Run (the monitor's Pause, or S) holds the new run at its first checkpoint
    // instead of being cleared by the start.
    void pauseArmedBeforeRunHoldsTheRun()
    {
        auto window = makeWindow();
        window->presenter()->setActive(true);
        auto *experiment = new FakeExperiment(window->currentPage());
        window->presenter()->setExperimentProvider([experiment] { return experiment; });
        Pacer *pacer = Pacer::instance();
        pacer->pause();
        press(window.get(), Qt::Key_Space); // idle: start, still paused
        QCOMPARE(experiment->starts, 1);
        QVERIFY(pacer->isPaused());
        press(window.get(), Qt::Key_Space); // running and paused: go on
        QVERIFY(!pacer->isPaused());
    }

    void pausedLabThreadIsBlockedUntilStep()
    {
        auto window = makeWindow();
        window->presenter()->setActive(true);
        auto *experiment = new FakeExperiment(window->currentPage());
        window->presenter()->setExperimentProvider([experiment] { return experiment; });
        Lab::Core::TraceRecorder recorder;
        Pacer *pacer = Pacer::instance();
        std::atomic<int> passed{0};
        std::atomic<bool> stop{false};
        Lab::Core::LabThread thread(
            QStringLiteral("paced"),
            [&] {
                // Something visible every 1,000 checkpoints.
                while (!stop.load()) {
                    if (!Lab::Core::Trace::checkpoint())
                        return;
                    const int n = ++passed;
                    if (n % 1000 == 0 && !Lab::Core::Trace::narrate(QStringLiteral("tick %1").arg(n)))
                        return;
                }
            },
            &recorder, pacer);
        press(window.get(), Qt::Key_Space); // start the (fake) experiment
        thread.start();
        QTRY_VERIFY(passed.load() > 0);
        press(window.get(), Qt::Key_Space); // pause
        QTRY_COMPARE(pacer->heldCount(), 1);
        const int held = passed.load();
        QTest::qWait(200);
        QCOMPARE(passed.load(), held); // blocked: not one more checkpoint
        // S runs to the next visible event, and holds right after it.
        const int next = (held / 1000 + 1) * 1000;
        press(window.get(), Qt::Key_S);
        QTRY_COMPARE(pacer->lastEvent(), QStringLiteral("paced tick %1").arg(next));
        QTRY_COMPARE(pacer->heldCount(), 1);
        QTest::qWait(100);
        QCOMPARE(passed.load(), next);
        stop = true;
        press(window.get(), Qt::Key_Space); // resume
        QVERIFY(thread.wait(5000));
    }
};

LAB_TEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
