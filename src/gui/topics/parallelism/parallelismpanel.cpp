// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelismpanel.h"

#include "core/bench/benchmarkcase.h"
#include "core/experiments/threadjobbenchmark.h"
#include "gui/charts/chartview.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/panels/parameterform.h"
#include "gui/panels/threadjobreport.h"
#include "gui/topics/topicregistry.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QThread>

#include <algorithm>

namespace Lab::Gui {

namespace {

const QString Modes = QStringLiteral("modes");
const QString Gil = QStringLiteral("gil");

QString freeName()
{
    return QString::fromLatin1(ParallelismPanel::FreeStrategy);
}

QString pinnedName()
{
    return QString::fromLatin1(ParallelismPanel::PinnedStrategy);
}

QString gilName()
{
    return QString::fromLatin1(ParallelismPanel::GilStrategy);
}

} // namespace

ParallelismPanel::ParallelismPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("parallelism"), parent)
    , m_setup(new Core::ThreadJobBenchmark(this))
    , m_checks(new QLabel(this))
    , m_results(new BenchmarkResultsWidget(this))
{
    form()->addSchema(Core::ThreadJobOptions::parallelismSchema());

    m_checks->setObjectName(QStringLiteral("threadChecks"));
    m_checks->setWordWrap(true);
    QFont checksFont = m_checks->font();
    checksFont.setPointSizeF(checksFont.pointSizeF() * 1.15);
    m_checks->setFont(checksFont);
    m_checks->hide();
    addBelowForm(m_checks);

    m_results->setObjectName(QStringLiteral("parallelismResults"));
    m_results->setChartKinds({ChartKind::Speedup, ChartKind::Runtime});
    addTab(m_results, QString());
    addCode(QStringLiteral("parallelism"));
    addHistoryTab();

    Core::Benchmark *benchmark = m_setup->benchmark();
    connect(benchmark, &Core::Benchmark::progressChanged, this, [this](int done, int total, const QString &what) {
        setProgress(done, total, tr("Run %1 of %2: %3").arg(std::min(done + 1, total)).arg(total).arg(what));
    });
    connect(m_setup, &Core::ThreadJobBenchmark::finished, this, &ParallelismPanel::onFinished);
    retranslate();
}

ParallelismPanel::~ParallelismPanel()
{
    m_setup->benchmark()->cancel();
}

bool ParallelismPanel::startRun(QString *error)
{
    const ParameterForm *f = form();
    Core::ThreadJobOptions options = Core::ThreadJobOptions::fromValues(f->values());
    const QStringList modes = f->choiceList(Modes);
    using Job = Core::ThreadJobSeries::Job;
    if (modes.contains(QLatin1String("free")))
        options.series.append({freeName(), Job::Cpu, false, false, QStringLiteral("par-free")});
    if (modes.contains(QLatin1String("pinned")))
        options.series.append({pinnedName(), Job::Cpu, true, false, QStringLiteral("par-pinned")});
    if (f->flag(Gil))
        options.series.append({gilName(), Job::Cpu, false, true, QStringLiteral("par-gil")});
    if (!m_setup->prepare(QStringLiteral("parallelism"), options, error))
        return false;
    m_results->clear();
    m_checkLines.clear();
    m_checks->hide();
    m_setup->benchmark()->start();
    return true;
}

void ParallelismPanel::cancelRun()
{
    m_setup->benchmark()->cancel();
}

void ParallelismPanel::onFinished(const Core::BenchmarkResult &result)
{
    m_gilMaxInside = 0;
    m_freeMaxInside = 0;
    for (int t : m_setup->options().threads) {
        m_gilMaxInside = std::max(m_gilMaxInside, m_setup->lastRecord(gilName(), t).maxInsideWork);
        m_freeMaxInside = std::max(m_freeMaxInside, m_setup->lastRecord(freeName(), t).maxInsideWork);
    }
    m_checkLines.clear();
    if (m_setup->series(pinnedName())) {
        const QString check = ThreadJobReport::pinningCheck(*m_setup, {pinnedName()}, m_setup->options().pinCpu);
        if (!check.isEmpty())
            m_checkLines.append(check);
    }
    showResult(result);
    tabs()->setCurrentWidget(m_results);
    finishBenchmarkRun(result, [result] { return headline(result); });
}

