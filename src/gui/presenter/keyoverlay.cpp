// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyoverlay.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Lab::Gui {

KeyOverlay::KeyOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keyOverlay"));
    setAttribute(Qt::WA_NoSystemBackground);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
}

KeyOverlay::~KeyOverlay() = default;

void KeyOverlay::setRows(const QString &title, const QList<std::pair<QString, QString>> &rows, const QString &hint)
{
    m_title = title;
    m_rows = rows;
    m_hint = hint;
    update();
}

bool KeyOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void KeyOverlay::mousePressEvent(QMouseEvent *event)
{
    Q_UNUSED(event);
    hide();
}

void KeyOverlay::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0, 0, 0, 225));

    // Large type, whatever the window's scale: a row is about 1/22 of the height (>= 24 px).
    const qreal rowHeight = std::max<qreal>(24.0, height() / 22.0);
    QFont keyFont = font();
    keyFont.setPixelSize(int(rowHeight * 0.62));
    keyFont.setBold(true);
    QFont textFont = keyFont;
    textFont.setBold(false);
    QFont titleFont = keyFont;
    titleFont.setPixelSize(int(rowHeight * 0.9));

    const QFontMetricsF keyMetrics(keyFont);
    qreal keyWidth = 0;
    for (const auto &[keys, text] : m_rows)
        keyWidth = std::max(keyWidth, keyMetrics.horizontalAdvance(keys));
    const qreal margin = rowHeight;
    qreal y = std::max(margin, (height() - rowHeight * (m_rows.size() + 3)) / 2);
    const qreal left = std::max(margin, width() * 0.12);

    painter.setPen(Qt::white);
    painter.setFont(titleFont);
    painter.drawText(QRectF(left, y, width() - 2 * left, rowHeight * 1.4), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += rowHeight * 1.8;
    for (const auto &[keys, text] : m_rows) {
        painter.setFont(keyFont);
        painter.setPen(QColor(255, 214, 0)); // yellow on black: high contrast, also in greyscale
        painter.drawText(QRectF(left, y, keyWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, keys);
        painter.setFont(textFont);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(left + keyWidth + margin, y, width() - left - keyWidth - 2 * margin, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        y += rowHeight;
    }
    y += rowHeight * 0.5;
    painter.setFont(textFont);
    painter.setPen(QColor(200, 200, 200));
    painter.drawText(QRectF(left, y, width() - 2 * left, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, m_hint);
}

} // namespace Lab::Gui
