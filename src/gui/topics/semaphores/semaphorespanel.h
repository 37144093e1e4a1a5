// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/ticketsale.h"
#include "gui/panels/experimentpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
QT_END_NAMESPACE

namespace Lab::Gui {

class SemaphoreSlotsWidget;
class ValueTile;

namespace Ui {
class SemaphoresPanel;
}

// Topic 9.5 / 9.6, semaphores: the outline's ticket sellers (Core::TicketSale, controls from its
// schema) with the semaphore drawn live as its permits and the queue of waiting sellers; without a
// lock the sellers inside oversell, with one they do not. The second tab shows a bounded semaphore
// refusing one release too many. Both pages are the form ui/semaphorespanel.ui.
class SemaphoresPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SemaphoresPanel)
public:
    explicit SemaphoresPanel(QWidget *parent = nullptr);
    ~SemaphoresPanel() override;

    SemaphoreSlotsWidget *slotsWidget() const { return m_slots; }
    ValueTile *oversoldTile() const { return m_oversold; }
    QLabel *explanation() const { return m_explanation; }
    QPushButton *boundedButton() const { return m_boundedButton; }
    QLabel *boundedResult() const { return m_boundedResult; }

    // A ticket-sale recording (threads seller-1, ...): the windows at the cursor, their holders (the
    // sellers selling, or waiting for the stock's lock, inside a window) and the queue.
    void showReplay(const ReplayFrame *frame) override;
    // The semaphore a frame gives; `known` false when the recording has no seller.
    static Core::SyncSnapshot replayWindows(const ReplayFrame &frame, bool *known);

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void onFinished(const Core::TicketSale::Result &result);
    void releaseTooMany();

    std::unique_ptr<Ui::SemaphoresPanel> m_ui;
    // The form's top-level widget: empty once its pages are tabs, kept for retranslateUi.
    std::unique_ptr<QStackedWidget> m_pages;
    Core::TicketSale *m_sale = nullptr;
    QTimer *m_timer = nullptr;
    SemaphoreSlotsWidget *m_slots = nullptr;
    ValueTile *m_stock = nullptr;
    ValueTile *m_sold = nullptr;
    ValueTile *m_oversold = nullptr;
    ValueTile *m_inside = nullptr;
    QLabel *m_explanation = nullptr;
    QWidget *m_salePage = nullptr;
    QWidget *m_boundedPage = nullptr;
    QPushButton *m_boundedButton = nullptr;
    QLabel *m_boundedResult = nullptr;
    bool m_replaying = false;
    int m_startStock = 0; // the run's stock, read once at its start (refresh() runs at 10 Hz)
};

} // namespace Lab::Gui
