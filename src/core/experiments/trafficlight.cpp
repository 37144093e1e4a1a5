// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlight.h"

#include "core/trace/trace.h"
#include "core/trace/traceevent.h"

#include <algorithm>

namespace Lab::Core {

namespace {
const int TrafficLightResultMetaType = qRegisterMetaType<TrafficLight::Result>();

// The light sleeps in short steps, so it stops soon after the last car has parked.
constexpr int LightStepMs = 50;

// Each car's own pace, from 60 % to 140 % of drive-ms, the same on every run.
int lapMs(int car, int lap, int driveMs)
{
    const int percent = 60 + (car * 37 + lap * 23) % 81;
    return driveMs * percent / 100;
}
} // namespace

const ParameterSchema &TrafficLight::schema()
{
    using Spec = ParameterSpec;
    static const ParameterSchema s({
        Spec::integer(QStringLiteral("cars"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Cars"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Threads that drive laps through the light."), 1, 12,
                      5),
        Spec::integer(QStringLiteral("laps"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Laps"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How often each car passes the light."), 1, 50, 3),
        Spec::integer(QStringLiteral("green-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Green for"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How long the event stays set."), 100, 10000, 1000,
                      QStringLiteral("ms")),
        Spec::integer(QStringLiteral("red-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Red for"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters", "How long the event stays clear."), 100, 10000, 1500,
                      QStringLiteral("ms")),
        Spec::integer(QStringLiteral("drive-ms"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "One lap"),
                      QT_TRANSLATE_NOOP("Lab::Core::Parameters",
                                        "A lap's driving time; every car drives at its own pace around it."),
                      0, 10000, 800, QStringLiteral("ms")),
    });
    return s;
}

TrafficLight::TrafficLight(QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(TrafficLightResultMetaType)
    connect(&m_crew, &ThreadCrew::finished, this, &TrafficLight::onFinished);
}

TrafficLight::~TrafficLight()
{
    m_crew.stop();
}

bool TrafficLight::start(const ParameterValues &values)
{
    if (isRunning())
        return false;
    const int cars = int(values.integer(QStringLiteral("cars")));
    const int laps = int(values.integer(QStringLiteral("laps")));
    const int greenMs = int(values.integer(QStringLiteral("green-ms")));
    const int redMs = int(values.integer(QStringLiteral("red-ms")));
    const int driveMs = int(values.integer(QStringLiteral("drive-ms")));

    m_green = std::make_unique<SyncEvent>(QStringLiteral("green light"));
    m_carsDriving = cars;
    m_cancelled = false;
    m_result = {};
    m_result.cars = cars;
    m_result.laps = laps;
    {
        QMutexLocker locker(&m_viewLock);
        m_view = {};
        m_view.laps = laps;
        for (int i = 0; i < cars; ++i)
            m_view.cars.append({QStringLiteral("car-%1").arg(i + 1), QStringLiteral("driving")});
    }
    std::vector<ThreadCrew::Member> members;
    members.push_back({QStringLiteral("traffic-light"), [=, this] { runLight(greenMs, redMs); }});
    for (int i = 0; i < cars; ++i)
        members.push_back({QStringLiteral("car-%1").arg(i + 1), [=, this] { drive(i, laps, driveMs); }});
    m_startNs = monotonicNowNs();
    return m_crew.start(std::move(members));
}

void TrafficLight::cancel()
{
    m_cancelled = true;
    m_crew.interrupt();
}

TrafficLight::View TrafficLight::view() const
{
    View view;
    {
        QMutexLocker locker(&m_viewLock);
        view = m_view;
    }
    if (m_green)
        view.light = m_green->snapshot();
    return view;
}

void TrafficLight::runLight(int greenMs, int redMs)
{
    const auto hold = [this](int ms) {
        for (int slept = 0; slept < ms && m_carsDriving > 0; slept += LightStepMs) {
            if (!Trace::sleep(std::min(LightStepMs, ms - slept)))
                return false;
        }
        return m_carsDriving > 0;
    };
    for (;;) {
        m_green->clear();
        {
            QMutexLocker locker(&m_viewLock);
            m_view.green = false;
        }
        if (!hold(redMs))
            break;
        m_green->set();
        {
            QMutexLocker locker(&m_viewLock);
            m_view.green = true;
        }
        ++m_result.greens; // only this thread writes it before finished()
        if (!hold(greenMs))
            break;
    }
    m_green->set(); // nobody is left waiting at red when the light stops
}

void TrafficLight::drive(int index, int laps, int driveMs)
{
    for (int lap = 0; lap < laps; ++lap) {
        setCarState(index, "driving");
        if (!Trace::sleep(lapMs(index, lap, driveMs)))
            break;
        const bool red = !m_green->isSet();
        if (red)
            setCarState(index, "waiting");
        const qint64 arrived = monotonicNowNs();
        if (!m_green->wait())
            break; // cancelled
        const qint64 waitedMs = (monotonicNowNs() - arrived) / 1'000'000;
        QMutexLocker locker(&m_viewLock);
        Car &car = m_view.cars[index];
        ++car.crossings;
        if (red) {
            ++car.waits;
            car.longestWaitMs = std::max(car.longestWaitMs, waitedMs);
        }
    }
    setCarState(index, "parked");
    --m_carsDriving;
}

void TrafficLight::setCarState(int index, const char *state)
{
    QMutexLocker locker(&m_viewLock);
    m_view.cars[index].state = QString::fromLatin1(state);
}

void TrafficLight::onFinished()
{
    const View last = view();
    m_result.perCar = last.cars;
    for (const Car &car : last.cars) {
        m_result.crossings += car.crossings;
        m_result.waits += car.waits;
        m_result.longestWaitMs = std::max(m_result.longestWaitMs, car.longestWaitMs);
    }
    m_result.cancelled = m_cancelled;
    m_result.seconds = double(monotonicNowNs() - m_startNs) / 1e9;
    emit finished(m_result);
}

} // namespace Lab::Core