void ParallelismPanel::showResult(const Core::BenchmarkResult &result)
{
    m_results->setResult(result);
    // The speedups (with their errors) are in the table below; the frame's summary compares against
    // a "sequential" run this experiment does not have.
    const QStringList lines = ThreadJobReport::summaryLines(result);
    m_results->summaryLabel()->setText(lines.join(QLatin1Char('\n')));
    m_results->summaryLabel()->setVisible(!lines.isEmpty());
    const int cores = result.environment.value(QStringLiteral("logical_cores")).toInt(QThread::idealThreadCount());
    ThreadJobReport::retitleSpeedupChart(m_results->chart(ChartKind::Speedup), tr("Speedup by threads"));

    const int pinCpu = result.parameters.value(QStringLiteral("pin_cpu")).toInt();
    const QLocale locale;
    QString html;
    html += ThreadJobReport::speedupTable(result, {{freeName(), tr("free (any core)")},
                                                   {pinnedName(), tr("pinned to CPU %1").arg(pinCpu)},
                                                   {gilName(), tr("free, simulated GIL")}});
    QStringList points;
    if (const Core::StrategyStats *best = ThreadJobReport::best(result, freeName(), 2)) {
        points.append(tr("<b>Free:</b> best %1× (%2 threads); the ceiling is the %3 cores: threads run at the "
                         "same instant on different cores, threads beyond the cores only take turns.")
                          .arg(locale.toString(best->speedup, 'f', 2))
                          .arg(best->workers)
                          .arg(cores));
        // CPU share below the cores the threads could use: other programs had the CPUs.
        const double share = Core::ThreadJobBenchmark::cpuShare(*best);
        if (share < 0.8 * std::min(best->workers, cores)) {
            points.append(tr("This machine was busy with other work: the %1 threads got only %2 of a core on "
                             "average (CPU %3 % of the wall time), so the speedup could not reach %4×.")
                              .arg(best->workers)
                              .arg(locale.toString(share, 'f', 1))
                              .arg(locale.toString(share * 100, 'f', 0))
                              .arg(std::min(best->workers, cores)));
        }
    }
    if (const Core::StrategyStats *best = ThreadJobReport::best(result, pinnedName(), 2)) {
        points.append(tr("<b>Pinned to CPU %1:</b> at most %2×: concurrent, never parallel.")
                          .arg(pinCpu)
                          .arg(locale.toString(best->speedup, 'f', 2)));
    }
    if (const Core::StrategyStats *best = ThreadJobReport::best(result, gilName(), 2)) {
        points.append(tr("<b>Simulated GIL:</b> at most %1× on free cores: never more than %2 thread inside the "
                         "work (counted; without the GIL: %3), the others wait <i>Blocked</i> in the monitor. "
                         "That is Python's flat line for CPU-bound threads; Python uses processes instead.")
                          .arg(locale.toString(best->speedup, 'f', 2))
                          .arg(m_gilMaxInside)
                          .arg(m_freeMaxInside));
    }
    if (!points.isEmpty())
        html += QStringLiteral("<p>") + points.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    m_results->setExplanation(html);
    m_checks->setText(m_checkLines.join(QLatin1Char('\n')));
    m_checks->setVisible(!m_checkLines.isEmpty());
}

QString ParallelismPanel::headline(const Core::BenchmarkResult &result)
{
    QStringList parts;
    const QLocale locale;
    const QList<std::pair<QString, QString>> lines = {{freeName(), tr("free %1× (%2 threads)")},
                                                      {pinnedName(), tr("pinned %1× (%2 threads)")},
                                                      {gilName(), tr("simulated GIL %1× (%2 threads)")}};
    for (const auto &[strategy, text] : lines) {
        if (const Core::StrategyStats *best = ThreadJobReport::best(result, strategy, 2))
            parts.append(text.arg(locale.toString(best->speedup, 'f', 2)).arg(best->workers));
    }
    if (parts.isEmpty())
        return tr("Done: %n cases measured.", nullptr, int(result.results.size()));
    //: %1: "free 1.9× (2 threads), pinned 1.0× (...), ..."
    return tr("Done. Best speedups: %1.").arg(parts.join(QStringLiteral(", ")));
}

void ParallelismPanel::retranslate()
{
    setIntro(tr("A CPU-bound job (a hash chain, no waiting) split over 1 to N threads: free to use every core, "
                "pinned to one core, and behind a simulated GIL (one global lock around each unit of work, "
                "as CPython holds its interpreter lock). Watch the monitor: <i>par-free-1</i>, ... run on "
                "different cores; <i>par-gil-1</i>, ... wait <i>Blocked</i> for the lock."));
    form()->advancedToggle()->setText(tr("Show the workload and repetition settings"));
    setTabTitle(m_results, tr("Results"));
    if (m_results->hasResult())
        showResult(m_results->result());
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(parallelism, "parallelism", "6", "concurrency-memory",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Parallelism and CPU-bound bottlenecks"),
                   Lab::Gui::ParallelismPanel)
