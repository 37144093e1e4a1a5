// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorypanel.h"

#include "core/async/futurewatch.h"
#include "falsesharingwidget.h"
#include "gui/charts/chartview.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/topicregistry.h"
#include "memorychartpage.h"
#include "memorycharts.h"
#include "memorymachinepage.h"
#include "memoryrunplan.h"

#include <QComboBox>
#include <QEvent>
#include <QFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
namespace Lab::Gui {

namespace {

const QString ExperimentKey = QStringLiteral("experiment");
const QString MaxSize = QStringLiteral("max-size");
const QString Points = QStringLiteral("points-per-octave");
const QString Accesses = QStringLiteral("accesses");
const QString Threads = QStringLiteral("threads");
const QString ArraySize = QStringLiteral("array-size");
const QString Passes = QStringLiteral("passes");
const QString SharingThreads = QStringLiteral("sharing-threads");
const QString Increments = QStringLiteral("increments");

const QString Latency = QStringLiteral("latency");
const QString Bandwidth = QStringLiteral("bandwidth");
const QString FalseSharingKey = QStringLiteral("false-sharing");
const QString All = QStringLiteral("all");

} // namespace

MemoryPanel::MemoryPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("memory"), parent)
    , m_experiment(new Core::MemoryExperiment(this))
{
    const int cores = QThread::idealThreadCount();
    QList<int> threadCounts;
    for (int t = 1; t <= std::max(2, cores); ++t)
        threadCounts.append(t);
    ParameterForm *f = form();
    f->addChoice(ExperimentKey, QString(), {Latency, Bandwidth, FalseSharingKey, All}, Latency);
    f->addInt(MaxSize, QString(), 0, 1024, 0, QStringLiteral(" MiB"));
    f->addInt(Points, QString(), 1, 4, 2);
    f->addInt(Accesses, QString(), 10000, 100000000, 1000000);
    f->addIntList(Threads, QString(), 1, 64, threadCounts);
    f->addInt(ArraySize, QString(), 1, 1024, 64, QStringLiteral(" MiB"));
    f->addInt(Passes, QString(), 1, 100, 4);
    f->addInt(SharingThreads, QString(), 2, 8, 2);
    f->addInt(Increments, QString(), 1000, 1000000000, 20000000);
    connect(f, &ParameterForm::changed, this, [this](const QString &key) {
        if (key == ExperimentKey)
            updateRowVisibility();
    });

    m_machinePage = new MemoryMachinePage(this);
    m_machinePage->setObjectName(QStringLiteral("memoryMachine"));
    addTab(m_machinePage, QString());

    m_latencyPage = new MemoryChartPage(QStringLiteral("latency"), this);
    addTab(m_latencyPage, QString());
    m_bandwidthPage = new MemoryChartPage(QStringLiteral("bandwidth"), this);
    addTab(m_bandwidthPage, QString());
    m_falseSharing = new FalseSharingWidget(this);
    m_falseSharing->setObjectName(QStringLiteral("falseSharingView"));
    addTab(m_falseSharing, QString());
    addCode(QStringLiteral("memory"));

    connect(m_experiment, &Core::MemoryExperiment::latencyMeasured, this, [this](const Core::LatencyPoint &point) {
        if (!acceptsPoints())
            return;
        // Small working sets are measured several times and the best kept: a few milliseconds of
        // loads are easily stretched by another program taking the core.
        auto same = std::find_if(m_latency.begin(), m_latency.end(),
                                 [&point](const Core::LatencyPoint &p) { return p.bytes == point.bytes; });
        if (same == m_latency.end())
            m_latency.append(point);
        else if (point.nsPerAccess > 0 && point.nsPerAccess < same->nsPerAccess)
            *same = point;
        advance();
        updateLatencyChart();
        updateProgress(tr("Latency: %1 working set, %2 ns per load")
                           .arg(Core::formatBytes(point.bytes))
                           .arg(QLocale().toString(point.nsPerAccess, 'f', 1)));
    });
    connect(m_experiment, &Core::MemoryExperiment::bandwidthMeasured, this, [this](const Core::BandwidthPoint &point) {
        if (!acceptsPoints())
            return;
        m_bandwidth.append(point);
        advance();
        updateBandwidthChart();
        updateProgress(tr("Bandwidth: %n thread(s), %1 GB/s", nullptr, point.threads)
                           .arg(QLocale().toString(point.gbPerSecond, 'f', 1)));
    });
    connect(m_experiment, &Core::MemoryExperiment::falseSharingMeasured, this,
            [this](const Core::FalseSharingResult &result) {
                if (!acceptsPoints())
                    return;
                m_falseSharing->addResult(result);
                advance();
                updateProgress(result.padded ? tr("False sharing: padded counters measured")
                                             : tr("False sharing: adjacent counters measured"));
            });
    connect(m_experiment, &Core::MemoryExperiment::finished, this, &MemoryPanel::onStepFinished);

    // /sys is read off the GUI thread (a few hundred small files on a big machine).
    Core::whenFinished(this, QtConcurrent::run([] { return Core::MachineInfo::read(); }),
                       [this](const Core::MachineInfo &machine) { onMachineRead(machine); });
    updateRowVisibility();
    applyChartTheme();
    updateLatencyChart();
    updateBandwidthChart();
    retranslate();
}

