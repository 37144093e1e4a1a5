// SPDX-License-Identifier: GPL-3.0-or-later
#include "semaphoreslotsview.h"

#include "gui/panels/valuetile.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Lab::Gui {

namespace {
constexpr int SlotsPerRow = 4; // eight permits stay two rows wide enough for a presenter's column
} // namespace

SemaphoreSlotsView::SemaphoreSlotsView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_queue(new QLabel(this))
{
    m_queue->setObjectName(QStringLiteral("semaphoreQueue"));
    m_queue->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_queue);
}

SemaphoreSlotsView::~SemaphoreSlotsView() = default;

void SemaphoreSlotsView::rebuild(int permits)
{
    while (m_slots.size() > permits)
        delete m_slots.takeLast();
    while (m_slots.size() < permits) {
        auto *tile = new ValueTile(this, 1.6);
        tile->setObjectName(QStringLiteral("permit-%1").arg(m_slots.size() + 1));
        m_grid->addWidget(tile, int(m_slots.size()) / SlotsPerRow, int(m_slots.size()) % SlotsPerRow);
        m_slots.append(tile);
    }
}

void SemaphoreSlotsView::setSnapshot(const Core::SyncSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const int permits = std::max(snapshot.maxPermits, int(snapshot.holders.size()));
    rebuild(permits);
    for (int i = 0; i < permits; ++i) {
        ValueTile *tile = m_slots.at(i);
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

QStringList SemaphoreSlotsView::slotTexts() const
{
    QStringList texts;
    for (const ValueTile *tile : m_slots)
        texts.append(tile->value());
    return texts;
}

QString SemaphoreSlotsView::queueText() const
{
    return m_queue->text();
}

void SemaphoreSlotsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_slots.isEmpty())
        setSnapshot(m_snapshot);
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
