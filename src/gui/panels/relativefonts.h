// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Lab::Gui {

// Fonts relative to a panel's font ("1.5 x, bold"), kept relative when the panel's font changes:
// presenter mode and Ctrl +/- change the application font, and a widget given a fixed font with
// setFont() would stop following it. The source's FontChange events re-apply every entry.
class RelativeFonts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelativeFonts)

public:
    explicit RelativeFonts(QWidget *source);
    ~RelativeFonts() override;

    // `widget` gets the source's font x `scale`, bold if asked, the fixed-width family if asked.
    void add(QWidget *widget, qreal scale, bool bold = true, bool fixedPitch = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QPointer<QWidget> widget;
        qreal scale = 1;
        bool bold = true;
        bool fixedPitch = false;
    };
    void apply(const Entry &entry) const;

    QWidget *m_source = nullptr;
    QList<Entry> m_entries;
};

// `font` x `scale` (point or pixel sized), bold or not: for widgets that re-apply it on FontChange.
QFont relativeFont(QFont font, qreal scale, bool bold);

} // namespace Lab::Gui
