// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywidget.h"

#include "core/bench/runcomparison.h"
#include "gui/charts/chartbuilder.h"
#include "gui/charts/chartview.h"
#include "historymodel.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>

namespace Lab::Gui {

namespace {

ChartSpec specFor(ChartKind kind, const Core::BenchmarkResult &result)
{
    if (kind == ChartKind::Speedup)
        return ChartBuilder::speedup(result, ChartBuilder::amdahlFits(result));
    return ChartBuilder::build(kind, result);
}

// The entry's result, dated by when it was saved if the result itself does not say when it ran (the
// comparison's legend names each run by its date).
Core::BenchmarkResult datedResult(const Core::HistoryEntry &entry)
{
    Core::BenchmarkResult result = entry.result;
    if (!result.environment.contains(QLatin1String("timestamp")) && entry.savedAt.isValid())
        result.environment.insert(QLatin1String("timestamp"), entry.savedAt.toString(Qt::ISODate));
    return result;
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
    , m_kindLabel(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_show(new QPushButton(this))
    , m_compare(new QPushButton(this))
    , m_replay(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_charts(new QWidget(this))
    , m_left(new ChartView(this))
    , m_right(new ChartView(this))
    , m_leftCaption(new QLabel(this))
    , m_rightCaption(new QLabel(this))
    , m_ratios(new QTableView(this))
    , m_ratioModel(new QStandardItemModel(this))
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The parameters take the room that is left and wrap, so none is ever off-screen.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::ParametersColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true); // a long status must not widen the panel

    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents); // on a row of its own: never cut
    for (ChartKind kind : {ChartKind::Runtime, ChartKind::Speedup, ChartKind::Sweep})
        m_kind->addItem(QString(), int(kind));
    m_kindLabel->setBuddy(m_kind);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_show);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_replay);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    // The chart chooser on a row of its own: one row of four buttons and a chooser is wider than a
    // presenter's experiment column.
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_kindLabel);
    chooser->addWidget(m_kind);
    chooser->addStretch();

    // Two runs: above, which run is which (when, where, with what), side by side and never elided; then
    // one chart with both (runtime bars side by side, speedup lines solid and dashed) where the kind
    // overlays, else two charts of the same width and scale, side by side when the area is wide and
    // one above the other when it is narrow; then the ratio of each entry's means (hyperfine's ±).
    auto *chartsLayout = new QVBoxLayout(m_charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    auto *captions = new QHBoxLayout;
    for (QLabel *caption : {m_leftCaption, m_rightCaption}) {
        caption->setWordWrap(true);
        caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caption->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        captions->addWidget(caption, 1);
    }
    m_chartRow = new QBoxLayout(QBoxLayout::LeftToRight);
    for (ChartView *view : {m_left, m_right}) {
        view->setMinimumSize(240, 220); // narrow columns (presenter mode) must not widen the whole panel
        m_chartRow->addWidget(view, 1);
    }
    m_ratios->setObjectName(QStringLiteral("historyRatios"));
    m_ratios->setModel(m_ratioModel);
    m_ratios->verticalHeader()->hide();
    m_ratios->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ratios->setWordWrap(true);
    m_ratios->setTextElideMode(Qt::ElideNone);
    m_ratios->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ratios->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ratios->hide();
    chartsLayout->addLayout(captions);
    chartsLayout->addLayout(m_chartRow, 3);
    chartsLayout->addWidget(m_ratios, 1);
    m_leftCaption->setObjectName(QStringLiteral("historyCaptionA"));
    m_rightCaption->setObjectName(QStringLiteral("historyCaptionB"));
    m_right->hide();
    m_rightCaption->hide();
    m_charts->installEventFilter(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table);
    topLayout->addLayout(buttons);
    topLayout->addLayout(chooser);
    topLayout->addWidget(m_status);
    split->addWidget(top);
    split->addWidget(m_charts);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_refresh, &QPushButton::clicked, this, &HistoryWidget::reload);
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
    connect(m_replay, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            emit replayRequested(m_history.recordingPath(m_topic, ids.first()));
    });
    connect(m_delete, &QPushButton::clicked, this, &HistoryWidget::onDeleteRequested);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showRun(index.data(HistoryModel::IdRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryWidget::updateButtons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryWidget::replot);

    retranslate();
    // The saved runs are read when the tab is first shown (showEvent): a topic with hundreds of saved
    // runs took the GUI thread 0.2 s to read and lay out, at every start of the lab.
}

void HistoryWidget::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void HistoryWidget::addSaved(const Core::HistoryEntry &entry)
{
    if (!m_loaded)
        return; // read with the others when the tab is first shown
    // One row for the new run, not a new reading of every saved run: at the end of each run, with
    // 300 saved runs, that held the GUI thread for 85 ms (issue #22, G1).
    m_model->addEntry(entry);
    if (m_shown.isEmpty())
        m_shown = {entry.id};
    showStatus();
    updateButtons();
    replot();
}

