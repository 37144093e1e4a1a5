// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Lab::Gui {

// A live log of the events the GUI thread's event loop delivers, by kind: timers, input, queued
// signal/slot calls (how worker threads and network replies reach the GUI thread), socket
// notifiers (a worker process's output, network sockets), paints and the rest. An application event
// filter only counts (an array increment per event); a timer writes one summary line every
// FlushMs, so the log itself costs almost nothing and never floods the loop it observes. A pause in
// the lines longer than a few intervals is reported: the loop was blocked. Records while visible.
class EventLogWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogWidget)

public:
    static constexpr int FlushMs = 500;

    explicit EventLogWidget(QWidget *parent = nullptr);
    ~EventLogWidget() override;

    bool isRecording() const { return m_recording; }
    QString text() const;
    // Events of each kind counted since recording began (tests and the summary line).
    qint64 total(const QString &kind) const;

    enum Kind
    {
        TimerKind,
        InputKind,
        QueuedCallKind,
        SocketKind,
        PaintKind,
        OtherKind,
        KindCount
    };
    static QString kindName(int kind);
    static QString kindKey(int kind); // untranslated: "timer", "input", ...

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setRecording(bool recording);
    void flush();
    void retranslate();
    void updateLogFont();

    QLabel *m_caption = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
    bool m_recording = false;
    std::array<quint32, 1001> m_byType{}; // QEvent::Type < User (1000); user types share the last slot
    std::array<qint64, KindCount> m_totals{};
};

} // namespace Lab::Gui
