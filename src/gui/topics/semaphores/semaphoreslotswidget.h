// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/syncprimitive.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

class TileGrid;

// A semaphore drawn as its permits: one tile per permit with the thread holding it (or "free"), and
// the queue of threads waiting for one, in arrival order. Fed with SyncSnapshots.
class SemaphoreSlotsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SemaphoreSlotsWidget)
public:
    explicit SemaphoreSlotsWidget(QWidget *parent = nullptr);
    ~SemaphoreSlotsWidget() override;

    void setSnapshot(const Core::SyncSnapshot &snapshot);
    QStringList slotTexts() const;
    QString queueText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    TileGrid *m_slots = nullptr;
    QLabel *m_queue = nullptr;
    Core::SyncSnapshot m_snapshot;
};

} // namespace Lab::Gui
