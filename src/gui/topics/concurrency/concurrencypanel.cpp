// SPDX-License-Identifier: GPL-3.0-or-later
#include "concurrencypanel.h"

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

#include <algorithm>

namespace Lab::Gui {

namespace {

const QString PinCpu = QStringLiteral("pin-cpu");

QString io()
{
    return QString::fromLatin1(ConcurrencyPanel::IoStrategy);
}

QString cpu()
{
    return QString::fromLatin1(ConcurrencyPanel::CpuStrategy);
}

} // namespace

ConcurrencyPanel::ConcurrencyPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("concurrency"), parent)
    , m_setup(new Core::ThreadJobBenchmark(this))
    , m_banner(new QLabel(this))
    , m_results(new BenchmarkResultsWidget(this))
{
    ParameterForm *f = form();
    f->addSchema(Core::ThreadJobOptions::concurrencySchema());

    m_banner->setObjectName(QStringLiteral("pinBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.25);
    m_banner->setFont(bannerFont);
    m_banner->setStyleSheet(QStringLiteral("QLabel { border: 2px solid palette(highlight); padding: 6px; }"));
    addBelowForm(m_banner);
    connect(f, &ParameterForm::changed, this, [this](const QString &key) {
        if (key == PinCpu)
            updateBanner();
    });

    m_results->setObjectName(QStringLiteral("concurrencyResults"));
    m_results->setChartKinds({ChartKind::Speedup, ChartKind::Runtime});
    addTab(m_results, QString());
    addCode(QStringLiteral("concurrency"));
    addHistoryTab();

    Core::Benchmark *benchmark = m_setup->benchmark();
    connect(benchmark, &Core::Benchmark::progressChanged, this, [this](int done, int total, const QString &what) {
        setProgress(done, total, tr("Run %1 of %2: %3").arg(std::min(done + 1, total)).arg(total).arg(what));
    });
    connect(m_setup, &Core::ThreadJobBenchmark::finished, this, &ConcurrencyPanel::onFinished);
    retranslate();
}

ConcurrencyPanel::~ConcurrencyPanel()
{
    m_setup->benchmark()->cancel();
}

bool ConcurrencyPanel::startRun(QString *error)
{
    Core::ThreadJobOptions options = Core::ThreadJobOptions::fromValues(form()->values());
    options.series = {{io(), Core::ThreadJobSeries::Job::Io, true, false, io()},
                      {cpu(), Core::ThreadJobSeries::Job::Cpu, true, false, cpu()}};
    if (!m_setup->prepare(QStringLiteral("concurrency"), options, error))
        return false;
    m_pinCheck.clear();
    m_results->clear();
    updateBanner();
    m_setup->benchmark()->start();
    return true;
}

void ConcurrencyPanel::cancelRun()
{
    m_setup->benchmark()->cancel();
}

void ConcurrencyPanel::onFinished(const Core::BenchmarkResult &result)
{
    m_pinCheck = ThreadJobReport::pinningCheck(*m_setup, {io(), cpu()}, m_setup->options().pinCpu);
    updateBanner();
    showResult(result);
    tabs()->setCurrentWidget(m_results);
    finishBenchmarkRun(result, [result] { return headline(result); });
}

void ConcurrencyPanel::showResult(const Core::BenchmarkResult &result)
{
    m_results->setResult(result);
    // The speedups (with their errors) are in the table below; the frame's summary compares against
    // a "sequential" run this experiment does not have.
    const QStringList lines = ThreadJobReport::summaryLines(result);
    m_results->summaryLabel()->setText(lines.join(QLatin1Char('\n')));
    m_results->summaryLabel()->setVisible(!lines.isEmpty());
    const int pinCpu = result.parameters.value(QStringLiteral("pin_cpu")).toInt();
    ThreadJobReport::retitleSpeedupChart(m_results->chart(ChartKind::Speedup),
                                         tr("Speedup on one core (CPU %1)").arg(pinCpu),
                                         tr("one core (CPU %1)").arg(pinCpu));

    const QLocale locale;
    QString html;
    html += ThreadJobReport::speedupTable(result,
                                          {{io(), tr("I/O-bound (timer waits)")}, {cpu(), tr("CPU-bound (hashing)")}});
    QStringList points;
    if (const Core::StrategyStats *best = ThreadJobReport::best(result, io(), 2)) {
        points.append(tr("<b>I/O-bound:</b> %1× faster with %2 threads on one core, the CPU busy only %3 % of the "
                         "time: while one thread waits (state <b>S</b> in the monitor) another uses the core. "
                         "Concurrency without parallelism.")
                          .arg(locale.toString(best->speedup, 'f', 1))
                          .arg(best->workers)
                          .arg(locale.toString(Core::ThreadJobBenchmark::cpuShare(*best) * 100, 'f', 0)));
    }
    const Core::StrategyStats *most = nullptr;
    for (const Core::StrategyStats &s : result.results) {
        if (s.strategy == cpu() && s.speedup > 0 && (!most || s.workers > most->workers))
            most = &s;
    }
    if (most && most->workers > 1) {
        points.append(tr("<b>CPU-bound:</b> %1× with %2 threads: the core is already busy, the threads only take "
                         "turns. Only more cores help (topic 6).")
                          .arg(locale.toString(most->speedup, 'f', 2))
                          .arg(most->workers));
    }
    if (!points.isEmpty())
        html += QStringLiteral("<p>") + points.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    m_results->setExplanation(html);
}

QString ConcurrencyPanel::headline(const Core::BenchmarkResult &result)
{
    const Core::StrategyStats *ioMost = nullptr;
    const Core::StrategyStats *cpuMost = nullptr;
    for (const Core::StrategyStats &s : result.results) {
        const Core::StrategyStats *&most = s.strategy == io() ? ioMost : cpuMost;
        if (s.speedup > 0 && (!most || s.workers > most->workers))
            most = &s;
    }
    if (!ioMost || !cpuMost || ioMost->workers < 2 || cpuMost->workers < 2)
        return tr("Done: %n cases measured.", nullptr, int(result.results.size()));
    const QLocale locale;
    return tr("Done. On one core, %1 threads: I/O-bound %2× faster (CPU busy %3 %), CPU-bound %4×.")
        .arg(ioMost->workers)
        .arg(locale.toString(ioMost->speedup, 'f', 1))
        .arg(locale.toString(Core::ThreadJobBenchmark::cpuShare(*ioMost) * 100, 'f', 0))
        .arg(locale.toString(cpuMost->speedup, 'f', 2));
}

void ConcurrencyPanel::updateBanner()
{
    const int pinCpu = isRunning() || !m_pinCheck.isEmpty() ? m_setup->options().pinCpu : int(form()->intValue(PinCpu));
    QString text = tr("Every lab thread of this experiment is pinned to <b>CPU %1</b> (sched_setaffinity): one "
                      "core for all of them. The window and the monitor are not pinned.")
                       .arg(pinCpu);
    if (!m_pinCheck.isEmpty())
        text += QStringLiteral(" ") + m_pinCheck.toHtmlEscaped();
    m_banner->setText(text);
}

void ConcurrencyPanel::retranslate()
{
    setIntro(tr("Two jobs, each run with 1 to N threads, all threads on <b>one</b> core. The I/O-bound job "
                "waits for a timer in every unit (like a download waiting for the network); the CPU-bound job "
                "only computes. Watch the monitor while it runs: <i>io-job-1</i>, ... sleep (S) most of the "
                "time, <i>cpu-job-1</i>, ... take turns on the one core."));
    form()->advancedToggle()->setText(tr("Show the workload and repetition settings"));
    setTabTitle(m_results, tr("Results"));
    updateBanner();
    if (m_results->hasResult())
        showResult(m_results->result());
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(concurrency, "concurrency", "5", "concurrency-memory",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Concurrency and I/O bottlenecks"),
                   Lab::Gui::ConcurrencyPanel)
