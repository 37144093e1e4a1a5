// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Lab::Gui {

// GUI work that would hold the event loop for more than a frame if done at once, spread over turns of
// the loop. A result's signal, the layouts and chart updates it causes are posted events that post
// the next ones, and the loop lets timers and input in only between every second sending of posted
// events: a result that rebuilt two charts and laid out a panel held the GUI thread for about 30 ms
// (G1, docs/gui.md "Finding what holds the GUI thread"). A job posted here runs from a timer instead,
// one job per turn, so what it posts is sent before the next job starts and timers and input get
// their turn in between.
//
// Jobs run in the order posted, each no earlier than its delay and never in the frame it was posted
// in, and at most one a frame (JobGap). A job posted for an owner that already has one pending replaces it in place and
// keeps the earlier of the two due times (a chart given three specs in a row is built once; a chart resized three times
// within the delay is laid out once, at the size it ends up with). A destroyed owner's job is dropped.
// flush() runs everything pending now, delayed or not: before a screenshot, a layout audit or anything
// that must see the finished state.
class FrameQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameQueue)

public:
    // The least time from the posting of a job, and from the end of the one before, to its start.
    static constexpr std::chrono::milliseconds JobGap{16};

    static FrameQueue *instance();

    void post(QObject *owner, std::function<void()> job,
              std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    void flush();
    bool isEmpty() const { return m_jobs.isEmpty(); }

private:
    FrameQueue();
    void runOne();
    void schedule();

    struct Job
    {
        QPointer<QObject> owner;
        std::function<void()> run;
        qint64 dueMs = 0; // on m_clock
    };
    QList<Job> m_jobs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastRunEndMs = -1'000'000; // on m_clock
};

} // namespace Lab::Gui
