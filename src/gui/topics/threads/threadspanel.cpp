// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadspanel.h"

#include "core/system/machineinfo.h"
#include "core/trace/pacer.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/valuetile.h"
#include "gui/panels/verticalscrollarea.h"
#include "gui/topics/topicregistry.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

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

enum Column
{
    NameColumn,
    TidColumn,
    SharedColumn,
    StackColumn,
    DistanceColumn,
    IncrementsColumn,
    ColumnCount
};

QString hexAddress(quintptr address)
{
    return QStringLiteral("0x%1").arg(address, 12, 16, QLatin1Char('0'));
}

// "+8 MiB" / "−132 KiB": how far one stack lies from another, in units a student can picture.
QString distanceText(qint64 bytes)
{
    const QString sign = bytes < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return sign + Core::formatBytes(bytes < 0 ? -bytes : bytes);
}

} // namespace

ThreadsPanel::ThreadsPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("threads"), parent)
    , m_experiment(new Core::SharedCounterExperiment(this))
    , m_counterPage(new QWidget(this))
    , m_expected(new ValueTile(m_counterPage))
    , m_actual(new ValueTile(m_counterPage))
    , m_lost(new ValueTile(m_counterPage))
    , m_roundLine(new QLabel(m_counterPage))
    , m_rounds(new QListWidget(m_counterPage))
    , m_steps(new QListWidget(m_counterPage))
    , m_why(new QLabel(m_counterPage))
    , m_threadsPage(new QWidget(this))
    , m_table(new QTableWidget(0, ColumnCount, m_threadsPage))
    , m_addressNote(new QLabel(m_threadsPage))
{
    ParameterForm *f = form();
    f->addInt(Threads, QString(), 1, 64, 4);
    f->addInt(Increments, QString(), 1, 100000000, 100000);
    f->addChoice(Mode, QString(), {Unsynchronized, Mutex}, Unsynchronized);
    f->addFlag(UntilLoss, QString(), true);
    f->addInt(Rounds, QString(), 1, 1000, 10);
    f->addFlag(EveryStep, QString(), false);

    // Counter: expected, actual, lost; the rounds; why.
    m_expected->setObjectName(QStringLiteral("expectedTile"));
    m_actual->setObjectName(QStringLiteral("actualTile"));
    m_lost->setObjectName(QStringLiteral("lostTile"));
    m_roundLine->setObjectName(QStringLiteral("roundLine"));
    m_roundLine->setWordWrap(true);
    m_rounds->setObjectName(QStringLiteral("roundList"));
    // Lecture speed: one line per read, add and write, the newest at the bottom.
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setWordWrap(true);
    m_steps->hide();
    m_why->setObjectName(QStringLiteral("lostUpdateExplanation"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    m_why->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *counterLayout = new QVBoxLayout(m_counterPage);
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(m_expected);
    tiles->addWidget(m_actual);
    tiles->addWidget(m_lost);
    counterLayout->addLayout(tiles);
    counterLayout->addWidget(m_roundLine);
    counterLayout->addWidget(m_steps, 2);
    counterLayout->addWidget(m_why);
    counterLayout->addWidget(m_rounds, 1);
    // Scrolls rather than raising the window's minimum height at large text scales.
    m_counterTab = new VerticalScrollArea(m_counterPage, this);
    addTab(m_counterTab, QString());

    // Threads: one row per thread of the current round.
    m_table->setObjectName(QStringLiteral("threadTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_addressNote->setObjectName(QStringLiteral("addressNote"));
    m_addressNote->setWordWrap(true);
    m_addressNote->setTextFormat(Qt::RichText);
    auto *threadsLayout = new QVBoxLayout(m_threadsPage);
    threadsLayout->addWidget(m_table, 1);
    threadsLayout->addWidget(m_addressNote);
    addTab(m_threadsPage, QString());
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
    m_reports.clear();
    m_results.clear();
    m_table->setRowCount(0);
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
    // A new round's first thread replaces the previous round's table.
    if (!m_reports.isEmpty() && report.index < m_reports.size() && m_reports.at(report.index).tid != 0 &&
        m_reports.at(report.index).tid != report.tid) {
        m_reports.clear();
    }
    while (m_reports.size() <= report.index)
        m_reports.append(Core::CounterThreadReport{});
    m_reports[report.index] = report;
    showThreads();
}

void ThreadsPanel::onNarrated(int index, const QString &what, qint64 counter)
{
    const QString name = index < m_reports.size() && !m_reports.at(index).name.isEmpty()
                             ? m_reports.at(index).name
                             : QStringLiteral("counter-%1").arg(index + 1);
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
    m_reports = result.threads; // with the increments each thread performed
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

void ThreadsPanel::showThreads()
{
    const quintptr firstStack = m_reports.isEmpty() ? 0 : m_reports.constFirst().stackVariableAddress;
    m_table->setRowCount(int(m_reports.size()));
    // Addresses in a fixed font of the table's size (it follows zoom and the presenter's scale).
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (m_table->font().pointSizeF() > 0)
        fixed.setPointSizeF(m_table->font().pointSizeF());
    for (int row = 0; row < m_reports.size(); ++row) {
        const Core::CounterThreadReport &r = m_reports.at(row);
        const bool known = r.tid != 0;
        const QStringList cells = {r.name,
                                   known ? QString::number(r.tid) : QString(),
                                   known ? hexAddress(r.sharedCounterAddress) : QString(),
                                   known ? hexAddress(r.stackVariableAddress) : QString(),
                                   known && firstStack && row > 0
                                       ? distanceText(qint64(r.stackVariableAddress) - qint64(firstStack))
                                       : QString(),
                                   known && r.increments > 0 ? QLocale().toString(r.increments) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != NameColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == SharedColumn || column == StackColumn)
                item->setFont(fixed);
            m_table->setItem(row, column, item);
        }
    }
    if (m_reports.isEmpty() || m_reports.constFirst().tid == 0) {
        m_addressNote->clear();
        return;
    }
    bool sameShared = true;
    QSet<quintptr> stacks;
    for (const Core::CounterThreadReport &r : std::as_const(m_reports)) {
        if (r.tid == 0)
            continue;
        sameShared = sameShared && r.sharedCounterAddress == m_reports.constFirst().sharedCounterAddress;
        stacks.insert(r.stackVariableAddress);
    }
    QString note = sameShared ? tr("<b>Shared:</b> every thread sees the counter at the same address, %1: one heap for "
                                   "the whole process.")
                                    .arg(hexAddress(m_reports.constFirst().sharedCounterAddress))
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
    const QString a =
        m_reports.size() > 0 && !m_reports.at(0).name.isEmpty() ? m_reports.at(0).name : QStringLiteral("counter-1");
    const QString b =
        m_reports.size() > 1 && !m_reports.at(1).name.isEmpty() ? m_reports.at(1).name : QStringLiteral("counter-2");
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
    m_expected->setCaption(tr("Expected (threads × increments)"));
    m_actual->setCaption(tr("Actual counter value"));
    m_lost->setCaption(tr("Lost updates"));
    m_table->setHorizontalHeaderLabels({tr("Thread"), tr("TID"), tr("Shared\ncounter at"), tr("Own stack\nvariable at"),
                                        tr("Distance from\nthe first stack"), tr("Increments")});
    setTabTitle(m_counterTab, tr("Counter"));
    setTabTitle(m_threadsPage, tr("Threads"));
    showRounds();
    showThreads();
    showExplanation();
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(threads, "threads", "1", "threads-processes",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads and multithreading"), Lab::Gui::ThreadsPanel)
