// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportbutton.h"

#include "chartexportmenu.h"

#include <QEvent>
#include <QIcon>

namespace Lab::Gui {

ChartExportButton::ChartExportButton(ChartView *view, QWidget *parent)
    : QToolButton(parent)
    , m_menu(new ChartExportMenu(view, this))
{
    retranslate();
    setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
}

ChartExportButton::~ChartExportButton() = default;

void ChartExportButton::retranslate()
{
    setText(tr("Export"));
    setToolTip(tr("Save the chart as PNG, SVG or PDF, or copy it"));
}

void ChartExportButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

} // namespace Lab::Gui
