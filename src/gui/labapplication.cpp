// SPDX-License-Identifier: GPL-3.0-or-later
#include "labapplication.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QMetaEnum>

#include <time.h>

namespace Lab::Gui {

namespace {

// CPU time of the calling thread: what an event cost, whatever else the machine ran meanwhile.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString describe(const QObject *object)
{
    QString text = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(object->objectName());
    return text;
}

} // namespace

Q_LOGGING_CATEGORY(lcSlowEvents, "lab.gui.slowevents")

LabApplication::LabApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    bool ok = false;
    const double ms = qEnvironmentVariable("LAB_SLOW_EVENT_MS").toDouble(&ok);
    if (ok && ms > 0)
        m_slowNs = qint64(ms * 1e6);
}

LabApplication::~LabApplication() = default;

bool LabApplication::notify(QObject *receiver, QEvent *event)
{
    // Outermost events, and paint events at any depth: a window's UpdateRequest paints every dirty
    // widget inside it, and which of them is slow is the question.
    if (m_slowNs == 0 || (m_depth > 0 && event->type() != QEvent::Paint))
        return QApplication::notify(receiver, event);
    const QEvent::Type type = event->type(); // the event may be gone after delivery
    // Named by the receiver and its nearest named ancestor ("qt_scrollarea_viewport" alone says little).
    QString who = describe(receiver);
    for (const QObject *up = receiver->parent(); up; up = up->parent()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_"))) {
            who += QStringLiteral(" in ") + describe(up);
            break;
        }
    }
    const qint64 cpuStart = threadCpuNs();
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool done = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ns = timer.nsecsElapsed();
    const qint64 cpuNs = threadCpuNs() - cpuStart;
    if (ns >= m_slowNs || (type == QEvent::Paint && ns >= m_slowNs / 4)) {
        const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        qCInfo(lcSlowEvents).noquote() << QStringLiteral("%1 ms (cpu %2 ms): %3 to %4")
                                              .arg(double(ns) / 1e6, 0, 'f', 2)
                                              .arg(double(cpuNs) / 1e6, 0, 'f', 2)
                                              .arg(typeName ? QString::fromLatin1(typeName) : QString::number(type),
                                                   who);
    }
    return done;
}

} // namespace Lab::Gui
