// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlingthreadspanel.h"

#include "core/experiments/threadidentity.h"
#include "gui/panels/livetext.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/relativefonts.h"
#include "gui/topics/topicregistry.h"
#include "processendingwidget.h"
#include "threadnamesmodel.h"
#include "ui_handlingthreadspanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Lab::Gui {

namespace {

const QString StopAfter = QStringLiteral("stop-after-ms");
const QString WorkMs = QStringLiteral("work-ms");
const QString NameBefore = QStringLiteral("handling-threads-demo"); // 21 characters: the OS keeps 15
const QString NameAfter = QStringLiteral("renamed-later");
const QString GracefulName = QStringLiteral("graceful-stop");

} // namespace

HandlingThreadsPanel::HandlingThreadsPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("handling-threads"), parent)
    , m_ui(std::make_unique<Ui::HandlingThreadsPanel>())
    , m_pages(std::make_unique<QStackedWidget>())
    , m_rename(new Core::ThreadRenameDemo(this))
    , m_stopDemo(new Core::GracefulStopDemo(this))
    , m_namesModel(new ThreadNamesModel(this))
    , m_stopTimer(new QTimer(this))
{
    ParameterForm *f = form();
    f->addInt(StopAfter, QString(), 10, 60000, 1500, QStringLiteral(" ms"));
    f->addInt(WorkMs, QString(), 0, 60000, 1000, QStringLiteral(" ms"));

    // Stopping: the graceful thread's title, buttons and result, then ProcessEndingWidget. Names: the
    // names table, its verdict and the current thread. Both pages are the form ui/handlingthreadspanel.ui.
    m_ui->setupUi(m_pages.get());
    m_stopPage = m_ui->stopPage;
    m_threadTitle = m_ui->gracefulTitle;
    m_threadStart = m_ui->threadStartButton;
    m_threadStop = m_ui->threadStopButton;
    m_graceful = m_ui->gracefulResult;
    m_processTitle = m_ui->processTitle;
    m_processes = m_ui->processEnding;
    m_namesPage = m_ui->namesPage;
    m_namesIntro = m_ui->namesIntro;
    m_names = m_ui->namesTable;
    m_namesVerdict = m_ui->namesVerdict;
    m_identity = m_ui->threadIdentity;

    auto *fonts = new RelativeFonts(this);
    m_names->setModel(m_namesModel);
    // Short cells (the form turns wrapping off): row heights then do not depend on the width.
    m_names->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_names->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fonts->add(m_names, 1.15, false);
    fonts->add(m_namesVerdict, 1.15);
    fonts->add(m_threadTitle, 1.15);
    setLiveText(m_graceful, [] { return tr("Not started yet."); });
    fonts->add(m_graceful, 1.1, false);
    fonts->add(m_processTitle, 1.15);
    // One line of the result's font between the thread and the process part: measured, so it stays in code.
    m_ui->stopLayout->insertSpacing(m_ui->stopLayout->indexOf(m_processTitle), m_graceful->fontMetrics().height());

    addTab(m_stopPage, QString());
    addTab(m_namesPage, QString());
    addCode(QStringLiteral("handling-threads"));

    m_stopTimer->setSingleShot(true);
    connect(m_stopTimer, &QTimer::timeout, m_stopDemo, &Core::GracefulStopDemo::stop);
    connect(m_rename, &Core::ThreadRenameDemo::finished, this, &HandlingThreadsPanel::onRenamed);
    connect(m_stopDemo, &Core::GracefulStopDemo::started, this, &HandlingThreadsPanel::onGracefulStarted);
    connect(m_stopDemo, &Core::GracefulStopDemo::finished, this, &HandlingThreadsPanel::onGracefulFinished);
    connect(m_processes, &ProcessEndingWidget::allFinished, this, &HandlingThreadsPanel::partDone);
    connect(m_threadStart, &QPushButton::clicked, this, [this] { startGraceful(false); });
    connect(m_threadStop, &QPushButton::clicked, this, [this] {
        m_threadStop->setEnabled(false);
        m_stopDemo->stop();
    });
    connect(this, &ExperimentPanel::runStarted, this, [this] { m_threadStart->setEnabled(false); });
    retranslate();
}

HandlingThreadsPanel::~HandlingThreadsPanel()
{
    m_stopTimer->stop(); // the core objects and the view stop, join and reap what they started
}

bool HandlingThreadsPanel::startRun(QString *error)
{
    if (m_stopDemo->isRunning()) {
        *error = tr("The graceful-stop thread started by hand still runs: stop it first.");
        return false;
    }
    m_namesModel->clear();
    m_partsLeft = 3;
    if (!m_rename->start(NameBefore, NameAfter)) {
        *error = tr("The naming demo is still running.");
        return false;
    }
    startGraceful(true);
    m_processes->setWorkMs(int(form()->intValue(WorkMs)));
    if (!m_processes->runAll(int(form()->intValue(StopAfter)), int(form()->intValue(WorkMs))))
        partDone(); // a previous set of processes is still being ended; nothing new to wait for
    tabs()->setCurrentWidget(m_stopPage);
    setProgress(0, 3, tr("Naming, stopping a thread, ending three processes"));
    return true;
}

void HandlingThreadsPanel::cancelRun()
{
    m_stopTimer->stop();
    m_stopDemo->stop();
    m_processes->cancelAll();
}

void HandlingThreadsPanel::startGraceful(bool automatic)
{
    m_gracefulAutomatic = automatic;
    if (!m_stopDemo->start(GracefulName, 600)) {
        setLiveText(m_graceful, [] { return tr("The graceful-stop thread could not be started."); });
        if (automatic)
            partDone();
        return;
    }
    m_threadStart->setEnabled(false);
    m_threadStop->setEnabled(!automatic);
    setLiveText(m_graceful, [] { return tr("Starting \u201c%1\u201d...").arg(GracefulName); });
}

