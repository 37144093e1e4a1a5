// SPDX-License-Identifier: GPL-3.0-or-later
#include "semaphorespanel.h"

#include "core/sync/syncsemaphore.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/replayframe.h"
#include "gui/topics/topicregistry.h"
#include "semaphoreslotswidget.h"
#include "ui_semaphorespanel.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>

namespace Lab::Gui {

SemaphoresPanel::SemaphoresPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("semaphores"), parent)
    , m_ui(std::make_unique<Ui::SemaphoresPanel>())
    , m_pages(std::make_unique<QStackedWidget>())
    , m_sale(new Core::TicketSale(this))
    , m_timer(new QTimer(this))
{
    form()->addSchema(Core::TicketSale::schema());

    // Both pages, the ticket sale and the bounded semaphore, are the form ui/semaphorespanel.ui.
    m_ui->setupUi(m_pages.get());
    m_salePage = m_ui->salePage;
    m_slots = m_ui->semaphoreSlots;
    m_stock = m_ui->ticketsLeft;
    m_sold = m_ui->ticketsSold;
    m_oversold = m_ui->oversold;
    m_inside = m_ui->mostInside;
    m_explanation = m_ui->ticketExplanation;
    m_boundedPage = m_ui->boundedPage;
    m_boundedButton = m_ui->releaseTooMany;
    m_boundedResult = m_ui->boundedResult;
    addTab(m_salePage, QString());
    addTab(m_boundedPage, QString());
    addCode(QStringLiteral("semaphores"));

    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &SemaphoresPanel::refresh);
    connect(m_sale, &Core::TicketSale::finished, this, &SemaphoresPanel::onFinished);
    connect(m_boundedButton, &QPushButton::clicked, this, &SemaphoresPanel::releaseTooMany);
    retranslate();
    m_slots->setSnapshot({});
}

SemaphoresPanel::~SemaphoresPanel() = default; // TicketSale joins its sellers

bool SemaphoresPanel::startRun(QString *error)
{
    const Core::ParameterValues values = form()->values();
    if (!m_sale->start(values)) {
        *error = tr("The previous sale is still ending.");
        return false;
    }
    m_startStock = int(values.integer(QStringLiteral("tickets")));
    m_explanation->clear();
    m_oversold->setAlert(false);
    tabs()->setCurrentWidget(m_salePage);
    m_timer->start();
    refresh();
    return true;
}

void SemaphoresPanel::cancelRun()
{
    m_sale->cancel();
}

Core::SyncSnapshot SemaphoresPanel::replayWindows(const ReplayFrame &frame, bool *known)
{
    const QString windows = QStringLiteral("counter windows");
    *known = frame.threadNames.contains(QStringLiteral("seller-1")) || frame.primitive(windows);
    Core::SyncSnapshot s = frame.syncSnapshot(windows);
    s.kind = QStringLiteral("semaphore");
    // Who is inside a window: a seller selling (its sleep is named so), or waiting for the stock's lock.
    for (const Core::LabWorkerStatus &w : frame.workers) {
        if (w.isProcess || w.finishedNs != 0 || !w.name.startsWith(QLatin1String("seller-")))
            continue;
        const bool selling = w.state == Core::ThreadState::Sleeping && w.detail.startsWith(QLatin1String("selling"));
        if (selling || frame.waitsOn(w) == QLatin1String("stock"))
            s.holders.append(w.name);
    }
    s.maxPermits = std::max(s.maxPermits, int(s.holders.size()));
    s.permits = s.maxPermits - int(s.holders.size());
    return s;
}

void SemaphoresPanel::showReplay(const ReplayFrame *frame)
{
    bool known = false;
    const Core::SyncSnapshot windows = frame ? replayWindows(*frame, &known) : Core::SyncSnapshot();
    if (!known) {
        if (m_replaying) {
            m_replaying = false;
            for (ValueTile *tile : {m_stock, m_sold, m_oversold})
                tile->setDetail({});
            refresh(); // the sale's own state again
        }
        return;
    }
    if (!m_replaying)
        tabs()->setCurrentWidget(m_salePage);
    m_replaying = true;
    m_slots->setSnapshot(windows);
    for (ValueTile *tile : {m_stock, m_sold, m_oversold}) {
        tile->setValue(tr("not recorded"));
        tile->setDetail(tr("replay at %1 s").arg(QLocale().toString(frame->secondsIn(), 'f', 3)));
        tile->setAlert(false);
    }
}

