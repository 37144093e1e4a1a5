// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentercontroller.h"

#include "core/trace/pacer.h"
#include "gui/mainwindow.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/theme.h"
#include "gui/topics/experiment.h"
#include "gui/topics/topicpage.h"
#include "keyoverlay.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>

namespace Lab::Gui {

namespace {

// Black, white and yellow: readable from the back of a hall and on washed-out projectors.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(0, 0, 0), white(255, 255, 255), yellow(255, 214, 0), grey(150, 150, 150);
    for (auto role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, role == QPalette::AlternateBase || role == QPalette::Button ? QColor(28, 28, 28) : black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::BrightText, QPalette::PlaceholderText})
        p.setColor(role, white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, yellow);
    p.setColor(QPalette::LinkVisited, QColor(255, 170, 60));
    p.setColor(QPalette::Light, QColor(90, 90, 90));
    p.setColor(QPalette::Midlight, QColor(60, 60, 60));
    p.setColor(QPalette::Mid, QColor(45, 45, 45));
    p.setColor(QPalette::Dark, QColor(20, 20, 20));
    p.setColor(QPalette::Shadow, black);
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    return p;
}

bool isTextInput(const QWidget *focus)
{
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QAbstractSpinBox *>(focus))
        return true;
    if (const auto *edit = qobject_cast<const QTextEdit *>(focus))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(focus))
        return !edit->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(focus))
        return combo->isEditable();
    return false;
}

// A field where the user types text: Space, B and "." typed there are text, not lecture keys.
bool isTypingField(const QWidget *focus)
{
    if (qobject_cast<const QAbstractSpinBox *>(focus))
        return false;
    return isTextInput(focus);
}

// What a presentation clicker sends: page keys, and Space, B or "." (start/pause, blank).
bool isPageKey(int key)
{
    return key == Qt::Key_PageDown || key == Qt::Key_PageUp;
}

bool isClickerKey(int key)
{
    return isPageKey(key) || key == Qt::Key_Space || key == Qt::Key_B || key == Qt::Key_Period;
}

bool isNavigationKey(int key)
{
    return key == Qt::Key_PageDown || key == Qt::Key_PageUp || key == Qt::Key_Left || key == Qt::Key_Right ||
           key == Qt::Key_Space;
}

} // namespace

PresenterController::PresenterController(MainWindow *window, Core::Pacer *pacer)
    : QObject(window)
    , m_window(window)
    , m_pacer(pacer ? pacer : Core::Pacer::instance())
{
    setObjectName(QStringLiteral("presenter"));
    m_experimentProvider = [this]() -> Experiment * {
        TopicPage *page = m_window->currentPage();
        return page ? page->experiment() : nullptr;
    };
    createActions();
    retranslate();
    qApp->installEventFilter(this);
}

PresenterController::~PresenterController()
{
    qApp->removeEventFilter(this);
}

