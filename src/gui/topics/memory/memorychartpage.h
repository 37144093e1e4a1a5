// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

class ChartView;

// One result tab of the memory panel: a chart with its export button, and beside it the plain-words
// reading of the numbers (scrolls when long).
class MemoryChartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryChartPage)

public:
    // `name` prefixes the object names: <name>Chart, <name>Export, <name>Explanation.
    explicit MemoryChartPage(const QString &name, QWidget *parent = nullptr);
    ~MemoryChartPage() override;

    ChartView *chart() const { return m_chart; }
    void setExplanation(const QString &html);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QBoxLayout *m_layout = nullptr;
    ChartView *m_chart = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace Lab::Gui
