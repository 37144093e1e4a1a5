// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadspanel.h"

#include "core/trace/pacer.h"
#include "counterthreadmodel.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/valuetile.h"
#include "gui/panels/verticalscrollarea.h"
#include "gui/topics/topicregistry.h"
#include "ui_threadspanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace Lab::Gui {

namespace {

const QString Threads = QStringLiteral("threads");
const QString Increments = QStringLiteral("increments");
const QString Mode = QStringLiteral("mode");
const QString UntilLoss = QStringLiteral("until-loss");
const QString Rounds = QStringLiteral("rounds");
const QString EveryStep = QStringLiteral("every-step");
constexpr int MaxStepLines = 2000;
const QString Unsynchronized = QStringLiteral("unsynchronized");
const QString Mutex = QStringLiteral("mutex");

} // namespace

ThreadsPanel::ThreadsPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("threads"), parent)
    , m_ui(std::make_unique<Ui::ThreadsPanel>())
    , m_pages(std::make_unique<QStackedWidget>())
    , m_experiment(new Core::SharedCounterExperiment(this))
    , m_threadModel(new CounterThreadModel(this))
{
    // Counter: expected, actual, lost; the rounds; why. Threads: one row per thread of the current
    // round. Both pages are the form ui/threadspanel.ui.
    m_ui->setupUi(m_pages.get());
    m_counterPage = m_ui->counterPage;
    m_expected = m_ui->expectedTile;
    m_actual = m_ui->actualTile;
    m_lost = m_ui->lostTile;
    m_roundLine = m_ui->roundLine;
    m_rounds = m_ui->roundList;
    m_steps = m_ui->stepList; // lecture speed: one line per read, add and write, the newest at the bottom
    m_why = m_ui->lostUpdateExplanation;
    m_threadsPage = m_ui->threadsPage;
    m_table = m_ui->threadTable;
    m_addressNote = m_ui->addressNote;
    m_table->setModel(m_threadModel);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Scrolls rather than raising the window's minimum height at large text scales.
    m_counterTab = new VerticalScrollArea(m_counterPage, this);
    addTab(m_counterTab, QString());
    addTab(m_threadsPage, QString());

    ParameterForm *f = form();
    f->addInt(Threads, QString(), 1, 64, 4);
    f->addInt(Increments, QString(), 1, 100000000, 100000);
    f->addChoice(Mode, QString(), {Unsynchronized, Mutex}, Unsynchronized);
    f->addFlag(UntilLoss, QString(), true);
    f->addInt(Rounds, QString(), 1, 1000, 10);
    f->addFlag(EveryStep, QString(), false);
    addCode(QStringLiteral("threads"));

    connect(m_experiment, &Core::SharedCounterExperiment::threadReported, this, &ThreadsPanel::onThreadReported);
    connect(m_experiment, &Core::SharedCounterExperiment::roundFinished, this, &ThreadsPanel::onRoundFinished);
    connect(m_experiment, &Core::SharedCounterExperiment::narrated, this, &ThreadsPanel::onNarrated);
    connect(m_experiment, &Core::SharedCounterExperiment::finished, this, &ThreadsPanel::onFinished);
    retranslate();
}

ThreadsPanel::~ThreadsPanel() = default; // the experiment (a child) cancels and joins its threads

bool ThreadsPanel::startRun(QString *error)
{
    const ParameterForm *f = form();
    Core::SharedCounterExperiment::Config config;
    config.threads = int(f->intValue(Threads));
    config.incrementsPerThread = f->intValue(Increments);
    config.sync = f->choice(Mode) == Mutex ? Core::CounterSync::Mutex : Core::CounterSync::None;
    config.untilLoss = f->flag(UntilLoss);
    config.maxRounds = config.untilLoss ? int(f->intValue(Rounds)) : 1;
    config.namePrefix = QStringLiteral("counter");
    config.narrate = f->flag(EveryStep);
    const QString invalid = Core::SharedCounterExperiment::validate(config);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    m_maxRounds = config.maxRounds;
    m_withMutex = config.sync == Core::CounterSync::Mutex;
    m_threadModel->clear();
    m_results.clear();
    m_steps->clear();
    m_steps->setVisible(config.narrate);
    m_expected->setValue(QLocale().toString(qint64(config.threads) * config.incrementsPerThread));
    m_actual->setValue(QStringLiteral("…"));
    m_lost->setValue(QStringLiteral("…"));
    m_actual->setAlert(false);
    m_lost->setAlert(false);
    showRounds();
    showExplanation();
    tabs()->setCurrentWidget(m_counterTab);
    if (!m_experiment->start(config)) {
        *error = tr("The counter experiment is still running.");
        return false;
    }
    setProgress(0, m_maxRounds > 1 ? m_maxRounds : 0, tr("Round 1"));
    return true;
}

