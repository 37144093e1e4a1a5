// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariopage.h"

#include "gui/panels/valuetile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Lab::Gui {

ScenarioPage::ScenarioPage(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_tiles(new QHBoxLayout)
    , m_explanation(new QLabel(this))
{
    m_explanation->setObjectName(QStringLiteral("scenarioExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_layout->addLayout(m_tiles);
    m_layout->addWidget(m_explanation);
    m_layout->addStretch(1);
}

ScenarioPage::~ScenarioPage() = default;

ValueTile *ScenarioPage::addTile(const QString &objectName)
{
    auto *tile = new ValueTile(this);
    tile->setObjectName(objectName);
    m_tiles->addWidget(tile, 1);
    return tile;
}

void ScenarioPage::addBody(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_explanation), widget);
}

void ScenarioPage::explain(const QString &text)
{
    m_explanation->setText(text);
}

bool ScenarioPage::showReplay(const ReplayFrame *frame)
{
    Q_UNUSED(frame)
    return false;
}

QString ScenarioPage::conditionMark(bool holds)
{
    return holds ? QStringLiteral("<b>\u2713</b>") : QStringLiteral("\u2013"); // ✓ or –
}

} // namespace Lab::Gui
