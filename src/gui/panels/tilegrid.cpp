// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilegrid.h"

#include "valuetile.h"

#include <QGridLayout>

namespace Lab::Gui {

TileGrid::TileGrid(const QString &namePrefix, int columns, double scale, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_prefix(namePrefix)
    , m_columns(std::max(1, columns))
    , m_scale(scale)
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (int column = 0; column < m_columns; ++column)
        m_grid->setColumnStretch(column, 1); // equal columns, also in a row that is not full
}

TileGrid::~TileGrid() = default;

void TileGrid::setCount(int count)
{
    while (m_tiles.size() > count)
        delete m_tiles.takeLast();
    while (m_tiles.size() < count) {
        const int index = int(m_tiles.size());
        auto *tile = new ValueTile(this, m_scale);
        tile->setObjectName(QStringLiteral("%1-%2").arg(m_prefix).arg(index + 1));
        m_grid->addWidget(tile, index / m_columns, index % m_columns);
        m_tiles.append(tile);
    }
}

QStringList TileGrid::values() const
{
    QStringList values;
    for (const ValueTile *tile : m_tiles)
        values.append(tile->value());
    return values;
}

} // namespace Lab::Gui
