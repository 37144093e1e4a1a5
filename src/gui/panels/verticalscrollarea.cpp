// SPDX-License-Identifier: GPL-3.0-or-later
#include "verticalscrollarea.h"

#include <QScrollBar>

namespace Lab::Gui {

VerticalScrollArea::VerticalScrollArea(QWidget *page, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(page);
}

VerticalScrollArea::~VerticalScrollArea() = default;

QSize VerticalScrollArea::minimumSizeHint() const
{
    QSize size = QScrollArea::minimumSizeHint();
    if (const QWidget *page = widget())
        size.setWidth(page->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
    return size;
}

} // namespace Lab::Gui
