// SPDX-License-Identifier: GPL-3.0-or-later
#include "statepalette.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Lab::Gui {

using Core::ThreadState;

QColor StatePalette::color(ThreadState state)
{
    switch (state) {
    case ThreadState::New:
        return QColor(0xBB, 0xBB, 0xBB); // grey
    case ThreadState::Runnable:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case ThreadState::Running:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case ThreadState::Blocked:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case ThreadState::Waiting:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case ThreadState::Sleeping:
        return QColor(0x00, 0x72, 0xB2); // blue
    case ThreadState::Terminated:
        return QColor(0x00, 0x00, 0x00); // black
    }
    return Qt::gray;
}

Qt::BrushStyle StatePalette::pattern(ThreadState state)
{
    switch (state) {
    case ThreadState::New:
        return Qt::Dense6Pattern;
    case ThreadState::Runnable:
        return Qt::Dense5Pattern;
    case ThreadState::Running:
        return Qt::NoBrush;
    case ThreadState::Blocked:
        return Qt::DiagCrossPattern;
    case ThreadState::Waiting:
        return Qt::BDiagPattern;
    case ThreadState::Sleeping:
        return Qt::HorPattern;
    case ThreadState::Terminated:
        return Qt::NoBrush;
    }
    return Qt::NoBrush;
}

QColor StatePalette::patternColor(ThreadState state)
{
    return state == ThreadState::Sleeping || state == ThreadState::Terminated ? QColor(255, 255, 255, 140)
                                                                              : QColor(0, 0, 0, 110);
}

QString StatePalette::shortLabel(ThreadState state)
{
    switch (state) {
    case ThreadState::New:
        return tr("New");
    case ThreadState::Runnable:
        return tr("Rdy");
    case ThreadState::Running:
        return tr("Run");
    case ThreadState::Blocked:
        return tr("Blk");
    case ThreadState::Waiting:
        return tr("Wait");
    case ThreadState::Sleeping:
        return tr("Slp");
    case ThreadState::Terminated:
        return tr("End");
    }
    return {};
}

QIcon StatePalette::swatch(ThreadState state, int size)
{
    // Made once per state and size: the monitor asks for one per row at every repaint.
    static QHash<QPair<int, int>, QIcon> made;
    const QPair<int, int> key(int(state), size);
    if (const auto found = made.constFind(key); found != made.constEnd())
        return *found;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(0, 0, size, size, color(state));
    if (pattern(state) != Qt::NoBrush)
        painter.fillRect(0, 0, size, size, QBrush(patternColor(state), pattern(state)));
    painter.setPen(Qt::black);
    painter.drawRect(0, 0, size - 1, size - 1);
    painter.end();
    return made.insert(key, QIcon(pixmap)).value();
}

QColor StatePalette::kernelColor(char letter, bool onCpu)
{
    switch (letter) {
    case 'R':
        return onCpu ? color(ThreadState::Running) : color(ThreadState::Runnable);
    case 'S':
        return color(ThreadState::Waiting);
    case 'D':
        return color(ThreadState::Blocked);
    default:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple: Z, T, ...
    }
}

} // namespace Lab::Gui
