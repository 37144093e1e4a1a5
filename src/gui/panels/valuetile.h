// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

// One result as a lecture hall reads it: a caption ("Expected") over a large bold number, with an
// optional small line under it. The number keeps its size relative to the inherited font, so View >
// Zoom and the presenter's scale enlarge it too. Used by the threads and processes panels.
class ValueTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueTile)

public:
    explicit ValueTile(QWidget *parent = nullptr, double scale = 2.4);
    ~ValueTile() override;

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setDetail(const QString &detail);
    // Draws the number in the palette's accent for a result that is the point (a lost update).
    void setAlert(bool alert);

    QString value() const;
    QLabel *valueLabel() const { return m_value; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFont();

    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
    double m_scale = 2.4;
    bool m_alert = false;
};

} // namespace Lab::Gui
