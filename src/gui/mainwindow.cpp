// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "core/async/futurewatch.h"
#include "core/history/runhistory.h"
#include "core/monitor/tracecapture.h"
#include "core/trace/chrometrace.h"
#include "core/trace/chrometracereader.h"
#include "core/trace/tracerecorder.h"
#include "labresources.h"
#include "presenter/presentercontroller.h"
#include "replay/replaysession.h"
#include "shortcutsdialog.h"
#include "topics/experiment.h"
#include "topics/topicpage.h"
#include "topics/topicregistry.h"
#include "translationmanager.h"
#include "ui_mainwindow.h"
#include "wrappingitemdelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidget>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <optional>

namespace Lab::Gui {

namespace {

constexpr std::array ZoomSteps{50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
constexpr int TopicIdRole = Qt::UserRole;

namespace Key {
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString Splitter = QStringLiteral("window/splitter");
const QString MonitorVisible = QStringLiteral("window/monitorVisible");
const QString LastTopic = QStringLiteral("topic/last");
const QString TextScale = QStringLiteral("view/textScale");
const QString Language = QStringLiteral("view/language");
const QString Theme = QStringLiteral("view/theme");
} // namespace Key

// The application font as the platform set it, before any text scale was applied.
const QFont &systemFont()
{
    static const QFont font = QApplication::font();
    return font;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_translations(new TranslationManager(this))
{
    initResources();
    (void)systemFont();
    // The skeleton (menus, their actions' texts and shortcuts, the navigator and page stack, the dock)
    // is the form ui/mainwindow.ui; the members below point at its widgets. The dock is closable and
    // movable between the window's edges, but a drag never tears it off into a loose window by accident
    // (a lecturer grabbing near its title did): no floating.
    m_ui->setupUi(this);
    m_splitter = m_ui->mainSplitter;
    m_navigator = m_ui->topicNavigator;
    m_pages = m_ui->topicPages;
    m_monitorDock = m_ui->monitorDock;

    createNavigator();
    createActions();

    m_monitorDock->hide();
    m_monitorDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowMonitor"));
    m_monitorDock->toggleViewAction()->setVisible(false);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_monitorDock->toggleViewAction());

    m_presenter = new PresenterController(this);
    m_viewMenu->insertAction(m_fullScreenAction, m_presenter->presentAction());
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_presenter->menu());

    restoreSettings();
    retranslate();
    m_navigator->setFocus(); // keyboard users start in the topic list
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigator()
{
    // A title longer than the list is wide wraps between words (the list takes at most
    // NavigatorShare of the window) rather than scrolling sideways.
    m_navigator->setItemDelegate(new WrappingItemDelegate(m_navigator));
    m_navigator->header()->setSectionResizeMode(QHeaderView::Stretch);

    for (const TopicGroup &group : topicGroups()) {
        auto *groupItem = new QTreeWidgetItem(m_navigator);
        groupItem->setFlags(Qt::ItemIsEnabled);
        QFont font = groupItem->font(0);
        font.setBold(true);
        groupItem->setFont(0, font);
        groupItem->setData(0, Qt::UserRole + 1, group.id);
        for (const Topic &topic : topics()) {
            if (topic.groupId != group.id)
                continue;
            auto *item = new QTreeWidgetItem(groupItem);
            item->setData(0, TopicIdRole, topic.id);
            m_itemById.insert(topic.id, item);
        }
    }
    m_navigator->expandAll();
    connect(m_navigator, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onNavigatorItemChanged(current); });

    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 1200});
}

