// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Lab::Gui {

// Paints a view's one-line texts from a cache of laid-out text (QStaticText), elided as the style
// would. The style lays out and shapes every cell's text at every paint (QCommonStyle's
// viewItemDrawText); the monitor repaints its table ten times a second, and that shaping was a
// quarter of the GUI thread's time during a run (issue #22, G1). Background, selection, focus and
// decoration are still the style's; a text with a line break is left to it too.
class StaticTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticTextDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~StaticTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QStaticText &text(const QString &shown, const QStyleOptionViewItem &option, int width) const;

    static constexpr int CachedTexts = 4000; // a few screens of a 500-thread table
    mutable QCache<QString, QStaticText> m_texts{CachedTexts};
    mutable QFont m_keyedFont; // the font whose key m_fontKey is (QFont::key() is not free)
    mutable QString m_fontKey;
};

} // namespace Lab::Gui
