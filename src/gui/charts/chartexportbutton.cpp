// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportbutton.h"

#include "chartexportmenu.h"

#include <QIcon>

namespace Lab::Gui {

ChartExportButton::ChartExportButton(ChartView *view, QWidget *parent)
    : QToolButton(parent)
    , m_menu(new ChartExportMenu(view, this))
{
    setText(tr("Export"));
    setToolTip(tr("Save the chart as PNG, SVG or PDF, or copy it"));
    setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
}

ChartExportButton::~ChartExportButton() = default;

} // namespace Lab::Gui
