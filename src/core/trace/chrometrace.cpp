// SPDX-License-Identifier: GPL-3.0-or-later
#include "chrometrace.h"

#include "core/system/machineinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>

#include <algorithm>
#include <limits>
#include <vector>

namespace Lab::Core::ChromeTrace {

namespace {

// Tids of lab threads that never ran (no kernel task, so no tid): above any Linux pid_max (2^22).
constexpr qint64 SyntheticTidBase = 1'000'000'000;
constexpr qsizetype FlushBytes = 256 * 1024;

// The kernel letters of DESIGN.md's vocabulary table, untranslated: a trace file reads the same
// whatever the language of the lab that wrote it.
const char *kernelLetters(ThreadState state)
{
    switch (state) {
    case ThreadState::New:
    case ThreadState::Terminated:
        return "- (no task)";
    case ThreadState::Runnable:
        return "R (waiting for a CPU)";
    case ThreadState::Running:
        return "R (on a CPU)";
    case ThreadState::Blocked:
        return "S or D";
    case ThreadState::Waiting:
    case ThreadState::Sleeping:
        return "S";
    }
    return "?";
}

const char *stateName(ThreadState state)
{
    static const char *const names[] = {"New", "Runnable", "Running", "Blocked", "Waiting", "Sleeping", "Terminated"};
    return names[int(state)];
}

// A JSON document written in pieces.
class Writer
{
public:
    explicit Writer(const AtomicFileSink &sink)
        : m_sink(sink)
    {
        m_buffer.reserve(FlushBytes + 4096);
    }

    bool ok() const { return m_ok; }
    void raw(const char *text) { m_buffer.append(text); }
    void string(QStringView text)
    {
        m_buffer.append('"');
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_buffer.append('\\').append(c);
            } else if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15], 0};
                m_buffer.append(escaped);
            } else {
                m_buffer.append(c);
            }
        }
        m_buffer.append('"');
    }
    void string(const char *text) { string(QString::fromUtf8(text)); }
    void integer(qint64 value) { m_buffer.append(QByteArray::number(value)); }
    void number(double value) { m_buffer.append(QByteArray::number(value, 'g', 6)); }
    // Microseconds with nanosecond precision: "1234.567".
    void micros(qint64 ns)
    {
        if (ns < 0) {
            m_buffer.append('-');
            ns = -ns;
        }
        m_buffer.append(QByteArray::number(ns / 1000));
        const qint64 fraction = ns % 1000;
        if (fraction != 0) {
            char digits[5] = {'.', char('0' + fraction / 100), char('0' + fraction / 10 % 10),
                              char('0' + fraction % 10), 0};
            m_buffer.append(digits);
        }
    }
    // Starts the next element of "traceEvents".
    void beginEvent()
    {
        raw(m_first ? "\n{" : ",\n{");
        m_first = false;
    }
    void endEvent()
    {
        raw("}");
        if (m_buffer.size() >= FlushBytes)
            flush();
    }
    void flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_sink(m_buffer);
        m_buffer.clear();
    }

private:
    const AtomicFileSink &m_sink;
    QByteArray m_buffer;
    bool m_ok = true;
    bool m_first = true;
};

struct WorkerInfo
{
    int id = -1;
    QString name;
    qint64 pid = 0;
    qint64 tid = 0;
    bool isProcess = false;
    // The open state interval.
    bool open = false;
    ThreadState state = ThreadState::New;
    QString detail;
    qint64 sinceNs = 0;
};

struct TidInfo
{
    qint64 pid = 0;
    QStringList names; // every lab name the thread carried, in order (a pool thread carries several)
    QString osName;    // from the sampler, for threads that are no lab thread
    qint64 lastEndNs = std::numeric_limits<qint64>::min();
    int sortIndex = std::numeric_limits<int>::max();
};

// "on "fork-2" (held by philosopher-1)" -> object fork-2, holder philosopher-1; "mutex" -> object mutex.
void splitWaitDetail(const QString &detail, QString *object, QString *holder)
{
    static const QRegularExpression pattern(QStringLiteral("^on \"(.*)\"(?: \\((?:held by (.*)|.*)\\))?$"));
    const QRegularExpressionMatch match = pattern.match(detail);
    if (match.hasMatch()) {
        *object = match.captured(1);
        *holder = match.captured(2);
    } else {
        *object = detail;
        holder->clear();
    }
}

