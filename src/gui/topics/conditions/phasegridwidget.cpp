// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasegridwidget.h"

#include "gui/monitor/statepalette.h"

#include <QPainter>

namespace Lab::Gui {

namespace {
constexpr int MinCellWidth = 28;
} // namespace

PhaseGridWidget::PhaseGridWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

PhaseGridWidget::~PhaseGridWidget() = default;

void PhaseGridWidget::setWorkers(const QList<Core::BarrierPhases::Worker> &workers)
{
    const bool resized = workers.size() != m_workers.size();
    m_workers = workers;
    if (resized)
        updateGeometry();
    update();
}

QString PhaseGridWidget::mark(Cell cell)
{
    switch (cell) {
    case Cell::Pending:
        return {};
    case Cell::Working:
        return QStringLiteral("\u25B6"); // ▶
    case Cell::Waiting:
        return QStringLiteral("\u2016"); // ‖ (a pause; DejaVu Sans has it, U+23F8 is missing there)
    case Cell::Through:
        return QStringLiteral("\u2713"); // ✓
    case Cell::Broken:
        return QStringLiteral("\u2717"); // ✗
    }
    return {};
}

QColor PhaseGridWidget::color(Cell cell)
{
    switch (cell) {
    case Cell::Pending:
        return {};
    case Cell::Working: // the work is a paced sleep: the monitor's Sleeping colour
        return StatePalette::color(Core::ThreadState::Sleeping);
    case Cell::Waiting: // the monitor's Waiting colour
        return StatePalette::color(Core::ThreadState::Waiting);
    case Cell::Through:
        return QColor(0xBB, 0xBB, 0xBB); // a done phase steps back: grey
    case Cell::Broken:
        return QColor(0xD5, 0x5E, 0x00); // Okabe-Ito vermilion, as alerts elsewhere
    }
    return {};
}

int PhaseGridWidget::rowHeight() const
{
    return fontMetrics().height() * 8 / 5;
}

int PhaseGridWidget::nameWidth() const
{
    int width = fontMetrics().horizontalAdvance(QStringLiteral("worker-8"));
    for (const auto &worker : m_workers)
        width = std::max(width, fontMetrics().horizontalAdvance(worker.name));
    return width + fontMetrics().averageCharWidth() * 2;
}

QSize PhaseGridWidget::sizeHint() const
{
    const int phases = m_workers.isEmpty() ? 4 : int(m_workers.first().phases.size());
    return {nameWidth() + phases * rowHeight() * 2, rowHeight() * int(std::max<qsizetype>(3, m_workers.size()) + 1)};
}

QSize PhaseGridWidget::minimumSizeHint() const
{
    const int phases = m_workers.isEmpty() ? 4 : int(m_workers.first().phases.size());
    return {nameWidth() + phases * MinCellWidth, sizeHint().height()};
}

void PhaseGridWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int rowH = rowHeight();
    const int left = nameWidth();
    const int phases = m_workers.isEmpty() ? 0 : int(m_workers.first().phases.size());
    if (phases == 0)
        return;
    const double cellW = double(width() - left) / phases;
    painter.setPen(palette().color(QPalette::WindowText));
    for (int phase = 0; phase < phases; ++phase) {
        const QRectF header(left + phase * cellW, 0, cellW, rowH);
        painter.drawText(header, Qt::AlignCenter, QString::number(phase + 1));
    }
    for (int row = 0; row < m_workers.size(); ++row) {
        const auto &worker = m_workers.at(row);
        const double top = (row + 1) * rowH;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(0, top, left, rowH), Qt::AlignVCenter | Qt::AlignLeft, worker.name);
        for (int phase = 0; phase < worker.phases.size(); ++phase) {
            const Cell cell = worker.phases.at(phase);
            const QRectF box = QRectF(left + phase * cellW, top, cellW, rowH).adjusted(2, 2, -2, -2);
            if (cell == Cell::Pending) {
                painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(box, 4, 4);
                continue;
            }
            painter.setPen(Qt::NoPen);
            painter.setBrush(color(cell));
            painter.drawRoundedRect(box, 4, 4);
            painter.setPen(qGray(color(cell).rgb()) > 150 ? Qt::black : Qt::white);
            painter.drawText(box, Qt::AlignCenter, mark(cell));
        }
    }
}

} // namespace Lab::Gui
