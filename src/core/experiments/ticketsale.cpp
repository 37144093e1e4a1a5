// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsale.h"

#include "core/trace/trace.h"
#include "core/trace/traceevent.h"

namespace Lab::Core {

namespace {
const int TicketSaleResultMetaType = qRegisterMetaType<TicketSale::Result>();
} // namespace

const ParameterSchema &TicketSale::schema()
{
    using Spec = ParameterSpec;
    static const ParameterSchema s({
        Spec::integer(QStringLiteral("sellers"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Sellers"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Seller threads selling from one stock."), 1, 16, 6),
        Spec::integer(QStringLiteral("permits"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Counter windows"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "The semaphore's permits: how many sellers may sell at the same time."),
                      1, 8, 3),
        Spec::integer(QStringLiteral("tickets"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Tickets"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "The stock at the start."), 1, 1000, 20),
        Spec::integer(QStringLiteral("sell-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Printing a ticket"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "How long a seller takes between checking the stock and writing it back."),
                      0, 2000, 20, QStringLiteral("ms")),
        Spec::choice(QStringLiteral("protection"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Protecting the stock"),
                     QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                       "none: only the semaphore (the outline's version); lock: the check and the "
                                       "write under a mutex."),
                     {QStringLiteral("none"), QStringLiteral("lock")}, QStringLiteral("none")),
    });
    return s;
}

TicketSale::TicketSale(QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(TicketSaleResultMetaType)
    connect(&m_crew, &ThreadCrew::finished, this, &TicketSale::onSellersFinished);
}

TicketSale::~TicketSale()
{
    m_cancel = true;
    m_crew.stop();
}

SyncSnapshot TicketSale::windows() const
{
    return m_windows ? m_windows->snapshot() : SyncSnapshot{};
}

bool TicketSale::start(const ParameterValues &values)
{
    if (isRunning())
        return false;
    const int sellers = int(values.integer(QStringLiteral("sellers")));
    const int permits = int(values.integer(QStringLiteral("permits")));
    const int sellMs = int(values.integer(QStringLiteral("sell-ms")));
    const bool withLock = values.choice(QStringLiteral("protection")) == QLatin1String("lock");
    m_windows = std::make_unique<SyncSemaphore>(QStringLiteral("counter windows"), permits);
    m_stockLock = std::make_unique<SyncMutex>(QStringLiteral("stock"));
    m_result = {};
    m_result.stock = int(values.integer(QStringLiteral("tickets")));
    m_result.permits = permits;
    m_result.withLock = withLock;
    m_stock = m_result.stock;
    m_sold = 0;
    m_inside = 0;
    m_maxInside = 0;
    m_cancel = false;
    std::vector<ThreadCrew::Member> members;
    for (int i = 0; i < sellers; ++i)
        members.push_back(
            {QStringLiteral("seller-%1").arg(i + 1), [this, withLock, sellMs] { sell(withLock, sellMs); }});
    m_startNs = monotonicNowNs();
    return m_crew.start(std::move(members));
}

void TicketSale::cancel()
{
    m_cancel = true;
    m_crew.interrupt();
}

void TicketSale::sell(bool withLock, int sellMs)
{
    while (!m_cancel) {
        if (!m_windows->acquire())
            return; // cancelled while waiting for a window
        const int inside = ++m_inside;
        int most = m_maxInside.load();
        while (inside > most && !m_maxInside.compare_exchange_weak(most, inside)) {
        }
        bool soldOne = false;
        if (!withLock || m_stockLock->lock()) {
            const int seen = m_stock.load(); // check ...
            if (seen > 0) {
                Trace::sleep(sellMs, QStringLiteral("selling")); // ... print the ticket ...
                m_stock.store(seen - 1);                         // ... and write back what was seen minus one
                ++m_sold;
                soldOne = true;
            }
            if (withLock)
                m_stockLock->unlock();
        }
        --m_inside;
        m_windows->release();
        if (!soldOne)
            return;                   // sold out (as this seller saw it), or cancelled
        Trace::sleep(sellMs / 2 + 1); // the next customer steps up: others get a window meanwhile
    }
}

void TicketSale::onSellersFinished()
{
    m_result.sold = m_sold.load();
    m_result.left = m_stock.load();
    m_result.maxInside = m_maxInside.load();
    m_result.cancelled = m_cancel.load();
    m_result.seconds = double(monotonicNowNs() - m_startNs) / 1e9;
    emit finished(m_result);
}

} // namespace Lab::Core