// A primitive's hand-off mark: ""fork-2": released by philosopher-1 → philosopher-2".
struct HandOff
{
    QString object;
    QString verb;
    QString from;
};
bool parseHandOff(const QString &detail, HandOff *handOff)
{
    static const QRegularExpression pattern(QStringLiteral("^\"(.*)\": (\\w+) by (.*) \u2192 (.*)$"));
    const QRegularExpressionMatch match = pattern.match(detail);
    if (!match.hasMatch())
        return false;
    *handOff = {match.captured(1), match.captured(2), match.captured(3)};
    return true;
}

class Exporter
{
public:
    Exporter(const TraceRecording &recording, const AtomicFileSink &sink)
        : m_recording(recording)
        , m_out(sink)
    {}

    bool run()
    {
        collectWorkers();
        findTimeRange();
        indexCpuSamples();
        m_out.raw("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"tool\":\"concurrency-lab\",\"version\":");
        m_out.string(QCoreApplication::applicationVersion());
        m_out.raw(",\"title\":");
        m_out.string(m_recording.title);
        m_out.raw(",\"dropped_events\":");
        m_out.integer(qint64(m_recording.dropped));
        // What a replay needs beyond the viewers' fields (ChromeTraceReader): when and where it was
        // recorded, the lab's pid and the monotonic time of ts 0, so times read back exactly.
        m_out.raw(",\"recorded\":");
        m_out.string((m_recording.recordedAt.isValid() ? m_recording.recordedAt : QDateTime::currentDateTimeUtc())
                         .toUTC()
                         .toString(Qt::ISODateWithMs));
        m_out.raw(",\"machine\":");
        m_out.string(m_recording.machine.isEmpty() ? thisMachineDescription() : m_recording.machine);
        m_out.raw(",\"lab_pid\":");
        m_out.integer(m_recording.labPid);
        m_out.raw(",\"origin_ns\":");
        m_out.integer(m_startNs);
        m_out.raw("},\"traceEvents\":[");
        writeEvents();
        writeCpuCounters();
        writeSyncCounters();
        writeMetadata();
        m_out.raw("\n]}\n");
        m_out.flush();
        return m_out.ok();
    }

private:
    void collectWorkers()
    {
        for (const LabWorkerStatus &status : m_recording.workers) {
            WorkerInfo &info = m_workers[status.workerId];
            info.id = status.workerId;
            info.name = status.name;
            info.pid = status.pid;
            info.isProcess = status.isProcess;
            info.tid = status.isProcess ? status.pid : status.tid;
        }
        // The tid a thread recorded its own events with (New and Runnable are recorded with tid 0 by
        // the thread that created or started it); the status's tid may belong to a later worker.
        QSet<int> tidFromEvents;
        for (const TraceEvent &event : m_recording.events) {
            if (event.workerId < 0)
                continue;
            WorkerInfo &info = m_workers[event.workerId];
            info.id = event.workerId;
            if (event.kind == TraceEventKind::ThreadCreated) {
                info.name = event.detail;
                info.pid = event.pid;
            } else if (event.kind == TraceEventKind::ProcessStarted) {
                info.name = event.detail;
                info.pid = event.pid;
                info.tid = event.pid;
                info.isProcess = true;
            }
            if (!info.isProcess && event.tid != 0 && !tidFromEvents.contains(event.workerId)) {
                info.tid = event.tid;
                tidFromEvents.insert(event.workerId);
            }
        }
        // In worker order, so a pool thread's names read in the order it carried them.
        QList<int> ids = m_workers.keys();
        std::sort(ids.begin(), ids.end());
        for (const int id : std::as_const(ids)) {
            WorkerInfo &worker = m_workers[id];
            if (worker.pid == 0)
                worker.pid = m_recording.labPid;
            if (worker.tid == 0)
                worker.tid = SyntheticTidBase + id;
            TidInfo &tid = tidInfo(worker.pid, worker.tid);
            if (!worker.name.isEmpty() && !tid.names.contains(worker.name))
                tid.names.append(worker.name);
            tid.sortIndex = std::min(tid.sortIndex, 1 + id);
        }
    }