void ThreadsPanel::cancelRun()
{
    m_experiment->cancel(); // bounded: every thread checks the flag every 1,024 increments
}

void ThreadsPanel::onThreadReported(const Core::CounterThreadReport &report)
{
    m_threadModel->report(report); // a new round's first thread replaces the previous round's rows
    showThreads();
}

void ThreadsPanel::onNarrated(int index, const QString &what, qint64 counter)
{
    const QString name = threadName(index);
    if (m_steps->count() >= MaxStepLines)
        delete m_steps->takeItem(0);
    // The newest step in bold, so the room sees which one just happened.
    if (m_steps->count() > 0) {
        QListWidgetItem *previous = m_steps->item(m_steps->count() - 1);
        QFont plain = previous->font();
        plain.setBold(false);
        previous->setFont(plain);
    }
    auto *item = new QListWidgetItem(tr("%1 %2").arg(name, what), m_steps);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    m_steps->scrollToItem(item);
    m_actual->setValue(QLocale().toString(counter));
}

void ThreadsPanel::onRoundFinished(const Core::CounterRoundResult &result)
{
    m_results.append(result);
    m_threadModel->setThreads(result.threads); // with the increments each thread performed
    showThreads();
    m_expected->setValue(QLocale().toString(result.expected));
    m_actual->setValue(QLocale().toString(result.actual));
    m_lost->setValue(QLocale().toString(result.lost()));
    m_actual->setAlert(result.lost() > 0);
    m_lost->setAlert(result.lost() > 0);
    showRounds();
    if (m_maxRounds > 1)
        setProgress(result.round, m_maxRounds, tr("Round %1 of at most %2").arg(result.round).arg(m_maxRounds));
}

void ThreadsPanel::onFinished(const Core::CounterSummary &summary)
{
    showExplanation();
    const int rounds = int(summary.rounds.size());
    const Core::CounterRoundResult last =
        summary.rounds.isEmpty() ? Core::CounterRoundResult{} : summary.rounds.constLast();
    finishRun([cancelled = summary.cancelled, lossFound = summary.lossFound, withMutex = m_withMutex, rounds, last] {
        if (cancelled)
            return tr("Cancelled (rounds run: %1).").arg(rounds);
        if (lossFound)
            return tr("Round %1: %2 of %3 increments were lost.")
                .arg(last.round)
                .arg(QLocale().toString(last.lost()), QLocale().toString(last.expected));
        if (withMutex)
            return tr("With the mutex: every increment was counted (rounds run: %1, none lost an update).").arg(rounds);
        return tr("No update lost (rounds run: %1); try more threads or more increments.").arg(rounds);
    });
}

QString ThreadsPanel::threadName(int index) const
{
    const QList<Core::CounterThreadReport> &threads = m_threadModel->threads();
    return index < threads.size() && !threads.at(index).name.isEmpty() ? threads.at(index).name
                                                                       : QStringLiteral("counter-%1").arg(index + 1);
}

void ThreadsPanel::showThreads()
{
    // Addresses in a fixed font of the table's size (it follows zoom and the presenter's scale).
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (m_table->font().pointSizeF() > 0)
        fixed.setPointSizeF(m_table->font().pointSizeF());
    m_threadModel->setAddressFont(fixed);
    const QList<Core::CounterThreadReport> &reports = m_threadModel->threads();
    if (reports.isEmpty() || reports.constFirst().tid == 0) {
        m_addressNote->clear();
        return;
    }
    bool sameShared = true;
    QSet<quintptr> stacks;
    for (const Core::CounterThreadReport &r : reports) {
        if (r.tid == 0)
            continue;
        sameShared = sameShared && r.sharedCounterAddress == reports.constFirst().sharedCounterAddress;
        stacks.insert(r.stackVariableAddress);
    }
    QString note = sameShared ? tr("<b>Shared:</b> every thread sees the counter at the same address, %1: one heap for "
                                   "the whole process.")
                                    .arg(CounterThreadModel::hexAddress(reports.constFirst().sharedCounterAddress))
                              : tr("<b>Unexpected:</b> the threads report different counter addresses.");
    note += QStringLiteral("<br>");
    note += stacks.size() > 1 ? tr("<b>Own:</b> the variables on the threads' stacks lie at %1 different addresses: "
                                   "every thread has its own stack.")
                                    .arg(stacks.size())
                              : tr("<b>Own:</b> the variable on the thread's stack lies in its own stack; start two or "
                                   "more threads to compare.");
    m_addressNote->setText(note);
}

