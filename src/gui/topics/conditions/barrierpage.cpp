// SPDX-License-Identifier: GPL-3.0-or-later
#include "barrierpage.h"

#include "gui/panels/valuetile.h"
#include "phasegridview.h"

#include <QLabel>
#include <QLocale>

namespace Lab::Gui {

BarrierPage::BarrierPage(QWidget *parent)
    : ScenarioPage(parent)
    , m_experiment(new Core::BarrierPhases(this))
    , m_grid(new PhaseGridView(this))
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

void BarrierPage::refresh()
{
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
    using Cell = PhaseGridView::Cell;
    const auto key = [](Cell cell, const QString &what) {
        return QStringLiteral("<span style=\"color:%1\">\u25A0</span>&nbsp;%2&nbsp;%3")
            .arg(PhaseGridView::color(cell).name(), PhaseGridView::mark(cell), what.toHtmlEscaped());
    };
    m_legend->setText(QStringList{key(Cell::Working, tr("working")), key(Cell::Waiting, tr("waiting at the barrier")),
                                  key(Cell::Through, tr("through")), key(Cell::Broken, tr("broken"))}
                          .join(QStringLiteral(" &nbsp; ")));
}

} // namespace Lab::Gui
