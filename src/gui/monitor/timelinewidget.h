// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/threadsample.h"
#include "core/trace/traceevent.h"

#include <QWidget>

#include <array>
#include <vector>

namespace Lab::Gui {

// One lane per lab thread (and lab child process), coloured by textbook state over time, with a thin
// strip under it showing the kernel's state from the sampler. A time ruler on top; the visible range
// is a preset (last 5 s, last 30 s, whole run) or a typed range. Paints only the lanes and time that
// are visible; the owner batches updates (MonitorWidget repaints at most 10 times a second).
class TimelineWidget final : public QWidget
{
    Q_OBJECT
public:
    enum class Zoom
    {
        ThisRun, // the current (or last) experiment run, at least 1 s; lanes of threads alive in it
        Last5s,
        Last30s,
        WholeRun,
        Custom
    };
    Q_ENUM(Zoom)
    static constexpr int MaxLanes = 256;
    static constexpr size_t MaxSegmentsPerLane = 20000;

    explicit TimelineWidget(QWidget *parent = nullptr);

    void appendEvents(const QList<Core::TraceEvent> &events);
    void appendSnapshot(const Core::ThreadSnapshot &snapshot);
    void clear();
    // Replay: "now" is the cursor's time instead of the clock's (0: the clock).
    void setFrozenNowNs(qint64 nowNs) { m_frozenNowNs = nowNs; }

    Zoom zoom() const { return m_zoom; }
    void setZoom(Zoom zoom);
    // Seconds since the start of the run; switches to Custom. False (and no change) when invalid.
    bool setRange(double fromS, double toS);
    // The visible range in seconds since the start of the run.
    QPair<double, double> visibleRange() const;

    // A hidden state is not drawn, and the lanes of threads now in it are not shown.
    void setStateVisible(Core::ThreadState state, bool visible);
    bool isStateVisible(Core::ThreadState state) const { return m_visibleStates[size_t(state)]; }

    int laneCount() const { return int(m_lanes.size()); }
    // Lanes drawn now: under ThisRun only the threads and processes alive during the run; never those
    // now in a hidden state.
    int shownLaneCount() const { return int(m_shown.size()); }
    QString shownLaneName(int row) const;
    QString laneName(int lane) const;
    // The textbook state of `lane` at `timeNs` (monotonic), or -1.
    int stateAt(int lane, qint64 timeNs) const;

    // Writes every lane over the visible range as PNG or SVG (chosen by the suffix), atomically.
    bool exportTo(const QString &path, QString *error);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rangeChanged(double fromS, double toS);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Segment
    {
        qint64 startNs;
        Core::ThreadState state;
        QString detail;
    };
    struct KernelMark
    {
        qint64 timeNs;
        char letter;
        bool onCpu;
    };
    struct Lane
    {
        int workerId = -1;
        QString name;
        bool isProcess = false;
        qint64 endNs = 0;
        std::vector<Segment> segments;
        std::vector<KernelMark> kernel;
        struct Held
        {
            qint64 from = 0;
            qint64 to = 0; // 0: still held
            QString label; // a narrated step's hold says the step ("read 41"); empty: the pause
        };
        std::vector<Held> held; // held by the pacer
    };
    Lane *laneFor(int workerId);
    bool laneShown(const Lane &lane) const;
    void updateShownLanes();
    void rangeNs(qint64 *from, qint64 *to) const;
    void render(QPainter &painter, const QRect &area, int firstLane, int lastLane) const;
    int laneAt(int y) const;
    qint64 timeAt(int x) const;

    std::vector<Lane> m_lanes;
    qint64 m_originNs = 0;
    qint64 m_lastNs = 0;
    qint64 m_frozenNowNs = 0;
    qint64 m_runStartNs = 0;  // the last RunStarted mark; 0: none yet
    qint64 m_runEndNs = 0;    // its RunFinished; 0 while it runs
    std::vector<int> m_shown; // indexes into m_lanes, in order
    Zoom m_zoom = Zoom::ThisRun;
    double m_customFrom = 0;
    double m_customTo = 10;
    std::array<bool, Core::ThreadStateCount> m_visibleStates;
};

} // namespace Lab::Gui
