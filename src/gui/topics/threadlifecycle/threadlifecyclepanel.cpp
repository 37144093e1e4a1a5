// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadlifecyclepanel.h"

#include "core/trace/pacer.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/relativefonts.h"
#include "gui/topics/topicregistry.h"
#include "threadstatediagram.h"
#include "ui_threadlifecyclepanel.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>

#include <cmath>

namespace Lab::Gui {

using Core::ThreadState;

namespace {

const QString FirstRun = QStringLiteral("first-run-ms");
const QString Sleep = QStringLiteral("sleep-ms");
const QString SecondRun = QStringLiteral("second-run-ms");
const QString DemoName = QStringLiteral("lifecycle-demo");

int stepOf(ThreadState phase, int runNumber)
{
    switch (phase) {
    case ThreadState::New:
        return 0;
    case ThreadState::Runnable:
        return 1;
    case ThreadState::Running:
        return runNumber >= 2 ? 4 : 2;
    case ThreadState::Terminated:
        return 5;
    default:
        return 3;
    }
}

} // namespace

ThreadLifecyclePanel::ThreadLifecyclePanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("thread-lifecycle"), parent)
    , m_ui(std::make_unique<Ui::ThreadLifecyclePanel>())
    , m_page(new QWidget(this))
    , m_poll(new QTimer(this))
{
    ParameterForm *f = form();
    f->addInt(FirstRun, QString(), 0, 60000, 1500, QStringLiteral(" ms"));
    f->addInt(Sleep, QString(), 0, 60000, 1500, QStringLiteral(" ms"));
    f->addInt(SecondRun, QString(), 0, 60000, 1500, QStringLiteral(" ms"));

    // The diagram over a grid of three titled columns (textbook, Linux, Qt), then the thread and its
    // path sharing a row, so the diagram keeps most of the height, then the pacer: the form
    // ui/threadlifecyclepanel.ui. The values' fonts are relative to the panel's, so they are set here.
    m_ui->setupUi(m_page);
    m_diagram = m_ui->threadStateDiagram;
    m_kernelTitle = m_ui->kernelTitle;
    m_textbook = m_ui->textbookState;
    m_kernel = m_ui->kernelState;
    m_qt = m_ui->qtState;
    m_thread = m_ui->threadIdentity;
    m_path = m_ui->statePath;
    m_pacer = m_ui->pacerState;
    auto *fonts = new RelativeFonts(this);
    fonts->add(m_textbook, 1.25);
    fonts->add(m_kernel, 1.25);
    fonts->add(m_qt, 1.0, true, true);
    fonts->add(m_thread, 1.0);
    fonts->add(m_path, 1.0);
    fonts->add(m_pacer, 1.0, false); // a hint, not a result
    addTab(m_page, QString());
    addCode(QStringLiteral("thread-lifecycle"));

    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ThreadLifecyclePanel::poll);
    Core::Pacer *pacer = Core::Pacer::instance();
    connect(pacer, &Core::Pacer::speedChanged, this, &ThreadLifecyclePanel::showPacer);
    connect(pacer, &Core::Pacer::pausedChanged, this, &ThreadLifecyclePanel::showPacer);
    retranslate();
}

ThreadLifecyclePanel::~ThreadLifecyclePanel()
{
    m_poll->stop();
    if (m_demo) {
        m_demo->disconnect(this);
        m_demo->cancel(); // the demo's destructor then joins its thread (bounded)
    }
}

