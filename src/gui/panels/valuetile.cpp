// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuetile.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Lab::Gui {

ValueTile::ValueTile(QWidget *parent, double scale)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_scale(scale)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_caption->setAlignment(Qt::AlignHCenter);
    m_caption->setWordWrap(true);
    m_value->setAlignment(Qt::AlignHCenter);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignHCenter);
    m_detail->setWordWrap(true);
    m_detail->hide();
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    m_value->setText(QStringLiteral("–"));
    updateFont();
}

ValueTile::~ValueTile() = default;

void ValueTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void ValueTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void ValueTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void ValueTile::setAlert(bool alert)
{
    if (m_alert == alert)
        return;
    m_alert = alert;
    // Okabe-Ito vermilion reads on light and dark palettes and in greyscale (with the bold weight).
    m_value->setStyleSheet(alert ? QStringLiteral("color: #D55E00;") : QString());
}

QString ValueTile::value() const
{
    return m_value->text();
}

void ValueTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFont();
}

void ValueTile::updateFont()
{
    QFont big = font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * m_scale);
    else
        big.setPixelSize(int(big.pixelSize() * m_scale));
    big.setBold(true);
    m_value->setFont(big);
}

} // namespace Lab::Gui
