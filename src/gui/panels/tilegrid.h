// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QGridLayout;
QT_END_NAMESPACE

namespace Lab::Gui {

class ValueTile;

// A grid of ValueTiles, one per thread or per permit, `columns` wide (rows as needed), the tiles
// named "<prefix>-1", "<prefix>-2", ... for tests. setCount() adds or removes tiles from the end.
class TileGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileGrid)
public:
    explicit TileGrid(const QString &namePrefix, int columns = 4, double scale = 1.6, QWidget *parent = nullptr);
    ~TileGrid() override;

    void setCount(int count);
    int count() const { return int(m_tiles.size()); }
    ValueTile *tile(int index) const { return m_tiles.at(index); }
    // Every tile's value, in order.
    QStringList values() const;

private:
    QGridLayout *m_grid = nullptr;
    QList<ValueTile *> m_tiles;
    QString m_prefix;
    int m_columns = 4;
    double m_scale = 1.6;
};

} // namespace Lab::Gui
