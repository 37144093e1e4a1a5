// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace Lab::Core {
class LockDemo;
}

namespace Lab::Gui {

class ValueTile;
struct ReplayFrame;

namespace Ui {
class LockDemoWidget;
}

// The "Lock vs RLock" tab of the locks panel: two buttons start Core::LockDemo's two demos; tiles
// show the lock's owner and hold count (read at 10 Hz from its snapshot) and a list the steps. The
// fixed part (explanation, buttons, tiles' captions, steps label) is the form ui/lockdemowidget.ui.
class LockDemoWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockDemoWidget)
public:
    explicit LockDemoWidget(QWidget *parent = nullptr);
    ~LockDemoWidget() override;

    QPushButton *plainButton() const { return m_plain; }
    QPushButton *recursiveButton() const { return m_recursive; }
    QString stepsText() const;
    ValueTile *holdTile() const { return m_hold; }
    Core::LockDemo *demo() const { return m_demo; }
    // The pause between the demo's steps (default 700 ms; slow motion stretches it further).
    void setStepMs(int ms) { m_stepMs = ms; }
    // Replay: the owner of "account" at the cursor when the recording is one of this demo's
    // (its thread "account-holder"); the hold count is not recorded. nullptr: the demo again.
    // True while the frame is drawn.
    bool showReplay(const ReplayFrame *frame);
    ValueTile *ownerTile() const { return m_owner; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void addStep(const QString &what);

    std::unique_ptr<Ui::LockDemoWidget> m_ui;
    Core::LockDemo *m_demo = nullptr;
    QPushButton *m_plain = nullptr;
    QPushButton *m_recursive = nullptr;
    ValueTile *m_owner = nullptr;
    ValueTile *m_hold = nullptr;
    QLabel *m_steps = nullptr;
    QStringList m_stepLines;
    QTimer *m_timer = nullptr;
    int m_stepMs = 700;
    bool m_replaying = false;
};

} // namespace Lab::Gui
