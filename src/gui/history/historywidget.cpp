// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywidget.h"

#include "gui/charts/chartbuilder.h"
#include "gui/charts/chartview.h"
#include "historymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Lab::Gui {

namespace {

ChartSpec specFor(ChartKind kind, const Core::BenchmarkResult &result)
{
    if (kind == ChartKind::Speedup)
        return ChartBuilder::speedup(result, ChartBuilder::amdahlFits(result));
    return ChartBuilder::build(kind, result);
}

} // namespace

HistoryWidget::HistoryWidget(const QString &topic, QWidget *parent)
    : HistoryWidget(topic, Core::RunHistory(), parent)
{}

HistoryWidget::HistoryWidget(const QString &topic, const Core::RunHistory &history, QWidget *parent)
    : QWidget(parent)
    , m_topic(topic)
    , m_history(history)
    , m_model(new HistoryModel(this))
    , m_table(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_compare(new QPushButton(tr("Compare two"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_status(new QLabel(this))
    , m_left(new ChartView(this))
    , m_right(new ChartView(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status->setWordWrap(true); // a long status must not widen the panel

    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(12);
    m_kind->addItem(tr("Runtime per strategy"), int(ChartKind::Runtime));
    m_kind->addItem(tr("Speedup by workers"), int(ChartKind::Speedup));
    m_kind->addItem(tr("Runtime by workload size"), int(ChartKind::Sweep));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    m_show->setToolTip(tr("Plot the selected run"));
    m_compare->setToolTip(tr("Select two runs to plot them side by side"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(m_show);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    // The chart chooser on a row of its own: one row of four buttons and a chooser is wider than a
    // presenter's experiment column.
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Chart:"), this));
    chooser->addWidget(m_kind);
    chooser->addStretch();

    auto *charts = new QSplitter(Qt::Horizontal, this);
    for (ChartView *view : {m_left, m_right})
        view->setMinimumWidth(240); // narrow columns (presenter mode) must not widen the whole panel
    charts->addWidget(m_left);
    charts->addWidget(m_right);
    m_right->hide();

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table);
    topLayout->addLayout(buttons);
    topLayout->addLayout(chooser);
    topLayout->addWidget(m_status);
    split->addWidget(top);
    split->addWidget(charts);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(refresh, &QPushButton::clicked, this, &HistoryWidget::reload);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            showRun(ids.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 2)
            compareRuns(ids.at(0), ids.at(1));
    });
    connect(m_delete, &QPushButton::clicked, this, &HistoryWidget::onDeleteRequested);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showRun(index.data(HistoryModel::IdRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryWidget::updateButtons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryWidget::replot);

    reload();
}

HistoryWidget::~HistoryWidget() = default;

void HistoryWidget::reload()
{
    m_skipped.clear();
    m_model->setEntries(m_history.list(m_topic, &m_skipped));
    m_status->setText(m_skipped.isEmpty()
                          ? tr("%1 saved runs in %2").arg(m_model->rowCount()).arg(m_history.folder(m_topic))
                          : tr("%1 saved runs; %2 files skipped because they are not results of this lab (see the log)")
                                .arg(m_model->rowCount())
                                .arg(m_skipped.size()));
    m_table->resizeColumnsToContents();
    updateButtons();
    // Keep what is shown if it still exists.
    QStringList still;
    for (const QString &id : std::as_const(m_shown)) {
        if (m_model->entry(id))
            still.append(id);
    }
    m_shown = still;
    if (m_shown.isEmpty() && m_model->rowCount() > 0)
        m_shown = {m_model->entryAt(0).id};
    replot();
}

QStringList HistoryWidget::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(HistoryModel::IdRole).toString());
    return ids;
}

void HistoryWidget::updateButtons()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    m_show->setEnabled(selected >= 1);
    m_compare->setEnabled(selected == 2);
    m_delete->setEnabled(selected >= 1);
}

bool HistoryWidget::showRun(const QString &id)
{
    if (!m_model->entry(id))
        return false;
    m_shown = {id};
    replot();
    return true;
}

bool HistoryWidget::compareRuns(const QString &first, const QString &second)
{
    if (!m_model->entry(first) || !m_model->entry(second) || first == second)
        return false;
    // Older on the left, so the comparison reads as before -> after.
    m_shown = m_model->entry(first)->savedAt <= m_model->entry(second)->savedAt ? QStringList{first, second}
                                                                                : QStringList{second, first};
    replot();
    return true;
}

void HistoryWidget::replot()
{
    const auto kind = ChartKind(m_kind->currentData().toInt());
    QList<ChartSpec> specs;
    for (const QString &id : std::as_const(m_shown)) {
        if (const Core::HistoryEntry *entry = m_model->entry(id)) {
            ChartSpec spec = specFor(kind, entry->result);
            spec.subtitle =
                tr("%1 · saved %2")
                    .arg(spec.subtitle, QLocale().toString(entry->savedAt.toLocalTime(), QLocale::ShortFormat));
            specs.append(spec);
        }
    }
    if (specs.isEmpty()) {
        ChartSpec empty;
        empty.emptyMessage = tr("No saved runs yet. Every run of this topic is saved here.");
        m_left->setSpec(empty);
        m_right->hide();
        return;
    }
    // Side by side on one scale when both use the same unit, so bar heights compare directly.
    if (specs.size() == 2 && specs.at(0).yAxis.title == specs.at(1).yAxis.title && !specs.at(0).yAxis.logarithmic &&
        !specs.at(1).yAxis.logarithmic) {
        const double top = std::max(specs.at(0).yAxis.max, specs.at(1).yAxis.max);
        specs[0].yAxis.max = specs[1].yAxis.max = top;
    }
    m_left->setSpec(specs.at(0));
    m_right->setVisible(specs.size() == 2);
    if (specs.size() == 2)
        m_right->setSpec(specs.at(1));
}

void HistoryWidget::removeRuns(const QStringList &ids)
{
    QStringList failures;
    for (const QString &id : ids) {
        QString error;
        if (m_history.remove(m_topic, id, &error))
            m_model->removeEntry(id);
        else
            failures.append(error);
    }
    if (!failures.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete runs"), failures.join(QLatin1Char('\n')),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    m_shown.removeIf([this](const QString &id) { return !m_model->entry(id); });
    updateButtons();
    replot();
    emit runsChanged();
}

void HistoryWidget::onDeleteRequested()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete runs"),
                                tr("Delete %1 saved runs? This cannot be undone.").arg(ids.size()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result == QMessageBox::Yes)
            removeRuns(ids);
    });
    box->open();
}

} // namespace Lab::Gui
