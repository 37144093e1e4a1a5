// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/downloaditem.h"

#include <QAbstractListModel>
#include <QImage>
#include <QList>
#include <QPixmap>

namespace Lab::Gui {

// The downloads panel's thumbnail grid: one row per item of the current run, filled in live as items
// start and finish. Images are decoded and scaled off the GUI thread (QtConcurrent), so a large
// download never stalls the window; results of an earlier run that arrive late are dropped.
class DownloadsThumbnailModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsThumbnailModel)
public:
    enum class State
    {
        Waiting,
        Downloading,
        Done,
        Failed
    };
    Q_ENUM(State)
    enum Role
    {
        StateRole = Qt::UserRole,
        ErrorRole,
        WorkerRole,
        BytesRole,
        SourceRole
    };

    explicit DownloadsThumbnailModel(QObject *parent = nullptr);

    static constexpr QSize ThumbnailSize{96, 72};

    // A new run over these sources: every row Waiting.
    void reset(const QStringList &sources);
    void markStarted(int index, const QString &worker);
    void markFinished(const Core::DownloadItemResult &item);
    int count(State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A thumbnail was decoded (or failed to decode); tests and the panel wait on it.
    void thumbnailReady(int row);

private:
    struct Row
    {
        QString source;
        QString name;
        QString worker;
        QString error;
        qint64 bytes = 0;
        State state = State::Waiting;
        QPixmap thumbnail;
    };

    void changed(int row);

    QList<Row> m_rows;
    quint64 m_generation = 0;
};

} // namespace Lab::Gui
