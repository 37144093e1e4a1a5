// SPDX-License-Identifier: GPL-3.0-or-later
#include "startingthreadspanel.h"

#include "core/experiments/threadidentity.h"
#include "daemondemowidget.h"
#include "forkdemowidget.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/relativefonts.h"
#include "gui/topics/topicregistry.h"
#include "threadstartmodel.h"
#include "ui_startingthreadspanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>

namespace Lab::Gui {

using Method = Core::ThreadStartDemo::Method;

namespace {

const QString Iterations = QStringLiteral("iterations");
const QString HoldMs = QStringLiteral("hold-ms");
const QString BeatMsKey = QStringLiteral("beat-ms");
const QString WorkMs = QStringLiteral("work-ms");

// The form (ui/startingthreadspanel.ui) makes both tables read-only, wrapping, without a horizontal
// scroll bar; their headers' resize modes are set here.
void fitColumns(QTableView *table)
{
    // Rows are numbered 1-4 in both tables: row n of the results is the way spelled in row n below.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns share the width and cells wrap: in presenter mode the panel is narrow, and a cut-off
    // column would hide exactly what the class should read.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

// The C++ that each way runs (abridged from core/experiments/threadstartdemo.cpp) and its Python spelling.
QString cppSpelling(Method method)
{
    switch (method) {
    case Method::SubclassRun:
        return QStringLiteral("class T : QThread { void run() override; }");
    case Method::WorkerObject:
        return QStringLiteral("worker->moveToThread(thread)");
    case Method::CreateLambda:
        return QStringLiteral("QThread::create([] { work(); })");
    case Method::StdThread:
        return QStringLiteral("std::thread t([] { work(); })");
    }
    return {};
}

QString pythonSpelling(Method method)
{
    switch (method) {
    case Method::SubclassRun:
        return QStringLiteral("class T(Thread): def run(self)");
    case Method::WorkerObject:
        return QStringLiteral("Thread(target=worker.do_work)");
    case Method::CreateLambda:
        return QStringLiteral("Thread(target=lambda: work())");
    case Method::StdThread:
        return QStringLiteral("Thread(target=work)");
    }
    return {};
}

} // namespace

StartingThreadsPanel::StartingThreadsPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("starting-threads"), parent)
    , m_ui(std::make_unique<Ui::StartingThreadsPanel>())
    , m_demo(new Core::ThreadStartDemo(this))
    , m_waysPage(new QWidget(this))
    , m_model(new ThreadStartModel(this))
    , m_fork(new ForkDemoWidget(this))
    , m_daemon(new DaemonDemoWidget(this))
{
    m_ui->setupUi(m_waysPage);
    m_tableTitle = m_ui->startTableTitle;
    m_table = m_ui->startTable;
    m_spellingTitle = m_ui->spellingTitle;
    m_spellings = m_ui->spellingTable;
    m_verdict = m_ui->startVerdict;
    fitColumns(m_table);
    fitColumns(m_spellings);

    ParameterForm *f = form();
    f->addInt(Iterations, QString(), 1000, 100000000, 1000000);
    f->addInt(HoldMs, QString(), 0, 60000, 2000, QStringLiteral(" ms"));
    f->addInt(BeatMsKey, QString(), 10, 10000, 300, QStringLiteral(" ms"));
    f->addInt(WorkMs, QString(), 0, 600000, 3000, QStringLiteral(" ms"));

    auto *fonts = new RelativeFonts(this);
    for (QLabel *label : {m_verdict, m_tableTitle, m_spellingTitle})
        fonts->add(label, 1.15);
    fonts->add(m_table, 1.15, false);
    fonts->add(m_spellings, 1.1, false, true);
    m_table->setModel(m_model); // one row per way, filled as each thread reports
    m_table->horizontalHeader()->setSectionResizeMode(ThreadStartModel::TidColumn, QHeaderView::ResizeToContents);
    addTab(m_waysPage, QString());
    addTab(m_fork, QString());
    addTab(m_daemon, QString());
    addCode(QStringLiteral("starting-threads"));

    connect(m_demo, &Core::ThreadStartDemo::threadReported, this, &StartingThreadsPanel::onThreadReported);
    connect(m_demo, &Core::ThreadStartDemo::finished, this, &StartingThreadsPanel::onFinished);
    connect(m_fork->button(), &QPushButton::clicked, this, [this] { m_fork->start(int(form()->intValue(HoldMs))); });
    connect(m_daemon->startButton(), &QPushButton::clicked, this,
            [this] { m_daemon->start(int(form()->intValue(BeatMsKey)), int(form()->intValue(WorkMs))); });
    retranslate();
}

StartingThreadsPanel::~StartingThreadsPanel() = default; // children stop and join what they started

bool StartingThreadsPanel::startRun(QString *error)
{
    m_reports.clear();
    m_model->clear();
    m_verdict->clear();
    if (!m_demo->start(Core::ThreadStartDemo::allMethods(), form()->intValue(Iterations))) {
        *error = tr("The threads of the previous run are still running.");
        return false;
    }
    tabs()->setCurrentWidget(m_waysPage);
    setProgress(0, 4, tr("Starting 4 threads"));
    return true;
}

void StartingThreadsPanel::cancelRun()
{
    // Each thread runs a bounded task of a few milliseconds: finished() follows on its own.
}

void StartingThreadsPanel::onThreadReported(const Core::ThreadStartDemo::Report &report)
{
    m_reports.append(report);
    m_model->report(report);
    setProgress(m_reports.size(), 4, tr("%1 of 4 threads reported").arg(m_reports.size()));
}

void StartingThreadsPanel::onFinished(const QList<Core::ThreadStartDemo::Report> &reports)
{
    QSet<pid_t> tids;
    int namesMatch = 0;
    int onCaller = 0;
    for (const Core::ThreadStartDemo::Report &report : reports) {
        tids.insert(report.tid);
        if (report.osName == report.requestedName.left(Core::ThreadIdentity::MaxOsNameLength))
            ++namesMatch;
        if (report.onCallerThread)
            ++onCaller;
    }
    const bool ok = tids.size() == reports.size() && namesMatch == reports.size() && onCaller == 0;
    m_verdict->setText(ok ? tr("%n threads, each with its own thread id, none of them the GUI thread; every OS name "
                               "is the name given before start (the kernel keeps 15 bytes).",
                               nullptr, int(reports.size()))
                          : tr("%1 distinct thread ids for %2 threads; %3 OS names match the requested names; %4 "
                               "ran on the GUI thread.")
                                .arg(tids.size())
                                .arg(reports.size())
                                .arg(namesMatch)
                                .arg(onCaller));
    finishRun([started = int(reports.size())] {
        return tr("Done: %n threads started in four different ways.", nullptr, started);
    });
}

void StartingThreadsPanel::fillSpellings()
{
    const QList<Method> methods = Core::ThreadStartDemo::allMethods();
    for (int row = 0; row < methods.size(); ++row) {
        const Method method = methods.at(row);
        const QString kind = method == Method::SubclassRun ? tr("class-based") : tr("target-based");
        m_spellings->setItem(row, 0, new QTableWidgetItem(cppSpelling(method)));
        m_spellings->setItem(row, 1, new QTableWidgetItem(tr("%1  (%2)").arg(pythonSpelling(method), kind)));
    }
}

void StartingThreadsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(m_waysPage);
    ExperimentPanel::changeEvent(event);
}

void StartingThreadsPanel::retranslate()
{
    setIntro(tr("Run starts one thread in each of the four ways Qt/C++ offers; each names itself, reports its "
                "kernel thread id and computes a small result. The Fork and Daemon tabs start a child program."));
    ParameterForm *f = form();
    f->setLabel(Iterations, tr("Work per thread (iterations)"));
    f->setLabel(HoldMs, tr("Fork: keep the child alive"));
    f->setLabel(BeatMsKey, tr("Daemon: heartbeat every"));
    f->setLabel(WorkMs, tr("Daemon: standard thread's work"));
    setTabTitle(m_waysPage, tr("Four ways"));
    setTabTitle(m_fork, tr("Fork"));
    setTabTitle(m_daemon, tr("Daemon"));
    m_model->retranslate();
    fillSpellings();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(starting_threads, "starting-threads", "8.2", "threads-in-practice",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Starting a thread"), Lab::Gui::StartingThreadsPanel)
