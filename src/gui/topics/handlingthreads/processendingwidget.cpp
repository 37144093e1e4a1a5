// SPDX-License-Identifier: GPL-3.0-or-later
#include "processendingwidget.h"

#include "core/experiments/workerdemoprocess.h"
#include "gui/panels/relativefonts.h"
#include "ui_processendingwidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace Lab::Gui {

ProcessEndingWidget::ProcessEndingWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProcessEndingWidget>())
    , m_model(new ProcessEndingModel(this))
{
    m_ui->setupUi(this);
    m_start = m_ui->processStartButton;
    m_polite = m_ui->processPoliteButton;
    m_terminate = m_ui->processTerminateButton;
    m_kill = m_ui->processKillButton;
    m_table = m_ui->processTable;
    m_table->setModel(m_model);
    // Columns share the width and cells wrap, so nothing is cut off in the narrow presenter layout.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : {ProcessEndingModel::ByColumn, ProcessEndingModel::PidColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The header sizes those two to their contents when it lays out, not when rows arrive: without
    // this the pid column kept the width of its title ("2…").
    const auto fitShortColumns = [this] {
        for (int column : {ProcessEndingModel::ByColumn, ProcessEndingModel::PidColumn})
            m_table->resizeColumnToContents(column);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, fitShortColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, m_table, fitShortColumns);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    (new RelativeFonts(this))->add(m_table, 1.1, false);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_manual)
            return;
        m_manual = launch(m_workMs, Ending::Kill, -1);
        updateButtons();
    });
    connect(m_polite, &QPushButton::clicked, this, [this] { end(m_manual, Ending::Polite); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { end(m_manual, Ending::Terminate); });
    connect(m_kill, &QPushButton::clicked, this, [this] { end(m_manual, Ending::Kill); });
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
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