void PresenterController::createActions()
{
    m_menu = new QMenu(m_window);
    m_menu->setObjectName(QStringLiteral("menuLecture"));
    auto make = [this](const char *name, const QList<QKeySequence> &keys, bool inMenu = true) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action); // works with the menu bar hidden
        if (inMenu)
            m_menu->addAction(action);
        return action;
    };
    // Presenter mode itself goes into the View menu (MainWindow adds it there).
    m_presentAction = make("actionPresent", {QKeySequence(Qt::Key_F5)}, false);
    m_presentAction->setCheckable(true);
    connect(m_presentAction, &QAction::toggled, this, &PresenterController::setActive);
    m_leaveAction = make("actionLeavePresenter", {QKeySequence(Qt::Key_Escape)});
    m_leaveAction->setEnabled(false);
    connect(m_leaveAction, &QAction::triggered, this, [this] { setActive(false); });
    m_menu->addSeparator();
    m_nextAction = make("actionPresenterNext", {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right)});
    m_previousAction = make("actionPresenterPrevious", {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left)});
    connect(m_nextAction, &QAction::triggered, this, &PresenterController::next);
    connect(m_previousAction, &QAction::triggered, this, &PresenterController::previous);
    connect(m_window, &MainWindow::currentTopicChanged, this, [this] {
        if (TopicPage *page = m_window->currentPage(); page && m_active) {
            preparePage(page);
            showStage();
        }
    });
    m_navigatorAction = make("actionPresenterNavigator", {QKeySequence(Qt::Key_N)});
    connect(m_navigatorAction, &QAction::triggered, this, [this] {
        if (auto *navigator = m_window->findChild<QTreeWidget *>(QStringLiteral("topicNavigator")))
            navigator->setVisible(!navigator->isVisible());
    });
    m_menu->addSeparator();
    m_startAction = make("actionPresenterStart", {QKeySequence(Qt::Key_Space)});
    m_stepAction = make("actionPresenterStep", {QKeySequence(Qt::Key_S)});
    m_fasterAction = make("actionPresenterFaster", {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    m_slowerAction = make("actionPresenterSlower", {QKeySequence(Qt::Key_Minus)});
    connect(m_startAction, &QAction::triggered, this, &PresenterController::startOrPause);
    connect(m_stepAction, &QAction::triggered, this, &PresenterController::step);
    connect(m_fasterAction, &QAction::triggered, this, &PresenterController::faster);
    connect(m_slowerAction, &QAction::triggered, this, &PresenterController::slower);
    m_chartAction = make("actionPresenterChart", {QKeySequence(Qt::Key_C)});
    connect(m_chartAction, &QAction::triggered, this, &PresenterController::nextChart);
    m_menu->addSeparator();
    m_blankAction = make("actionPresenterBlank", {QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)});
    connect(m_blankAction, &QAction::triggered, this, [this] { setBlank(!isBlank()); });
    m_keysAction = make("actionPresenterKeys", {QKeySequence(Qt::Key_Question)});
    connect(m_keysAction, &QAction::triggered, this, &PresenterController::showKeyOverlay);
}

void PresenterController::retranslate()
{
    m_menu->setTitle(tr("&Lecture"));
    m_presentAction->setText(tr("&Presenter Mode"));
    m_leaveAction->setText(tr("&Leave Presenter Mode"));
    m_nextAction->setText(tr("Next Slide or Topic (clicker)"));
    m_previousAction->setText(tr("Previous Slide or Topic (clicker)"));
    m_navigatorAction->setText(tr("Show or Hide the Topic List"));
    m_startAction->setText(tr("Start / Pause the Experiment"));
    m_stepAction->setText(tr("Single Step"));
    m_fasterAction->setText(tr("Faster"));
    m_slowerAction->setText(tr("Slower"));
    m_chartAction->setText(tr("Next Chart"));
    m_blankAction->setText(tr("Black Screen"));
    m_keysAction->setText(tr("Show Every Key"));
    if (m_overlay && m_overlay->isVisible())
        showKeyOverlay();
}

QList<std::pair<QString, QString>> PresenterController::keyDescriptions() const
{
    auto keys = [](const QAction *action) {
        QStringList names;
        for (const QKeySequence &sequence : action->shortcuts())
            names.append(sequence.toString(QKeySequence::NativeText));
        return names.join(QStringLiteral(", "));
    };
    return {
        {keys(m_nextAction), tr("next slide, then the experiment, then the next topic")},
        {keys(m_previousAction), tr("back: previous slide or topic")},
        {keys(m_startAction), tr("show and start the experiment; while it runs: pause / resume")},
        {keys(m_stepAction), tr("step: run to the next visible event (a state change, a read or a write), then hold")},
        {keys(m_fasterAction) + QStringLiteral(" / ") + keys(m_slowerAction), tr("faster / slower (1x down to 1/20x)")},
        {keys(m_chartAction), tr("the next chart of the results")},
        {keys(m_blankAction), tr("black screen on / off")},
        {keys(m_navigatorAction), tr("show / hide the topic list")},
        {tr("Ctrl++ / Ctrl+-"), tr("larger / smaller text")},
        {keys(m_presentAction), tr("presenter mode on / off")},
        {keys(m_leaveAction), tr("leave presenter mode")},
        {QStringLiteral("F1, ") + keys(m_keysAction), tr("this list")},
    };
}

