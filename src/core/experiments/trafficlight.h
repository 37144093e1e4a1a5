// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"
#include "core/sync/syncevent.h"
#include "threadcrew.h"

#include <QMetaType>
#include <QMutex>

#include <atomic>
#include <memory>

namespace Lab::Core {

// The outline's event (9.7) as a traffic light: the lab thread "traffic-light" sets the event "green
// light" for `green-ms` and clears it for `red-ms`, in turn; `cars` threads (car-1, ...) drive
// `laps` laps of about `drive-ms` each (every car its own pace) and wait at the light: one set() lets
// every waiting car go at once, and a car that arrives at green passes without waiting.
class TrafficLight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficLight)
public:
    struct Car
    {
        QString name;
        QString state;     // "driving", "waiting", "parked" (English keys; the panel translates)
        int crossings = 0; // passes through the light
        int waits = 0;     // of those, after waiting at red
        qint64 longestWaitMs = 0;
    };
    struct View
    {
        bool green = false;
        int laps = 0;
        QList<Car> cars;
        SyncSnapshot light; // the event: set or clear, and the cars waiting, in arrival order
    };
    struct Result
    {
        int cars = 0;
        int laps = 0;
        int crossings = 0;
        int waits = 0;
        int greens = 0; // how often the light turned green
        qint64 longestWaitMs = 0;
        bool cancelled = false;
        double seconds = 0;
        QList<Car> perCar;
    };

    // cars 1..12 (5), laps 1..50 (3), green-ms 100..10000 (1000), red-ms 100..10000 (1500),
    // drive-ms 0..10000 (800).
    static const ParameterSchema &schema();

    explicit TrafficLight(QObject *parent = nullptr);
    ~TrafficLight() override; // interrupts and joins

    bool start(const ParameterValues &values); // false while running
    void cancel();
    bool isRunning() const { return m_crew.isRunning(); }
    View view() const; // for the panel at 10 Hz: never waits for the cars

signals:
    void finished(const Lab::Core::TrafficLight::Result &result);

private:
    void runLight(int greenMs, int redMs);
    void drive(int index, int laps, int driveMs);
    void setCarState(int index, const char *state);
    void onFinished();

    std::unique_ptr<SyncEvent> m_green;
    std::atomic_int m_carsDriving = 0;
    mutable QMutex m_viewLock; // guards m_view: held for a copy or one update, never across a wait
    View m_view;
    Result m_result;
    qint64 m_startNs = 0;
    bool m_cancelled = false;
    ThreadCrew m_crew;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::TrafficLight::Result)