MemoryPanel::~MemoryPanel()
{
    m_experiment->disconnect(this);
    delete m_experiment; // cancels and joins its thread
}

ChartView *MemoryPanel::latencyChart() const
{
    return m_latencyPage->chart();
}

ChartView *MemoryPanel::bandwidthChart() const
{
    return m_bandwidthPage->chart();
}

void MemoryPanel::applyPreset(int preset)
{
    QString ignored;
    ParameterForm *f = form();
    const bool quick = preset == 1;
    f->set(MaxSize, quick ? QStringLiteral("64") : QStringLiteral("0"), &ignored);
    f->set(Points, quick ? QStringLiteral("1") : QStringLiteral("2"), &ignored);
    f->set(Accesses, quick ? QStringLiteral("300000") : QStringLiteral("1000000"), &ignored);
    f->set(ArraySize, quick ? QStringLiteral("16") : QStringLiteral("64"), &ignored);
    f->set(Passes, quick ? QStringLiteral("2") : QStringLiteral("4"), &ignored);
    f->set(Increments, quick ? QStringLiteral("5000000") : QStringLiteral("20000000"), &ignored);
}

void MemoryPanel::onMachineRead(const Core::MachineInfo &machine)
{
    m_machine = machine;
    m_machineRead = true;
    m_machinePage->setMachine(machine);
    updateLatencyChart();
    updateBandwidthChart();
    if (m_startWhenRead && !m_startWhenIdle) {
        m_startWhenRead = false;
        if (m_cancelled)
            finishRun(tr("Cancelled."));
        else
            startNextStep();
    }
}

bool MemoryPanel::startRun(QString *error)
{
    Q_UNUSED(error)
    const ParameterForm *f = form();
    const QString which = f->choice(ExperimentKey);
    m_steps.clear();
    if (which == Latency || which == All)
        m_steps.append(Step::Latency);
    if (which == Bandwidth || which == All)
        m_steps.append(Step::Bandwidth);
    if (which == FalseSharingKey || which == All)
        m_steps.append(Step::FalseSharing);
    m_cancelled = false;
    m_threadCounts = f->intList(Threads);
    m_weights.clear();
    m_doneNs = 0;
    m_totalNs = 0;
    if (m_steps.contains(Step::Latency)) {
        m_latency.clear();
        updateLatencyChart();
    }
    if (m_steps.contains(Step::Bandwidth)) {
        m_bandwidth.clear();
        updateBandwidthChart();
        for (int threads : std::as_const(m_threadCounts))
            expect(MemoryRunPlan::bandwidthNs(f->intValue(ArraySize) << 20, threads, int(f->intValue(Passes))));
    }
    if (m_steps.contains(Step::FalseSharing)) {
        m_falseSharing->clear();
        for (int i = 0; i < 2; ++i)
            expect(MemoryRunPlan::falseSharingNs(f->intValue(Increments), int(f->intValue(SharingThreads)),
                                                 QThread::idealThreadCount()));
    }
    ++m_run;
    if (m_experiment->isRunning()) { // a cancelled run is still stopping
        m_startWhenIdle = true;
        setProgress(0, 0, tr("Waiting for the cancelled run to stop..."));
        return true;
    }
    if (!m_machineRead) { // the latency sizes depend on the caches: start once /sys is read
        m_startWhenRead = true;
        setProgress(0, 0, tr("Reading the topology from /sys..."));
        return true;
    }
    startNextStep();
    return true;
}

