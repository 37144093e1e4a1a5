// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/panels/experimentpanel.h"

namespace Lab::Core {
class DownloadBenchmark;
struct BenchmarkResult;
struct DownloadItemResult;
} // namespace Lab::Core

namespace Lab::Gui {

class BenchmarkResultsWidget;
class DownloadsThumbnailGrid;
class DownloadsUrlEditor;

// Topic 3: download images one after another, with one thread each, event-driven on one
// QNetworkAccessManager, or with a pool, measured by Core::Benchmark exactly as `run download` does
// (the same keys, ranges and defaults; core/runners/downloadbenchmark.h). The default target is the
// embedded image server on 127.0.0.1, started in this process; a custom URL list replaces it.
// Besides the form's keys, `urls` (--set urls=FILE) loads a URL list from a file.
class DownloadsPanel final : public ExperimentPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPanel)

public:
    explicit DownloadsPanel(QWidget *parent = nullptr);
    ~DownloadsPanel() override;

    QStringList parameterNames() const override;
    bool setParameter(const QString &key, const QString &value, QString *error) override;

    BenchmarkResultsWidget *results() const { return m_results; }
    DownloadsThumbnailGrid *thumbnails() const { return m_grid; }
    DownloadsUrlEditor *urlEditor() const { return m_urls; }

protected:
    bool startRun(QString *error) override;
    void cancelRun() override;
    void retranslate() override;

private:
    void onPrepared(const QString &error);
    void onFinished(const Core::BenchmarkResult &result);
    void updateProgress();

    Core::DownloadBenchmark *m_setup = nullptr;
    DownloadsUrlEditor *m_urls = nullptr;
    DownloadsThumbnailGrid *m_grid = nullptr;
    BenchmarkResultsWidget *m_results = nullptr;
    int m_runsDone = 0;
    int m_runsTotal = 0;
    qint64 m_itemsDone = 0;
    QString m_runText;
};

} // namespace Lab::Gui
