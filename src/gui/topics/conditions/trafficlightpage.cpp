// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlightpage.h"

#include "gui/panels/tilegrid.h"
#include "gui/panels/valuetile.h"

#include <QLabel>
#include <QLocale>

namespace Lab::Gui {

TrafficLightPage::TrafficLightPage(QWidget *parent)
    : ScenarioPage(parent)
    , m_experiment(new Core::TrafficLight(this))
    , m_cars(new TileGrid(QStringLiteral("car"), 4, 1.6, this))
{
    m_light = addTile(QStringLiteral("light"));
    m_waiting = addTile(QStringLiteral("waitingAtRed"));
    m_crossings = addTile(QStringLiteral("crossings"));
    m_longest = addTile(QStringLiteral("longestWait"));
    addBody(m_cars);
    connect(m_experiment, &Core::TrafficLight::finished, this, &TrafficLightPage::onFinished);
    retranslate();
}

TrafficLightPage::~TrafficLightPage() = default;

QString TrafficLightPage::title() const
{
    return tr("Event");
}

bool TrafficLightPage::start(const Core::ParameterValues &values)
{
    if (!m_experiment->start(values))
        return false;
    explain({});
    refresh();
    return true;
}

void TrafficLightPage::cancel()
{
    m_experiment->cancel();
}

QString TrafficLightPage::stateText(const QString &state) const
{
    if (state == QLatin1String("driving"))
        return tr("driving");
    if (state == QLatin1String("waiting"))
        return tr("waiting at red");
    return tr("parked");
}

void TrafficLightPage::refresh()
{
    const Core::TrafficLight::View view = m_experiment->view();
    const QLocale locale;
    m_light->setValue(view.light.isSet ? tr("green") : tr("red"));
    m_light->setDetail(view.light.isSet ? tr("the event is set") : tr("the event is clear"));
    m_light->setAlert(!view.light.isSet);
    m_waiting->setValue(locale.toString(view.light.waiters.size()));
    m_waiting->setDetail(view.light.waiters.isEmpty() ? tr("nobody") : view.light.waiters.join(QStringLiteral(", ")));
    int crossings = 0;
    qint64 longest = 0;
    m_cars->setCount(int(view.cars.size()));
    for (int i = 0; i < view.cars.size(); ++i) {
        const auto &car = view.cars.at(i);
        crossings += car.crossings;
        longest = std::max(longest, car.longestWaitMs);
        ValueTile *tile = m_cars->tile(i);
        tile->setCaption(car.name);
        tile->setValue(tr("%1 of %2").arg(car.crossings).arg(view.laps));
        tile->setDetail(tr("%1; waited at red %2×, at most %3 ms")
                            .arg(stateText(car.state))
                            .arg(car.waits)
                            .arg(locale.toString(car.longestWaitMs)));
    }
    const int total = int(view.cars.size()) * view.laps;
    m_crossings->setValue(locale.toString(crossings));
    m_crossings->setDetail(tr("of %1").arg(total));
    m_longest->setValue(tr("%1 ms").arg(locale.toString(longest)));
    emit progress(crossings, total, tr("%1 of %2 crossings").arg(crossings).arg(total));
}

void TrafficLightPage::onFinished(const Core::TrafficLight::Result &result)
{
    refresh();
    const QLocale locale;
    if (result.cancelled) {
        explain(tr("Stopped after %1 crossings.").arg(result.crossings));
        emit finished(tr("Cancelled."));
        return;
    }
    explain(tr("<b>%1 crossings, %2 of them after waiting at red; the light turned green %3 times.</b> Each "
               "set() let every car waiting at the light go at once (an event wakes all its waiters, and has no "
               "owner and no count); a car that came at green passed without waiting. The longest wait was %4 "
               "ms.")
                .arg(result.crossings)
                .arg(result.waits)
                .arg(result.greens)
                .arg(locale.toString(result.longestWaitMs)));
    emit finished(tr("Done: %1 crossings, %2 after a wait at red.").arg(result.crossings).arg(result.waits));
}

void TrafficLightPage::retranslate()
{
    m_light->setCaption(tr("Light"));
    m_waiting->setCaption(tr("Waiting at red"));
    m_crossings->setCaption(tr("Crossings"));
    m_longest->setCaption(tr("Longest wait"));
}

} // namespace Lab::Gui