void SemaphoresPanel::refresh()
{
    if (m_replaying)
        return;
    const int stock = m_startStock;
    m_slots->setSnapshot(m_sale->windows());
    const QLocale locale;
    m_stock->setValue(locale.toString(m_sale->ticketsLeft()));
    m_stock->setDetail(tr("of %1 at the start").arg(locale.toString(stock)));
    m_sold->setValue(locale.toString(m_sale->sold()));
    // Sold beyond what left the stock, as it happens (at the end: sold minus the stock).
    const int oversold = std::max(0, m_sale->sold() - (stock - m_sale->ticketsLeft()));
    m_oversold->setValue(locale.toString(oversold));
    m_oversold->setAlert(oversold > 0);
    setProgress(m_sale->sold(), stock, tr("%1 tickets sold").arg(m_sale->sold()));
}

void SemaphoresPanel::onFinished(const Core::TicketSale::Result &result)
{
    m_timer->stop();
    refresh();
    const QLocale locale;
    m_stock->setValue(locale.toString(result.left));
    m_sold->setValue(locale.toString(result.sold));
    m_oversold->setValue(locale.toString(result.oversold()));
    m_oversold->setAlert(result.oversold() > 0);
    m_inside->setValue(QString::number(result.maxInside));
    m_inside->setDetail(tr("of %1 windows").arg(result.permits));
    QString text;
    if (result.cancelled)
        text = tr("Stopped before the tickets ran out.");
    else if (result.oversold() > 0)
        text = tr("<b>%1 tickets sold from a stock of %2: %3 oversold.</b> The semaphore let at most %4 sellers in "
                  "at once, as it should, but it does not protect what they do inside: several checked the same "
                  "stock, each printed a ticket, and each wrote back the same number minus one. Protect the check "
                  "and the write with a lock (protection = lock) and run it again.")
                   .arg(result.sold)
                   .arg(result.stock)
                   .arg(result.oversold())
                   .arg(result.maxInside);
    else
        text = tr("<b>%1 tickets sold from a stock of %2: none oversold.</b> At most %3 sellers were inside at once "
                  "(the semaphore's %4 permits)%5.")
                   .arg(result.sold)
                   .arg(result.stock)
                   .arg(result.maxInside)
                   .arg(result.permits)
                   .arg(result.withLock ? tr("; the lock let one of them at a time check and write the stock")
                                        : QString());
    m_explanation->setText(text);
    finishRun([cancelled = result.cancelled, sold = result.sold, oversold = result.oversold()] {
        return cancelled ? tr("Cancelled.") : tr("Done: %1 sold, %2 oversold.").arg(sold).arg(oversold);
    });
}

void SemaphoresPanel::releaseTooMany()
{
    const int permits = int(form()->values().integer(QStringLiteral("permits")));
    Core::SyncSemaphore bounded(QStringLiteral("windows (bounded)"), permits, /*bounded=*/true);
    bounded.acquire();
    bounded.release();
    const bool extra = bounded.release(); // one more than was acquired
    m_boundedResult->setText(
        extra ? tr("The extra release was accepted: the semaphore now has %1 permits.").arg(bounded.available())
              : tr("<b>Refused.</b> A bounded semaphore of %1 permits took one permit and gave it back; the "
                   "second release would have made %2 permits out of %1, so it was refused (Python raises "
                   "ValueError). A plain semaphore would have grown silently, and one more seller than windows "
                   "could then sell at once.")
                    .arg(permits)
                    .arg(permits + 1));
}

void SemaphoresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(m_pages.get());
    ExperimentPanel::changeEvent(event);
}

void SemaphoresPanel::retranslate()
{
    setIntro(tr("Seller threads (<i>seller-1</i>, ... in the monitor) sell from one stock of tickets. A semaphore "
                "of N permits, the counter windows, lets at most N of them sell at the same time; the others wait "
                "in line."));
    setTabTitle(m_salePage, tr("Ticket sale"));
    setTabTitle(m_boundedPage, tr("Bounded semaphore"));
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(semaphores, "semaphores", "9.5", "synchronization",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Semaphores: the ticket sellers"),
                   Lab::Gui::SemaphoresPanel)