void MainWindow::createActions()
{
    m_fileMenu = m_ui->menuFile;
    m_viewMenu = m_ui->menuView;
    m_themeMenu = m_ui->menuTheme;
    m_languageMenu = m_ui->menuLanguage;
    m_goMenu = m_ui->menuGo;
    m_helpMenu = m_ui->menuHelp;
    m_quitAction = m_ui->actionQuit;
    m_openRecordingAction = m_ui->actionOpenRecording;
    m_exportTraceAction = m_ui->actionExportTrace;
    m_zoomInAction = m_ui->actionZoomIn;
    m_zoomOutAction = m_ui->actionZoomOut;
    m_zoomResetAction = m_ui->actionZoomReset;
    m_fullScreenAction = m_ui->actionFullScreen;
    m_nextAction = m_ui->actionNextTopic;
    m_previousAction = m_ui->actionPreviousTopic;
    m_shortcutsAction = m_ui->actionShortcuts;
    m_aboutAction = m_ui->actionAbout;

    // The form gives each action one key; the platform's other keys for Quit and Zoom In are added
    // here. The window holds every action so that its shortcut works wherever the focus is
    // (Qt::WindowShortcut), even with the menu bar hidden.
    QList<QKeySequence> quitKeys = m_quitAction->shortcuts();
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Quit)) {
        if (!quitKeys.contains(key))
            quitKeys.append(key);
    }
    m_quitAction->setShortcuts(quitKeys);
    m_zoomInAction->setShortcuts({m_zoomInAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    addActions({m_quitAction, m_openRecordingAction, m_exportTraceAction, m_zoomInAction, m_zoomOutAction,
                m_zoomResetAction, m_fullScreenAction, m_nextAction, m_previousAction, m_shortcutsAction,
                m_aboutAction});

    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_openRecordingAction, &QAction::triggered, this, &MainWindow::openRecording);
    connect(m_exportTraceAction, &QAction::triggered, this, &MainWindow::exportTrace);
    connect(m_zoomInAction, &QAction::triggered, this, &MainWindow::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &MainWindow::zoomOut);
    connect(m_zoomResetAction, &QAction::triggered, this, &MainWindow::resetZoom);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_wasMaximized = isMaximized();
            showFullScreen();
        } else if (m_wasMaximized) {
            showMaximized();
        } else {
            showNormal();
        }
    });

    m_themeGroup = new QActionGroup(this);
    const std::array<std::pair<QAction *, Theme>, 3> themes{{{m_ui->actionTheme_system, Theme::System},
                                                             {m_ui->actionTheme_light, Theme::Light},
                                                             {m_ui->actionTheme_dark, Theme::Dark}}};
    for (const auto &[action, theme] : themes) {
        action->setData(themeKey(theme));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
    }

    // One entry per language this build ships (found from the embedded catalogues): made here.
    m_languageGroup = new QActionGroup(this);
    QStringList languages{QString()};
    languages.append(TranslationManager::availableLanguages());
    for (const QString &language : std::as_const(languages)) {
        auto *action = m_languageMenu->addAction(QString());
        action->setObjectName(QStringLiteral("actionLanguage_") +
                              (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setData(language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }

    connect(m_nextAction, &QAction::triggered, this, &MainWindow::showNextTopic);
    connect(m_previousAction, &QAction::triggered, this, &MainWindow::showPreviousTopic);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    for (QAction *action : m_languageGroup->actions()) {
        const QString language = action->data().toString();
        action->setText(
            language.isEmpty()
                ? tr("&System (%1)").arg(TranslationManager::nativeName(TranslationManager::systemLanguage()))
                : TranslationManager::nativeName(language));
    }
    for (int g = 0; g < m_navigator->topLevelItemCount(); ++g) {
        QTreeWidgetItem *groupItem = m_navigator->topLevelItem(g);
        if (const TopicGroup *group = findTopicGroup(groupItem->data(0, Qt::UserRole + 1).toString()))
            groupItem->setText(0, groupTitle(*group));
        for (int t = 0; t < groupItem->childCount(); ++t) {
            QTreeWidgetItem *item = groupItem->child(t);
            if (const Topic *topic = findTopic(item->data(0, TopicIdRole).toString()))
                item->setText(0, QStringLiteral("%1  %2").arg(topic->section, topicTitle(*topic)));
        }
    }
    const Topic *topic = findTopic(m_currentTopic);
    // Qt appends the application display name ("Concurrency Lab") to the title where the platform expects it.
    setWindowTitle(topic ? topicTitle(*topic) : QString());
    // A replay says so in the title too, so nobody takes it for a live run.
    if (m_replay && m_replay->isActive())
        setWindowTitle(m_replay->banner());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::WindowStateChange)
        m_fullScreenAction->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(Key::Geometry).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        if (available.width() < SmallScreenWidth) {
            // A laptop's screen (1366x768): the lesson, the experiment and the monitor need all of it.
            resize(available.size());
            move(available.topLeft());
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(available.size() * 0.85);
            move(available.center() - rect().center());
        }
    }
    m_stateRestored = restoreState(settings.value(Key::State).toByteArray());
    const bool splitterRestored = m_splitter->restoreState(settings.value(Key::Splitter).toByteArray());
    if (!m_monitorDock->widget())
        m_monitorDock->hide();

    setTextScale(settings.value(Key::TextScale, DefaultTextScale).toInt());
    if (!splitterRestored) {
        retranslate(); // the navigator's width follows its titles
        // The longest title on one line (with its indentation and the item's margins), unless that
        // is more than NavigatorShare of the window: then the titles wrap.
        int titles = 0;
        for (int g = 0; g < m_navigator->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = m_navigator->topLevelItem(g);
            const auto measure = [this](const QTreeWidgetItem *item) {
                return QFontMetrics(item->font(0).resolve(m_navigator->font())).horizontalAdvance(item->text(0));
            };
            titles = std::max(titles, measure(group));
            for (int t = 0; t < group->childCount(); ++t)
                titles = std::max(titles, measure(group->child(t)) + m_navigator->indentation());
        }
        const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) +
                            2 * m_navigator->frameWidth() + m_navigator->verticalScrollBar()->sizeHint().width();
        const int navigatorWidth = std::min(titles + margins, int(width() * NavigatorShare));
        m_splitter->setSizes({navigatorWidth, std::max(width() - navigatorWidth, navigatorWidth)});
    }
    setTheme(themeFromKey(settings.value(Key::Theme).toString()));
    setLanguage(settings.value(Key::Language).toString(), false);
    if (!m_languageGroup->checkedAction())
        setLanguage(QString(), false); // a language this build does not ship: follow the system

    const QString last = settings.value(Key::LastTopic).toString();
    showTopic(findTopic(last) ? last : topics().constFirst().id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_presenter->setActive(false); // the settings keep the normal layout
    for (TopicPage *page : std::as_const(m_pageById)) {
        if (page->experiment() && page->experiment()->isRunning())
            page->experiment()->cancel();
    }
    QSettings settings;
    settings.setValue(Key::Geometry, saveGeometry());
    settings.setValue(Key::State, saveState());
    settings.setValue(Key::Splitter, m_splitter->saveState());
    if (m_monitorDock->widget())
        settings.setValue(Key::MonitorVisible, m_monitorDock->isVisible());
    QMainWindow::closeEvent(event);
}

