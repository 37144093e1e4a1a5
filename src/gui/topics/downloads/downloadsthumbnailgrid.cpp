// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadsthumbnailgrid.h"

#include "core/net/downloaditem.h"
#include "core/net/downloadsaver.h"
#include "gui/topics/downloadsthumbnailmodel.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Lab::Gui {

DownloadsThumbnailGrid::DownloadsThumbnailGrid(QWidget *parent)
    : QWidget(parent)
    , m_model(new DownloadsThumbnailModel(this))
    , m_headline(new QLabel(this))
    , m_view(new QListView(this))
    , m_failures(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headline->setObjectName(QStringLiteral("thumbnailHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_view->setObjectName(QStringLiteral("thumbnailView"));
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(false); // a waiting item is smaller than one with its image
    m_view->setWordWrap(true);
    m_view->setIconSize(DownloadsThumbnailModel::ThumbnailSize);
    const int textHeight = 3 * fontMetrics().height();
    m_view->setGridSize(QSize(DownloadsThumbnailModel::ThumbnailSize.width() + 64,
                              DownloadsThumbnailModel::ThumbnailSize.height() + textHeight + 12));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_failures->setObjectName(QStringLiteral("thumbnailFailures"));
    m_failures->setWordWrap(true);
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->hide();
    m_explanation->setObjectName(QStringLiteral("downloadsExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->hide();
    layout->addWidget(m_headline);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_failures);
    layout->addWidget(m_explanation);
    refresh();
}

DownloadsThumbnailGrid::~DownloadsThumbnailGrid() = default;

void DownloadsThumbnailGrid::beginRun(const QString &strategy, const QStringList &sources)
{
    m_strategy = strategy;
    m_failed.clear();
    m_model->reset(sources);
    refresh();
}

void DownloadsThumbnailGrid::markStarted(int index, const QString &worker)
{
    m_model->markStarted(index, worker);
}

void DownloadsThumbnailGrid::markFinished(const Core::DownloadItemResult &item)
{
    m_model->markFinished(item);
    if (!item.ok())
        m_failed.append(tr("%1: %2").arg(Core::DownloadSaver::fileNameFor(item.source), item.error));
    refresh();
}

void DownloadsThumbnailGrid::setExplanation(const QString &html)
{
    m_explanation->setText(html);
    m_explanation->setVisible(!html.isEmpty());
}

void DownloadsThumbnailGrid::clear()
{
    setExplanation(QString());
    m_strategy.clear();
    m_failed.clear();
    m_model->reset({});
    refresh();
}

void DownloadsThumbnailGrid::refresh()
{
    using State = DownloadsThumbnailModel::State;
    const int total = m_model->rowCount();
    if (m_strategy.isEmpty()) {
        m_headline->setText(tr("The images appear here as they arrive."));
    } else {
        const int done = m_model->count(State::Done);
        const int failed = m_model->count(State::Failed);
        //: %1 is a strategy (sequential, threads, async, pool)
        m_headline->setText(failed > 0
                                ? tr("Latest run, %1: %2 of %3 images arrived, %4 failed")
                                      .arg(m_strategy)
                                      .arg(done)
                                      .arg(total)
                                      .arg(failed)
                                : tr("Latest run, %1: %2 of %3 images arrived").arg(m_strategy).arg(done).arg(total));
    }
    constexpr int shown = 10;
    QStringList lines = m_failed.mid(0, shown);
    if (m_failed.size() > shown)
        lines.append(tr("... and %n more", nullptr, int(m_failed.size() - shown)));
    m_failures->setText(m_failed.isEmpty() ? QString() : tr("Failed: %1").arg(lines.join(QStringLiteral("; "))));
    m_failures->setVisible(!m_failed.isEmpty());
}

void DownloadsThumbnailGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
