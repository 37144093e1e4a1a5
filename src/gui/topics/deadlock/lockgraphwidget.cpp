// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockgraphwidget.h"

#include "gui/monitor/statepalette.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace Lab::Gui {

namespace {

using Step = Core::TwoLocks::Step;

const QColor Alarm(0xD5, 0x5E, 0x00); // the philosophers' red

Core::ThreadState stateOf(Step step)
{
    switch (step) {
    case Step::NotStarted:
        return Core::ThreadState::New;
    case Step::TakingFirst:
    case Step::HoldingFirst:
    case Step::WorkingWithBoth:
        return Core::ThreadState::Running;
    case Step::WaitingForSecond:
        return Core::ThreadState::Blocked;
    case Step::Done:
    case Step::GaveUp:
    case Step::Cancelled:
        return Core::ThreadState::Terminated;
    }
    return Core::ThreadState::New;
}

// The point where the segment from `outside` to the centre of `rect` crosses its border.
QPointF onBorder(const QRectF &rect, QPointF outside)
{
    const QPointF c = rect.center();
    const QPointF d = outside - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = qFuzzyIsNull(d.x()) ? 1e9 : rect.width() / 2 / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e9 : rect.height() / 2 / std::abs(d.y());
    return c + d * std::min(sx, sy);
}

void arrowHead(QPainter &painter, QPointF tip, QPointF from, double size)
{
    const QLineF line(tip, from);
    const double angle = qDegreesToRadians(line.angle());
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip + QPointF(std::cos(angle + 0.45) * size, -std::sin(angle + 0.45) * size));
    head.lineTo(tip + QPointF(std::cos(angle - 0.45) * size, -std::sin(angle - 0.45) * size));
    head.closeSubpath();
    painter.fillPath(head, painter.pen().color());
}

// A straight arrow between two nodes, from border to border, with a label beside its middle.
void edge(QPainter &painter, const QRectF &from, const QRectF &to, const QString &label, double head)
{
    const QPointF a = onBorder(from, to.center());
    const QPointF b = onBorder(to, from.center());
    painter.drawLine(a, b);
    arrowHead(painter, b, a, head);
    const QPointF middle = (a + b) / 2;
    const QFontMetricsF fm(painter.font());
    const QRectF box(middle.x() - fm.horizontalAdvance(label) / 2 - 3, middle.y() - fm.height() / 2,
                     fm.horizontalAdvance(label) + 6, fm.height());
    // On a patch of the background, so that the line under it does not cross the word.
    painter.save();
    const QColor colour = painter.pen().color();
    painter.setPen(Qt::NoPen);
    painter.setBrush(painter.background());
    painter.drawRect(box);
    painter.setPen(colour);
    painter.drawText(box, Qt::AlignCenter, label);
    painter.restore();
}

} // namespace

LockGraphWidget::LockGraphWidget(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
}

LockGraphWidget::~LockGraphWidget() = default;

void LockGraphWidget::setView(const Core::TwoLocks::View &view)
{
    m_view = view;
    update();
}

void LockGraphWidget::setDeadlock(const Core::DeadlockReport &report)
{
    m_deadlock = report;
    update();
}

void LockGraphWidget::setChoosingVictim(bool choosing)
{
    m_choosingVictim = choosing;
    if (!choosing)
        unsetCursor();
    update();
}

namespace {
constexpr int SideBySideWidth = 32; // in lines of text: below it, the two graphs are stacked
constexpr int WaitForHeight = 12;   // stacked: the wait-for graph's part, the rest below
constexpr int LockOrderHeight = 11; // what the lock-order graph needs
} // namespace

bool LockGraphWidget::stacked() const
{
    return width() < fontMetrics().height() * SideBySideWidth;
}

int LockGraphWidget::heightForWidth(int width) const
{
    const int line = fontMetrics().height();
    if (width < line * SideBySideWidth)
        return line * (WaitForHeight + LockOrderHeight + 1);
    return std::clamp(width * 2 / 5, line * 12, line * 18);
}

QSize LockGraphWidget::sizeHint() const
{
    // As wide as the philosophers' table: a wider hint would push the monitor dock off a projector.
    const int width = fontMetrics().height() * 24;
    return {width, heightForWidth(width)};
}

QSize LockGraphWidget::minimumSizeHint() const
{
    return {fontMetrics().height() * 12, fontMetrics().height() * 12};
}

QRectF LockGraphWidget::waitForArea() const
{
    const QRectF all = QRectF(rect()).adjusted(2, 2, -2, -2);
    if (stacked())
        return QRectF(all.left(), all.top(), all.width(), fontMetrics().height() * WaitForHeight);
    return QRectF(all.left(), all.top(), all.width() * 0.6, all.height());
}