TopicPage *MainWindow::currentPage() const
{
    return m_pageById.value(m_currentTopic);
}

TopicPage *MainWindow::page(const QString &id)
{
    if (TopicPage *existing = m_pageById.value(id))
        return existing;
    const Topic *topic = findTopic(id);
    if (!topic)
        return nullptr;
    auto *page = new TopicPage(*topic, effectiveLanguage(), lessonPointSize(), m_pages);
    connect(page, &TopicPage::topicLinkActivated, this, [this](const QString &target) { showTopic(target); });
    if (Experiment *experiment = page->experiment()) {
        connect(experiment, &Experiment::statusChanged, this, [this, page](const QString &status) {
            if (currentPage() == page)
                statusBar()->showMessage(status);
        });
        connect(experiment, &Experiment::replayRequested, this, &MainWindow::openRecordingOrSay);
    }
    m_pages->addWidget(page);
    m_pageById.insert(id, page);
    return page;
}

bool MainWindow::showTopic(const QString &id)
{
    if (!findTopic(id))
        return false;
    TopicPage *topicPage = page(id);
    const bool changed = id != m_currentTopic;
    m_currentTopic = id;
    m_pages->setCurrentWidget(topicPage);
    if (QTreeWidgetItem *item = m_itemById.value(id); item && m_navigator->currentItem() != item)
        m_navigator->setCurrentItem(item);
    updateNavigationActions();
    if (changed) {
        statusBar()->clearMessage();
        QSettings().setValue(Key::LastTopic, id);
        retranslate(); // the window title names the topic
        emit currentTopicChanged(id);
    }
    return true;
}

void MainWindow::onNavigatorItemChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const QString id = current->data(0, TopicIdRole).toString();
    if (!id.isEmpty())
        showTopic(id);
}

void MainWindow::updateNavigationActions()
{
    const QStringList ids = topicIds();
    const qsizetype index = ids.indexOf(m_currentTopic);
    m_previousAction->setEnabled(index > 0);
    m_nextAction->setEnabled(index >= 0 && index + 1 < ids.size());
}

