// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorychartpage.h"

#include "gui/charts/chartexportbutton.h"
#include "gui/charts/chartview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Lab::Gui {

MemoryChartPage::MemoryChartPage(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_chart(new ChartView(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(name);
    m_chart->setObjectName(name + QStringLiteral("Chart"));
    m_explanation->setObjectName(name + QStringLiteral("Explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    auto *layout = m_layout;
    layout->addWidget(m_chart, 3);
    auto *side = new QVBoxLayout;
    auto *exportButton = new ChartExportButton(m_chart, this);
    exportButton->setObjectName(name + QStringLiteral("Export"));
    side->addWidget(exportButton, 0, Qt::AlignRight);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_explanation);
    side->addWidget(scroll, 1);
    layout->addLayout(side, 2);
}

MemoryChartPage::~MemoryChartPage() = default;

void MemoryChartPage::resizeEvent(QResizeEvent *event)
{
    // The explanation beside the chart when there is room, under it when the column is narrow
    // (presenter mode at 160 %): never cut off at the side.
    m_layout->setDirection(width() >= 900 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

void MemoryChartPage::setExplanation(const QString &html)
{
    m_explanation->setText(html);
}

} // namespace Lab::Gui