QRectF LockGraphWidget::lockOrderArea() const
{
    const QRectF all = QRectF(rect()).adjusted(2, 2, -2, -2);
    if (stacked()) {
        const double top = all.top() + fontMetrics().height() * (WaitForHeight + 0.5);
        return QRectF(all.left(), top, all.width(), all.bottom() - top);
    }
    return QRectF(all.left() + all.width() * 0.62, all.top(), all.width() * 0.38, all.height());
}

QRectF LockGraphWidget::threadRect(int index) const
{
    if (index < 0 || index >= m_view.threads.size())
        return {};
    const QRectF area = waitForArea();
    const QFontMetricsF fm(font());
    const double w = fm.horizontalAdvance(m_view.threads.at(index).name) + fm.height() * 1.0;
    const double h = fm.height() * 2.2;
    const double cx = index == 0 ? area.left() + w / 2 + fm.height() * 0.2 : area.right() - w / 2 - fm.height() * 0.2;
    const double cy = area.top() + fm.height() * 1.6 + (area.height() - fm.height() * 1.6) / 2;
    return {cx - w / 2, cy - h / 2, w, h};
}

QRectF LockGraphWidget::lockRect(int index) const
{
    const QRectF area = waitForArea();
    const QFontMetricsF fm(font());
    const double side = fm.height() * 2.2;
    const double top = area.top() + fm.height() * 1.6; // below the title
    const double cy = index == 0 ? top + side / 2 + fm.height() * 0.3 : area.bottom() - side / 2 - fm.height() * 0.3;
    return {area.center().x() - side / 2, cy - side / 2, side, side};
}

bool LockGraphWidget::inCycle(const QString &thread) const
{
    return std::any_of(m_deadlock.cycle.cbegin(), m_deadlock.cycle.cend(),
                       [&](const Core::WaitForEdge &e) { return e.thread == thread; });
}

int LockGraphWidget::threadAt(QPointF point) const
{
    for (int i = 0; i < m_view.threads.size(); ++i) {
        if (threadRect(i).contains(point))
            return i;
    }
    return -1;
}

void LockGraphWidget::mousePressEvent(QMouseEvent *event)
{
    const int index = threadAt(event->position());
    if (event->button() == Qt::LeftButton && index >= 0)
        emit threadClicked(m_view.threads.at(index).name);
    QWidget::mousePressEvent(event);
}

void LockGraphWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int index = threadAt(event->position());
    if (m_choosingVictim && index >= 0 && inCycle(m_view.threads.at(index).name))
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

bool LockGraphWidget::showsLockOrderCycle() const
{
    for (const Core::LockOrderEdge &e : m_view.lockOrder) {
        for (const Core::LockOrderEdge &back : m_view.lockOrder) {
            if (e.from == back.to && e.to == back.from)
                return true;
        }
    }
    return false;
}

void LockGraphWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setBackground(palette().window());
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_view.threads.isEmpty()) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Press Run: two threads, two locks (A and B)."));
        return;
    }
    paintWaitFor(painter);
    paintLockOrder(painter);
}

void LockGraphWidget::paintWaitFor(QPainter &painter)
{
    const QRectF area = waitForArea();
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    const double head = fm.height() * 0.55;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), fm.height() * 1.3), Qt::AlignLeft | Qt::AlignTop,
                     tr("Wait-for graph, live"));
    painter.setFont(font());

    const auto threadIndex = [&](const QString &name) {
        for (int i = 0; i < m_view.threads.size(); ++i) {
            if (m_view.threads.at(i).name == name)
                return i;
        }
        return -1;
    };
    const auto cycleHas = [&](const QString &thread, const QString &lock, bool holds) {
        for (const Core::WaitForEdge &e : m_deadlock.cycle) {
            if (holds ? (e.heldBy == thread && e.waitsOn == lock) : (e.thread == thread && e.waitsOn == lock))
                return true;
        }
        return false;
    };
    // Edges under the nodes: "holds" (lock -> owner, solid), "waits for" (thread -> lock, dashed).
    for (int l = 0; l < m_view.locks.size() && l < 2; ++l) {
        const Core::SyncSnapshot &lock = m_view.locks.at(l);
        if (const int owner = threadIndex(lock.owner); owner >= 0) {
            const bool red = cycleHas(lock.owner, lock.name, true);
            painter.setPen(QPen(red ? Alarm : text, red ? 4 : 2.5));
            edge(painter, lockRect(l), threadRect(owner), tr("holds"), head);
        }
        for (const QString &waiter : lock.waiters) {
            if (const int w = threadIndex(waiter); w >= 0) {
                const bool red = cycleHas(waiter, lock.name, false);
                painter.setPen(QPen(red ? Alarm : text, red ? 4 : 2, Qt::DashLine));
                edge(painter, threadRect(w), lockRect(l), tr("waits for"), head);
            }
        }
    }
    // Locks.
    for (int l = 0; l < m_view.locks.size() && l < 2; ++l) {
        painter.setPen(QPen(text, 1.5));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRect(lockRect(l));
        QFont big = bold;
        big.setPointSizeF(bold.pointSizeF() * 1.2);
        painter.setFont(big);
        painter.drawText(lockRect(l), Qt::AlignCenter, m_view.locks.at(l).name);
        painter.setFont(font());
    }
    // Threads, in their state's colour; the ones in a standing cycle get a red border.
    for (int i = 0; i < m_view.threads.size(); ++i) {
        const auto &thread = m_view.threads.at(i);
        const QColor color = StatePalette::color(stateOf(thread.step));
        const bool red = inCycle(thread.name);
        painter.setPen(QPen(red ? Alarm : text, red ? 3 : 1));
        painter.setBrush(color);
        painter.drawRoundedRect(threadRect(i), 8, 8);
        painter.setPen(qGray(color.rgb()) > 150 ? Qt::black : Qt::white);
        painter.drawText(threadRect(i), Qt::AlignCenter, thread.name);
    }
}

