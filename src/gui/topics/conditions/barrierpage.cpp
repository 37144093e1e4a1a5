// SPDX-License-Identifier: GPL-3.0-or-later
#include "barrierpage.h"

#include "gui/panels/valuetile.h"
#include "gui/topics/replayframe.h"
#include "phasegridwidget.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

namespace Lab::Gui {

BarrierPage::BarrierPage(QWidget *parent)
    : ScenarioPage(parent)
    , m_experiment(new Core::BarrierPhases(this))
    , m_grid(new PhaseGridWidget(this))
    , m_legend(new QLabel(this))
{
    m_barrier = addTile(QStringLiteral("barrier"));
    m_phases = addTile(QStringLiteral("phasesDone"));
    m_waited = addTile(QStringLiteral("waited"));
    m_grid->setObjectName(QStringLiteral("phaseGrid"));
    m_legend->setWordWrap(true);
    addBody(m_grid);
    addBody(m_legend);
    connect(m_experiment, &Core::BarrierPhases::finished, this, &BarrierPage::onFinished);
    retranslate();
}

BarrierPage::~BarrierPage() = default;

QString BarrierPage::title() const
{
    return tr("Barrier");
}

bool BarrierPage::start(const Core::ParameterValues &values)
{
    if (!m_experiment->start(values))
        return false;
    explain({});
    refresh();
    return true;
}

void BarrierPage::cancel()
{
    m_experiment->cancel();
}

QList<Core::BarrierPhases::Worker> BarrierPage::replayWorkers(const ReplayFrame &frame)
{
    using Cell = Core::BarrierPhases::Cell;
    static const QRegularExpression workerName(QStringLiteral("^worker-(\\d+)$"));
    static const QRegularExpression working(QStringLiteral("^phase (\\d+): working"));
    static const QRegularExpression waiting(QStringLiteral("phase (\\d+)\\)$"));
    const QString barrier = QStringLiteral("phase end");
    int count = 0;
    for (const QString &name : frame.threadNames) {
        if (const QRegularExpressionMatch match = workerName.match(name); match.hasMatch())
            count = std::max(count, match.captured(1).toInt());
    }
    if (count == 0 || !frame.primitiveNames.contains(barrier))
        return {};
    // Per worker the phase it is in at the cursor (1-based; 0: not started) and what it does there.
    QList<int> phase(count, 0);
    QList<Cell> doing(count, Cell::Pending);
    QList<bool> ended(count, false);
    int reached = 0;
    for (int i = 0; i < count; ++i) {
        const Core::LabWorkerStatus *w = frame.worker(QStringLiteral("worker-%1").arg(i + 1));
        if (!w)
            continue;
        if (w->finishedNs != 0) {
            ended[i] = true;
        } else if (const QRegularExpressionMatch m = working.match(w->detail);
                   m.hasMatch() && w->state == Core::ThreadState::Sleeping) {
            phase[i] = m.captured(1).toInt();
            doing[i] = Cell::Working;
        } else if (const QRegularExpressionMatch m = waiting.match(w->detail);
                   m.hasMatch() && frame.waitsOn(*w) == barrier) {
            phase[i] = m.captured(1).toInt();
            doing[i] = Cell::Waiting;
        }
        reached = std::max(reached, phase[i]);
    }
    QList<Core::BarrierPhases::Worker> workers;
    for (int i = 0; i < count; ++i) {
        Core::BarrierPhases::Worker worker;
        worker.name = QStringLiteral("worker-%1").arg(i + 1);
        // Between two recorded steps (running for a moment) a worker is in the phase the others are in.
        const int at = ended[i] ? reached + 1 : (phase[i] > 0 ? phase[i] : reached);
        const Cell now = ended[i] || phase[i] > 0 ? doing[i] : Cell::Working;
        for (int p = 1; p <= reached; ++p)
            worker.phases.append(p < at ? Cell::Through : p == at ? now : Cell::Pending);
        workers.append(worker);
    }
    return workers;
}

bool BarrierPage::showReplay(const ReplayFrame *frame)
{
    const QList<Core::BarrierPhases::Worker> workers =
        frame ? replayWorkers(*frame) : QList<Core::BarrierPhases::Worker>();
    if (workers.isEmpty()) {
        if (m_replaying) {
            m_replaying = false;
            m_waited->setDetail({});
            refresh(); // the page's own run again
        }
        return false;
    }
    m_replaying = true;
    m_grid->setWorkers(workers);
    int waiting = 0;
    for (const auto &worker : workers)
        waiting += worker.phases.contains(Core::BarrierPhases::Cell::Waiting) ? 1 : 0;
    const int phases = int(workers.first().phases.size());
    m_barrier->setValue(tr("%1 of %2").arg(waiting).arg(workers.size()));
    m_barrier->setDetail(tr("arrived in this phase"));
    m_barrier->setAlert(false);
    m_phases->setValue(tr("in phase %1").arg(phases));
    m_waited->setValue(tr("not recorded"));
    m_waited->setDetail(tr("replay at %1 s").arg(QLocale().toString(frame->secondsIn(), 'f', 3)));
    return true;
}

void BarrierPage::refresh()
{
    if (m_replaying)
        return;
    const Core::BarrierPhases::View view = m_experiment->view();
    const QLocale locale;
    m_grid->setWorkers(view.workers);
    const int phases = view.workers.isEmpty() ? 0 : int(view.workers.first().phases.size());
    m_barrier->setValue(view.barrier.broken ? tr("broken")
                                            : tr("%1 of %2").arg(view.barrier.arrived).arg(view.barrier.parties));
    m_barrier->setDetail(view.barrier.broken ? tr("every wait on it fails") : tr("arrived in this phase"));
    m_barrier->setAlert(view.barrier.broken);
    m_phases->setValue(tr("%1 of %2").arg(view.barrier.phase).arg(phases));
    qint64 waitedMs = 0;
    for (const auto &worker : view.workers)
        waitedMs += worker.waitedMs;
    m_waited->setValue(locale.toString(double(waitedMs) / 1000.0, 'f', 1));
    m_waited->setDetail(tr("seconds, all workers together"));
    emit progress(view.barrier.phase, phases, tr("phase %1 of %2").arg(view.barrier.phase).arg(phases));
}

void BarrierPage::onFinished(const Core::BarrierPhases::Result &result)
{
    refresh();
    const QLocale locale;
    const QString waited = locale.toString(double(result.waitedMs) / 1000.0, 'f', 1);
    if (result.cancelled) {
        explain(tr("Stopped in phase %1.").arg(result.completedPhases + 1));
        emit finished(tr("Cancelled."));
        return;
    }
    if (result.broken) {
        explain(tr("<b>The barrier broke in phase %1.</b> %2 waited longer than its timeout and gave up; the phase "
                   "could never complete, so every worker waiting at the barrier, and every one arriving later, got "
                   "an error instead (Python: BrokenBarrierError). A barrier's timeout is a way to notice a worker "
                   "that hangs.")
                    .arg(result.brokenInPhase + 1)
                    .arg(result.brokenBy.isEmpty() ? tr("A worker") : result.brokenBy));
        emit finished(tr("Done: the barrier broke in phase %1.").arg(result.brokenInPhase + 1));
        return;
    }
    explain(tr("<b>All %1 workers went through %2 phases together.</b> In every column the workers that finished "
               "early waited for the slowest: %3 s of waiting in all. A barrier's phase takes as long as its "
               "slowest worker.")
                .arg(result.workers)
                .arg(result.completedPhases)
                .arg(waited));
    emit finished(tr("Done: %1 phases, %2 s waiting at the barrier.").arg(result.completedPhases).arg(waited));
}

void BarrierPage::retranslate()
{
    m_barrier->setCaption(tr("Barrier \"phase end\""));
    m_phases->setCaption(tr("Phases done"));
    m_waited->setCaption(tr("Waiting at the barrier"));
    using Cell = PhaseGridWidget::Cell;
    const auto key = [](Cell cell, const QString &what) {
        return QStringLiteral("<span style=\"color:%1\">\u25A0</span>&nbsp;%2&nbsp;%3")
            .arg(PhaseGridWidget::color(cell).name(), PhaseGridWidget::mark(cell), what.toHtmlEscaped());
    };
    m_legend->setText(QStringList{key(Cell::Working, tr("working")), key(Cell::Waiting, tr("waiting at the barrier")),
                                  key(Cell::Through, tr("through")), key(Cell::Broken, tr("broken"))}
                          .join(QStringLiteral(" &nbsp; ")));
}

} // namespace Lab::Gui
