// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/runhistory.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QBoxLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
QT_END_NAMESPACE

namespace Lab::Gui {

class ChartView;
class HistoryModel;

// The saved runs of one topic: a table (when, parameters, headline numbers, machine), and a chart of
// the selected run, or of two runs in one chart (ChartBuilder::overlay) with the ratio of their
// means per entry (Core::RunComparison) to compare them. Runs can be deleted.
class HistoryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWidget)

public:
    explicit HistoryWidget(const QString &topic, QWidget *parent = nullptr);
    HistoryWidget(const QString &topic, const Core::RunHistory &history, QWidget *parent = nullptr);
    ~HistoryWidget() override;

    QString topic() const { return m_topic; }
    HistoryModel *model() const { return m_model; }
    ChartView *leftChart() const { return m_left; }
    ChartView *rightChart() const { return m_right; }
    // Files skipped by the last reload (corrupt or not a result), one line each.
    const QStringList &skipped() const { return m_skipped; }

    // Reads every saved run of the topic again (the Refresh button). The first showing does it too.
    void reload();
    // A run just saved: added to the table if it has been read, without reading the others again.
    void addSaved(const Core::HistoryEntry &entry);
    bool showRun(const QString &id);
    bool compareRuns(const QString &first, const QString &second);
    // Deletes without asking; the Delete button asks first.
    void removeRuns(const QStringList &ids);

    QLabel *caption(int index) const { return index == 0 ? m_leftCaption : m_rightCaption; }
    // The comparison's table: per strategy and worker count, both means and B / A, with their spread.
    QTableView *ratioTable() const { return m_ratios; }
    QPushButton *replayButton() const { return m_replay; }

signals:
    void runsChanged();
    // Replay: the selected run's kept recording (RunHistory::recordingPath).
    void replayRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showStatus();
    QStringList selectedIds() const;
    void updateButtons();
    void replot();
    void showRatios(const Core::BenchmarkResult &a, const Core::BenchmarkResult &b);
    void onDeleteRequested();

    QString m_topic;
    Core::RunHistory m_history;
    bool m_loaded = false; // reload() has run (the first showing, or asked for)
    HistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindLabel = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_charts = nullptr;      // captions, charts, ratios
    QBoxLayout *m_chartRow = nullptr; // the one or two charts, side by side or stacked
    ChartView *m_left = nullptr;
    ChartView *m_right = nullptr;
    QLabel *m_leftCaption = nullptr; // which run: when, machine, parameters
    QLabel *m_rightCaption = nullptr;
    QTableView *m_ratios = nullptr;
    QStandardItemModel *m_ratioModel = nullptr;
    QStringList m_shown; // ids on the charts: one, or two when comparing
    QStringList m_skipped;
};

} // namespace Lab::Gui