void LockGraphWidget::paintLockOrder(QPainter &painter)
{
    const QRectF area = lockOrderArea();
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor mid = palette().color(QPalette::Mid);
    painter.setPen(QPen(mid, 1));
    if (stacked())
        painter.drawLine(QPointF(area.left(), area.top() - fm.height() * 0.25),
                         QPointF(area.right(), area.top() - fm.height() * 0.25));
    else
        painter.drawLine(QPointF(area.left() - area.width() * 0.03, area.top()),
                         QPointF(area.left() - area.width() * 0.03, area.bottom()));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), fm.height() * 1.3), Qt::AlignLeft | Qt::AlignTop,
                     tr("Lock-order graph"));
    painter.setFont(font());

    const bool cycle = showsLockOrderCycle();
    const double side = fm.height() * 2.2;
    // From the top: the title, a label, the upper arc, the nodes, the lower arc, a label, the verdict
    // (LockOrderHeight lines in all), centred in a taller area.
    const double bend = fm.height() * 2.4;
    const double cy =
        area.top() + fm.height() * 4.9 + std::max(0.0, (area.height() - fm.height() * LockOrderHeight) / 2);
    const QRectF a(area.left() + area.width() * 0.18 - side / 2, cy - side / 2, side, side);
    const QRectF b(area.left() + area.width() * 0.82 - side / 2, cy - side / 2, side, side);
    const double head = fm.height() * 0.55;
    for (const Core::LockOrderEdge &e : m_view.lockOrder) {
        const bool forward = e.from == m_view.locks.value(0).name;
        const QRectF &from = forward ? a : b;
        const QRectF &to = forward ? b : a;
        // A -> B above the nodes, B -> A below: two code paths, two arcs.
        const double sign = forward ? -1 : 1;
        const QPointF start(from.center().x(), from.center().y() + sign * side / 2);
        const QPointF end(to.center().x(), to.center().y() + sign * side / 2);
        const QPointF control((start.x() + end.x()) / 2, start.y() + sign * bend);
        QPainterPath path(start);
        path.quadTo(control, end);
        painter.setPen(QPen(cycle ? Alarm : text, cycle ? 3 : 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        arrowHead(painter, end, path.pointAtPercent(0.9), head);
        const QPointF label = path.pointAtPercent(0.5);
        const QRectF box(label.x() - area.width() / 2, forward ? label.y() - fm.height() * 1.1 : label.y() + 2,
                         area.width(), fm.height());
        painter.setPen(cycle ? Alarm : text);
        painter.drawText(box, Qt::AlignCenter, e.thread);
    }
    for (const QRectF &node : {a, b}) {
        painter.setPen(QPen(text, 1.5));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRect(node);
    }
    QFont big = bold;
    big.setPointSizeF(bold.pointSizeF() * 1.2);
    painter.setFont(big);
    painter.setPen(text);
    painter.drawText(a, Qt::AlignCenter, m_view.locks.value(0).name);
    painter.drawText(b, Qt::AlignCenter, m_view.locks.value(1).name);
    painter.setFont(font());
    const QString verdict = cycle                        ? tr("A cycle: a potential deadlock")
                            : m_view.lockOrder.isEmpty() ? tr("No lock taken while holding one yet")
                                                         : tr("One order: no cycle can form");
    painter.setPen(cycle ? Alarm : text);
    painter.drawText(QRectF(area.left(), area.bottom() - fm.height() * 2.4, area.width(), fm.height() * 2.4),
                     Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, verdict);
}

} // namespace Lab::Gui
