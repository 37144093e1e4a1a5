// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QKeyEvent;
class QMenu;
class QWidget;

namespace Lab::Core {
class Pacer;
}

namespace Lab::Gui {

// A dynamic property of qApp, true while presenter mode is on (charts switch to their presenter theme).
inline constexpr char PresenterProperty[] = "labPresenterMode";

class Experiment;
class KeyOverlay;
class MainWindow;
class TopicPage;

// Lecture projection for the main window (docs/presenter.md): presenter mode (full screen, larger
// text, a high-contrast palette, secondary chrome hidden, monitor beside the experiment) and the
// clicker keys. The keys are QActions in the "Lecture" menu (so Help > Keyboard shortcuts lists them);
// an application event filter keeps them from firing while a text input has the focus (and, outside
// presenter mode, while a widget that uses the key itself has it).
class PresenterController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterController)

public:
    static constexpr int DefaultScale = 160;     // percent of the system font while presenting
    static constexpr double MonitorShare = 0.36; // the monitor's share of the width, beside the experiment
    // On a narrower screen (1280x720) its five columns need a larger share at presenter type.
    static constexpr double NarrowMonitorShare = 0.42;
    static constexpr int NarrowScreenWidth = 1600;
    // Slow-motion steps for + and -, as divisors of the speed (1x .. 1/20x).
    static constexpr int SpeedDivisors[] = {1, 2, 3, 5, 10, 20};

    explicit PresenterController(MainWindow *window, Core::Pacer *pacer = nullptr);
    ~PresenterController() override;

    QMenu *menu() const { return m_menu; }
    QAction *presentAction() const { return m_presentAction; }

    bool isActive() const { return m_active; }
    void setActive(bool on);
    bool isBlank() const;
    void setBlank(bool on);
    bool isKeyOverlayVisible() const;
    void showKeyOverlay();
    void hideKeyOverlay();

    // The experiment Space starts; default: the current page's. Tests inject their own.
    void setExperimentProvider(std::function<Experiment *()> provider) { m_experimentProvider = std::move(provider); }
    Experiment *currentExperiment() const;

    // PageDown / PageUp: in presenter mode the next or previous stage of the topic (its slides, then
    // its experiment), across topics at either end; otherwise the next or previous topic.
    void next();
    void previous();
    // Space: start the experiment when idle (in presenter mode, showing it first); pause or resume
    // the pacer while it runs.
    void startOrPause();
    // S: pause (if running free) and let each lab thread pass one checkpoint.
    void step();
    void faster();
    void slower();
    // C: the next chart of the shown experiment's results (presenter mode shows one at a time).
    void nextChart();

    // Every key and what it does, translated (the overlay and docs use it).
    QList<std::pair<QString, QString>> keyDescriptions() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void enter();
    void leave();
    // Puts a page into or out of presenter mode and follows its stages.
    void preparePage(TopicPage *page);
    // The monitor beside the experiment while it is shown; slides take the whole window.
    void showStage();
    bool keyIsOurs(const QKeyEvent *event) const;
    bool focusKeepsKey(const QWidget *focus, const QKeyEvent *event) const;

    MainWindow *m_window;
    Core::Pacer *m_pacer;
    std::function<Experiment *()> m_experimentProvider;
    bool m_active = false;
    bool m_dockSizePending = false;
    void sizeDock();
    int m_presenterScale = DefaultScale;

    // The normal layout, kept while presenting.
    QByteArray m_savedState;
    QByteArray m_savedGeometry; // the window's place and size (QWidget::saveGeometry)
    QByteArray m_savedSplitter;
    int m_savedScale = 100;
    QPalette m_savedPalette;
    QString m_savedStyle;
    bool m_savedMaximized = false;
    bool m_savedFullScreen = false;
    bool m_savedStatusBar = true;
    bool m_savedMenuBar = true;
    bool m_savedNavigator = true;
    bool m_savedDock = true;

    QMenu *m_menu = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_chartAction = nullptr;
    QAction *m_blankAction = nullptr;
    QAction *m_keysAction = nullptr;
    QAction *m_navigatorAction = nullptr;
    QPointer<QWidget> m_blank;
    QPointer<KeyOverlay> m_overlay;
};

} // namespace Lab::Gui