void HistoryWidget::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_show->setText(tr("Show"));
    m_compare->setText(tr("Compare two"));
    m_replay->setText(tr("Replay"));
    m_replay->setToolTip(tr("Replay the selected run's recording in the thread monitor (kept for the newest %n "
                            "runs)",
                            nullptr, Core::RunHistory::KeptRecordings));
    m_delete->setText(tr("Delete…"));
    m_show->setToolTip(tr("Plot the selected run"));
    m_compare->setToolTip(tr("Select two runs to plot them in one chart, with the ratio of their times"));
    m_kindLabel->setText(tr("Chart:"));
    m_kind->setItemText(0, tr("Runtime per strategy"));
    m_kind->setItemText(1, tr("Speedup by workers"));
    m_kind->setItemText(2, tr("Runtime by workload size"));
}

void HistoryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        showStatus();
        replot();
    }
    QWidget::changeEvent(event);
}

bool HistoryWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_charts && event->type() == QEvent::Resize) {
        const QSize size = m_charts->size();
        m_chartRow->setDirection(size.width() >= 1000 || size.width() > 2 * size.height() ? QBoxLayout::LeftToRight
                                                                                          : QBoxLayout::TopToBottom);
    }
    return QWidget::eventFilter(watched, event);
}

HistoryWidget::~HistoryWidget() = default;

void HistoryWidget::reload()
{
    m_loaded = true;
    m_skipped.clear();
    m_model->setEntries(m_history.list(m_topic, &m_skipped));
    showStatus();
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

void HistoryWidget::showStatus()
{
    const int runs = m_model->rowCount();
    m_status->setText(m_skipped.isEmpty()
                          ? tr("%n saved run(s) in %1", nullptr, runs).arg(m_history.folder(m_topic))
                          : tr("%n saved run(s); %1 files skipped because they are not results of this lab (see "
                               "the log)",
                               nullptr, runs)
                                .arg(m_skipped.size()));
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
    const QStringList ids = selectedIds();
    m_replay->setEnabled(ids.size() == 1 && QFileInfo::exists(m_history.recordingPath(m_topic, ids.first())));
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
    QList<const Core::HistoryEntry *> entries;
    for (const QString &id : std::as_const(m_shown)) {
        if (const Core::HistoryEntry *entry = m_model->entry(id))
            entries.append(entry);
    }
    QStringList captions;
    for (const Core::HistoryEntry *entry : std::as_const(entries)) {
        // Which run: when (to the second), where, with what; wrapped above the chart, never elided.
        const QString letter = entries.size() == 2 ? (captions.isEmpty() ? tr("A") : tr("B")) : QString();
        captions.append(tr("<b>%1</b> %2<br>%3<br>%4")
                            .arg(letter, HistoryModel::when(entry->savedAt).toHtmlEscaped(),
                                 ChartBuilder::machineLine(entry->result.environment).toHtmlEscaped(),
                                 HistoryModel::parameters(entry->result).toHtmlEscaped()));
    }
    m_leftCaption->setVisible(!entries.isEmpty());
    m_rightCaption->setVisible(entries.size() == 2);
    m_ratios->setVisible(entries.size() == 2);
    m_right->hide();
    if (entries.isEmpty()) {
        ChartSpec empty;
        empty.emptyMessage = tr("No saved runs yet. Every run of this topic is saved here.");
        m_left->setSpec(empty);
        return;
    }
    m_leftCaption->setText(captions.at(0));
    if (entries.size() == 1) {
        m_left->setSpec(specFor(kind, entries.at(0)->result));
        return;
    }
    m_rightCaption->setText(captions.at(1));
    showRatios(entries.at(0)->result, entries.at(1)->result);
    const ChartSpec overlay = ChartBuilder::overlay(kind, datedResult(*entries.at(0)), datedResult(*entries.at(1)));
    if (overlay.emptyMessage.isEmpty()) {
        m_left->setSpec(overlay);
        return;
    }
    // Not a kind that overlays: two charts on one scale, so bar heights compare directly.
    ChartSpec specs[] = {specFor(kind, entries.at(0)->result), specFor(kind, entries.at(1)->result)};
    if (specs[0].yAxis.title == specs[1].yAxis.title && !specs[0].yAxis.logarithmic && !specs[1].yAxis.logarithmic)
        specs[0].yAxis.max = specs[1].yAxis.max = std::max(specs[0].yAxis.max, specs[1].yAxis.max);
    m_left->setSpec(specs[0]);
    m_right->setSpec(specs[1]);
    m_right->show();
}

void HistoryWidget::showRatios(const Core::BenchmarkResult &a, const Core::BenchmarkResult &b)
{
    m_ratioModel->clear();
    m_ratioModel->setHorizontalHeaderLabels(
        {tr("Strategy"), tr("Workers"), tr("A: mean ± σ"), tr("B: mean ± σ"), tr("B / A (above 1: B slower)")});
    const QLocale locale;
    for (const Core::RunComparison::Row &row : Core::RunComparison::rows(a, b)) {
        const QStringList cells = {
            row.strategy, locale.toString(row.workers),
            row.inA ? Core::RunComparison::formatTime(row.meanA, row.stddevA, locale) : tr("not in A"),
            row.inB ? Core::RunComparison::formatTime(row.meanB, row.stddevB, locale) : tr("not in B"),
            row.ratio > 0 ? Core::RunComparison::formatRatio(row.ratio, row.ratioStddev, locale) : QStringLiteral("–")};
        QList<QStandardItem *> items;
        for (const QString &cell : cells) {
            auto *item = new QStandardItem(cell);
            if (items.size() > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_ratioModel->appendRow(items);
    }
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
