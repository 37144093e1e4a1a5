// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"
#include "core/sync/syncmutex.h"
#include "core/sync/syncsemaphore.h"
#include "threadcrew.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

namespace Lab::Core {

// The outline's ticket sellers (9.5): `sellers` lab threads (seller-1, ...) sell from one stock of
// `tickets`. The counting semaphore "counter windows" with `permits` permits lets at most that many
// sell at the same time; the others wait for a window. Each sale: take a window (acquire), check the
// stock, print the ticket (a paced sleep of `sell-ms`), write back the stock minus one, give the
// window back (release). The semaphore limits how many sellers are inside, not what they do there:
// with protection "none" the sellers inside race on the stock (check-then-act) and tickets are
// oversold; with "lock" the check and the write happen under the mutex "stock" and none is.
class TicketSale final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketSale)
public:
    struct Result
    {
        int stock = 0;     // tickets at the start
        int sold = 0;      // tickets handed out
        int left = 0;      // the stock variable at the end
        int maxInside = 0; // most sellers inside at once (never more than the permits)
        int permits = 0;
        bool withLock = false;
        bool cancelled = false;
        double seconds = 0;
        // Tickets handed out beyond what left the stock: sold twice (or more) from one count.
        int oversold() const { return std::max(0, sold - (stock - left)); }
    };

    // sellers 1..16 (6), permits 1..8 (3), tickets 1..1000 (20), sell-ms 0..2000 (20),
    // protection none|lock (none).
    static const ParameterSchema &schema();

    explicit TicketSale(QObject *parent = nullptr);
    ~TicketSale() override; // interrupts and joins the sellers (every wait is cancellable)

    // False when running. `values` come from schema().
    bool start(const ParameterValues &values);
    void cancel();
    bool isRunning() const { return m_crew.isRunning(); }

    // Live views for the panel (10 Hz): the windows' holders and queue, the stock, the sales.
    SyncSnapshot windows() const;
    int ticketsLeft() const { return m_stock.load(); }
    int sold() const { return m_sold.load(); }

signals:
    void finished(const Lab::Core::TicketSale::Result &result);

private:
    void sell(bool withLock, int sellMs);
    void onSellersFinished();

    std::unique_ptr<SyncSemaphore> m_windows;
    std::unique_ptr<SyncMutex> m_stockLock;
    ThreadCrew m_crew;
    std::atomic_int m_stock = 0;
    std::atomic_int m_sold = 0;
    std::atomic_int m_inside = 0;
    std::atomic_int m_maxInside = 0;
    std::atomic_bool m_cancel = false;
    Result m_result;
    qint64 m_startNs = 0;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::TicketSale::Result)
