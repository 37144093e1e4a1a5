// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorizationpanel.h"

#include "core/bench/amdahlfit.h"
#include "core/report/resultsummary.h"
#include "core/runners/factorbenchmark.h"
#include "core/runners/factorrunner.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/topicregistry.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointF>
#include <QThread>
#include <QTime>

namespace Lab::Gui {

namespace {

const QString Strategies = QStringLiteral("strategies");
const QString MpiHosts = QStringLiteral("mpi-hosts");

} // namespace

FactorizationPanel::FactorizationPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("factorization"), parent)
    , m_setup(new Core::FactorBenchmark(this))
    , m_results(new BenchmarkResultsWidget(this))
    , m_log(new QPlainTextEdit(this))
{
    ParameterForm *f = form();
    f->addSchema(Core::FactorizeOptions::schema());
    // The hosts field matters only to the mpi strategy.
    const auto showHosts = [f] {
        f->setRowVisible(MpiHosts, f->choiceList(Strategies).contains(QLatin1String("mpi")));
    };
    connect(f, &ParameterForm::changed, this, [showHosts](const QString &key) {
        if (key == Strategies)
            showHosts();
    });
    showHosts();

    m_results->setObjectName(QStringLiteral("factorizationResults"));
    addTab(m_results, QString());
    m_log->setObjectName(QStringLiteral("factorizationLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addTab(m_log, QString());
    addCode(QStringLiteral("factorization"));
    addHistoryTab();

    Core::Benchmark *benchmark = m_setup->benchmark();
    connect(benchmark, &Core::Benchmark::progressChanged, this, [this](int done, int total, const QString &what) {
        setProgress(done, total, tr("Run %1 of %2: %3").arg(done + 1 > total ? total : done + 1).arg(total).arg(what));
    });
    connect(benchmark, &Core::Benchmark::caseFinished, this, [this](const Core::StrategyStats &stats) {
        log(tr("%1: mean %2 s over %3 runs")
                .arg(Core::ResultSummary::entryName(stats))
                .arg(QLocale().toString(stats.meanSeconds, 'f', 4))
                .arg(stats.runsSeconds.size()));
    });
    connect(benchmark, &Core::Benchmark::finished, this, &FactorizationPanel::onFinished);
    connect(m_setup, &Core::FactorBenchmark::workerStarted, this,
            [this](qint64 pid) { log(tr("worker process %1 started").arg(pid)); });
    connect(m_setup, &Core::FactorBenchmark::rankStarted, this, [this](int rank, const QString &host, qint64 pid) {
        log(tr("mpi rank %1 started on %2 (pid %3)").arg(rank).arg(host).arg(pid));
    });
    connect(m_setup, &Core::FactorBenchmark::workerCrashed, this, [this](qint64 pid, int, const QString &how) {
        log(tr("worker process %1 %2; its batches are re-run").arg(pid).arg(how));
    });
    retranslate();
}

FactorizationPanel::~FactorizationPanel()
{
    m_setup->benchmark()->cancel();
}

void FactorizationPanel::applyPreset(int preset)
{
    // count, min, max, algorithm; the workers go back to the schema's default (the core count).
    static const QList<QStringList> presets{
        {QStringLiteral("10000"), QStringLiteral("20000"), QStringLiteral("100000000"), QStringLiteral("naive")},
        // big enough to see parallelism: a few seconds of trial division
        {QStringLiteral("3000"), QStringLiteral("100000000000"), QStringLiteral("1000000000000"),
         QStringLiteral("naive")},
        // 64-bit numbers need the fast algorithm
        {QStringLiteral("20000"), QStringLiteral("9223372036854775808"), QStringLiteral("18446744073709551615"),
         QStringLiteral("fast")},
    };
    if (preset < 0 || preset >= presets.size())
        return;
    const Core::ParameterSchema &schema = Core::FactorizeOptions::schema();
    const QStringList keys{QStringLiteral("count"), QStringLiteral("min"), QStringLiteral("max"),
                           QStringLiteral("algorithm"), QStringLiteral("workers")};
    const QStringList values = presets.at(preset) + QStringList{schema.find(u"workers")->defaultValue};
    QString ignored;
    for (qsizetype i = 0; i < keys.size(); ++i)
        form()->set(keys.at(i), values.at(i), &ignored);
}

bool FactorizationPanel::startRun(QString *error)
{
    const Core::FactorizeOptions options = Core::FactorizeOptions::fromValues(form()->values());
    if (!m_setup->prepare(options, error))
        return false;
    m_results->clear();
    m_results->setChartKinds(options.sizes.size() > 1 ? QList<ChartKind>{ChartKind::Runtime, ChartKind::Sweep}
                                                      : QList<ChartKind>{ChartKind::Runtime, ChartKind::Speedup});
    log(tr("Factorizing %1 numbers (%2), %3 runs per strategy after %4 warm-up")
            .arg(QLocale().toString(m_setup->workloadSize()), form()->choice(QStringLiteral("algorithm")))
            .arg(options.runs)
            .arg(options.warmup));
    m_setup->benchmark()->start();
    return true;
}

void FactorizationPanel::cancelRun()
{
    m_setup->benchmark()->cancel();
}

void FactorizationPanel::onFinished(const Core::BenchmarkResult &result)
{
    m_results->setResult(result);
    m_results->setExplanation(explainFactorization(result));
    tabs()->setCurrentWidget(m_results);
    log(finishBenchmarkRun(
        result, [measured = result.results.size()] { return tr("Done: %1.").arg(strategiesMeasured(measured)); }));
}

void FactorizationPanel::log(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

void FactorizationPanel::retranslate()
{
    setIntro(tr("Find the prime factors of random integers by trial division: one thread, N lab threads "
                "(<i>factor-1</i>, ... in the monitor), N worker processes, or N MPI ranks started by mpirun (on this "
                "machine or the hosts you name). Every "
                "strategy must compute the same factors: the checksum column proves it."));
    setPresets({tr("The outline's workload (10,000 numbers up to 10^8)"),
                tr("Big enough to see parallelism (a few seconds)"), tr("64-bit numbers (fast algorithm)")});
    setTabTitle(m_results, tr("Results"));
    setTabTitle(m_log, tr("Log"));
    if (m_results->hasResult())
        m_results->setExplanation(explainFactorization(m_results->result()));
}

QString explainFactorization(const Core::BenchmarkResult &result)
{
    const int cores = result.environment.value(QStringLiteral("logical_cores")).toInt(QThread::idealThreadCount());
    const Core::StrategyStats *sequential = nullptr;
    for (const Core::StrategyStats &s : result.results) {
        if (s.strategy == QLatin1String("sequential"))
            sequential = &s;
    }
    QStringList points;
    for (const QString &strategy : {QStringLiteral("threads"), QStringLiteral("processes"), QStringLiteral("mpi")}) {
        const Core::StrategyStats *best = nullptr;
        QList<QPointF> fitPoints;
        for (const Core::StrategyStats &s : result.results) {
            if (s.strategy != strategy || s.speedup <= 0)
                continue;
            fitPoints.append(QPointF(s.workers, s.speedup));
            if (!best || s.speedup > best->speedup)
                best = &s;
        }
        if (!best)
            continue;
        const int ceiling = std::min(best->workers, cores);
        points.append(FactorizationPanel::tr("<b>%1</b>: %2× faster with %3 workers; the ceiling on this machine "
                                             "is %4× (%5 logical cores).")
                          .arg(strategy)
                          .arg(QLocale().toString(best->speedup, 'f', 2))
                          .arg(best->workers)
                          .arg(ceiling)
                          .arg(cores));
        if (strategy == QLatin1String("processes") && best->startupSeconds > 0) {
            points.append(FactorizationPanel::tr("Starting the worker processes took %1 ms (not counted in the runs: "
                                                 "they are reused).")
                              .arg(QLocale().toString(best->startupSeconds * 1000, 'f', 1)));
        }
        if (strategy == QLatin1String("mpi") && best->startupSeconds > 0) {
            points.append(FactorizationPanel::tr("mpirun took %1 ms before each run to start the ranks and wire them "
                                                 "together (not counted in the runs). A job shorter than that is "
                                                 "better done on one machine.")
                              .arg(QLocale().toString(best->startupSeconds * 1000, 'f', 0)));
        }
        if (strategy == QLatin1String("processes") && sequential && sequential->meanSeconds < 0.1 &&
            best->speedup < 1.0) {
            points.append(FactorizationPanel::tr("The whole job takes only %1 ms: sending the numbers to other "
                                                 "processes and reading the answers back costs more than it saves.")
                              .arg(QLocale().toString(sequential->meanSeconds * 1000, 'f', 0)));
        }
        if (fitPoints.size() >= 2) {
            const Core::AmdahlFit fit = Core::AmdahlFit::fit(fitPoints);
            points.append(FactorizationPanel::tr("Amdahl's law fitted to %1: %2 % of the work behaves as serial, so "
                                                 "no number of workers could make it more than %3× faster.")
                              .arg(strategy)
                              .arg(QLocale().toString(fit.serialFraction * 100, 'f', 1))
                              .arg(QLocale().toString(fit.limit(), 'f', 1)));
        }
    }
    if (points.isEmpty())
        return {};
    return QStringLiteral("<ul><li>") + points.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(factorization, "factorization", "4", "sequential-parallel",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Multiprocessing: prime factorization"),
                   Lab::Gui::FactorizationPanel)
