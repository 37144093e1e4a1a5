// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace Lab::Gui {

// Holds a result page that may be taller than the window at large text scales: it scrolls
// vertically instead of raising the window's minimum height, and keeps the page's minimum width
// (no horizontal scrolling, so nothing is clipped at the side). Used by the threads and processes panels.
class VerticalScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerticalScrollArea)

public:
    explicit VerticalScrollArea(QWidget *page, QWidget *parent = nullptr);
    ~VerticalScrollArea() override;

    QSize minimumSizeHint() const override;
};

} // namespace Lab::Gui
