// SPDX-License-Identifier: GPL-3.0-or-later
#include "relativefonts.h"

#include <QEvent>
#include <QFontDatabase>
#include <QWidget>

namespace Lab::Gui {

RelativeFonts::RelativeFonts(QWidget *source)
    : QObject(source)
    , m_source(source)
{
    source->installEventFilter(this);
}

RelativeFonts::~RelativeFonts() = default;

void RelativeFonts::add(QWidget *widget, qreal scale, bool bold, bool fixedPitch)
{
    m_entries.append({widget, scale, bold, fixedPitch});
    apply(m_entries.constLast());
}

bool RelativeFonts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_source && event->type() == QEvent::FontChange) {
        for (const Entry &entry : std::as_const(m_entries))
            apply(entry);
    }
    return QObject::eventFilter(watched, event);
}

void RelativeFonts::apply(const Entry &entry) const
{
    if (!entry.widget)
        return;
    const QFont base = m_source->font();
    QFont font = base;
    if (entry.fixedPitch) {
        font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(base.pointSizeF());
    }
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * entry.scale);
    else
        font.setPixelSize(qRound(base.pixelSize() * entry.scale));
    font.setBold(entry.bold);
    entry.widget->setFont(font);
}

QFont relativeFont(QFont font, qreal scale, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(qRound(font.pixelSize() * scale));
    font.setBold(bold);
    return font;
}

} // namespace Lab::Gui
