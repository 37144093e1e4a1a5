// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Lab::Gui {

class PresenterController;
class ReplaySession;
class ShortcutsDialog;
class TopicPage;
class TranslationManager;

namespace Ui {
class MainWindow;
}

// The lab's window: the topic navigator (left), the current topic's page (lesson + experiment),
// and a dock for the thread monitor. Settings (last topic, geometry, text scale, language, theme)
// are read in the constructor and written as they change.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    static constexpr int DefaultTextScale = 100;
    // First start: a window of 85 % of the screen, the whole of it on a screen narrower than this.
    static constexpr int SmallScreenWidth = 1600;
    // The topic list's largest share of the window's width at first start (its titles wrap).
    static constexpr qreal NavigatorShare = 0.18;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a topic by id; false (and nothing changes) for an unknown id.
    bool showTopic(const QString &id);
    QString currentTopicId() const { return m_currentTopic; }
    TopicPage *currentPage() const;
    // The page of a topic, created on first use.
    TopicPage *page(const QString &id);

    // Installs the thread monitor in the "monitorDock" dock and shows it (unless the user closed the
    // dock in an earlier session). The dock stays hidden while it has no widget. The window takes ownership.
    void setMonitorWidget(QWidget *widget);
    QDockWidget *monitorDock() const { return m_monitorDock; }
    // Presenter mode and the clicker keys (docs/presenter.md).
    PresenterController *presenter() const { return m_presenter; }

    // `language`: "en", "de", ... or empty to follow the system. `persist` false: this session only (--lang).
    bool setLanguage(const QString &language, bool persist = true);
    QString language() const;
    QString effectiveLanguage() const;

    // Text scale in percent of the system font (steps as in web browsers, 50..300). Not written to the
    // settings while presenter mode is on (it has its own scale).
    void setTextScale(int percent);
    int textScale() const { return m_textScale; }
    // The lesson body size at the current scale, in points (>= 14 pt at 100 %).
    qreal lessonPointSize() const;

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void showNextTopic();
    void showPreviousTopic();
    void showShortcuts();
    void showAbout();
    // File > Export trace…: the monitor's recording as Chrome Trace Event JSON (docs/trace.md), written
    // on a pool thread; a failure opens a window-modal message box (object name "traceExportError").
    void exportTrace();
    void exportTraceTo(const QString &path);
    // File > Open Recording…: a trace file (one the lab wrote, or a history entry's kept recording) in
    // replay mode (docs/trace.md); a failure opens a window-modal message box ("recordingOpenError").
    void openRecording();
    // Opens `path` in replay mode, or says in a message box why it cannot.
    void openRecordingOrSay(const QString &path);
    // Opens `path` in replay mode; false with *error one line ("cannot open …: reason") when it cannot.
    bool openRecordingFile(const QString &path, QString *error = nullptr);
    ReplaySession *replay() const { return m_replay; }

signals:
    void currentTopicChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createNavigator();
    // What retranslateUi cannot do: the navigator's titles, the language menu, the window title.
    void retranslate();
    void restoreSettings();
    void updateNavigationActions();
    void onNavigatorItemChanged(QTreeWidgetItem *current);

    std::unique_ptr<Ui::MainWindow> m_ui;
    TranslationManager *m_translations = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    QDockWidget *m_monitorDock = nullptr;
    ShortcutsDialog *m_shortcutsDialog = nullptr;
    PresenterController *m_presenter = nullptr;
    ReplaySession *m_replay = nullptr;
    QHash<QString, TopicPage *> m_pageById;
    QHash<QString, QTreeWidgetItem *> m_itemById;
    QString m_currentTopic;
    int m_textScale = DefaultTextScale;
    Theme m_theme = Theme::System;
    bool m_wasMaximized = false;
    bool m_stateRestored = false;

    // The form's menus and actions, by their old names.
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportTraceAction = nullptr;
    QAction *m_openRecordingAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Lab::Gui
