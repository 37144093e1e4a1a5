// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/barrierphases.h"

#include <QWidget>

namespace Lab::Gui {

// The barrier's phases as a grid: one row per worker, one column per phase, each cell coloured and
// marked by what the worker does in it (working, waiting at the barrier, through, broken), so a hall
// sees everyone wait for the slowest in every column. Names on the left, phase numbers on top.
class PhaseGridWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseGridWidget)
public:
    using Cell = Core::BarrierPhases::Cell;

    explicit PhaseGridWidget(QWidget *parent = nullptr);
    ~PhaseGridWidget() override;

    void setWorkers(const QList<Core::BarrierPhases::Worker> &workers);
    // The cell's mark and colour, also for the legend.
    static QString mark(Cell cell);
    static QColor color(Cell cell);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int nameWidth() const;

    QList<Core::BarrierPhases::Worker> m_workers;
};

} // namespace Lab::Gui
