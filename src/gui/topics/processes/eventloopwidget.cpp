// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloopwidget.h"

#include "eventlogwidget.h"
#include "gui/panels/valuetile.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace Lab::Gui {

namespace {

QString milliseconds(double ms)
{
    return EventLoopWidget::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

} // namespace

EventLoopWidget::EventLoopWidget(QWidget *parent)
    : QWidget(parent)
    , m_experiment(new Core::EventLoopExperiment(this))
    , m_onGui(new QPushButton(this))
    , m_onThread(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_clock(new QLabel(this))
    , m_guiTile(new ValueTile(this))
    , m_threadTile(new ValueTile(this))
    , m_explanation(new QLabel(this))
    , m_log(new EventLogWidget(this))
{
    m_onGui->setObjectName(QStringLiteral("workOnGuiThreadButton"));
    m_onThread->setObjectName(QStringLiteral("workInThreadButton"));
    m_progress->setObjectName(QStringLiteral("eventLoopWorkProgress"));
    m_clock->setObjectName(QStringLiteral("guiClock"));
    m_guiTile->setObjectName(QStringLiteral("guiThreadLatency"));
    m_threadTile->setObjectName(QStringLiteral("workerThreadLatency"));
    m_explanation->setObjectName(QStringLiteral("eventLoopExplanation"));
    m_explanation->setWordWrap(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString()); // empty until a run: "0 %" would read as a result
    QFont clockFont = m_clock->font();
    clockFont.setBold(true);
    m_clock->setFont(clockFont);

    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_onGui);
    buttons->addWidget(m_onThread);
    layout->addLayout(buttons);
    auto *live = new QHBoxLayout;
    live->addWidget(m_clock);
    live->addWidget(m_progress, 1);
    layout->addLayout(live);
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(m_guiTile);
    tiles->addWidget(m_threadTile);
    layout->addLayout(tiles);
    layout->addWidget(m_explanation);
    layout->addWidget(m_log, 1);

    connect(m_onGui, &QPushButton::clicked, this, [this] { startWork(true); });
    connect(m_onThread, &QPushButton::clicked, this, [this] { startWork(false); });
    connect(m_experiment, &Core::EventLoopExperiment::progressChanged, this, [this](int done, int total) {
        // On the GUI thread this arrives inside the frozen loop: QProgressBar would repaint itself
        // directly and look alive while nothing else can. Leave it still; the freeze is the lesson.
        if (m_workOnGui)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_experiment, &Core::EventLoopExperiment::finished, this, &EventLoopWidget::onFinished);
    // The clock is redrawn by the event loop: it stops while the loop is blocked.
    m_clockTimer.setInterval(100);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_clock->setText(tr("GUI clock %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.z"))));
    });
    m_clockTimer.start();
    retranslate();
}

EventLoopWidget::~EventLoopWidget() = default; // the experiment (a child) cancels and joins its thread

void EventLoopWidget::startWork(bool onGuiThread)
{
    if (!m_experiment->start(onGuiThread, WorkMs))
        return;
    m_workOnGui = onGuiThread;
    m_onGui->setEnabled(false);
    m_onThread->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(QStringLiteral("%p%"));
    (onGuiThread ? m_guiTile : m_threadTile)->setValue(QStringLiteral("…"));
}

void EventLoopWidget::onFinished(const Core::EventLoopRunResult &result)
{
    (result.onCallerThread ? m_guiResult : m_threadResult) = result;
    m_onGui->setEnabled(true);
    m_onThread->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(result.cancelled ? 0 : 1);
    showResults();
    emit workFinished(result.onCallerThread);
}

void EventLoopWidget::showResults()
{
    const auto show = [](ValueTile *tile, const std::optional<Core::EventLoopRunResult> &result) {
        if (!result) {
            tile->setValue(QStringLiteral("–"));
            tile->setDetail(tr("not run yet"));
            return;
        }
        tile->setValue(milliseconds(result->latency.maxMs));
        tile->setAlert(result->latency.maxMs > 100);
        tile->setDetail(tr("median %1, p99 %2 over %3 timer ticks; the work took %4")
                            .arg(milliseconds(result->latency.p50Ms), milliseconds(result->latency.p99Ms))
                            .arg(result->latency.samples)
                            .arg(milliseconds(result->elapsedMs)));
    };
    show(m_guiTile, m_guiResult);
    show(m_threadTile, m_threadResult);
}

void EventLoopWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void EventLoopWidget::retranslate()
{
    m_onGui->setText(tr("Do %1 s of work on the GUI thread").arg(WorkMs / 1000));
    m_onGui->setToolTip(tr("The window freezes: nothing repaints, clicks wait, the clock stops"));
    m_onThread->setText(tr("Do the same work in a thread"));
    m_onThread->setToolTip(tr("A lab thread (eventloop-work in the monitor) computes; the GUI stays smooth"));
    m_guiTile->setCaption(tr("Worst event-loop delay, work on the GUI thread"));
    m_threadTile->setCaption(tr("Worst event-loop delay, work in a thread"));
    m_explanation->setText(tr("A timer asks the GUI thread's event loop to run every 5 ms; the delay is how late it "
                              "ran. While the GUI thread computes it cannot take the next event, so every click, "
                              "repaint and timer waits until the work is done. Long work belongs in a thread that "
                              "sends its result back as a queued signal."));
    m_clock->setText(tr("GUI clock %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.z"))));
    showResults();
}

} // namespace Lab::Gui
