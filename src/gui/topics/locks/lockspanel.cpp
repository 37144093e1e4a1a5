// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockspanel.h"

#include "core/bench/benchmark.h"
#include "core/experiments/racebenchmark.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/topicregistry.h"
#include "lockdemowidget.h"

#include <QJsonArray>
#include <QLocale>
#include <QTabWidget>

namespace Lab::Gui {

LocksPanel::LocksPanel(QWidget *parent)
    : ExperimentPanel(QStringLiteral("locks"), parent)
    , m_benchmark(new Core::Benchmark(this))
    , m_results(new BenchmarkResultsWidget(this))
    , m_demo(new LockDemoWidget(this))
{
    form()->addSchema(Core::raceSchema());
    m_results->setObjectName(QStringLiteral("raceResults"));
    m_results->setChartKinds({ChartKind::Runtime});
    addTab(m_results, QString());
    m_demo->setObjectName(QStringLiteral("lockDemo"));
    addTab(m_demo, QString());
    addCode(QStringLiteral("locks"));
    addHistoryTab();

    connect(m_benchmark, &Core::Benchmark::progressChanged, this, [this](int done, int total, const QString &what) {
        setProgress(done, total, tr("Run %1 of %2: %3").arg(std::min(done + 1, total)).arg(total).arg(what));
    });
    connect(m_benchmark, &Core::Benchmark::finished, this, &LocksPanel::onFinished);
    retranslate();
}

LocksPanel::~LocksPanel()
{
    m_benchmark->cancel();
}

bool LocksPanel::startRun(QString *error)
{
    Q_UNUSED(error) // the form has validated every value
    Core::setUpRaceBenchmark(*m_benchmark, form()->values());
    m_results->clear();
    m_benchmark->start();
    return true;
}

void LocksPanel::showReplay(const ReplayFrame *frame)
{
    const bool wasReplaying = m_replayShown;
    m_replayShown = m_demo->showReplay(frame);
    if (m_replayShown && !wasReplaying)
        tabs()->setCurrentWidget(m_demo);
}

void LocksPanel::cancelRun()
{
    m_benchmark->cancel();
}

void LocksPanel::onFinished(const Core::BenchmarkResult &result)
{
    m_results->setResult(result);
    m_results->setExplanation(explainRace(result));
    tabs()->setCurrentWidget(m_results);
    QStringList names;
    for (const Core::StrategyStats &stats : result.results)
        names.append(stats.strategy);
    finishBenchmarkRun(result, [names] { return tr("Done: %1 measured.").arg(names.join(QStringLiteral(", "))); });
}

void LocksPanel::retranslate()
{
    setIntro(tr("Threads (<i>race-none-1</i>, ... in the monitor) each add 1 to one shared counter, once without "
                "protection and once per kind of synchronization. Without it, updates are lost; each protection "
                "costs time."));
    setTabTitle(m_results, tr("Lost updates and time"));
    setTabTitle(m_demo, tr("Lock vs RLock"));
    if (m_results->hasResult())
        m_results->setExplanation(explainRace(m_results->result()));
}

QString explainRace(const Core::BenchmarkResult &result)
{
    const QLocale locale;
    double noneMean = 0;
    for (const Core::StrategyStats &stats : result.results) {
        if (stats.strategy == QLatin1String("none"))
            noneMean = stats.meanSeconds;
    }
    QStringList lines;
    for (const Core::StrategyStats &stats : result.results) {
        const qint64 expected = stats.extra.value(QStringLiteral("expected")).toInteger();
        const QJsonArray lost = stats.extra.value(QStringLiteral("lost_runs")).toArray();
        qint64 lostSum = 0;
        for (const QJsonValue &value : lost)
            lostSum += value.toInteger();
        const qint64 lostMean = lost.isEmpty() ? 0 : lostSum / lost.size();
        QString line;
        if (lostMean > 0) {
            line =
                LocksPanel::tr("<b>%1</b>: %2 of %3 updates lost per run on average (%4 %).")
                    .arg(stats.strategy, locale.toString(lostMean), locale.toString(expected))
                    .arg(QLocale().toString(100.0 * double(lostMean) / double(std::max<qint64>(expected, 1)), 'f', 0));
        } else {
            line =
                LocksPanel::tr("<b>%1</b>: every update counted (%2).").arg(stats.strategy, locale.toString(expected));
        }
        if (noneMean > 0 && stats.strategy != QLatin1String("none") && stats.meanSeconds > 0)
            line += QLatin1Char(' ') + LocksPanel::tr("%1× the time of no protection.")
                                           .arg(QLocale().toString(stats.meanSeconds / noneMean, 'f', 1));
        lines.append(line);
    }
    lines.append(
        LocksPanel::tr("A mutex makes the read, the add and the write one step that no other thread can enter; an "
                       "atomic does it in one instruction, for one variable only. The recursive mutex is taken twice "
                       "per increment, as an outer and an inner call would."));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace Lab::Gui

LAB_REGISTER_TOPIC(locks, "locks", "9.1", "synchronization",
                   QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Locks and the data race"), Lab::Gui::LocksPanel)
