// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadstatediagram.h"

#include "gui/monitor/statepalette.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Lab::Gui {

using Core::ThreadState;

namespace {

// Everything is drawn in a fixed design space and scaled to the widget, so text grows with it.
constexpr qreal DesignWidth = 1000;
constexpr qreal DesignHeight = 380;

bool isDark(const QColor &color)
{
    return 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF() < 0.5;
}

// Where each arrow runs (start, end) and where its label sits; indexes follow m_arrows.
struct ArrowGeometry
{
    QPointF from;
    QPointF to;
    QPointF label;
    Qt::Alignment align;
};
const ArrowGeometry StateArrows[] = {
    {{140, 100}, {210, 100}, {175, 22}, Qt::AlignHCenter},  // New -> Runnable
    {{410, 75}, {520, 75}, {465, 22}, Qt::AlignHCenter},    // Runnable -> Running
    {{520, 127}, {410, 127}, {465, 176}, Qt::AlignHCenter}, // Running -> Runnable
    {{720, 100}, {790, 100}, {745, 22}, Qt::AlignHCenter},  // Running -> Terminated
    {{640, 155}, {600, 250}, {630, 205}, Qt::AlignLeft},    // Running -> Not running
    {{370, 250}, {320, 155}, {330, 205}, Qt::AlignRight},   // Not running -> Runnable
};

} // namespace

ThreadStateDiagram::ThreadStateDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("threadStateDiagram"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    retranslate();
}

ThreadStateDiagram::~ThreadStateDiagram() = default;

ThreadStateDiagram::Node ThreadStateDiagram::nodeFor(ThreadState state)
{
    switch (state) {
    case ThreadState::New:
        return Node::New;
    case ThreadState::Runnable:
        return Node::Runnable;
    case ThreadState::Running:
        return Node::Running;
    case ThreadState::Blocked:
    case ThreadState::Waiting:
    case ThreadState::Sleeping:
        return Node::NotRunning;
    case ThreadState::Terminated:
        return Node::Terminated;
    }
    return Node::New;
}

QString ThreadStateDiagram::nodeName(Node node)
{
    switch (node) {
    case Node::New:
        return tr("New");
    case Node::Runnable:
        return tr("Runnable");
    case Node::Running:
        return tr("Running");
    case Node::NotRunning:
        return tr("Not running");
    case Node::Terminated:
        return tr("Terminated");
    }
    return {};
}

void ThreadStateDiagram::setState(ThreadState state, const QString &detail)
{
    if (m_hasState && nodeFor(m_state) != nodeFor(state)) {
        m_hasPrevious = true;
        m_previous = nodeFor(m_state);
    }
    const bool changed = !m_hasState || m_state != state || m_detail != detail;
    m_state = state;
    m_detail = detail;
    m_hasState = true;
    setAccessibleDescription(litText());
    update();
    if (changed)
        emit stateShown(state);
}

void ThreadStateDiagram::clearState()
{
    m_hasState = false;
    m_hasPrevious = false;
    m_detail.clear();
    setAccessibleDescription(QString());
    update();
}

QString ThreadStateDiagram::litText() const
{
    if (!m_hasState)
        return {};
    return m_detail.isEmpty() ? nodeName(litNode()) : tr("%1 (%2)").arg(nodeName(litNode()), m_detail);
}

QSize ThreadStateDiagram::sizeHint() const
{
    return {1000, 380};
}

QSize ThreadStateDiagram::minimumSizeHint() const
{
    return {500, 190};
}

int ThreadStateDiagram::heightForWidth(int width) const
{
    return int(std::lround(width * DesignHeight / DesignWidth));
}

QRectF ThreadStateDiagram::nodeRect(Node node) const
{
    switch (node) {
    case Node::New:
        return {10, 45, 130, 110};
    case Node::Runnable:
        return {210, 45, 200, 110};
    case Node::Running:
        return {520, 45, 200, 110};
    case Node::Terminated:
        return {790, 45, 200, 110}; // "Terminated" is the longest name
    case Node::NotRunning:
        return {330, 250, 370, 120};
    }
    return {};
}

void ThreadStateDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = std::min(width() / DesignWidth, height() / DesignHeight);
    painter.translate((width() - DesignWidth * scale) / 2, (height() - DesignHeight * scale) / 2);
    painter.scale(scale, scale);
    for (int i = 0; i < m_arrows.size(); ++i)
        drawArrow(painter, m_arrows.at(i), i);
    for (Node node : {Node::New, Node::Runnable, Node::Running, Node::NotRunning, Node::Terminated})
        drawNode(painter, node);
}

