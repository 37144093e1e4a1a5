// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

QT_BEGIN_NAMESPACE
class QTreeView;
QT_END_NAMESPACE

namespace Lab::Gui {

// Titles that wrap between words at the width of a tree view with one stretched column, in rows as
// tall as the wrapped text (QTreeView asks its delegate for a row's height without the width, so its
// own word wrap paints a second line into a one-line row and elides it). Relays the rows out when
// the view's width changes.
class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingItemDelegate)

public:
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QWidget *m_viewport; // the view's, watched for its width
    int m_laidOutWidth = -1;
};

} // namespace Lab::Gui
