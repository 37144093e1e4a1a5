// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks a Chrome Trace Event JSON document against the format's rules and the lab's promises
// (docs/trace.md), for tests/core/tst_chrometrace and tests/integration/tst_tracecommand.
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace ChromeTraceCheck {

struct Summary
{
    QStringList problems; // empty when the document follows every rule
    QJsonArray events;
    QHash<QString, int> countByPhase;
    QHash<QString, QString> threadNames;  // "pid/tid" -> thread_name
    QHash<QString, QString> processNames; // "pid" -> process_name
};

inline QString key(const QJsonObject &event)
{
    return QStringLiteral("%1/%2").arg(event[u"pid"].toInteger()).arg(event[u"tid"].toInteger());
}

// Rules: a JSON object with a traceEvents array; each event has a known ph, integer pid and tid, and
// (except M) a number ts >= 0; every X has a name and dur >= 0; X slices of one thread come in time
// order and never overlap; instants of one thread and samples of one counter come in time order;
// every s has exactly one f with the same id, not before it; every pid has a process_name and every
// thread that carries an event a thread_name.
inline Summary check(const QByteArray &json)
{
    Summary summary;
    QStringList &problems = summary.problems;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append(QStringLiteral("not valid JSON: %1 at %2").arg(error.errorString()).arg(error.offset));
        return summary;
    }
    if (!document.isObject() || !document[u"traceEvents"].isArray()) {
        problems.append(QStringLiteral("not an object with a traceEvents array"));
        return summary;
    }
    summary.events = document[u"traceEvents"].toArray();
    constexpr double Epsilon = 1e-6; // µs; ts and dur are exact to the nanosecond in decimal
    QHash<QString, double> sliceEnd;
    QHash<QString, double> lastInstant;
    QHash<QString, double> lastCounter;
    QHash<qint64, double> flowStart;
    QHash<qint64, int> flowEnds;
    QSet<QString> usedThreads;
    QSet<QString> usedProcesses;
    const QSet<QString> phases = {QStringLiteral("M"), QStringLiteral("X"), QStringLiteral("C"),
                                  QStringLiteral("i"), QStringLiteral("s"), QStringLiteral("f")};
    for (qsizetype index = 0; index < summary.events.size(); ++index) {
        const QJsonObject event = summary.events.at(index).toObject();
        const QString ph = event[u"ph"].toString();
        const QString where = QStringLiteral("event %1 (%2)").arg(index).arg(ph);
        ++summary.countByPhase[ph];
        if (!phases.contains(ph)) {
            problems.append(where + QStringLiteral(": unknown ph"));
            continue;
        }
        if (!event[u"pid"].isDouble() || !event[u"tid"].isDouble()) {
            problems.append(where + QStringLiteral(": pid and tid must be numbers"));
            continue;
        }
        const QString thread = key(event);
        if (ph == u"M") {
            const QString name = event[u"name"].toString();
            const QJsonObject args = event[u"args"].toObject();
            if (name == u"thread_name")
                summary.threadNames.insert(thread, args[u"name"].toString());
            else if (name == u"process_name")
                summary.processNames.insert(QString::number(event[u"pid"].toInteger()), args[u"name"].toString());
            else if (name != u"thread_sort_index" && name != u"process_sort_index")
                problems.append(where + QStringLiteral(": unknown metadata ") + name);
            continue;
        }
        const double ts = event[u"ts"].toDouble(-1);
        if (!event[u"ts"].isDouble() || ts < 0) {
            problems.append(where + QStringLiteral(": ts must be a number >= 0"));
            continue;
        }
        usedThreads.insert(thread);
        usedProcesses.insert(QString::number(event[u"pid"].toInteger()));
        if (ph == u"X") {
            const double dur = event[u"dur"].toDouble(-1);
            if (!event[u"dur"].isDouble() || dur < 0)
                problems.append(where + QStringLiteral(": X without a dur >= 0"));
            if (event[u"name"].toString().isEmpty())
                problems.append(where + QStringLiteral(": X without a name"));
            const auto end = sliceEnd.constFind(thread);
            if (end != sliceEnd.cend() && ts + Epsilon < *end)
                problems.append(where + QStringLiteral(": overlaps the previous slice of %1 (ts %2 < end %3)")
                                            .arg(thread)
                                            .arg(ts, 0, 'f', 3)
                                            .arg(*end, 0, 'f', 3));
            sliceEnd.insert(thread, ts + std::max(dur, 0.0));
        } else if (ph == u"i") {
            const QString scope = event[u"s"].toString();
            if (scope != u"g" && scope != u"p" && scope != u"t")
                problems.append(where + QStringLiteral(": instant scope must be g, p or t"));
            if (ts + Epsilon < lastInstant.value(thread, 0))
                problems.append(where + QStringLiteral(": instants of %1 out of time order").arg(thread));
            lastInstant.insert(thread, ts);
        } else if (ph == u"C") {
            const QJsonObject args = event[u"args"].toObject();
            if (args.isEmpty())
                problems.append(where + QStringLiteral(": counter without values"));
            for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
                if (!it.value().isDouble())
                    problems.append(where + QStringLiteral(": counter value %1 is not a number").arg(it.key()));
            }
            const QString track = QStringLiteral("%1/%2").arg(event[u"pid"].toInteger()).arg(event[u"name"].toString());
            if (ts + Epsilon < lastCounter.value(track, 0))
                problems.append(where + QStringLiteral(": counter %1 out of time order").arg(track));
            lastCounter.insert(track, ts);
        } else { // s, f
            if (!event[u"id"].isDouble()) {
                problems.append(where + QStringLiteral(": flow event without an id"));
                continue;
            }
            const qint64 id = event[u"id"].toInteger();
            if (ph == u"s") {
                if (flowStart.contains(id))
                    problems.append(where + QStringLiteral(": flow %1 starts twice").arg(id));
                flowStart.insert(id, ts);
            } else {
                ++flowEnds[id];
                if (!flowStart.contains(id))
                    problems.append(where + QStringLiteral(": flow %1 ends before it starts").arg(id));
                else if (ts + Epsilon < flowStart.value(id))
                    problems.append(where + QStringLiteral(": flow %1 ends earlier than it starts").arg(id));
            }
        }
    }
    for (auto it = flowStart.cbegin(); it != flowStart.cend(); ++it) {
        if (flowEnds.value(it.key()) != 1)
            problems.append(QStringLiteral("flow %1 has %2 ends").arg(it.key()).arg(flowEnds.value(it.key())));
    }
    for (const QString &thread : std::as_const(usedThreads)) {
        if (summary.threadNames.value(thread).isEmpty())
            problems.append(QStringLiteral("thread %1 has no thread_name").arg(thread));
    }
    for (const QString &pid : std::as_const(usedProcesses)) {
        if (summary.processNames.value(pid).isEmpty())
            problems.append(QStringLiteral("process %1 has no process_name").arg(pid));
    }
    return summary;
}

} // namespace ChromeTraceCheck
