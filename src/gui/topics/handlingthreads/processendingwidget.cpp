// SPDX-License-Identifier: GPL-3.0-or-later
#include "processendingwidget.h"

#include "core/experiments/workerdemoprocess.h"
#include "gui/panels/relativefonts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Lab::Gui {

ProcessEndingWidget::ProcessEndingWidget(QWidget *parent)
    : QWidget(parent)
    , m_explanation(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_polite(new QPushButton(this))
    , m_terminate(new QPushButton(this))
    , m_kill(new QPushButton(this))
    , m_model(new ProcessEndingModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("processEnding"));
    m_start->setObjectName(QStringLiteral("processStartButton"));
    m_polite->setObjectName(QStringLiteral("processPoliteButton"));
    m_terminate->setObjectName(QStringLiteral("processTerminateButton"));
    m_kill->setObjectName(QStringLiteral("processKillButton"));
    m_table->setObjectName(QStringLiteral("processTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Columns share the width and cells wrap, so nothing is cut off in the narrow presenter layout.
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : {ProcessEndingModel::ByColumn, ProcessEndingModel::PidColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    (new RelativeFonts(this))->add(m_table, 1.1, false);
    m_explanation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : {m_start, m_polite, m_terminate, m_kill})
        row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_manual)
            return;
        m_manual = launch(m_workMs, Ending::Kill, -1);
        updateButtons();
    });
    connect(m_polite, &QPushButton::clicked, this, [this] { end(m_manual, Ending::Polite); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { end(m_manual, Ending::Terminate); });
    connect(m_kill, &QPushButton::clicked, this, [this] { end(m_manual, Ending::Kill); });
    retranslate();
    updateButtons();
}

ProcessEndingWidget::~ProcessEndingWidget() = default; // each WorkerDemoProcess kills and reaps its child

QPushButton *ProcessEndingWidget::button(Ending ending) const
{
    switch (ending) {
    case Ending::Polite:
        return m_polite;
    case Ending::Terminate:
        return m_terminate;
    case Ending::Kill:
        return m_kill;
    }
    return nullptr;
}

qint64 ProcessEndingWidget::manualPid() const
{
    return m_manual ? m_manual->pid() : 0;
}

bool ProcessEndingWidget::runAll(int afterMs, int workMs)
{
    if (m_pending > 0)
        return false;
    m_pending = 3;
    for (Ending ending : {Ending::Polite, Ending::Terminate, Ending::Kill})
        launch(workMs, ending, afterMs);
    return true;
}

void ProcessEndingWidget::cancelAll()
{
    for (Core::WorkerDemoProcess *process : std::as_const(m_automatic))
        process->kill();
}

Core::WorkerDemoProcess *ProcessEndingWidget::launch(int workMs, Ending ending, int afterMs)
{
    auto *process = new Core::WorkerDemoProcess(this);
    const bool automatic = afterMs >= 0;
    process->setProperty("ending", int(ending));
    if (automatic) {
        m_automatic.append(process);
        // Ended once its threads run (its "start" line), so the monitor shows it for `afterMs` first.
        connect(process, &Core::WorkerDemoProcess::eventReceived, this,
                [this, process, ending, afterMs](const QJsonObject &event) {
                    if (event.value(QStringLiteral("event")).toString() == QLatin1String("start"))
                        QTimer::singleShot(afterMs, process, [this, process, ending] { end(process, ending); });
                });
    }
    // finished() also comes (synchronously) when the worker cannot be started.
    connect(process, &Core::WorkerDemoProcess::finished, this, [this, process](const Core::WorkerDemoExit &exit) {
        const bool wasAutomatic = m_automatic.removeOne(process);
        m_model->addProcess(Ending(process->property("ending").toInt()), wasAutomatic, exit);
        m_table->scrollToBottom();
        if (process == m_manual)
            m_manual = nullptr;
        process->deleteLater();
        updateButtons();
        if (wasAutomatic && --m_pending == 0)
            emit allFinished();
    });
    // Heartbeat every 250 ms: the daemon thread keeps the process alive until it is ended.
    return process->startDaemonDemo(0, 250, workMs) ? process : nullptr;
}

void ProcessEndingWidget::end(Core::WorkerDemoProcess *process, Ending ending)
{
    if (!process || !process->isRunning())
        return;
    process->setProperty("ending", int(ending));
    switch (ending) {
    case Ending::Polite:
        process->endProgram();
        break;
    case Ending::Terminate:
        process->terminate();
        break;
    case Ending::Kill:
        process->kill();
        break;
    }
    if (process == m_manual) {
        for (QPushButton *button : {m_polite, m_terminate, m_kill})
            button->setEnabled(false);
    }
}

void ProcessEndingWidget::updateButtons()
{
    const bool manual = m_manual && m_manual->isRunning();
    m_start->setEnabled(!m_manual);
    for (QPushButton *button : {m_polite, m_terminate, m_kill})
        button->setEnabled(manual);
}

void ProcessEndingWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProcessEndingWidget::retranslate()
{
    m_explanation->setText(tr("A worker process (daemon-demo: a heartbeat thread and a working thread) ended "
                              "three ways. Asked politely, it finishes its work and exits with code 0; SIGTERM "
                              "(15) could be caught to clean up, this program does not; SIGKILL (9) cannot be "
                              "caught at all."));
    m_start->setText(tr("Start a process"));
    m_polite->setText(tr("End it politely"));
    m_terminate->setText(tr("Terminate (SIGTERM)"));
    m_kill->setText(tr("Kill (SIGKILL)"));
    m_model->retranslate();
}

} // namespace Lab::Gui