void MainWindow::showNextTopic()
{
    const QStringList ids = topicIds();
    const qsizetype index = ids.indexOf(m_currentTopic);
    if (index >= 0 && index + 1 < ids.size())
        showTopic(ids.at(index + 1));
}

void MainWindow::showPreviousTopic()
{
    const QStringList ids = topicIds();
    const qsizetype index = ids.indexOf(m_currentTopic);
    if (index > 0)
        showTopic(ids.at(index - 1));
}

void MainWindow::setMonitorWidget(QWidget *widget)
{
    if (QWidget *old = m_monitorDock->widget(); old && old != widget)
        old->deleteLater();
    m_monitorDock->setWidget(widget);
    m_monitorDock->toggleViewAction()->setVisible(widget != nullptr);
    // Shown, unless the user closed it in an earlier session.
    m_monitorDock->setVisible(widget && QSettings().value(Key::MonitorVisible, true).toBool());
    // First start: the lesson keeps most of the height; later starts restore the user's layout.
    if (widget && !m_stateRestored)
        resizeDocks({m_monitorDock}, {height() / 3}, Qt::Vertical);
}

bool MainWindow::setLanguage(const QString &language, bool persist)
{
    if (!m_translations->setLanguage(language))
        return false;
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    for (TopicPage *topicPage : std::as_const(m_pageById))
        topicPage->setLanguage(effectiveLanguage());
    // Widgets that format numbers themselves (spin boxes) take the locale their parent has; every
    // widget of the window follows this one.
    setLocale(QLocale());
    if (persist)
        QSettings().setValue(Key::Language, language);
    return true;
}

QString MainWindow::language() const
{
    return m_translations->language();
}

QString MainWindow::effectiveLanguage() const
{
    return m_translations->effectiveLanguage();
}

qreal MainWindow::lessonPointSize() const
{
    const qreal base = systemFont().pointSizeF() > 0 ? systemFont().pointSizeF() : 10.0;
    return std::max<qreal>(14.0, base * 1.4) * m_textScale / 100.0;
}

void MainWindow::setTextScale(int percent)
{
    percent = std::clamp(percent, ZoomSteps.front(), ZoomSteps.back());
    const bool changed = percent != m_textScale;
    m_textScale = percent;
    QFont font = systemFont();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
    else
        font.setPixelSize(std::max(1, font.pixelSize() * percent / 100));
    QApplication::setFont(font);
    // The topic list is read from the back of a lecture hall too: a little larger than the menus.
    QFont navigatorFont = font;
    if (font.pointSizeF() > 0)
        navigatorFont.setPointSizeF(font.pointSizeF() * 1.35);
    m_navigator->setFont(navigatorFont);
    for (TopicPage *topicPage : std::as_const(m_pageById))
        topicPage->setLessonPointSize(lessonPointSize());
    m_zoomInAction->setEnabled(percent < ZoomSteps.back());
    m_zoomOutAction->setEnabled(percent > ZoomSteps.front());
    if (changed && !(m_presenter && m_presenter->isActive()))
        QSettings().setValue(Key::TextScale, percent);
}

void MainWindow::zoomIn()
{
    const auto next = std::upper_bound(ZoomSteps.begin(), ZoomSteps.end(), m_textScale);
    if (next != ZoomSteps.end())
        setTextScale(*next);
}

void MainWindow::zoomOut()
{
    const auto next = std::lower_bound(ZoomSteps.begin(), ZoomSteps.end(), m_textScale);
    if (next != ZoomSteps.begin())
        setTextScale(*std::prev(next));
}

void MainWindow::resetZoom()
{
    setTextScale(DefaultTextScale);
    if (!m_presenter->isActive())
        QSettings().setValue(Key::TextScale, DefaultTextScale);
}

void MainWindow::setTheme(Theme theme)
{
    const bool changed = theme != m_theme;
    m_theme = theme;
    if (changed || theme != Theme::System) // the platform's look is already in place at start-up
        applyTheme(theme);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == themeKey(theme));
    if (changed)
        QSettings().setValue(Key::Theme, themeKey(theme));
}

void MainWindow::showShortcuts()
{
    if (m_presenter->isActive()) { // F1 while presenting: the key list over the window, in large type
        m_presenter->showKeyOverlay();
        return;
    }
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(menuBar(), this);
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportTrace()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("concurrency-lab-%1.trace.json")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Trace"), suggested, tr("Chrome trace (*.json)"));
    if (!path.isEmpty())
        exportTraceTo(path);
}

