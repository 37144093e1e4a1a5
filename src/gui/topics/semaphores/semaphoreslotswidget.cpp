// SPDX-License-Identifier: GPL-3.0-or-later
#include "semaphoreslotswidget.h"

#include "gui/panels/tilegrid.h"
#include "gui/panels/valuetile.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Lab::Gui {

SemaphoreSlotsWidget::SemaphoreSlotsWidget(QWidget *parent)
    : QWidget(parent)
    , m_slots(new TileGrid(QStringLiteral("permit"), /*columns=*/4, 1.6, this)) // 8 permits: two rows
    , m_queue(new QLabel(this))
{
    m_queue->setObjectName(QStringLiteral("semaphoreQueue"));
    m_queue->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slots);
    layout->addWidget(m_queue);
}

SemaphoreSlotsWidget::~SemaphoreSlotsWidget() = default;

void SemaphoreSlotsWidget::setSnapshot(const Core::SyncSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const int permits = std::max(snapshot.maxPermits, int(snapshot.holders.size()));
    m_slots->setCount(permits);
    for (int i = 0; i < permits; ++i) {
        ValueTile *tile = m_slots->tile(i);
        tile->setCaption(tr("Window %1").arg(i + 1));
        const bool held = i < snapshot.holders.size();
        tile->setValue(held ? snapshot.holders.at(i) : tr("free"));
        tile->setAlert(held);
    }
    m_queue->setText(
        snapshot.waiters.isEmpty()
            ? tr("Nobody waits for a window. Free permits: %1.").arg(snapshot.permits)
            : tr("Waiting for a window (in arrival order): %1.").arg(snapshot.waiters.join(QStringLiteral(", "))));
}

QStringList SemaphoreSlotsWidget::slotTexts() const
{
    return m_slots->values();
}

QString SemaphoreSlotsWidget::queueText() const
{
    return m_queue->text();
}

void SemaphoreSlotsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_queue->text().isEmpty())
        setSnapshot(m_snapshot);
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