void MemoryPanel::startNextStep()
{
    const ParameterForm *f = form();
    if (m_steps.isEmpty()) {
        finishRun(tr("Nothing to run."));
        return;
    }
    m_current = m_steps.takeFirst();
    bool started = false;
    switch (m_current) {
    case Step::Latency: {
        const int perOctave = int(f->intValue(Points));
        const qint64 maxMiB = f->intValue(MaxSize);
        m_sizes = maxMiB > 0 ? Core::PointerChase::workingSetSizes(4096, maxMiB << 20, perOctave)
                             : Core::PointerChase::defaultSizes(Core::MemoryExperiment::lastLevelCacheBytes(m_machine),
                                                                perOctave);
        updateLatencyChart();
        tabs()->setCurrentWidget(m_latencyPage);
        Core::MemoryExperiment::LatencyConfig config;
        const qint64 llc = Core::MemoryExperiment::lastLevelCacheBytes(m_machine);
        config.sizes = MemoryRunPlan::latencyRuns(m_sizes, llc);
        config.accesses = f->intValue(Accesses);
        QList<double> weights; // before the other steps' weights
        for (qint64 bytes : std::as_const(config.sizes)) {
            weights.append(MemoryRunPlan::latencyNs(bytes, config.accesses, llc));
            m_totalNs += weights.constLast();
        }
        m_weights = weights + m_weights;
        started = m_experiment->startLatency(config);
        break;
    }
    case Step::Bandwidth: {
        tabs()->setCurrentWidget(m_bandwidthPage);
        Core::MemoryExperiment::BandwidthConfig config;
        config.threadCounts = m_threadCounts;
        config.bytesPerThread = f->intValue(ArraySize) << 20;
        config.passes = int(f->intValue(Passes));
        started = m_experiment->startBandwidth(config);
        break;
    }
    case Step::FalseSharing: {
        tabs()->setCurrentWidget(m_falseSharing);
        Core::MemoryExperiment::FalseSharingConfig config;
        config.threads = int(f->intValue(SharingThreads));
        config.incrementsPerThread = f->intValue(Increments);
        started = m_experiment->startFalseSharing(config);
        break;
    }
    }
    if (!started) {
        m_steps.clear();
        finishRun(tr("Could not start: an experiment is still running."));
        return;
    }
    updateProgress(QString());
}

void MemoryPanel::cancelRun()
{
    m_cancelled = true;
    m_steps.clear();
    m_experiment->cancel();
    // The measuring thread checks the flag between loads, but building and warming up a chain of
    // 128 MiB can take longer than the 0.5 s a cancel may take: the run ends here after 0.4 s at the
    // latest, and a new Run waits for that thread (m_startWhenIdle).
    QTimer::singleShot(400, this, [this, run = m_run] {
        if (isRunning() && m_cancelled && run == m_run)
            finishRun(cancelledText());
    });
}

QString MemoryPanel::cancelledText() const
{
    return tr("Cancelled; the charts keep the points measured so far.");
}

void MemoryPanel::onStepFinished(bool cancelled)
{
    if (m_startWhenIdle) { // the cancelled run's thread has ended: start the new run now
        m_startWhenIdle = false;
        if (!isRunning())
            return;
        if (m_cancelled)
            finishRun(cancelledText());
        else
            startNextStep();
        return;
    }
    if (!isRunning()) // a cancelled run that the panel had already ended
        return;
    if (cancelled || m_cancelled) {
        m_steps.clear();
        finishRun(cancelledText());
        return;
    }
    if (m_current == Step::Latency)
        m_latencyPage->setExplanation(MemoryCharts::explainLatency(m_latency, m_machine));
    if (m_current == Step::Bandwidth)
        m_bandwidthPage->setExplanation(MemoryCharts::explainBandwidth(m_bandwidth, m_machine));
    if (!m_steps.isEmpty()) {
        startNextStep();
        return;
    }
    finishRun([this, ratio = m_falseSharing->ratio()] {
        return tr("Done: %1.").arg(MemoryCharts::summary(m_latency, m_bandwidth, ratio));
    });
}