void ThreadStateDiagram::drawNode(QPainter &painter, Node node) const
{
    const QRectF rect = nodeRect(node);
    const bool lit = m_hasState && litNode() == node;
    // The colour of the lit state; unlit boxes show the colour of their main state as a band.
    ThreadState colourState = ThreadState::New;
    switch (node) {
    case Node::New:
        colourState = ThreadState::New;
        break;
    case Node::Runnable:
        colourState = ThreadState::Runnable;
        break;
    case Node::Running:
        colourState = ThreadState::Running;
        break;
    case Node::NotRunning:
        colourState = lit ? m_state : ThreadState::Sleeping;
        break;
    case Node::Terminated:
        colourState = ThreadState::Terminated;
        break;
    }
    const QColor colour = StatePalette::color(colourState);
    QColor textColour = palette().color(QPalette::Text);
    QPainterPath path;
    path.addRoundedRect(rect, 14, 14);
    if (lit) {
        painter.fillPath(path, colour);
        // The state's pattern in a band at the bottom, where it does not cross the text.
        if (StatePalette::pattern(colourState) != Qt::NoBrush) {
            painter.save();
            painter.setClipPath(path);
            painter.fillRect(QRectF(rect.left(), rect.bottom() - 11, rect.width(), 11),
                             QBrush(StatePalette::patternColor(colourState), StatePalette::pattern(colourState)));
            painter.restore();
        }
        textColour = isDark(colour) ? Qt::white : Qt::black;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Text), 7));
        painter.drawPath(path);
        // A "now" tab above the box: the lit box is found without colour too.
        QFont badgeFont = font();
        badgeFont.setPixelSize(22);
        badgeFont.setBold(true);
        painter.setFont(badgeFont);
        const QRectF badge(rect.center().x() - 40, rect.top() - 31, 80, 29);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Text));
        painter.drawRoundedRect(badge, 6, 6);
        painter.setPen(palette().color(QPalette::Base));
        painter.drawText(badge, Qt::AlignCenter, tr("now"));
    } else {
        painter.fillPath(path, palette().color(QPalette::Base));
        painter.save();
        painter.setClipPath(path);
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 12), colour);
        painter.restore();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Mid), 2));
        painter.drawPath(path);
    }

    QString second;
    switch (node) {
    case Node::New:
        second = tr("not started");
        break;
    case Node::Runnable:
        second = tr("R, waiting");
        break;
    case Node::Running:
        second = tr("R, on a CPU");
        break;
    case Node::NotRunning:
        second = tr("sleeping or blocked: S or D");
        break;
    case Node::Terminated:
        second = tr("no task");
        break;
    }
    const QRectF inner = rect.adjusted(4, 10, -4, -6);
    // Each line at its design size, or smaller when it is wider than the box (a wider presenter type,
    // a longer German word): never cut to "rminat".
    const auto fitted = [this, &inner](const QString &text, int pixelSize, bool bold) {
        QFont f = font();
        f.setBold(bold);
        f.setPixelSize(pixelSize);
        const qreal needed = QFontMetricsF(f).horizontalAdvance(text);
        if (needed > inner.width() - 4)
            f.setPixelSize(std::max(10, int(pixelSize * (inner.width() - 4) / needed)));
        return f;
    };
    painter.setPen(textColour);
    painter.setFont(fitted(nodeName(node), 36, true));
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 42), Qt::AlignCenter, nodeName(node));
    painter.setFont(fitted(second, 24, false));
    painter.drawText(QRectF(inner.left(), inner.top() + 42, inner.width(), 28), Qt::AlignCenter, second);
    if (lit && !m_detail.isEmpty()) {
        painter.setFont(fitted(m_detail, 24, true));
        painter.drawText(QRectF(inner.left(), inner.top() + 68, inner.width(), 28), Qt::AlignCenter, m_detail);
    }
}

void ThreadStateDiagram::drawArrow(QPainter &painter, const Arrow &arrow, int index) const
{
    const ArrowGeometry &g = StateArrows[index];
    const bool taken = m_hasState && m_hasPrevious && arrow.from == m_previous && arrow.to == litNode();
    const QColor colour = palette().color(QPalette::Text);
    const qreal width = taken ? 8 : 3;
    const QLineF line(g.from, g.to);
    const qreal head = taken ? 24 : 16;
    QLineF shaft = line;
    shaft.setLength(line.length() - head * 0.8);
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(shaft);
    const qreal angle = std::atan2(line.dy(), line.dx());
    const QPointF tip = g.to;
    const QPointF left = tip - QPointF(std::cos(angle - 0.45) * head, std::sin(angle - 0.45) * head);
    const QPointF right = tip - QPointF(std::cos(angle + 0.45) * head, std::sin(angle + 0.45) * head);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(QPolygonF{tip, left, right});

    QFont labelFont = font();
    labelFont.setPixelSize(24);
    labelFont.setBold(taken);
    labelFont.setItalic(!taken);
    painter.setFont(labelFont);
    painter.setPen(colour);
    // Wide enough for the label ("Schlafen, Sperre, E/A" in German is wider than the English).
    const qreal w = std::max<qreal>(240, QFontMetricsF(labelFont).horizontalAdvance(arrow.label) + 12);
    QRectF box(g.label.x() - w / 2, g.label.y() - 14, w, 28);
    if (g.align & Qt::AlignLeft)
        box.moveLeft(g.label.x());
    else if (g.align & Qt::AlignRight)
        box.moveRight(g.label.x());
    painter.drawText(box, int(g.align | Qt::AlignVCenter), arrow.label);
}

void ThreadStateDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void ThreadStateDiagram::retranslate()
{
    m_arrows = {
        {Node::New, Node::Runnable, tr("start()")},
        {Node::Runnable, Node::Running, tr("scheduled")},
        {Node::Running, Node::Runnable, tr("preempted")},
        {Node::Running, Node::Terminated, tr("run() ends")},
        {Node::Running, Node::NotRunning, tr("sleep, lock, I/O")},
        {Node::NotRunning, Node::Runnable, tr("woken up")},
    };
    setAccessibleName(tr("Thread state diagram"));
    setAccessibleDescription(litText());
    update();
}

} // namespace Lab::Gui
