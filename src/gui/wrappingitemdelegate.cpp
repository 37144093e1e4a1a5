// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappingitemdelegate.h"

#include <QEvent>
#include <QTimer>
#include <QTreeView>

namespace Lab::Gui {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    m_viewport->installEventFilter(this);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const int indent = (depth + (m_view->rootIsDecorated() ? 1 : 0)) * m_view->indentation();
    QStyleOptionViewItem wrapped = option;
    // A valid rectangle is what makes the style wrap the text to its width when measuring.
    wrapped.rect = QRect(0, 0, std::max(1, m_view->viewport()->width() - indent), 1);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

bool WrappingItemDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // Only the viewport's own width: the view itself may be half destroyed when its viewport gets its
    // last events (no call on the view from here).
    if (watched == m_viewport && event->type() == QEvent::Resize && m_viewport->width() != m_laidOutWidth) {
        m_laidOutWidth = m_viewport->width();
        // After the view has taken its new width: rows get the heights of the text wrapped to it.
        QTimer::singleShot(0, m_view, [view = m_view] { view->doItemsLayout(); });
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace Lab::Gui