void MemoryPanel::expect(double ns)
{
    m_weights.append(ns);
    m_totalNs += ns;
}

void MemoryPanel::advance()
{
    if (!m_weights.isEmpty())
        m_doneNs += m_weights.takeFirst();
}

void MemoryPanel::updateProgress(const QString &what)
{
    setProgress(qint64(m_doneNs / 1e3), qint64(m_totalNs / 1e3), what);
}

void MemoryPanel::updateRowVisibility()
{
    const QString which = form()->choice(ExperimentKey);
    const bool latency = which == Latency || which == All;
    const bool bandwidth = which == Bandwidth || which == All;
    const bool sharing = which == FalseSharingKey || which == All;
    for (const QString &key : {MaxSize, Points, Accesses})
        form()->setRowVisible(key, latency);
    for (const QString &key : {Threads, ArraySize, Passes})
        form()->setRowVisible(key, bandwidth);
    for (const QString &key : {SharingThreads, Increments})
        form()->setRowVisible(key, sharing);
}

void MemoryPanel::updateLatencyChart()
{
    const qint64 minBytes = m_sizes.isEmpty() ? 4096 : m_sizes.constFirst();
    const qint64 maxBytes =
        m_sizes.isEmpty() ? std::max<qint64>(64LL << 20, 4 * Core::MemoryExperiment::lastLevelCacheBytes(m_machine))
                          : m_sizes.constLast();
    m_latencyPage->chart()->setSpec(MemoryCharts::latency(m_latency, minBytes, maxBytes, m_machine));
}

void MemoryPanel::updateBandwidthChart()
{
    const QList<int> counts = m_threadCounts.isEmpty() ? form()->intList(Threads) : m_threadCounts;
    m_bandwidthPage->chart()->setSpec(MemoryCharts::bandwidth(m_bandwidth, counts, m_machine));
}

void MemoryPanel::applyChartTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (ChartView *view : {m_latencyPage->chart(), m_bandwidthPage->chart()})
        view->setTheme(dark ? ChartTheme::Dark : ChartTheme::Light);
}

void MemoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
    ExperimentPanel::changeEvent(event);
}

void MemoryPanel::retranslate()
{
    setIntro(tr("Where does the data live, and what does it cost to reach it? Left: this machine's CPUs, caches and "
                "memory as the kernel reports them. The experiments time real loads: pointer chasing through growing "
                "working sets, read bandwidth with more and more threads, and two threads writing counters that share "
                "a cache line."));
    ParameterForm *f = form();
    f->setLabel(ExperimentKey, tr("Experiment"));
    f->setLabel(MaxSize, tr("Largest working set (0 = 4 × last-level cache)"));
    f->setLabel(Points, tr("Working sets per doubling"));
    f->setLabel(Accesses, tr("Loads timed per working set"));
    f->setLabel(Threads, tr("Bandwidth threads (e.g. 1,2,4)"));
    f->setLabel(ArraySize, tr("Array per thread"));
    f->setLabel(Passes, tr("Passes over each array"));
    f->setLabel(SharingThreads, tr("False-sharing threads"));
    f->setLabel(Increments, tr("Increments per thread"));
    f->setToolTip(ExperimentKey, tr("latency, bandwidth, false-sharing, or all three in turn"));
    setPresets({tr("Full: latency up to 4 × the last-level cache"), tr("Quick: a few seconds in all")});
    setTabTitle(m_machinePage, tr("This machine"));
    setTabTitle(m_latencyPage, tr("Latency"));
    setTabTitle(m_bandwidthPage, tr("Bandwidth"));
    setTabTitle(m_falseSharing, tr("False sharing"));
    m_falseSharing->retranslate();
    m_machinePage->retranslate();
    m_latencyPage->setExplanation(MemoryCharts::explainLatency(m_latency, m_machine));
    m_bandwidthPage->setExplanation(MemoryCharts::explainBandwidth(m_bandwidth, m_machine));
    if (m_machineRead) {
        updateLatencyChart();
        updateBandwidthChart();
    }
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(memory, "memory", "7", "concurrency-memory",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Memory architecture: UMA and NUMA"),
                   Lab::Gui::MemoryPanel)
