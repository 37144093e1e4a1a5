// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListView;
QT_END_NAMESPACE

namespace Lab::Core {
struct DownloadItemResult;
}

namespace Lab::Gui {

class DownloadsThumbnailModel;

// The live thumbnail grid of the downloads panel: the items of the run in progress (or the last run
// that finished), a line saying which strategy fetched them and how many arrived, and the failed
// items named in words; after a run, what the numbers show.
class DownloadsThumbnailGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsThumbnailGrid)

public:
    explicit DownloadsThumbnailGrid(QWidget *parent = nullptr);
    ~DownloadsThumbnailGrid() override;

    // A run of `strategy` over `sources` begins: every item waits.
    void beginRun(const QString &strategy, const QStringList &sources);
    void markStarted(int index, const QString &worker);
    void markFinished(const Core::DownloadItemResult &item);
    void clear();
    // The plain-words reading of the finished benchmark (HTML), shown under the images.
    void setExplanation(const QString &html);

    DownloadsThumbnailModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLabel *headline() const { return m_headline; }
    QLabel *failures() const { return m_failures; }
    QLabel *explanation() const { return m_explanation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    DownloadsThumbnailModel *m_model = nullptr;
    QLabel *m_headline = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_failures = nullptr;
    QLabel *m_explanation = nullptr;
    QString m_strategy;
    QStringList m_failed; // "3.png: HTTP 500 (Internal Server Error)"
};

} // namespace Lab::Gui