void HandlingThreadsPanel::onGracefulStarted(int tid)
{
    if (m_gracefulAutomatic) {
        m_stopTimer->start(int(form()->intValue(StopAfter)));
        setLiveText(m_graceful, [tid, after = form()->intValue(StopAfter)] {
            return tr("\u201c%1\u201d (thread id %2) computes in 1 ms steps; in %3 ms it is asked to stop.")
                .arg(GracefulName)
                .arg(tid)
                .arg(after);
        });
    } else {
        setLiveText(m_graceful, [tid] {
            return tr("\u201c%1\u201d (thread id %2) computes in 1 ms steps until you ask it to stop.")
                .arg(GracefulName)
                .arg(tid);
        });
    }
}

void HandlingThreadsPanel::onGracefulFinished(const Core::GracefulStopDemo::Report &report)
{
    m_stopTimer->stop();
    m_threadStop->setEnabled(false);
    m_threadStart->setEnabled(!isRunning() || !m_gracefulAutomatic);
    setLiveText(m_graceful, [report] {
        if (report.stoppedByRequest)
            return tr("\u201c%1\u201d (thread id %2) did %3 steps. After requestInterruption() it finished its step, "
                      "ran its clean-up and returned from run() %4 ms later. Cleaned up: %5.")
                .arg(GracefulName)
                .arg(report.tid)
                .arg(report.stepsDone)
                .arg(QLocale().toString(report.stopLatencyMs, 'f', 2))
                .arg(report.cleanedUp ? tr("yes") : tr("no"));
        return tr("\u201c%1\u201d (thread id %2) ended on its own after %3 steps. Cleaned up: %4.")
            .arg(GracefulName)
            .arg(report.tid)
            .arg(report.stepsDone)
            .arg(report.cleanedUp ? tr("yes") : tr("no"));
    });
    if (m_gracefulAutomatic) {
        m_gracefulAutomatic = false;
        partDone();
    }
}

void HandlingThreadsPanel::onRenamed(const Core::ThreadRenameDemo::Report &report)
{
    m_namesModel->setReport(report);
    showNames();
    if (isRunning())
        partDone();
}

void HandlingThreadsPanel::partDone()
{
    if (!isRunning() || m_partsLeft <= 0)
        return;
    --m_partsLeft;
    setProgress(3 - m_partsLeft, 3);
    if (m_partsLeft == 0) {
        m_threadStart->setEnabled(!m_stopDemo->isRunning());
        finishRun(StatusText([] {
            return tr("Done: a thread named and renamed, a thread stopped gracefully, three processes ended.");
        }));
    }
}

void HandlingThreadsPanel::showNames()
{
    // As tall as its three rows, so the verdict sits right under them.
    m_names->resizeRowsToContents();
    int height = m_names->horizontalHeader()->sizeHint().height() + 2 * m_names->frameWidth();
    for (int row = 0; row < m_namesModel->rowCount(); ++row)
        height += m_names->rowHeight(row);
    m_names->setFixedHeight(height);
    if (!m_namesModel->report()) {
        m_namesVerdict->clear();
        return;
    }
    const Core::ThreadRenameDemo::Report &r = *m_namesModel->report();
    m_namesVerdict->setText(
        tr("Thread id %1. Before start the name reaches the OS, cut to 15 bytes (\u201c%2\u201d). Renaming the "
           "QThread later changes objectName() only: /proc still says \u201c%3\u201d. Only the thread itself can "
           "rename its OS thread: \u201c%4\u201d.")
            .arg(r.tid)
            .arg(r.commAtStart, r.commAfterRename, r.commAfterOsRename));
}

void HandlingThreadsPanel::showIdentity()
{
    const bool onMain = QThread::currentThread() == QCoreApplication::instance()->thread();
    m_identity->setText(tr("Current thread (the one running this panel): thread id %1, %2. The main thread's id "
                           "equals the process id, %3. Python: threading.current_thread(), "
                           "threading.main_thread(); the monitor's thread table is this process's "
                           "threading.enumerate().")
                            .arg(Core::ThreadIdentity::currentTid())
                            .arg(onMain ? tr("the main (GUI) thread") : tr("not the main thread"))
                            .arg(QCoreApplication::applicationPid()));
}

void HandlingThreadsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(m_pages.get());
    ExperimentPanel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        showNames(); // the names table's fixed height follows the new font (presenter mode)
}

void HandlingThreadsPanel::retranslate()
{
    setIntro(tr("Run names a thread before start and renames it after, stops a computing thread with "
                "requestInterruption(), and ends three worker processes: politely, with SIGTERM, with SIGKILL. "
                "The buttons below do the stops by hand."));
    ParameterForm *f = form();
    f->setLabel(StopAfter, tr("Ask to stop after"));
    f->setLabel(WorkMs, tr("Process: work before a polite exit"));
    setTabTitle(m_stopPage, tr("Stopping"));
    setTabTitle(m_namesPage, tr("Names"));
    m_namesIntro->setText(tr("One thread, named \u201c%1\u201d before start and \u201c%2\u201d after; each row "
                             "shows Qt's name beside the name the kernel keeps (/proc/self/task/<tid>/comm).")
                              .arg(NameBefore, NameAfter));
    m_namesModel->retranslate();
    showNames();
    showIdentity();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(handling_threads, "handling-threads", "8.3", "threads-in-practice",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Handling threads"), Lab::Gui::HandlingThreadsPanel)