Experiment *PresenterController::currentExperiment() const
{
    return m_experimentProvider ? m_experimentProvider() : nullptr;
}

void PresenterController::setActive(bool on)
{
    if (on == m_active)
        return;
    on ? enter() : leave();
    const QSignalBlocker blocker(m_presentAction);
    m_presentAction->setChecked(m_active);
    m_leaveAction->setEnabled(m_active);
}

void PresenterController::enter()
{
    auto *navigator = m_window->findChild<QTreeWidget *>(QStringLiteral("topicNavigator"));
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QDockWidget *dock = m_window->monitorDock();
    m_savedState = m_window->saveState();
    m_savedGeometry = m_window->saveGeometry();
    m_savedSplitter = splitter ? splitter->saveState() : QByteArray();
    m_savedScale = m_window->textScale();
    m_savedMaximized = m_window->isMaximized();
    m_savedFullScreen = m_window->isFullScreen();
    m_savedStatusBar = m_window->statusBar()->isVisibleTo(m_window);
    m_savedMenuBar = m_window->menuBar()->isVisibleTo(m_window);
    m_savedNavigator = navigator && navigator->isVisibleTo(m_window);
    m_savedDock = dock && dock->isVisibleTo(m_window);

    m_savedPalette = QApplication::palette();
    m_savedStyle = QApplication::style()->name();
    m_active = true; // from here on the text scale is the presenter's and is not written to the settings
    // Read by widgets that restyle themselves on the palette change below (charts: presenter theme).
    qApp->setProperty(PresenterProperty, true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(highContrastPalette());
    m_window->setTextScale(m_presenterScale);
    m_window->statusBar()->hide();
    m_window->menuBar()->hide();
    if (navigator)
        navigator->hide();
    if (dock && dock->widget()) {
        // The monitor beside the experiment: the right-hand side of the window, full height.
        dock->setFloating(false);
        m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->show();
    }
    // Without a window manager (Xvfb, kiosks) nobody resizes a full-screen window: give it the
    // screen's size first (after showFullScreen() a setGeometry() would leave the full-screen state).
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
    m_dockSizePending = true; // once the window has its full-screen size (see eventFilter)
    for (TopicPage *page : m_window->findChildren<TopicPage *>())
        preparePage(page);
    showStage();
    QTimer::singleShot(0, this, &PresenterController::sizeDock);
}

void PresenterController::preparePage(TopicPage *page)
{
    page->setPresenting(m_active);
    connect(page, &TopicPage::stageChanged, this, &PresenterController::showStage, Qt::UniqueConnection);
}

void PresenterController::showStage()
{
    QDockWidget *dock = m_window->monitorDock();
    if (!m_active || !dock || !dock->widget())
        return;
    TopicPage *page = m_window->currentPage();
    const bool experiment = page && page->showsExperiment();
    if (experiment == dock->isVisible())
        return;
    dock->setVisible(experiment);
    if (experiment)
        QTimer::singleShot(0, this, &PresenterController::sizeDock);
}

void PresenterController::next()
{
    TopicPage *page = m_window->currentPage();
    if (m_active && page && page->stage() + 1 < page->stageCount()) {
        page->setStage(page->stage() + 1);
        return;
    }
    m_window->showNextTopic();
    if (TopicPage *shown = m_window->currentPage(); m_active && shown && shown != page)
        shown->setStage(0);
}

void PresenterController::previous()
{
    TopicPage *page = m_window->currentPage();
    if (m_active && page && page->stage() > 0) {
        page->setStage(page->stage() - 1);
        return;
    }
    m_window->showPreviousTopic();
    if (TopicPage *shown = m_window->currentPage(); m_active && shown && shown != page)
        shown->setStage(shown->stageCount() - 1);
}

void PresenterController::sizeDock()
{
    if (!m_active)
        return;
    if (m_window->monitorDock() && m_window->monitorDock()->isVisible())
        m_window->resizeDocks(
            {m_window->monitorDock()},
            {int(m_window->width() * (m_window->width() < NarrowScreenWidth ? NarrowMonitorShare : MonitorShare))},
            Qt::Horizontal);
}

void PresenterController::leave()
{
    setBlank(false);
    hideKeyOverlay();
    m_presenterScale = m_window->textScale();
    m_active = false;
    for (TopicPage *page : m_window->findChildren<TopicPage *>())
        page->setPresenting(false);
    qApp->setProperty(PresenterProperty, false);
    if (m_window->theme() == Theme::System) {
        // The platform's look as it was (the theme code has not necessarily recorded it yet).
        QApplication::setStyle(m_savedStyle);
        QApplication::setPalette(m_savedPalette);
    } else {
        applyTheme(m_window->theme());
    }
    m_window->setTextScale(m_savedScale);
    if (m_savedFullScreen)
        m_window->showFullScreen();
    else if (m_savedMaximized)
        m_window->showMaximized();
    else
        m_window->showNormal();
    // Back to the place and size it had: entering gave it the screen's geometry (see enter()), which
    // showNormal() alone would keep, with the title bar off the screen.
    if (!m_savedFullScreen && !m_savedMaximized)
        m_window->restoreGeometry(m_savedGeometry);
    m_window->restoreState(m_savedState);
    if (auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(m_savedSplitter);
    if (auto *navigator = m_window->findChild<QTreeWidget *>(QStringLiteral("topicNavigator")))
        navigator->setVisible(m_savedNavigator);
    m_window->statusBar()->setVisible(m_savedStatusBar);
    m_window->menuBar()->setVisible(m_savedMenuBar);
    if (QDockWidget *dock = m_window->monitorDock(); dock && dock->widget())
        dock->setVisible(m_savedDock);
}

bool PresenterController::isBlank() const
{
    return m_blank && m_blank->isVisible();
}

void PresenterController::setBlank(bool on)
{
    if (on && !m_blank) {
        m_blank = new QWidget(m_window);
        m_blank->setObjectName(QStringLiteral("blankScreen"));
        m_blank->setAutoFillBackground(true);
        QPalette palette = m_blank->palette();
        palette.setColor(QPalette::Window, Qt::black);
        m_blank->setPalette(palette);
    }
    if (!m_blank)
        return;
    if (on) {
        m_blank->setGeometry(m_window->rect());
        m_blank->show();
        m_blank->raise();
    } else {
        m_blank->hide();
    }
}

bool PresenterController::isKeyOverlayVisible() const
{
    return m_overlay && m_overlay->isVisible();
}

void PresenterController::showKeyOverlay()
{
    if (!m_overlay)
        m_overlay = new KeyOverlay(m_window);
    m_overlay->setRows(tr("Keys"), keyDescriptions(), tr("Press any key to close this list."));
    m_overlay->setGeometry(m_window->rect());
    m_overlay->show();
    m_overlay->raise();
}

void PresenterController::hideKeyOverlay()
{
    if (m_overlay)
        m_overlay->hide();
}

void PresenterController::startOrPause()
{
    Experiment *experiment = currentExperiment();
    if (!experiment) {
        m_window->statusBar()->showMessage(tr("This topic has no experiment to start."), 4000);
        return;
    }
    if (TopicPage *page = m_window->currentPage(); m_active && page && page->experiment() == experiment)
        page->setStage(page->experimentStage()); // Space on a slide: to the experiment
    if (!experiment->isRunning()) {
        // A pause armed before the run holds it at its first checkpoint (the threads are created
        // and shown, none goes further): the lecturer steps or resumes from there.
        experiment->start();
    } else if (m_pacer->isPaused()) {
        m_pacer->resume();
    } else {
        m_pacer->pause();
    }
}

void PresenterController::step()
{
    m_pacer->stepToEvent(); // the first S only pauses: the run holds where it is
}

void PresenterController::faster()
{
    const double divisor = 1.0 / m_pacer->speed();
    // The largest step that is faster than now (the slider may sit between two steps).
    int target = 0;
    for (int i = 0; i < int(std::size(SpeedDivisors)); ++i) {
        if (SpeedDivisors[i] < divisor - 1e-6)
            target = i;
    }
    m_pacer->setSpeed(1.0 / SpeedDivisors[target]);
}

void PresenterController::slower()
{
    const double divisor = 1.0 / m_pacer->speed();
    int target = int(std::size(SpeedDivisors)) - 1;
    for (int i = int(std::size(SpeedDivisors)) - 1; i >= 0; --i) {
        if (SpeedDivisors[i] > divisor + 1e-6)
            target = i;
    }
    m_pacer->setSpeed(1.0 / SpeedDivisors[target]);
}

void PresenterController::nextChart()
{
    if (TopicPage *page = m_window->currentPage()) {
        for (BenchmarkResultsWidget *view : page->findChildren<BenchmarkResultsWidget *>()) {
            if (view->isVisible())
                view->showNextChart();
        }
    }
}

bool PresenterController::keyIsOurs(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_S:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
    case Qt::Key_B:
    case Qt::Key_C:
    case Qt::Key_Period:
    case Qt::Key_N:
    case Qt::Key_Question:
        return true;
    default:
        return false;
    }
}

bool PresenterController::focusKeepsKey(const QWidget *focus, const QKeyEvent *event) const
{
    const int key = event->key();
    // A widget that takes the lecture's keys while it has the focus (the replay bar: Space plays,
    // arrows and S step through the recording); the page keys still turn the page.
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        if (w->property("takesLectureKeys").toBool())
            return !isPageKey(key);
    }
    if (m_active) {
        // A clicker's keys work wherever the focus is: the page keys always turn the page; Space, B
        // and "." typed into a text field stay text; other keys stay with a field being edited.
        if (isPageKey(key))
            return false;
        if (isClickerKey(key))
            return isTypingField(focus);
        return isTextInput(focus);
    }
    // Normal mode: a field being edited (a text field, a spin box) keeps every key; elsewhere the
    // clicker's keys are the lecture's, and arrows, + and - do what the focused widget does.
    if (isTextInput(focus))
        return true;
    if (isClickerKey(key))
        return false;
    if (qobject_cast<const QAbstractItemView *>(focus) || qobject_cast<const QTextEdit *>(focus) ||
        qobject_cast<const QPlainTextEdit *>(focus) || qobject_cast<const QAbstractSlider *>(focus) ||
        qobject_cast<const QComboBox *>(focus))
        return isNavigationKey(key) || key == Qt::Key_Minus || key == Qt::Key_Plus;
    return false;
}

bool PresenterController::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_window) {
        if (type == QEvent::LanguageChange)
            retranslate();
        else if (type == QEvent::Resize && m_blank)
            m_blank->setGeometry(m_window->rect());
        if (type == QEvent::Resize && m_active && m_dockSizePending && m_window->isFullScreen()) {
            m_dockSizePending = false;
            QTimer::singleShot(0, this, &PresenterController::sizeDock);
        }
        return false;
    }
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (isKeyOverlayVisible()) {
        switch (key->key()) {
        case Qt::Key_Shift:
        case Qt::Key_Control:
        case Qt::Key_Alt:
        case Qt::Key_Meta:
        case Qt::Key_AltGr:
            return false;
        default:
            break;
        }
        key->accept(); // any key closes the list and does nothing else
        if (type == QEvent::KeyPress)
            hideKeyOverlay();
        return true;
    }
    if (type == QEvent::ShortcutOverride && keyIsOurs(key)) {
        if (focusKeepsKey(widget, key))
            key->accept(); // the widget gets the key press; our shortcut does not fire
        else
            key->ignore(); // the widget may not claim it (a spin box would take PageDown): ours fires
        return true;
    }
    return false;
}

} // namespace Lab::Gui