bool ThreadLifecyclePanel::startRun(QString *error)
{
    Core::LifecycleDemo::Config config;
    config.firstRunMs = int(form()->intValue(FirstRun));
    config.sleepMs = int(form()->intValue(Sleep));
    config.secondRunMs = int(form()->intValue(SecondRun));
    config.name = DemoName;
    if (const QString problem = Core::LifecycleDemo::validate(config); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // A demo runs once; the previous one's thread has finished, so deleting it does not wait.
    m_demo = std::make_unique<Core::LifecycleDemo>();
    m_name = config.name;
    m_pathSteps.clear();
    m_diagram->clearState();
    connect(m_demo.get(), &Core::LifecycleDemo::phaseChanged, this, &ThreadLifecyclePanel::onPhaseChanged,
            Qt::QueuedConnection);
    connect(m_demo.get(), &Core::LifecycleDemo::finished, this, &ThreadLifecyclePanel::onFinished,
            Qt::QueuedConnection);
    onPhaseChanged(ThreadState::New, 0, 0);
    if (!m_demo->start(config)) {
        *error = tr("The demo thread could not be started.");
        return false;
    }
    poll();
    m_poll->start();
    return true;
}

void ThreadLifecyclePanel::cancelRun()
{
    if (m_demo)
        m_demo->cancel();
}

void ThreadLifecyclePanel::onPhaseChanged(ThreadState phase, int runNumber, int)
{
    m_phase = phase;
    m_runNumber = runNumber;
    m_diagram->setState(phase, detailFor(phase, runNumber));
    m_pathSteps.append(m_diagram->litText());
    m_path->setText(tr("States so far: %1").arg(m_pathSteps.join(QStringLiteral("  \u2192  "))));
    m_textbook->setText(m_diagram->litText());
    setProgress(stepOf(phase, runNumber), 5, m_diagram->litText());
}

void ThreadLifecyclePanel::onFinished(bool cancelled)
{
    m_poll->stop();
    poll();
    finishRun([cancelled] {
        return cancelled ? tr("Cancelled: the thread was asked to stop and ended early.")
                         : tr("Done: the thread ran, slept, ran again and ended.");
    });
}

void ThreadLifecyclePanel::poll()
{
    if (!m_demo)
        return;
    const Core::LifecycleDemo::Snapshot s = m_demo->snapshot();
    if (s.kernelState.isNull()) {
        m_kernel->setText(s.isFinished ? tr("no task: the kernel thread is gone")
                                       : tr("no task yet: the kernel thread does not exist"));
    } else {
        const char letter = char(s.kernelState.toLatin1());
        m_kernel->setText(tr("%1: %2").arg(QString(s.kernelState), Core::kernelStateWords(letter)));
    }
    const auto yesNo = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };
    m_qt->setText(tr("isRunning()  = %1\nisFinished() = %2").arg(yesNo(s.isRunning), yesNo(s.isFinished)));
    m_thread->setText(s.tid > 0 ? tr("\u201c%1\u201d, thread id %2").arg(m_name).arg(s.tid)
                                : tr("\u201c%1\u201d, no thread id yet").arg(m_name));
}

void ThreadLifecyclePanel::showPacer()
{
    Core::Pacer *pacer = Core::Pacer::instance();
    if (pacer->isPaused()) {
        m_pacer->setText(tr("Pacer: paused. The thread is held at its next checkpoint (Linux shows S); "
                            "Step lets it pass one."));
        return;
    }
    const double speed = pacer->speed();
    if (speed >= Core::Pacer::MaxSpeed) {
        m_pacer->setText(tr("Pacer: full speed. Slow it down with the monitor's speed slider (or - in "
                            "presenter mode)."));
    } else {
        m_pacer->setText(tr("Pacer: slow motion, 1/%1 speed.").arg(std::lround(1.0 / speed)));
    }
}

QString ThreadLifecyclePanel::detailFor(ThreadState phase, int runNumber) const
{
    switch (phase) {
    case ThreadState::Running:
        return tr("run %1 of 2").arg(runNumber);
    case ThreadState::Sleeping:
    case ThreadState::Blocked:
    case ThreadState::Waiting:
        return Core::threadStateName(phase).toLower();
    case ThreadState::Runnable:
        return tr("started");
    default:
        return {};
    }
}

void ThreadLifecyclePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(m_page);
    ExperimentPanel::changeEvent(event);
}

void ThreadLifecyclePanel::retranslate()
{
    setIntro(tr("One thread, <i>lifecycle-demo</i>, is started, computes, sleeps, computes again and ends. "
                "The diagram lights its textbook state; beside it, what Linux says about the same thread "
                "and what Qt says. Slow it down or pause it with the monitor's pacer."));
    ParameterForm *f = form();
    f->setLabel(FirstRun, tr("First run (computing)"));
    f->setLabel(Sleep, tr("Sleep"));
    f->setLabel(SecondRun, tr("Second run (computing)"));
    setTabTitle(m_page, tr("State diagram"));
    // The path may wrap after each "/" (a zero-width space): a narrow column breaks no word. So this
    // title stays in code, the form's retranslateUi would undo the zero-width spaces.
    m_kernelTitle->setText(
        tr("Linux state (/proc/self/task/<tid>/stat)").replace(QLatin1Char('/'), QStringLiteral("/\u200B")));
    if (m_diagram->hasState()) {
        m_diagram->setState(m_phase, detailFor(m_phase, m_runNumber));
        m_textbook->setText(m_diagram->litText());
    } else {
        m_textbook->setText(tr("not started"));
        m_kernel->setText(tr("no task yet"));
        m_qt->setText(tr("no QThread yet"));
        m_thread->setText(tr("\u201c%1\u201d, not created yet").arg(DemoName));
        m_path->setText(QString());
    }
    showPacer();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(thread_lifecycle, "thread-lifecycle", "8.1", "threads-in-practice",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Creating a thread and its states"),
                   Lab::Gui::ThreadLifecyclePanel)
