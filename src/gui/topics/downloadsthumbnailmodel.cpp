// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadsthumbnailmodel.h"

#include "core/async/futurewatch.h"
#include "core/net/downloadsaver.h"

#include <QBuffer>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace Lab::Gui {

namespace {
QImage decodeThumbnail(const QByteArray &data, QSize box)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Scale while decoding where the format supports it (JPEG), and refuse absurd dimensions.
    const QSize size = reader.size();
    if (size.isValid()) {
        if (qint64(size.width()) * size.height() > 100'000'000)
            return {};
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    }
    const QImage image = reader.read();
    return image.isNull() || image.size() == size.scaled(box, Qt::KeepAspectRatio)
               ? image
               : image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}
} // namespace

DownloadsThumbnailModel::DownloadsThumbnailModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DownloadsThumbnailModel::reset(const QStringList &sources)
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    for (const QString &source : sources)
        m_rows.append({source, Core::DownloadSaver::fileNameFor(source), {}, {}, 0, State::Waiting, {}});
    endResetModel();
}

void DownloadsThumbnailModel::markStarted(int index, const QString &worker)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index].state = State::Downloading;
    m_rows[index].worker = worker;
    changed(index);
}

void DownloadsThumbnailModel::markFinished(const Core::DownloadItemResult &item)
{
    const int row = item.index;
    if (row < 0 || row >= m_rows.size() || m_rows[row].source != item.source)
        return;
    Row &r = m_rows[row];
    r.state = item.ok() ? State::Done : State::Failed;
    r.error = item.error;
    r.bytes = item.bytes;
    r.worker = item.worker;
    changed(row);
    if (!item.ok() || item.data.isEmpty())
        return;
    const quint64 generation = m_generation;
    Core::whenFinished(this, QtConcurrent::run(decodeThumbnail, item.data, ThumbnailSize),
                       [this, row, generation](const QImage &image) {
                           if (generation != m_generation || row >= m_rows.size())
                               return; // a newer run replaced the rows
                           if (image.isNull() && m_rows[row].state == State::Done) {
                               m_rows[row].error = tr("downloaded, but not an image this lab can show");
                           } else {
                               m_rows[row].thumbnail = QPixmap::fromImage(image);
                           }
                           changed(row);
                           emit thumbnailReady(row);
                       });
}

int DownloadsThumbnailModel::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row &r) { return r.state == state; }));
}

int DownloadsThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DownloadsThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (r.state) {
        case State::Waiting:
            return tr("%1\nwaiting").arg(r.name);
        case State::Downloading:
            return tr("%1\n%2 …").arg(r.name, r.worker);
        case State::Done:
            return tr("%1\n%2").arg(r.name, QLocale().formattedDataSize(r.bytes));
        case State::Failed:
            return tr("%1\n%2").arg(r.name, r.error);
        }
        return {};
    case Qt::DecorationRole:
        return r.thumbnail.isNull() ? QVariant() : QVariant(r.thumbnail);
    case Qt::ToolTipRole:
        return r.error.isEmpty() ? tr("%1\nthread: %2").arg(r.source, r.worker.isEmpty() ? tr("none yet") : r.worker)
                                 : tr("%1\n%2").arg(r.source, r.error);
    case StateRole:
        return QVariant::fromValue(r.state);
    case ErrorRole:
        return r.error;
    case WorkerRole:
        return r.worker;
    case BytesRole:
        return r.bytes;
    case SourceRole:
        return r.source;
    default:
        return {};
    }
}

QHash<int, QByteArray> DownloadsThumbnailModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(ErrorRole, "error");
    names.insert(WorkerRole, "worker");
    names.insert(BytesRole, "bytes");
    names.insert(SourceRole, "source");
    return names;
}

void DownloadsThumbnailModel::changed(int row)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

} // namespace Lab::Gui
