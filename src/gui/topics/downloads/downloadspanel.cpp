// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadspanel.h"

#include "core/bench/benchmark.h"
#include "core/runners/downloadbenchmark.h"
#include "core/runners/downloadrunner.h"
#include "downloadsexplanation.h"
#include "downloadsthumbnailgrid.h"
#include "downloadsurleditor.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/topicregistry.h"

#include <QTabWidget>

namespace Lab::Gui {

namespace {

const QString Urls = QStringLiteral("urls");

} // namespace

DownloadsPanel::DownloadsPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("downloads"), parent)
    , m_setup(new Core::DownloadBenchmark(this))
    , m_urls(new DownloadsUrlEditor(this))
{
    // The parameters of `run download`; the server's seed, the deadlines and the repetitions are folded
    // behind "More settings", so the images and charts keep their room on a projector.
    form()->addSchema(Core::DownloadBenchmarkOptions::schema());
    m_urls->setObjectName(QStringLiteral("urlEditor"));
    addBelowForm(m_urls);

    // Two tabs, each with the panel's whole height: the images while they arrive, then the numbers.
    m_grid = new DownloadsThumbnailGrid(this);
    m_grid->setObjectName(QStringLiteral("thumbnailGrid"));
    addTab(m_grid, QString());
    m_results = new BenchmarkResultsWidget(this);
    m_results->setObjectName(QStringLiteral("downloadsResults"));
    m_results->setChartKinds({ChartKind::Runtime, ChartKind::Timeline});
    addTab(m_results, QString());
    addCode(QStringLiteral("downloads"));
    addHistoryTab();

    connect(m_setup, &Core::DownloadBenchmark::prepared, this, &DownloadsPanel::onPrepared);
    connect(m_setup, &Core::DownloadBenchmark::runStarting, this,
            [this](const QString &strategy) { m_grid->beginRun(strategy, m_setup->sources()); });
    connect(m_setup, &Core::DownloadBenchmark::itemStarted, this,
            [this](const QString &, int index, double, const QString &worker) { m_grid->markStarted(index, worker); });
    connect(m_setup, &Core::DownloadBenchmark::itemFinished, this,
            [this](const QString &, const Core::DownloadItemResult &item) { m_grid->markFinished(item); });
    Core::Benchmark *benchmark = m_setup->benchmark();
    connect(benchmark, &Core::Benchmark::progressChanged, this, [this](int done, int total, const QString &what) {
        m_runsDone = done;
        m_runsTotal = total;
        m_itemsDone = 0;
        m_runText = tr("Run %1 of %2: %3").arg(std::min(done + 1, total)).arg(total).arg(what);
        updateProgress();
    });
    connect(benchmark, &Core::Benchmark::runProgressChanged, this, [this](qint64 done, qint64) {
        m_itemsDone = done;
        updateProgress();
    });
    connect(benchmark, &Core::Benchmark::finished, this, &DownloadsPanel::onFinished);
    retranslate();
}

DownloadsPanel::~DownloadsPanel()
{
    // Stop everything before the widgets the signals update go away: the benchmark's runners join
    // their threads (they were told to stop, so within their bound) and the server's thread ends.
    m_setup->cancelPreparation();
    disconnect(m_setup, nullptr, this, nullptr);
    disconnect(m_setup->benchmark(), nullptr, this, nullptr);
    m_setup->benchmark()->cancel();
    delete m_setup;
    m_setup = nullptr;
}

QStringList DownloadsPanel::parameterNames() const
{
    return ExperimentPanel::parameterNames() << Urls;
}

