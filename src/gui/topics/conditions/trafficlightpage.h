// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/trafficlight.h"
#include "gui/panels/scenariopage.h"

namespace Lab::Gui {

class TileGrid;

// 9.7: the event "green light" as a traffic light (Core::TrafficLight): the light, the cars waiting
// at red in arrival order (all of them go at one set()), and per car its crossings and longest wait.
class TrafficLightPage final : public ScenarioPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficLightPage)
public:
    explicit TrafficLightPage(QWidget *parent = nullptr);
    ~TrafficLightPage() override;

    QString scenario() const override { return QStringLiteral("event"); }
    const Core::ParameterSchema &schema() const override { return Core::TrafficLight::schema(); }
    QString title() const override;
    bool start(const Core::ParameterValues &values) override;
    void cancel() override;
    void refresh() override;
    void retranslate() override;

    ValueTile *lightTile() const { return m_light; }
    TileGrid *cars() const { return m_cars; }

private:
    void onFinished(const Core::TrafficLight::Result &result);
    QString stateText(const QString &state) const;

    Core::TrafficLight *m_experiment = nullptr;
    ValueTile *m_light = nullptr;
    ValueTile *m_waiting = nullptr;
    ValueTile *m_crossings = nullptr;
    ValueTile *m_longest = nullptr;
    TileGrid *m_cars = nullptr;
};

} // namespace Lab::Gui
