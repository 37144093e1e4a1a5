// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QSlider;
QT_END_NAMESPACE

namespace Lab::Gui {

namespace Ui {
class ReplayBar;
}

class ReplayController;

// The scrubber under the monitor's timeline while a recording is replayed: a banner naming the
// recording ("Replay of …, recorded … on …") so nobody takes it for a live run, step back / play /
// step forward, the position slider, the time, the speed, and "Back to live". Under it, the selected
// thread's state at the cursor and the primitives' owners and waiters.
// Keys while it (or one of its controls) has the focus, in presenter mode too (the presenter leaves
// these keys to it, see PresenterController::focusKeepsKey): Space play / pause, Right or S the next
// event, Left the previous one, Home / End the start / end, L back to live.
// The fixed widgets, layout and texts are the form ui/replaybar.ui; the banner, Play / Pause, the time,
// the speeds and the details are filled in from the recording.
class ReplayBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayBar)

public:
    explicit ReplayBar(ReplayController *controller, QWidget *parent = nullptr);
    ~ReplayBar() override;

    // What the banner names; the date and machine as recorded.
    void setSource(const QString &title, const QDateTime &recordedAt, const QString &machine);
    QString bannerText() const;
    // The lab worker whose state the bar describes (the monitor's selection); -1: the first lab thread.
    void setWorker(int workerId);
    int worker() const { return m_workerId; }
    QSlider *slider() const;
    QString stateText() const;
    QString primitivesText() const;

signals:
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The texts built from data (the banner, the speeds, Play / Pause, the time, the details).
    void retranslate();
    void onCursorMoved();
    void onRecordingChanged();
    void showPlaying(bool playing);
    void updateDetails();
    bool handleKey(int key);

    std::unique_ptr<Ui::ReplayBar> m_ui;
    ReplayController *m_controller;
    QString m_title;
    QDateTime m_recordedAt;
    QString m_machine;
    int m_workerId = -1;
};

} // namespace Lab::Gui
