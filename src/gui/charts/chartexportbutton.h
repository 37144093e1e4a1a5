// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace Lab::Gui {

class ChartExportMenu;
class ChartView;

// A tool button any panel puts next to a ChartView; it pops up the chart's export menu. Panels that
// also hold the data add their CSV/JSON/Markdown actions with menu()->addAction().
class ChartExportButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExportButton)

public:
    explicit ChartExportButton(ChartView *view, QWidget *parent = nullptr);
    ~ChartExportButton() override;

    ChartExportMenu *exportMenu() const { return m_menu; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ChartExportMenu *m_menu = nullptr;
};

} // namespace Lab::Gui