bool DownloadsPanel::setParameter(const QString &key, const QString &value, QString *error)
{
    if (key != Urls)
        return ExperimentPanel::setParameter(key, value, error);
    QString problem;
    if (isRunning())
        problem = QStringLiteral("%1: cannot be changed while the experiment runs").arg(key);
    else if (value.isEmpty())
        m_urls->setUsed(false); // back to the embedded server
    else
        m_urls->loadFile(value, &problem);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool DownloadsPanel::startRun(QString *error)
{
    Core::DownloadBenchmarkOptions options = Core::DownloadBenchmarkOptions::fromValues(form()->values());
    if (m_urls->isUsed()) {
        if (!m_urls->urls(&options.urls, error))
            return false;
        options.urlsName = m_urls->sourceName().isEmpty() ? QStringLiteral("URL list") : m_urls->sourceName();
    }
    m_urls->setLocked(true);
    m_results->clear();
    m_grid->clear();
    m_runsDone = 0;
    m_runsTotal = 0;
    m_itemsDone = 0;
    setProgress(0, 0,
                options.usesServer()
                    ? tr("Starting the image server and making %n image(s)...", nullptr, options.images)
                    : tr("Preparing..."));
    m_setup->prepareInBackground(options);
    return true;
}

void DownloadsPanel::onPrepared(const QString &error)
{
    if (!isRunning())
        return;
    if (!error.isEmpty()) {
        m_urls->setLocked(false);
        finishRun(error);
        return;
    }
    tabs()->setCurrentWidget(m_grid);
    m_setup->benchmark()->start();
}

void DownloadsPanel::cancelRun()
{
    if (m_setup->isPreparing()) {
        m_setup->cancelPreparation();
        m_urls->setLocked(false);
        finishRun(tr("Cancelled before the downloads started."));
        return;
    }
    m_setup->benchmark()->cancel();
}

void DownloadsPanel::updateProgress()
{
    const qint64 items = std::max<qint64>(1, m_setup->sources().size());
    setProgress(qint64(m_runsDone) * items + m_itemsDone, qint64(m_runsTotal) * items,
                tr("%1 (%2 of %3 items)").arg(m_runText).arg(m_itemsDone).arg(items));
}

void DownloadsPanel::onFinished(const Core::BenchmarkResult &result)
{
    // The view shows the explanation's words on the 6-connection cap; the history keeps them as notes,
    // as `run download` writes them.
    m_results->setTimelineItems(DownloadsExplanation::timelineItems(result, *m_setup));
    m_results->setResult(result);
    // Under the images rather than in the results tab: there the table and charts need the height.
    m_grid->setExplanation(DownloadsExplanation::explain(result, *m_setup));
    qint64 failed = 0;
    for (const Core::StrategyStats &s : std::as_const(result.results))
        failed += s.itemsFailed;
    const StatusText status = [cancelled = result.cancelled, failure = result.failure, failed,
                               measured = result.results.size()] {
        if (cancelled)
            return tr("Cancelled; the table shows the runs that finished.");
        if (!failure.isEmpty())
            return tr("Stopped: %1").arg(failure);
        if (failed > 0)
            return tr("Done: %1; %n download(s) failed (named below the images). Table and charts: "
                      "the Results tab.",
                      nullptr, int(failed))
                .arg(strategiesMeasured(measured));
        return tr("Done: %1. Table and charts: the Results tab.").arg(strategiesMeasured(measured));
    };
    m_urls->setLocked(false);
    finishRun(status);
    // Saved after the status is shown: a failed save adds its line below it.
    if (!result.results.isEmpty()) {
        Core::BenchmarkResult noted = result;
        m_setup->addConcurrencyNotes(noted);
        saveToHistory(noted);
    }
}

void DownloadsPanel::retranslate()
{
    setIntro(tr("Download images from the lab's own server on 127.0.0.1 (no network needed): one after another, "
                "one thread each (<i>download-0</i>, ... in the monitor), event-driven on one "
                "QNetworkAccessManager (<i>async</i>), event-driven on one manager per 6 requests "
                "(<i>async-uncapped</i>), or with a pool of threads."));
    setTabTitle(m_grid, tr("Images"));
    setTabTitle(m_results, tr("Results"));
    if (m_results->hasResult())
        m_grid->setExplanation(DownloadsExplanation::explain(m_results->result(), *m_setup));
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(downloads, "downloads", "3", "sequential-parallel",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads vs sequential: the image downloader"),
                   Lab::Gui::DownloadsPanel)
