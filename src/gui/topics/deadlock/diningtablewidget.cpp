// SPDX-License-Identifier: GPL-3.0-or-later
#include "diningtablewidget.h"

#include "gui/monitor/statepalette.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Lab::Gui {

namespace {

using State = Core::DiningPhilosophers::State;

// The seat angle of philosopher i (fork i sits half-way to philosopher i-1), the first at the top.
double seatAngle(int index, int count)
{
    return -M_PI / 2 + 2 * M_PI * index / count;
}

QPointF onCircle(QPointF center, double radius, double angle)
{
    return center + QPointF(radius * std::cos(angle), radius * std::sin(angle));
}

void arrow(QPainter &painter, QPointF from, QPointF to, double head)
{
    painter.drawLine(from, to);
    const QLineF line(to, from);
    const double angle = qDegreesToRadians(line.angle());
    const QPointF left = to + QPointF(std::cos(angle + 0.45) * head, -std::sin(angle + 0.45) * head);
    const QPointF right = to + QPointF(std::cos(angle - 0.45) * head, -std::sin(angle - 0.45) * head);
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(left);
    tip.lineTo(right);
    tip.closeSubpath();
    painter.fillPath(tip, painter.pen().color());
}

int indexOf(const QString &name) // "philosopher-3" / "fork-3" -> 2
{
    return name.section(QLatin1Char('-'), -1).toInt() - 1;
}

} // namespace

