// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemondemowidget.h"

#include "core/experiments/workerdemoprocess.h"
#include "gui/panels/relativefonts.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lab::Gui {

namespace {
QLabel *boldLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DaemonDemoWidget::DaemonDemoWidget(QWidget *parent)
    : QWidget(parent)
    , m_process(new Core::WorkerDemoProcess(this))
    , m_startButton(new QPushButton(this))
    , m_endButton(new QPushButton(this))
    , m_explanation(new QLabel(this))
    , m_daemonTitle(new QLabel(this))
    , m_daemon(boldLabel(this, QStringLiteral("daemonThread")))
    , m_workerTitle(new QLabel(this))
    , m_worker(boldLabel(this, QStringLiteral("standardThread")))
    , m_log(new QPlainTextEdit(this))
    , m_summary(boldLabel(this, QStringLiteral("daemonSummary")))
{
    setObjectName(QStringLiteral("daemonDemo"));
    m_startButton->setObjectName(QStringLiteral("daemonStartButton"));
    m_endButton->setObjectName(QStringLiteral("daemonEndButton"));
    m_log->setObjectName(QStringLiteral("daemonLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_explanation->setWordWrap(true);
    // The two columns' titles wrap too: side by side at 160 % type they made the page wider than a
    // 1280 px projector's experiment column.
    m_daemonTitle->setWordWrap(true);
    m_workerTitle->setWordWrap(true);
    m_endButton->setEnabled(false);
    auto *fonts = new RelativeFonts(this);
    for (QLabel *label : {m_daemon, m_worker, m_summary})
        fonts->add(label, 1.2);
    fonts->add(m_log, 1.1, false);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_startButton);
    row->addWidget(m_endButton);
    row->addWidget(m_explanation, 1);
    layout->addLayout(row);
    auto *grid = new QGridLayout;
    grid->addWidget(m_daemonTitle, 0, 0);
    grid->addWidget(m_workerTitle, 0, 1);
    grid->addWidget(m_daemon, 1, 0, Qt::AlignTop);
    grid->addWidget(m_worker, 1, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(m_log, 1);

    connect(m_process, &Core::WorkerDemoProcess::eventReceived, this, &DaemonDemoWidget::onEvent);
    connect(m_process, &Core::WorkerDemoProcess::finished, this, &DaemonDemoWidget::onFinished);
    connect(m_process, &Core::WorkerDemoProcess::failed, this,
            [this](const QString &message) { m_log->appendPlainText(message); });
    connect(m_endButton, &QPushButton::clicked, this, &DaemonDemoWidget::endProgram);
    retranslate();
}

DaemonDemoWidget::~DaemonDemoWidget() = default; // the WorkerDemoProcess kills a child that still runs

bool DaemonDemoWidget::start(int beatMs, int workMs)
{
    if (m_process->isRunning())
        return false;
    m_daemonTid = m_workerTid = m_beats = m_done = m_total = 0;
    m_workerFinished = m_ending = m_exited = false;
    m_log->clear();
    m_summary->clear();
    m_startButton->setEnabled(false);
    m_endButton->setEnabled(true);
    showThreads();
    return m_process->startDaemonDemo(0, beatMs, workMs);
}

void DaemonDemoWidget::endProgram()
{
    if (!m_process->isRunning() || m_ending)
        return;
    m_ending = true;
    m_endButton->setEnabled(false);
    m_log->appendPlainText(tr("You ended the program: its stdin is closed, its main thread goes to the end."));
    m_process->endProgram();
}

bool DaemonDemoWidget::isRunning() const
{
    return m_process->isRunning();
}

qint64 DaemonDemoWidget::pid() const
{
    return m_process->pid();
}

void DaemonDemoWidget::onEvent(const QJsonObject &event)
{
    const QString kind = event.value(QStringLiteral("event")).toString();
    const double at = event.value(QStringLiteral("t_ms")).toDouble();
    const auto number = [&event](const char *key) { return event.value(QLatin1String(key)).toInt(); };
    QString line;
    if (kind == QLatin1String("start")) {
        m_daemonTid = number("daemon_tid");
        m_workerTid = number("worker_tid");
        line = tr("program %1 started: daemon thread %2, standard thread %3")
                   .arg(number("pid"))
                   .arg(m_daemonTid)
                   .arg(m_workerTid);
    } else if (kind == QLatin1String("beat")) {
        m_beats = number("n");
        line = tr("daemon: beat %1").arg(m_beats);
    } else if (kind == QLatin1String("progress")) {
        m_done = number("done");
        m_total = number("total");
        line = tr("standard thread: step %1 of %2 done").arg(m_done).arg(m_total);
    } else if (kind == QLatin1String("worker-done")) {
        m_workerFinished = true;
        line = tr("standard thread: finished its work (checksum %1)")
                   .arg(event.value(QStringLiteral("checksum")).toString());
    } else if (kind == QLatin1String("end-of-program")) {
        line = tr("end of program: main thread waits for demo-worker (join) and abandons demo-daemon");
    } else if (kind == QLatin1String("exiting")) {
        m_exited = true;
        m_beats = number("daemon_beats");
        const bool alive = event.value(QStringLiteral("daemon_alive")).toBool();
        const bool finished = event.value(QStringLiteral("worker_finished")).toBool();
        line = tr("exiting: the daemon had beaten %1 times and was %2; the standard thread was %3")
                   .arg(m_beats)
                   .arg(alive ? tr("still running (abandoned mid-beat)") : tr("gone"))
                   .arg(finished ? tr("finished") : tr("not finished"));
    } else {
        line = kind;
    }
    m_log->appendPlainText(tr("%1 ms  %2").arg(at, 8, 'f', 0).arg(line));
    showThreads();
}

void DaemonDemoWidget::onFinished(const Core::WorkerDemoExit &exit)
{
    m_startButton->setEnabled(true);
    m_endButton->setEnabled(false);
    const QString how = exit.crashed ? tr("was ended by signal %1 (%2)").arg(exit.signal).arg(exit.signalName)
                                     : tr("exited with code %1").arg(exit.exitCode);
    if (m_exited) {
        m_summary->setText(tr("The program %1. It waited for the standard thread (%2) and abandoned the daemon "
                              "after %3 beats: a daemon thread never keeps a program alive.")
                               .arg(how, m_workerFinished ? tr("its work was done") : tr("unfinished"))
                               .arg(m_beats));
    } else {
        m_summary->setText(tr("The program %1 before its end of program.").arg(how));
    }
    showThreads();
    emit demoFinished();
}

void DaemonDemoWidget::showThreads()
{
    if (m_daemonTid == 0) {
        m_daemon->setText(m_process->isRunning() ? tr("starting...") : tr("not started"));
        m_worker->setText(m_daemon->text());
        return;
    }
    const QString ended = tr("ended with the program");
    m_daemon->setText(tr("demo-daemon, tid %1: %2 beats%3")
                          .arg(m_daemonTid)
                          .arg(m_beats)
                          .arg(m_exited ? tr(", abandoned") : QString()));
    m_worker->setText(tr("demo-worker, tid %1: %2 of %3 steps%4")
                          .arg(m_workerTid)
                          .arg(m_done)
                          .arg(m_total > 0 ? m_total : 10)
                          .arg(m_workerFinished ? tr(", finished") : QString()));
    if (!m_process->isRunning() && !m_exited)
        m_daemon->setText(m_daemon->text() + QLatin1Char(' ') + ended);
}

void DaemonDemoWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DaemonDemoWidget::retranslate()
{
    m_startButton->setText(tr("&Start the program"));
    m_endButton->setText(tr("&End the program"));
    m_explanation->setText(tr("A child program with a heartbeat <b>daemon</b> thread and a <b>standard</b> "
                              "thread. End it and watch: the standard thread is waited for, the daemon is "
                              "abandoned."));
    m_daemonTitle->setText(tr("Daemon thread (detached, never joined)"));
    m_workerTitle->setText(tr("Standard thread (joined at the end)"));
    showThreads();
}

} // namespace Lab::Gui