    void findTimeRange()
    {
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        const auto see = [&](qint64 t) {
            if (t <= 0)
                return;
            first = std::min(first, t);
            last = std::max(last, t);
        };
        for (const TraceEvent &event : m_recording.events)
            see(event.timeNs);
        for (const TraceCpuSample &sample : m_recording.cpu)
            see(sample.timeNs);
        for (const TraceSyncSample &sample : m_recording.sync)
            see(sample.timeNs);
        if (first > last)
            first = last = 0;
        m_startNs = first;
        m_endNs = std::max(last, m_recording.endNs);
    }

    void indexCpuSamples()
    {
        for (qsizetype i = 0; i < m_recording.cpu.size(); ++i)
            m_cpuByTid[m_recording.cpu.at(i).tid].append(i);
        for (auto &list : m_cpuByTid) {
            std::stable_sort(list.begin(), list.end(), [this](qsizetype a, qsizetype b) {
                return m_recording.cpu.at(a).timeNs < m_recording.cpu.at(b).timeNs;
            });
        }
    }

    TidInfo &tidInfo(qint64 pid, qint64 tid)
    {
        TidInfo &info = m_tids[tid];
        if (info.pid == 0)
            info.pid = pid;
        return info;
    }

    // Kernel letters the sampler saw for `tid` in [from, to): "R S".
    QString sampledLetters(qint64 tid, qint64 from, qint64 to) const
    {
        const auto it = m_cpuByTid.constFind(tid);
        if (it == m_cpuByTid.cend())
            return {};
        const QList<qsizetype> &list = *it;
        auto pos = std::lower_bound(list.cbegin(), list.cend(), from,
                                    [this](qsizetype i, qint64 t) { return m_recording.cpu.at(i).timeNs < t; });
        QString letters;
        for (; pos != list.cend() && m_recording.cpu.at(*pos).timeNs < to; ++pos) {
            const QChar letter = QLatin1Char(m_recording.cpu.at(*pos).kernelState);
            if (!letters.contains(letter)) {
                if (!letters.isEmpty())
                    letters.append(QLatin1Char(' '));
                letters.append(letter);
            }
        }
        return letters;
    }

