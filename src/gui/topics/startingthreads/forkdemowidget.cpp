// SPDX-License-Identifier: GPL-3.0-or-later
#include "forkdemowidget.h"

#include "core/experiments/workerdemoprocess.h"
#include "gui/panels/relativefonts.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lab::Gui {

ForkDemoWidget::ForkDemoWidget(QWidget *parent)
    : QWidget(parent)
    , m_process(new Core::WorkerDemoProcess(this))
    , m_button(new QPushButton(this))
    , m_explanation(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("forkDemo"));
    m_button->setObjectName(QStringLiteral("forkButton"));
    m_tree->setObjectName(QStringLiteral("forkTree"));
    m_summary->setObjectName(QStringLiteral("forkSummary"));
    m_explanation->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setColumnCount(5);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its three rows, so the summary in words sits right under the tree.
    m_tree->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_tree->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *fonts = new RelativeFonts(this);
    fonts->add(m_tree, 1.15, false);
    fonts->add(m_summary, 1.1);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addWidget(m_explanation, 1);
    layout->addLayout(row);
    layout->addWidget(m_tree);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_process, &Core::WorkerDemoProcess::finished, this, &ForkDemoWidget::onFinished);
    connect(m_process, &Core::WorkerDemoProcess::failed, this, [this](const QString &message) {
        m_failure = message;
        showReport();
    });
    connect(m_process, &Core::WorkerDemoProcess::started, this, [this](qint64 pid) {
        m_summary->setText(tr("The worker (pid %1) has forked; its child is held for %2 ms, so both are in the "
                              "monitor now.")
                               .arg(pid)
                               .arg(m_holdMs));
    });
    retranslate();
}

ForkDemoWidget::~ForkDemoWidget() = default; // the WorkerDemoProcess kills a worker that still runs

bool ForkDemoWidget::start(int holdMs)
{
    if (m_process->isRunning())
        return false;
    m_report = {};
    m_failure.clear();
    m_holdMs = holdMs;
    m_tree->clear();
    m_button->setEnabled(false);
    m_summary->setText(tr("Starting concurrency-lab-worker fork-demo..."));
    return m_process->startForkDemo(holdMs);
}

bool ForkDemoWidget::isRunning() const
{
    return m_process->isRunning();
}

qint64 ForkDemoWidget::workerPid() const
{
    return m_process->pid();
}

void ForkDemoWidget::onFinished(const Core::WorkerDemoExit &exit)
{
    m_button->setEnabled(true);
    for (const QJsonObject &event : exit.events) {
        if (event.value(QStringLiteral("mode")).toString() == QLatin1String("fork-demo"))
            m_report = event;
    }
    if (m_report.isEmpty() && m_failure.isEmpty()) {
        m_failure = exit.crashed ? tr("the worker was ended by %1").arg(exit.signalName)
                                 : tr("the worker exited with code %1 without a report: %2")
                                       .arg(exit.exitCode)
                                       .arg(exit.errorOutput.trimmed());
    }
    showReport();
    emit demoFinished();
}

void ForkDemoWidget::showReport()
{
    m_tree->clear();
    if (!m_failure.isEmpty() && m_report.isEmpty()) {
        m_summary->setText(tr("The fork demo failed: %1").arg(m_failure));
        return;
    }
    if (m_report.isEmpty())
        return;
    const auto number = [this](const char *key) { return m_report.value(QLatin1String(key)).toInt(); };
    const auto text = [this](const char *key) { return m_report.value(QLatin1String(key)).toString(); };
    const qint64 labPid = QCoreApplication::applicationPid();

    auto *top = new QTreeWidgetItem(
        m_tree, {tr("concurrency-lab (this program)"), QString::number(labPid), QString(), QString(), QString()});
    auto *parent = new QTreeWidgetItem(
        top, {tr("concurrency-lab-worker fork-demo: the parent"), QString::number(number("parent_pid")),
              QString::number(number("parent_parent_pid")),
              tr("%1 (was %2 before fork)").arg(number("variable_in_parent_after")).arg(number("variable_before_fork")),
              text("variable_address_parent")});
    auto *child = new QTreeWidgetItem(parent, {tr("its child, made by fork()"), QString::number(number("child_pid")),
                                               QString::number(number("child_parent_pid")),
                                               tr("%1 (changed by the child)").arg(number("variable_in_child")),
                                               text("variable_address_child")});
    for (QTreeWidgetItem *item : {top, parent, child}) {
        for (int column = 1; column < 3; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    child->setData(1, Qt::UserRole, number("child_pid"));
    child->setData(2, Qt::UserRole, number("child_parent_pid"));
    parent->setData(1, Qt::UserRole, number("parent_pid"));
    m_tree->expandAll();

    const bool sameParent = number("child_parent_pid") == number("parent_pid");
    const bool sameAddress = text("variable_address_parent") == text("variable_address_child");
    const bool differentValues = number("variable_in_child") != number("variable_in_parent_after");
    QStringList lines;
    lines << tr("fork() returned %1 in the parent (the child's pid) and 0 in the child.").arg(number("fork_returned"));
    lines << (sameParent
                  ? tr("The child's parent pid is %1: the worker that forked it.").arg(number("child_parent_pid"))
                  : tr("The child's parent pid (%1) is not the worker's pid (%2).")
                        .arg(number("child_parent_pid"))
                        .arg(number("parent_pid")));
    if (sameAddress && differentValues) {
        lines << tr("The variable is at the same address %1 in both, but holds %2 in the child and %3 in the parent: "
                    "each process has its own copy of the memory.")
                     .arg(text("variable_address_parent"))
                     .arg(number("variable_in_child"))
                     .arg(number("variable_in_parent_after"));
    }
    lines << (m_report.value(QStringLiteral("child_reaped")).toBool()
                  ? tr("The parent waited for the child (waitpid): exit code %1, no zombie left.")
                        .arg(number("child_exit_code"))
                  : tr("The parent could not reap the child."));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ForkDemoWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ForkDemoWidget::retranslate()
{
    m_button->setText(tr("&Fork a child process"));
    m_explanation->setText(tr("Runs <i>concurrency-lab-worker fork-demo</i>: the worker calls fork(), the child "
                              "adds 1 to a variable and reports through a pipe; the parent reports both."));
    m_tree->setHeaderLabels({tr("Process"), tr("pid"), tr("Parent pid"), tr("Variable"), tr("Its address")});
    showReport();
}

} // namespace Lab::Gui