DiningTableWidget::DiningTableWidget(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

DiningTableWidget::~DiningTableWidget() = default;

void DiningTableWidget::setSnapshot(const Core::DiningPhilosophers::Snapshot &snapshot)
{
    m_snapshot = snapshot;
    update();
}

void DiningTableWidget::setDeadlock(const Core::DeadlockReport &report)
{
    m_deadlock = report;
    update();
}

void DiningTableWidget::setPrompt(const QString &prompt)
{
    m_prompt = prompt;
    setCursor(prompt.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

double DiningTableWidget::seatRadius() const
{
    return fontMetrics().height() * 1.6;
}

QPointF DiningTableWidget::seatCenter(int index) const
{
    const int count = int(m_snapshot.philosophers.size());
    if (count == 0)
        return {};
    const QPointF center = QRectF(rect()).center();
    const double outer = std::min(width(), height()) / 2.0 - fontMetrics().height() * 0.5;
    return onCircle(center, outer - seatRadius(), seatAngle(index, count));
}

void DiningTableWidget::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < m_snapshot.philosophers.size(); ++i) {
        if (QLineF(event->position(), seatCenter(i)).length() <= seatRadius()) {
            emit philosopherClicked(i);
            break;
        }
    }
    QWidget::mousePressEvent(event);
}

QColor DiningTableWidget::stateColor(State state)
{
    switch (state) {
    case State::Thinking:
        return StatePalette::color(Core::ThreadState::Sleeping);
    case State::Hungry:
        return StatePalette::color(Core::ThreadState::Blocked);
    case State::Eating:
        return StatePalette::color(Core::ThreadState::Running);
    case State::Done:
        return StatePalette::color(Core::ThreadState::New);
    }
    return Qt::gray;
}

int DiningTableWidget::heightForWidth(int width) const
{
    return std::clamp(width * 3 / 4, fontMetrics().height() * 12, fontMetrics().height() * 24);
}

QSize DiningTableWidget::sizeHint() const
{
    return {fontMetrics().height() * 24, fontMetrics().height() * 18};
}

QSize DiningTableWidget::minimumSizeHint() const
{
    return {fontMetrics().height() * 12, fontMetrics().height() * 12};
}

void DiningTableWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = int(m_snapshot.philosophers.size());
    if (count == 0) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Press Run: the philosophers sit down."));
        return;
    }
    const QPointF center = QRectF(rect()).center();
    const double outer = std::min(width(), height()) / 2.0 - fontMetrics().height() * 0.5;
    const double seatRadius = this->seatRadius();
    const double seats = outer - seatRadius;
    const double forks = seats * 0.55;
    const double head = fontMetrics().height() * 0.5;
    const auto seat = [&](int i) { return onCircle(center, seats, seatAngle(i, count)); };
    const auto fork = [&](int i) { return onCircle(center, forks, seatAngle(i, count) - M_PI / count); };
    const QColor text = palette().color(QPalette::WindowText);
    const QColor alarm(0xD5, 0x5E, 0x00);

    // The table.
    painter.setPen(QPen(palette().color(QPalette::Mid), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(center, forks * 1.25, forks * 1.25);

    // Forks: held (solid line to the holder), waited for (dashed arrow from the waiter).
    for (int f = 0; f < m_snapshot.forks.size() && f < count; ++f) {
        const Core::SyncSnapshot &s = m_snapshot.forks.at(f);
        if (!s.owner.isEmpty()) {
            painter.setPen(QPen(text, 3));
            painter.drawLine(fork(f), seat(indexOf(s.owner)));
        }
        for (const QString &waiter : s.waiters) {
            painter.setPen(QPen(text, 2, Qt::DashLine));
            arrow(painter, seat(indexOf(waiter)), fork(f), head);
        }
    }
    // The deadlock's cycle: thread -> the fork it waits on -> the thread holding it, in red.
    for (const Core::WaitForEdge &edge : m_deadlock.cycle) {
        const int waiter = indexOf(edge.thread);
        const int f = indexOf(edge.waitsOn);
        const int holder = indexOf(edge.heldBy);
        if (waiter < 0 || f < 0 || holder < 0 || waiter >= count || f >= count || holder >= count)
            continue;
        painter.setPen(QPen(alarm, 4, Qt::DashLine));
        arrow(painter, seat(waiter), fork(f), head);
        painter.setPen(QPen(alarm, 4));
        painter.drawLine(fork(f), seat(holder));
    }
    for (int f = 0; f < count; ++f) {
        const QPointF at = fork(f);
        // Chandy/Misra: a clean fork (kept until eaten with) outlined heavily, a dirty one dotted
        // (a pattern in the text colour: seen in the light, dark and presenter palettes alike).
        const bool colours = f < m_snapshot.cleanForks.size();
        const bool clean = colours && m_snapshot.cleanForks.at(f);
        const QRectF box(at.x() - head * 1.6, at.y() - head, head * 3.2, head * 2);
        painter.setPen(QPen(text, clean ? 3 : 1));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(box, 4, 4);
        if (colours && !clean) {
            painter.setBrush(QBrush(text, Qt::Dense6Pattern));
            painter.drawRoundedRect(box, 4, 4);
        }
        painter.drawText(QRectF(at.x() - head * 1.6, at.y() - head, head * 3.2, head * 2), Qt::AlignCenter,
                         tr("F%1").arg(f + 1));
    }
    // Philosophers: their state's colour, number and meals.
    for (int i = 0; i < count; ++i) {
        const auto &p = m_snapshot.philosophers.at(i);
        const QPointF at = seat(i);
        const QColor color = stateColor(p.state);
        painter.setPen(QPen(text, 1));
        painter.setBrush(color);
        painter.drawEllipse(at, seatRadius * 0.9, seatRadius * 0.9);
        painter.setPen(qGray(color.rgb()) > 150 ? Qt::black : Qt::white);
        painter.drawText(QRectF(at.x() - seatRadius, at.y() - seatRadius, 2 * seatRadius, 2 * seatRadius),
                         Qt::AlignCenter,
                         p.meals < 0 ? tr("P%1").arg(i + 1) // a replay: meals are not recorded
                                     : tr("P%1\n%2").arg(i + 1).arg(p.meals));
    }
    if (!m_prompt.isEmpty()) {
        // Inside the circle of forks, where no line runs in a deadlock round the table.
        const double r = forks * 0.8;
        const QRectF box(center.x() - r, center.y() - r * 0.6, 2 * r, 1.2 * r);
        QFont bold = font();
        bold.setBold(true);
        // Smaller until it fits the box (a small table, a long translation).
        for (int step = 0; step < 6; ++step) {
            const QRect need =
                QFontMetrics(bold).boundingRect(box.toRect(), Qt::AlignCenter | Qt::TextWordWrap, m_prompt);
            if (need.width() <= box.width() && need.height() <= box.height())
                break;
            bold.setPointSizeF(bold.pointSizeF() * 0.88);
        }
        painter.setFont(bold);
        painter.setPen(alarm);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_prompt);
        painter.setFont(font());
    }
}

} // namespace Lab::Gui