    void writeEvents()
    {
        // By time; equal times keep the recording's order (a state and the mark that follows it).
        std::vector<qsizetype> order;
        order.reserve(size_t(m_recording.events.size()));
        for (qsizetype i = 0; i < m_recording.events.size(); ++i) {
            if (m_recording.events.at(i).timeNs > 0)
                order.push_back(i);
        }
        std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
            return m_recording.events.at(a).timeNs < m_recording.events.at(b).timeNs;
        });
        QHash<QString, int> workerByName; // the latest worker of each name, for hand-offs
        for (const qsizetype index : order) {
            const TraceEvent &event = m_recording.events.at(index);
            if (!m_out.ok())
                return;
            if (event.kind == TraceEventKind::RunStarted || event.kind == TraceEventKind::RunFinished) {
                const QString name = event.kind == TraceEventKind::RunStarted ? QStringLiteral("run started: %1")
                                                                              : QStringLiteral("run finished: %1");
                instant(name.arg(event.detail), "run", m_recording.labPid, m_recording.labPid, event.timeNs, "g");
                tidInfo(m_recording.labPid, m_recording.labPid);
                continue;
            }
            if (event.kind == TraceEventKind::Mark && event.workerId < 0) {
                // A phase of the run (the benchmark's "[3/12] threads, run 2").
                instant(event.detail, "phase", m_recording.labPid, m_recording.labPid, event.timeNs, "p");
                continue;
            }
            if (event.workerId < 0 || !m_workers.contains(event.workerId))
                continue;
            WorkerInfo &worker = m_workers[event.workerId];
            switch (event.kind) {
            case TraceEventKind::ThreadCreated:
                workerByName.insert(worker.name, event.workerId);
                enterState(worker, ThreadState::New, QString(), event.timeNs);
                break;
            case TraceEventKind::ProcessStarted:
                workerByName.insert(worker.name, event.workerId);
                enterState(worker, ThreadState::Running, QString(), event.timeNs);
                break;
            case TraceEventKind::StateChanged:
            case TraceEventKind::ThreadFinished:
            case TraceEventKind::ProcessFinished:
                enterState(worker, event.state, event.detail, event.timeNs);
                if (event.kind != TraceEventKind::StateChanged)
                    instant(event.detail.isEmpty() ? QStringLiteral("Terminated")
                                                   : QStringLiteral("Terminated: %1").arg(event.detail),
                            "lifecycle", worker.pid, worker.tid, event.timeNs, "t", worker.id);
                break;
            case TraceEventKind::PacerHeld:
                instant(QStringLiteral("held by the pacer"), "pacer", worker.pid, worker.tid, event.timeNs, "t",
                        worker.id);
                break;
            case TraceEventKind::PacerReleased:
                instant(QStringLiteral("released by the pacer"), "pacer", worker.pid, worker.tid, event.timeNs, "t",
                        worker.id);
                break;
            case TraceEventKind::Mark: {
                instant(event.detail, "mark", worker.pid, worker.tid, event.timeNs, "t", worker.id);
                HandOff handOff;
                if (parseHandOff(event.detail, &handOff) && workerByName.contains(handOff.from))
                    flow(m_workers.value(workerByName.value(handOff.from)), worker, handOff, event.timeNs);
                break;
            }
            case TraceEventKind::RunStarted:
            case TraceEventKind::RunFinished:
                break;
            }
        }
        // Intervals still open when the recording stopped end there.
        for (WorkerInfo &worker : m_workers) {
            if (worker.open)
                closeSlice(worker, m_endNs);
        }
    }

    void enterState(WorkerInfo &worker, ThreadState state, const QString &detail, qint64 timeNs)
    {
        if (worker.open && worker.state == state && worker.detail == detail)
            return;
        if (worker.open)
            closeSlice(worker, timeNs);
        worker.open = state != ThreadState::Terminated;
        worker.state = state;
        worker.detail = detail;
        worker.sinceNs = timeNs;
    }

    void closeSlice(WorkerInfo &worker, qint64 endNs)
    {
        worker.open = false;
        TidInfo &tid = tidInfo(worker.pid, worker.tid);
        // Two lab workers on one pool thread, or a state recorded by another thread a moment late:
        // the slice starts where the thread's previous one ended, so a thread's slices never overlap.
        const qint64 start = std::max(worker.sinceNs, tid.lastEndNs);
        if (endNs < start)
            return;
        tid.lastEndNs = endNs;
        m_out.beginEvent();
        m_out.raw("\"ph\":\"X\",\"cat\":\"state\",\"name\":");
        m_out.string(stateName(worker.state));
        common(worker.pid, worker.tid, start);
        m_out.raw(",\"dur\":");
        m_out.micros(endNs - start);
        m_out.raw(",\"args\":{\"state\":");
        m_out.string(threadStateId(worker.state));
        m_out.raw(",\"worker\":");
        m_out.integer(worker.id);
        m_out.raw(",\"lab_thread\":");
        m_out.string(worker.name);
        if (!worker.detail.isEmpty()) {
            m_out.raw(",\"detail\":");
            m_out.string(worker.detail);
        }
        m_out.raw(",\"kernel_state\":");
        m_out.string(kernelLetters(worker.state));
        if (const QString sampled = sampledLetters(worker.tid, start, endNs); !sampled.isEmpty()) {
            m_out.raw(",\"kernel_sampled\":");
            m_out.string(sampled);
        }
        if (worker.state == ThreadState::Blocked || worker.state == ThreadState::Waiting) {
            QString object;
            QString holder;
            splitWaitDetail(worker.detail, &object, &holder);
            if (!object.isEmpty()) {
                m_out.raw(",\"waits_on\":");
                m_out.string(object);
            }
            if (!holder.isEmpty()) {
                m_out.raw(",\"held_by\":");
                m_out.string(holder);
            }
        }
        m_out.raw("}");
        m_out.endEvent();
    }

    void common(qint64 pid, qint64 tid, qint64 timeNs)
    {
        m_out.raw(",\"pid\":");
        m_out.integer(pid);
        m_out.raw(",\"tid\":");
        m_out.integer(tid);
        m_out.raw(",\"ts\":");
        m_out.micros(timeNs - m_startNs);
    }

    // `workerId`: the lab worker whose instant it is (several share a pool thread), for the reader.
    void instant(const QString &name, const char *category, qint64 pid, qint64 tid, qint64 timeNs, const char *scope,
                 int workerId = -1)
    {
        m_out.beginEvent();
        m_out.raw("\"ph\":\"i\",\"cat\":");
        m_out.string(category);
        m_out.raw(",\"name\":");
        m_out.string(name);
        m_out.raw(",\"s\":");
        m_out.string(scope);
        common(pid, tid, timeNs);
        if (workerId >= 0) {
            m_out.raw(",\"args\":{\"worker\":");
            m_out.integer(workerId);
            m_out.raw("}");
        }
        m_out.endEvent();
    }

    // An arrow from the thread that released (set, notified) to the one it woke. The release itself is
    // not recorded; it happened before the woken thread left its wait, so the arrow starts there (on
    // the releaser's track) and ends at the mark the woken thread made.
    void flow(const WorkerInfo &from, const WorkerInfo &to, const HandOff &handOff, qint64 markNs)
    {
        const qint64 wokeNs = to.open ? std::min(to.sinceNs, markNs) : markNs;
        const qint64 id = ++m_flowId;
        const QString name = QStringLiteral("%1 \"%2\"").arg(handOff.verb, handOff.object);
        for (const bool start : {true, false}) {
            m_out.beginEvent();
            m_out.raw(start ? "\"ph\":\"s\"" : "\"ph\":\"f\",\"bp\":\"e\"");
            m_out.raw(",\"cat\":\"hand-off\",\"name\":");
            m_out.string(name);
            m_out.raw(",\"id\":");
            m_out.integer(id);
            const WorkerInfo &on = start ? from : to;
            common(on.pid, on.tid, start ? wokeNs : markNs);
            m_out.endEvent();
        }
    }

    void writeCpuCounters()
    {
        for (const auto &list : std::as_const(m_cpuByTid)) {
            for (const qsizetype i : list) {
                const TraceCpuSample &sample = m_recording.cpu.at(i);
                TidInfo &tid = tidInfo(sample.pid, sample.tid);
                if (tid.osName.isEmpty())
                    tid.osName = sample.name;
                if (sample.cpuPercent < 0)
                    continue;
                m_out.beginEvent();
                m_out.raw("\"ph\":\"C\",\"cat\":\"cpu\",\"name\":");
                m_out.string(QStringLiteral("CPU % %1 (%2)").arg(sample.name).arg(sample.tid));
                common(sample.pid, sample.tid, sample.timeNs);
                m_out.raw(",\"args\":{\"cpu_percent\":");
                m_out.number(sample.cpuPercent);
                m_out.raw("}");
                m_out.endEvent();
                if (!m_out.ok())
                    return;
            }
        }
    }

    void writeSyncCounters()
    {
        QHash<QString, QList<qsizetype>> byName;
        for (qsizetype i = 0; i < m_recording.sync.size(); ++i) {
            const TraceSyncSample &sample = m_recording.sync.at(i);
            byName[QStringLiteral("%1 \"%2\"").arg(sample.kind, sample.name)].append(i);
        }
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            QList<qsizetype> list = it.value();
            std::stable_sort(list.begin(), list.end(), [this](qsizetype a, qsizetype b) {
                return m_recording.sync.at(a).timeNs < m_recording.sync.at(b).timeNs;
            });
            for (const qsizetype i : std::as_const(list)) {
                const TraceSyncSample &sample = m_recording.sync.at(i);
                m_out.beginEvent();
                m_out.raw("\"ph\":\"C\",\"cat\":\"sync\",\"name\":");
                m_out.string(it.key());
                common(m_recording.labPid, m_recording.labPid, sample.timeNs);
                m_out.raw(",\"args\":{\"waiters\":");
                m_out.integer(sample.waiters);
                if (sample.permits >= 0) {
                    m_out.raw(",\"permits\":");
                    m_out.integer(sample.permits);
                }
                if (sample.fill >= 0) {
                    m_out.raw(",\"fill\":");
                    m_out.integer(sample.fill);
                }
                m_out.raw("}");
                m_out.endEvent();
                if (!m_out.ok())
                    return;
            }
            tidInfo(m_recording.labPid, m_recording.labPid);
        }
    }

    void metadata(const char *name, qint64 pid, qint64 tid, const char *key, const QString *text, int number)
    {
        m_out.beginEvent();
        m_out.raw("\"ph\":\"M\",\"name\":");
        m_out.string(name);
        m_out.raw(",\"pid\":");
        m_out.integer(pid);
        m_out.raw(",\"tid\":");
        m_out.integer(tid);
        m_out.raw(",\"args\":{");
        m_out.string(key);
        m_out.raw(":");
        if (text)
            m_out.string(*text);
        else
            m_out.integer(number);
        m_out.raw("}");
        m_out.endEvent();
    }

    void writeMetadata()
    {
        // The lab's main thread carries the run instants; name it even when nothing else happened on it.
        tidInfo(m_recording.labPid, m_recording.labPid).sortIndex = 0;
        QHash<qint64, QString> processes; // pid -> name
        processes.insert(m_recording.labPid, m_recording.labProcessName.isEmpty() ? QStringLiteral("concurrency-lab")
                                                                                  : m_recording.labProcessName);
        for (const WorkerInfo &worker : std::as_const(m_workers)) {
            if (worker.isProcess)
                processes.insert(worker.pid, worker.name);
        }
        for (const auto &[tid, info] : m_tids.asKeyValueRange()) {
            if (!processes.contains(info.pid))
                processes.insert(info.pid, QStringLiteral("process %1").arg(info.pid));
        }
        int processIndex = 0;
        QList<qint64> pids = processes.keys();
        std::sort(pids.begin(), pids.end(), [this](qint64 a, qint64 b) {
            return (a != m_recording.labPid) < (b != m_recording.labPid) ||
                   ((a != m_recording.labPid) == (b != m_recording.labPid) && a < b);
        });
        for (const qint64 pid : std::as_const(pids)) {
            const QString name = QStringLiteral("%1 (%2)").arg(processes.value(pid)).arg(pid);
            metadata("process_name", pid, 0, "name", &name, 0);
            metadata("process_sort_index", pid, 0, "sort_index", nullptr, processIndex++);
        }
        QList<qint64> tids = m_tids.keys();
        std::sort(tids.begin(), tids.end(), [this](qint64 a, qint64 b) {
            const TidInfo &x = m_tids[a];
            const TidInfo &y = m_tids[b];
            return x.sortIndex != y.sortIndex ? x.sortIndex < y.sortIndex : a < b;
        });
        int threadIndex = 0;
        for (const qint64 tid : std::as_const(tids)) {
            const TidInfo &info = m_tids[tid];
            QString name;
            if (!info.names.isEmpty()) {
                constexpr qsizetype Shown = 3;
                name = info.names.mid(0, Shown).join(QStringLiteral(", "));
                if (info.names.size() > Shown)
                    name += QStringLiteral(" +%1 more").arg(info.names.size() - Shown);
            } else if (tid == m_recording.labPid) {
                name = QStringLiteral("main");
            } else {
                name = info.osName.isEmpty() ? QStringLiteral("thread") : info.osName;
            }
            if (tid >= SyntheticTidBase)
                name += QStringLiteral(" (never ran)");
            else
                name += QStringLiteral(" [%1]").arg(tid);
            metadata("thread_name", info.pid, tid, "name", &name, 0);
            metadata("thread_sort_index", info.pid, tid, "sort_index", nullptr, threadIndex++);
        }
    }

    const TraceRecording &m_recording;
    Writer m_out;
    QHash<int, WorkerInfo> m_workers;
    QHash<qint64, TidInfo> m_tids;
    QHash<qint64, QList<qsizetype>> m_cpuByTid;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    qint64 m_flowId = 0;
};

} // namespace

} // namespace Lab::Core::ChromeTrace

namespace Lab::Core {

QString thisMachineDescription()
{
    static const QString description = [] {
        const MachineInfo machine = MachineInfo::read();
        return QStringLiteral("%1 (%2, %3 logical cores)")
            .arg(QSysInfo::machineHostName(),
                 machine.cpuModel.isEmpty() ? QStringLiteral("unknown CPU") : machine.cpuModel)
            .arg(machine.logicalCores);
    }();
    return description;
}

} // namespace Lab::Core

namespace Lab::Core::ChromeTrace {

bool produce(const TraceRecording &recording, const AtomicFileSink &sink)
{
    return Exporter(recording, sink).run();
}

bool write(const TraceRecording &recording, const QString &path, QString *error)
{
    return writeFileAtomically(
        path, [&recording](const AtomicFileSink &sink) { return produce(recording, sink); }, error);
}

} // namespace Lab::Core::ChromeTrace