void MainWindow::exportTraceTo(const QString &path)
{
    const auto fail = [this](const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Trace"), text, QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("traceExportError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    Core::TraceRecording recording =
        Core::TraceCapture::fromRecorder(Core::TraceRecorder::instance(), QStringLiteral("concurrency-lab monitor"));
    if (recording.events.isEmpty()) {
        fail(tr("Nothing has been recorded yet. Run an experiment, then export its trace."));
        return;
    }
    statusBar()->showMessage(tr("Writing the trace to %1…").arg(QDir::toNativeSeparators(path)));
    // Tens of thousands of events take a moment to write: never on the GUI thread.
    Core::whenFinished(this, QtConcurrent::run([recording = std::move(recording), path] {
                           QString error;
                           return Core::ChromeTrace::write(recording, path, &error) ? QString() : error;
                       }),
                       [this, path, fail](const QString &error) {
                           if (!error.isEmpty()) {
                               statusBar()->clearMessage();
                               fail(tr("The trace could not be written.\n%1").arg(error));
                               return;
                           }
                           statusBar()->showMessage(
                               tr("Trace written to %1: open it in ui.perfetto.dev or chrome://tracing.")
                                   .arg(QDir::toNativeSeparators(path)),
                               10000);
                       });
}

void MainWindow::openRecordingOrSay(const QString &path)
{
    const auto fail = [this](const QString &error) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Recording"), error, QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("recordingOpenError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    const QString shownPath = QDir::toNativeSeparators(path);
    // A full ring takes about half a second to read and parse: on a pool thread, with a busy bar in the
    // status bar, the window answering meanwhile. The newest request wins (an older one's result is dropped).
    auto *busy = statusBar()->findChild<QProgressBar *>(QStringLiteral("recordingReadProgress"));
    if (!busy) {
        busy = new QProgressBar(statusBar());
        busy->setObjectName(QStringLiteral("recordingReadProgress"));
        busy->setRange(0, 0); // busy: the reader reports no progress
        busy->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
        busy->setTextVisible(false);
        statusBar()->addPermanentWidget(busy);
    }
    busy->setToolTip(tr("Reading the recording %1").arg(shownPath));
    busy->show();
    const int request = busy->property("request").toInt() + 1;
    busy->setProperty("request", request);
    statusBar()->showMessage(tr("Reading the recording %1…").arg(shownPath));
    using Read = std::pair<std::optional<Core::TraceRecording>, QString>;
    Core::whenFinished(this, QtConcurrent::run([path]() -> Read {
                           QString error;
                           std::optional<Core::TraceRecording> recording = Core::ChromeTraceReader::read(path, &error);
                           return {std::move(recording), error};
                       }),
                       [this, busy = QPointer<QProgressBar>(busy), request, shownPath, fail](Read read) {
                           if (!busy || busy->property("request").toInt() != request)
                               return; // a newer request is being read
                           busy->hide();
                           statusBar()->clearMessage();
                           if (!m_replay) {
                               m_replay = new ReplaySession(this);
                               connect(m_replay, &ReplaySession::activeChanged, this, &MainWindow::retranslate);
                           }
                           QString reason = read.second;
                           if (!read.first || !m_replay->start(*std::move(read.first), &reason)) {
                               fail(tr("Cannot open the recording \"%1\": %2").arg(shownPath, reason));
                               return;
                           }
                           statusBar()->showMessage(m_replay->banner());
                       });
}

void MainWindow::openRecording()
{
    const QString start =
        QDir(Core::RunHistory::defaultRoot()).exists() ? Core::RunHistory::defaultRoot() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Recording"), start,
                                                      tr("Lab recordings (*.json *.json.gz);;All files (*)"));
    if (!path.isEmpty())
        openRecordingOrSay(path);
}

bool MainWindow::openRecordingFile(const QString &path, QString *error)
{
    if (!m_replay) {
        m_replay = new ReplaySession(this);
        connect(m_replay, &ReplaySession::activeChanged, this, &MainWindow::retranslate);
    }
    QString reason;
    if (!m_replay->open(path, &reason)) {
        if (error)
            *error = tr("Cannot open the recording \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    statusBar()->showMessage(m_replay->banner());
    return true;
}

} // namespace Lab::Gui
