// SPDX-License-Identifier: GPL-3.0-or-later
#include "statictextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace Lab::Gui {

StaticTextDelegate::~StaticTextDelegate() = default;

void StaticTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty() || opt.text.contains(QLatin1Char('\n')) || (opt.state & QStyle::State_Editing)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString shown = opt.text;
    opt.text.clear(); // the style draws all but the text; with no text to lay out, that is cheap
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // Where and how the style draws an item's text (QCommonStyle, CE_ItemViewItem): in the text
    // rectangle less the focus frame's margin on each side, in the Text colour of the item's
    // palette (HighlightedText when selected), elided with the view's elide mode.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (room.width() <= 0)
        return;
    const QStaticText &laidOut = text(shown, opt, room.width());
    const QSizeF size = laidOut.size();
    QPointF at(room.left(), room.top() + (room.height() - size.height()) / 2);
    const Qt::Alignment horizontal =
        QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
    if (horizontal & Qt::AlignRight)
        at.setX(room.right() + 1 - size.width());
    else if (horizontal & Qt::AlignHCenter)
        at.setX(room.left() + (room.width() - size.width()) / 2);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(room, Qt::IntersectClip);
    painter->drawStaticText(at, laidOut);
    painter->restore();
}

const QStaticText &StaticTextDelegate::text(const QString &shown, const QStyleOptionViewItem &option, int width) const
{
    if (m_fontKey.isEmpty() || option.font != m_keyedFont) {
        m_keyedFont = option.font;
        m_fontKey = option.font.key();
    }
    const QString key = shown + QChar(0x1f) + m_fontKey + QChar(0x1f) + QString::number(width) + QChar(0x1f) +
                        QString::number(int(option.textElideMode));
    if (const QStaticText *cached = m_texts.object(key))
        return *cached;
    const QString elided = QFontMetrics(option.font).elidedText(shown, option.textElideMode, width);
    auto *laidOut = new QStaticText(elided);
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut->prepare(QTransform(), option.font);
    m_texts.insert(key, laidOut);
    return *m_texts.object(key);
}

} // namespace Lab::Gui
