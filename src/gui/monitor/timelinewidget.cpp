// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "statepalette.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>

#include <algorithm>

namespace Lab::Gui {

using namespace Core;

namespace {
constexpr int GutterWidth = 150;
constexpr int RulerHeight = 24;
constexpr int BarHeight = 16;
constexpr int StripHeight = 5;
constexpr int LaneHeight = BarHeight + StripHeight + 5;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    m_visibleStates.fill(true);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

TimelineWidget::Lane *TimelineWidget::laneFor(int workerId)
{
    for (Lane &lane : m_lanes) {
        if (lane.workerId == workerId)
            return &lane;
    }
    return nullptr;
}

void TimelineWidget::appendEvents(const QList<TraceEvent> &events)
{
    for (const TraceEvent &e : events) {
        if (e.kind == TraceEventKind::RunStarted) {
            m_runStartNs = e.timeNs;
            m_runEndNs = 0;
            continue;
        }
        if (e.kind == TraceEventKind::RunFinished) {
            m_runEndNs = e.timeNs;
            continue;
        }
        if (e.workerId < 0)
            continue;
        if (m_originNs == 0)
            m_originNs = e.timeNs;
        m_lastNs = std::max(m_lastNs, e.timeNs);
        Lane *lane = laneFor(e.workerId);
        if (!lane) {
            if (int(m_lanes.size()) >= MaxLanes) {
                // Forget the oldest finished lane; keep live ones.
                auto finished = std::find_if(m_lanes.begin(), m_lanes.end(), [](const Lane &l) { return l.endNs; });
                m_lanes.erase(finished != m_lanes.end() ? finished : m_lanes.begin());
            }
            m_lanes.push_back(Lane{e.workerId, e.detail, e.kind == TraceEventKind::ProcessStarted, 0, {}, {}, {}});
            lane = &m_lanes.back();
            if (lane->name.isEmpty())
                lane->name = tr("worker %1").arg(e.workerId);
        }
        switch (e.kind) {
        case TraceEventKind::ThreadCreated:
        case TraceEventKind::ProcessStarted:
        case TraceEventKind::StateChanged:
        case TraceEventKind::ThreadFinished:
        case TraceEventKind::ProcessFinished:
            if (lane->segments.size() >= MaxSegmentsPerLane)
                lane->segments.erase(lane->segments.begin(), lane->segments.begin() + MaxSegmentsPerLane / 10);
            lane->segments.push_back(
                Segment{e.timeNs, e.state, e.kind == TraceEventKind::ThreadCreated ? QString() : e.detail});
            if (e.state == ThreadState::Terminated)
                lane->endNs = e.timeNs;
            break;
        case TraceEventKind::PacerHeld:
            if (lane->held.size() >= MaxSegmentsPerLane)
                lane->held.erase(lane->held.begin(), lane->held.begin() + MaxSegmentsPerLane / 10);
            lane->held.push_back(Lane::Held{e.timeNs, 0, e.detail});
            break;
        case TraceEventKind::PacerReleased:
            if (!lane->held.empty() && lane->held.back().to == 0)
                lane->held.back().to = e.timeNs;
            break;
        default:
            break;
        }
    }
    updateShownLanes();
}

bool TimelineWidget::laneShown(const Lane &lane) const
{
    // The state filter: a lane whose thread is now in a hidden state goes, as its table row does.
    if (!lane.segments.empty() && !m_visibleStates[size_t(lane.segments.back().state)])
        return false;
    if (m_zoom != Zoom::ThisRun || m_runStartNs == 0)
        return true;
    return lane.endNs == 0 || lane.endNs >= m_runStartNs; // alive at some time during the run
}

void TimelineWidget::updateShownLanes()
{
    std::vector<int> shown;
    shown.reserve(m_lanes.size());
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        if (laneShown(m_lanes[i]))
            shown.push_back(int(i));
    }
    if (shown != m_shown) {
        m_shown = std::move(shown);
        updateGeometry();
    }
}

QString TimelineWidget::shownLaneName(int row) const
{
    return row >= 0 && row < shownLaneCount() ? m_lanes[size_t(m_shown[size_t(row)])].name : QString();
}

void TimelineWidget::appendSnapshot(const ThreadSnapshot &snapshot)
{
    m_lastNs = std::max(m_lastNs, snapshot.timeNs);
    for (const ThreadSample &s : snapshot.threads) {
        if (s.workerId < 0)
            continue;
        if (Lane *lane = laneFor(s.workerId)) {
            if (lane->kernel.size() >= MaxSegmentsPerLane)
                lane->kernel.erase(lane->kernel.begin(), lane->kernel.begin() + MaxSegmentsPerLane / 10);
            lane->kernel.push_back(KernelMark{snapshot.timeNs, s.kernelState, s.onCpu});
        }
    }
}

void TimelineWidget::clear()
{
    m_lanes.clear();
    m_originNs = 0;
    m_lastNs = 0;
    m_runStartNs = 0;
    m_runEndNs = 0;
    m_shown.clear();
    updateGeometry();
    update();
}

void TimelineWidget::setZoom(Zoom zoom)
{
    m_zoom = zoom;
    updateShownLanes();
    const auto range = visibleRange();
    emit rangeChanged(range.first, range.second);
    update();
}

bool TimelineWidget::setRange(double fromS, double toS)
{
    if (!(fromS >= 0) || !(toS > fromS))
        return false;
    m_customFrom = fromS;
    m_customTo = toS;
    m_zoom = Zoom::Custom;
    updateShownLanes();
    emit rangeChanged(fromS, toS);
    update();
    return true;
}

void TimelineWidget::rangeNs(qint64 *from, qint64 *to) const
{
    const qint64 now = m_frozenNowNs ? m_frozenNowNs : monotonicNowNs();
    const qint64 origin = m_originNs ? m_originNs : now;
    const qint64 end = std::max(m_lastNs, now);
    switch (m_zoom) {
    case Zoom::ThisRun: {
        if (m_runStartNs == 0) { // no run yet: the last 30 s
            *to = end;
            *from = end - 30'000'000'000;
            break;
        }
        // The run, at least 1 s wide, with a little room on both sides; it grows while it runs.
        const qint64 runEnd = m_runEndNs ? m_runEndNs : end;
        const qint64 span = std::max<qint64>(runEnd - m_runStartNs, 1'000'000'000);
        *from = m_runStartNs - span / 50;
        *to = m_runStartNs + span + span / 50;
        break;
    }
    case Zoom::Last5s:
        *to = end;
        *from = end - 5'000'000'000;
        break;
    case Zoom::Last30s:
        *to = end;
        *from = end - 30'000'000'000;
        break;
    case Zoom::WholeRun:
        *from = origin;
        *to = std::max(end, origin + 1'000'000'000);
        break;
    case Zoom::Custom:
        *from = origin + qint64(m_customFrom * 1e9);
        *to = origin + qint64(m_customTo * 1e9);
        break;
    }
}

QPair<double, double> TimelineWidget::visibleRange() const
{
    qint64 from = 0, to = 0;
    rangeNs(&from, &to);
    const qint64 origin = m_originNs ? m_originNs : from;
    return {double(from - origin) / 1e9, double(to - origin) / 1e9};
}

void TimelineWidget::setStateVisible(ThreadState state, bool visible)
{
    m_visibleStates[size_t(state)] = visible;
    updateShownLanes();
    update();
}

QString TimelineWidget::laneName(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_lanes[size_t(lane)].name : QString();
}

int TimelineWidget::stateAt(int laneIndex, qint64 timeNs) const
{
    if (laneIndex < 0 || laneIndex >= laneCount())
        return -1;
    const auto &segments = m_lanes[size_t(laneIndex)].segments;
    auto it = std::upper_bound(segments.begin(), segments.end(), timeNs,
                               [](qint64 t, const Segment &s) { return t < s.startNs; });
    if (it == segments.begin())
        return -1;
    return int(std::prev(it)->state);
}

QSize TimelineWidget::sizeHint() const
{
    return {800, RulerHeight + std::max(4, shownLaneCount()) * LaneHeight + 4};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {300, RulerHeight + LaneHeight * std::max(1, shownLaneCount()) + 4};
}

int TimelineWidget::laneAt(int y) const
{
    if (y < RulerHeight)
        return -1;
    const int row = (y - RulerHeight) / LaneHeight;
    return row < shownLaneCount() ? m_shown[size_t(row)] : -1;
}

qint64 TimelineWidget::timeAt(int x) const
{
    qint64 from = 0, to = 0;
    rangeNs(&from, &to);
    const int width = std::max(1, this->width() - GutterWidth - 4);
    return from + qint64(double(x - GutterWidth) / width * double(to - from));
}

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().base());
    const int first = std::max(0, (event->rect().top() - RulerHeight) / LaneHeight);
    const int last = std::min(shownLaneCount() - 1, (event->rect().bottom() - RulerHeight) / LaneHeight);
    render(painter, rect(), first, last);
}

void TimelineWidget::render(QPainter &painter, const QRect &area, int firstLane, int lastLane) const
{
    qint64 from = 0, to = 0;
    rangeNs(&from, &to);
    const qint64 origin = m_originNs ? m_originNs : from;
    const double span = double(std::max<qint64>(1, to - from));
    const int x0 = area.left() + GutterWidth;
    const int width = std::max(1, area.width() - GutterWidth - 4);
    auto xOf = [&](qint64 t) { return x0 + int(double(t - from) / span * width); };
    const QColor text = palette().color(QPalette::Text);

    // Ruler: a tick about every 80 px on a 1-2-5 scale.
    painter.setPen(text);
    const double secondsSpan = span / 1e9;
    double step = 0.001;
    for (double candidate : {0.001, 0.002, 0.005, 0.01, 0.02, 0.05,  0.1,   0.2,   0.5,    1.0,
                             2.0,   5.0,   10.0,  20.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0}) {
        step = candidate;
        if (width / (secondsSpan / candidate) >= 80)
            break;
    }
    const double firstTick = std::ceil(double(from - origin) / 1e9 / step) * step;
    painter.drawLine(x0, area.top() + RulerHeight - 1, x0 + width, area.top() + RulerHeight - 1);
    for (double t = firstTick; t <= double(to - origin) / 1e9 + 1e-9; t += step) {
        const int x = xOf(origin + qint64(t * 1e9));
        painter.drawLine(x, area.top() + RulerHeight - 6, x, area.top() + RulerHeight - 1);
        QRect label(x - 40, area.top() + 2, 80, RulerHeight - 8);
        if (label.right() > area.right())
            label.moveRight(area.right()); // the last tick's label stays whole at the edge
        painter.drawText(label, label.center().x() == x ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter,
                         tr("%1 s").arg(QLocale().toString(t, 'f', step < 0.01 ? 3 : (step < 1 ? 2 : 0))));
    }
    if (m_shown.empty()) {
        // Wrapped: a narrow monitor (presenter mode beside the experiment) must not cut it.
        painter.drawText(area.adjusted(GutterWidth, RulerHeight, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_frozenNowNs ? tr("No lab thread has started at the replay's cursor yet.")
                                       : tr("No lab threads yet: start an experiment and its threads appear here."));
        return;
    }

    const QFontMetrics metrics = painter.fontMetrics();
    for (int i = firstLane; i <= lastLane; ++i) {
        const Lane &lane = m_lanes[size_t(m_shown[size_t(i)])];
        const int y = area.top() + RulerHeight + i * LaneHeight + 2;
        painter.setPen(text);
        painter.drawText(QRect(area.left() + 4, y, GutterWidth - 8, BarHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(lane.name, Qt::ElideRight, GutterWidth - 8));
        // Segments overlapping [from, to]: binary search for the first one.
        auto it = std::upper_bound(lane.segments.begin(), lane.segments.end(), from,
                                   [](qint64 t, const Segment &s) { return t < s.startNs; });
        if (it != lane.segments.begin())
            --it;
        for (; it != lane.segments.end() && it->startNs <= to; ++it) {
            if (it->state == ThreadState::Terminated || !m_visibleStates[size_t(it->state)])
                continue;
            const auto next = std::next(it);
            const qint64 open = m_frozenNowNs ? m_frozenNowNs : to; // a replay stops at its cursor
            const qint64 end = next != lane.segments.end() ? next->startNs : (lane.endNs ? lane.endNs : open);
            const int left = std::max(x0, xOf(it->startNs));
            const int right = std::min(x0 + width, std::max(xOf(end), left + 1));
            if (right <= x0 || left >= x0 + width)
                continue;
            const QRect bar(left, y, right - left, BarHeight);
            painter.fillRect(bar, StatePalette::color(it->state));
            if (StatePalette::pattern(it->state) != Qt::NoBrush)
                painter.fillRect(bar, QBrush(StatePalette::patternColor(it->state), StatePalette::pattern(it->state)));
            const QString label = StatePalette::shortLabel(it->state);
            if (bar.width() > metrics.horizontalAdvance(label) + 6) {
                painter.setPen(it->state == ThreadState::Sleeping ? Qt::white : Qt::black);
                painter.drawText(bar, Qt::AlignCenter, label);
            }
        }
        // Held by the pause: greyed over, so a paused run does not look like it runs on. A narrated
        // step's hold (lecture speed) is lighter and says the step, so the lanes show the interleaving.
        for (const auto &[heldFrom, heldTo, heldLabel] : lane.held) {
            const qint64 end = heldTo ? heldTo : to;
            if (end < from || heldFrom > to)
                continue;
            const int left = std::max(x0, xOf(heldFrom));
            const int right = std::min(x0 + width, std::max(xOf(end), left + 1));
            const QRect bar(left, y, right - left, BarHeight);
            const bool step = !heldLabel.isEmpty();
            painter.fillRect(bar, step ? QColor(255, 255, 255, 170) : QColor(128, 128, 128, 190));
            if (step)
                painter.fillRect(QRect(bar.left(), y, 1, BarHeight), Qt::black); // where the step happened
            const QString label = step ? heldLabel : tr("Paused");
            if (bar.width() > metrics.horizontalAdvance(label) + 6) {
                painter.setPen(step ? Qt::black : Qt::white);
                painter.drawText(bar, Qt::AlignCenter, label);
            }
        }
        if (lane.endNs && lane.endNs >= from && lane.endNs <= to) {
            painter.fillRect(QRect(xOf(lane.endNs), y, 2, BarHeight), StatePalette::color(ThreadState::Terminated));
        }
        // Kernel strip: each sample holds until the next one.
        auto k = std::upper_bound(lane.kernel.begin(), lane.kernel.end(), from,
                                  [](qint64 t, const KernelMark &m) { return t < m.timeNs; });
        if (k != lane.kernel.begin())
            --k;
        for (; k != lane.kernel.end() && k->timeNs <= to; ++k) {
            const auto next = std::next(k);
            const qint64 end = next != lane.kernel.end() ? next->timeNs : k->timeNs + 100'000'000;
            const int left = std::max(x0, xOf(k->timeNs));
            const int right = std::min(x0 + width, std::max(xOf(end), left + 1));
            if (right > left)
                painter.fillRect(QRect(left, y + BarHeight + 1, right - left, StripHeight),
                                 StatePalette::kernelColor(k->letter, k->onCpu));
        }
    }
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int laneIndex = laneAt(help->pos().y());
    if (laneIndex < 0 || help->pos().x() < GutterWidth) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Lane &lane = m_lanes[size_t(laneIndex)];
    const qint64 t = timeAt(help->pos().x());
    QString text = tr("%1 at %2 s").arg(lane.name).arg(QLocale().toString(double(t - m_originNs) / 1e9, 'f', 3));
    auto it = std::upper_bound(lane.segments.begin(), lane.segments.end(), t,
                               [](qint64 time, const Segment &s) { return time < s.startNs; });
    if (it != lane.segments.begin()) {
        const Segment &s = *std::prev(it);
        const qint64 end = it != lane.segments.end() ? it->startNs : (lane.endNs ? lane.endNs : m_lastNs);
        text += QLatin1Char('\n') +
                tr("Textbook: %1%2 for %3 ms")
                    .arg(threadStateName(s.state), s.detail.isEmpty() ? QString() : tr(" (%1)").arg(s.detail))
                    .arg(QLocale().toString(double(std::max<qint64>(0, end - s.startNs)) / 1e6, 'f', 1));
        text += QLatin1Char('\n') + tr("Kernel letters for this state: %1").arg(kernelLettersForState(s.state));
    }
    auto k = std::upper_bound(lane.kernel.begin(), lane.kernel.end(), t,
                              [](qint64 time, const KernelMark &m) { return time < m.timeNs; });
    if (k != lane.kernel.begin()) {
        ThreadSample sample;
        sample.kernelState = std::prev(k)->letter;
        sample.onCpu = std::prev(k)->onCpu;
        text += QLatin1Char('\n') + tr("Kernel (sampled): %1").arg(kernelStateDescription(sample));
    }
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

bool TimelineWidget::exportTo(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size(std::max(width(), 800), RulerHeight + std::max(1, shownLaneCount()) * LaneHeight + 8);
    QSaveFile file(path);
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        if (error)
            *error = tr("Unsupported file type \"%1\": use .png or .svg.").arg(suffix);
        return false;
    }
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (suffix == QLatin1String("png")) {
        QImage image(size * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        render(painter, QRect(QPoint(0, 0), size), 0, shownLaneCount() - 1);
        painter.end();
        if (!image.save(&file, "PNG")) {
            if (error)
                *error = tr("Cannot encode the PNG image.");
            file.cancelWriting();
            return false;
        }
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(tr("Concurrency Lab thread timeline"));
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        render(painter, QRect(QPoint(0, 0), size), 0, shownLaneCount() - 1);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lab::Gui