void ThreadsPanel::showRounds()
{
    m_rounds->clear();
    for (const Core::CounterRoundResult &r : std::as_const(m_results)) {
        m_rounds->insertItem(
            0, tr("Round %1: %2 of %3 counted, %4 lost (%5 s)")
                   .arg(r.round)
                   .arg(QLocale().toString(r.actual), QLocale().toString(r.expected), QLocale().toString(r.lost()))
                   .arg(QLocale().toString(r.seconds, 'f', 3)));
    }
    if (m_results.isEmpty()) {
        m_roundLine->setText(isRunning() ? tr("Running…") : tr("Press Run to start the threads."));
        return;
    }
    const Core::CounterRoundResult &last = m_results.constLast();
    if (last.lost() > 0)
        m_roundLine->setText(tr("Round %1: %2 updates were lost. The threads overwrote each other's increments.")
                                 .arg(last.round)
                                 .arg(QLocale().toString(last.lost())));
    else if (last.sync == Core::CounterSync::Mutex)
        m_roundLine->setText(tr("Round %1: with the mutex every increment was counted.").arg(last.round));
    else
        m_roundLine->setText(tr("Round %1: no update lost this time.").arg(last.round));
}

void ThreadsPanel::showExplanation()
{
    const QString a = threadName(0);
    const QString b = threadName(1);
    m_why->setText(tr("<b>Why updates are lost.</b> <code>counter = counter + 1</code> is three steps: read the "
                      "value, add one, write it back. Two threads can interleave them:"
                      "<ol><li><b>%1</b> reads 41.</li><li><b>%2</b> reads 41.</li><li><b>%1</b> writes 42.</li>"
                      "<li><b>%2</b> writes 42: the increment of %1 is lost.</li></ol>"
                      "<b>With a mutex</b> a thread holds the lock from the read to the write, so no other thread "
                      "can read in between: nothing is lost, at the cost of waiting for the lock.")
                       .arg(a, b));
}

void ThreadsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(m_pages.get());
    ExperimentPanel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        showThreads();
}

void ThreadsPanel::retranslate()
{
    setIntro(tr("N lab threads (<i>counter-1</i>, <i>counter-2</i>, … in the monitor) each add 1 to one shared "
                "counter M times. Without a lock some increments vanish; with a mutex none do."));
    ParameterForm *f = form();
    f->setLabel(Threads, tr("Threads"));
    f->setLabel(Increments, tr("Increments per thread"));
    f->setLabel(Mode, tr("Mode"));
    f->setLabel(UntilLoss, tr("Run until a loss shows"));
    f->setLabel(Rounds, tr("At most this many rounds"));
    f->setToolTip(UntilLoss, tr("Repeat the whole run (new threads, counter back to 0) until some update is lost"));
    f->setLabel(EveryStep, tr("Lecture speed"));
    f->setToolTip(
        EveryStep,
        tr("Every read, add and write of each increment is shown here and on the timeline and takes %1 s; S stops "
           "at each one. At most %2 increments per thread.")
            .arg(QLocale().toString(double(Core::Pacer::LectureHoldMs) / 1000.0, 'f', 1))
            .arg(Core::SharedCounterExperiment::MaxNarratedIncrements));
    if (auto *combo = qobject_cast<QComboBox *>(f->editor(Mode))) {
        combo->setItemText(0, tr("Unsynchronized (no lock)"));
        combo->setItemText(1, tr("With a mutex (QMutex)"));
    }
    m_threadModel->retranslate();
    setTabTitle(m_counterTab, tr("Counter"));
    setTabTitle(m_threadsPage, tr("Threads"));
    showRounds();
    showThreads();
    showExplanation();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(threads, "threads", "1", "threads-processes",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads and multithreading"), Lab::Gui::ThreadsPanel)
