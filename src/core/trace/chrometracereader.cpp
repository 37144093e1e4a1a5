// SPDX-License-Identifier: GPL-3.0-or-later
#include "chrometracereader.h"

#include "core/system/inputfile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>
#include <zlib.h>

namespace Lab::Core {

namespace {

// Tids the writer gives lab threads that never ran (ChromeTrace's SyntheticTidBase).
constexpr qint64 SyntheticTidBase = 1'000'000'000;
// Without origin_ns (a file of an older lab), times start here: a TraceEvent time of 0 means "unset".
constexpr qint64 DefaultOriginNs = 1'000'000'000;

struct Slice
{
    qint64 startNs = 0;
    qint64 endNs = 0;
    qint64 pid = 0;
    qint64 tid = 0;
    int workerId = -1;
    ThreadState state = ThreadState::Running;
    QString detail;
    QString labName;
    QString kernelSampled; // "R S": the letters the sampler saw during the slice
    qsizetype fileIndex = 0;
};

// An event with what orders it among events of the same nanosecond: run starts first, then state
// changes, then instants on threads, then run ends; the file's order after that.
struct Ordered
{
    TraceEvent event;
    int rank = 0;
    qsizetype fileIndex = 0;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::ChromeTraceReader)

public:
    std::optional<TraceRecording> run(const QByteArray &json, QString *error)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return fail(error, tr("not valid JSON: %1 at byte %2 (the file may be truncated)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
        }
        if (!document.isObject())
            return fail(error, tr("not a Concurrency Lab trace: the file is not a JSON object with \"traceEvents\""));
        const QJsonObject root = document.object();
        const QJsonValue other = root.value(QLatin1String("otherData"));
        if (!other.isObject() || !other.toObject().contains(QLatin1String("tool")))
            return fail(error, tr("not a Concurrency Lab trace: the field \"otherData.tool\" is missing"));
        const QJsonObject otherData = other.toObject();
        const QString tool = otherData.value(QLatin1String("tool")).toString();
        if (tool != QLatin1String("concurrency-lab")) {
            return fail(error,
                        tr("not a Concurrency Lab trace: \"otherData.tool\" must be \"concurrency-lab\" (got \"%1\")")
                            .arg(tool));
        }
        const QJsonValue events = root.value(QLatin1String("traceEvents"));
        if (!events.isArray())
            return fail(error, tr("not a Concurrency Lab trace: the field \"traceEvents\" is missing"));

        m_recording.title = otherData.value(QLatin1String("title")).toString();
        m_recording.dropped =
            quint64(std::max<qint64>(0, otherData.value(QLatin1String("dropped_events")).toInteger()));
        m_recording.recordedAt =
            QDateTime::fromString(otherData.value(QLatin1String("recorded")).toString(), Qt::ISODateWithMs);
        m_recording.machine = otherData.value(QLatin1String("machine")).toString();
        m_recording.labPid = otherData.value(QLatin1String("lab_pid")).toInteger();
        m_originNs = otherData.value(QLatin1String("origin_ns")).toInteger();
        if (m_originNs <= 0)
            m_originNs = DefaultOriginNs;

        const QJsonArray array = events.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!readEvent(array.at(i), i, error))
                return std::nullopt;
        }
        if (m_recording.labPid == 0)
            m_recording.labPid = m_firstProcessPid;
        buildEvents();
        return std::move(m_recording);
    }

private:
    static std::optional<TraceRecording> fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return std::nullopt;
    }

    bool missing(QString *error, qsizetype index, const QString &field)
    {
        if (error)
            *error =
                tr("not a Concurrency Lab trace: traceEvents[%1]: the field \"%2\" is missing").arg(index).arg(field);
        return false;
    }

    qint64 toNs(double micros) const { return m_originNs + qint64(std::llround(micros * 1000.0)); }

    bool readEvent(const QJsonValue &value, qsizetype index, QString *error)
    {
        if (!value.isObject())
            return missing(error, index, QStringLiteral("ph"));
        const QJsonObject object = value.toObject();
        const QString ph = object.value(QLatin1String("ph")).toString();
        if (ph.isEmpty())
            return missing(error, index, QStringLiteral("ph"));
        const QJsonObject args = object.value(QLatin1String("args")).toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        // Flow arrows are derived from the marks; nothing to read back from them.
        if (ph == QLatin1String("s") || ph == QLatin1String("f"))
            return true;
        if (ph == QLatin1String("M"))
            return readMetadata(object, name, args);
        for (const char *field : {"pid", "tid", "ts", "name"}) {
            if (!object.contains(QLatin1String(field)))
                return missing(error, index, QString::fromLatin1(field));
        }
        const qint64 pid = object.value(QLatin1String("pid")).toInteger();
        const qint64 tid = object.value(QLatin1String("tid")).toInteger();
        const qint64 timeNs = toNs(object.value(QLatin1String("ts")).toDouble());
        m_endNs = std::max(m_endNs, timeNs);
        if (ph == QLatin1String("X")) {
            if (!object.contains(QLatin1String("dur")))
                return missing(error, index, QStringLiteral("dur"));
            const std::optional<ThreadState> state = threadStateFromId(args.value(QLatin1String("state")).toString());
            if (!state)
                return missing(error, index, QStringLiteral("args.state"));
            Slice slice;
            slice.startNs = timeNs;
            slice.endNs = timeNs + qint64(std::llround(object.value(QLatin1String("dur")).toDouble() * 1000.0));
            slice.pid = pid;
            slice.tid = tid;
            slice.state = *state;
            slice.detail = args.value(QLatin1String("detail")).toString();
            slice.labName = args.value(QLatin1String("lab_thread")).toString();
            slice.kernelSampled = args.value(QLatin1String("kernel_sampled")).toString();
            slice.workerId = workerIdOf(args, pid, tid, slice.labName);
            slice.fileIndex = index;
            m_endNs = std::max(m_endNs, slice.endNs);
            m_slices.push_back(std::move(slice));
            return true;
        }
        if (ph == QLatin1String("i") || ph == QLatin1String("I"))
            return readInstant(object, args, name, pid, tid, timeNs, index);
        if (ph == QLatin1String("C"))
            return readCounter(object, args, name, pid, tid, timeNs);
        return true; // other phases: not written by the lab's writer, nothing of the lab's in them
    }

    int workerIdOf(const QJsonObject &args, qint64 pid, qint64 tid, const QString &labName)
    {
        if (args.contains(QLatin1String("worker")))
            return args.value(QLatin1String("worker")).toInt();
        // A file of a lab without worker ids: one worker per name and thread.
        const QString key = QStringLiteral("%1/%2/%3").arg(pid).arg(tid).arg(labName);
        auto it = m_fallbackIds.constFind(key);
        if (it == m_fallbackIds.cend())
            it = m_fallbackIds.insert(key, 100'000 + int(m_fallbackIds.size()));
        return *it;
    }

    bool readMetadata(const QJsonObject &object, const QString &name, const QJsonObject &args)
    {
        const qint64 pid = object.value(QLatin1String("pid")).toInteger();
        if (name == QLatin1String("process_name")) {
            QString processName = args.value(QLatin1String("name")).toString();
            const QString suffix = QStringLiteral(" (%1)").arg(pid);
            if (processName.endsWith(suffix))
                processName.chop(suffix.size());
            m_processNames.insert(pid, processName);
        } else if (name == QLatin1String("process_sort_index") &&
                   args.value(QLatin1String("sort_index")).toInt() == 0) {
            m_firstProcessPid = pid;
        }
        return true;
    }

    bool readInstant(const QJsonObject &object, const QJsonObject &args, const QString &name, qint64 pid, qint64 tid,
                     qint64 timeNs, qsizetype index)
    {
        const QString category = object.value(QLatin1String("cat")).toString();
        Ordered ordered;
        ordered.fileIndex = index;
        TraceEvent &event = ordered.event;
        event.timeNs = timeNs;
        event.pid = pid;
        event.tid = tid;
        event.workerId = args.contains(QLatin1String("worker")) ? args.value(QLatin1String("worker")).toInt() : -1;
        static const QString started = QStringLiteral("run started: ");
        static const QString finished = QStringLiteral("run finished: ");
        static const QString terminated = QStringLiteral("Terminated: ");
        if (category == QLatin1String("run")) {
            const bool isStart = name.startsWith(started);
            event.kind = isStart ? TraceEventKind::RunStarted : TraceEventKind::RunFinished;
            event.detail = name.mid(isStart ? started.size() : (name.startsWith(finished) ? finished.size() : 0));
            event.workerId = -1;
            event.tid = 0;
            ordered.rank = isStart ? 0 : 3;
        } else if (category == QLatin1String("phase")) {
            event.kind = TraceEventKind::Mark;
            event.detail = name;
            event.workerId = -1;
            event.tid = 0;
            ordered.rank = 2;
        } else if (category == QLatin1String("lifecycle") || category == QLatin1String("pacer") ||
                   category == QLatin1String("mark")) {
            if (event.workerId < 0)
                return true; // an instant of a lab without worker ids: not attributable, not replayed
            ordered.rank = 2;
            event.detail = name;
            if (category == QLatin1String("lifecycle")) {
                event.kind = TraceEventKind::ThreadFinished; // ProcessFinished once the worker is known
                event.state = ThreadState::Terminated;
                event.detail = name.startsWith(terminated) ? name.mid(terminated.size()) : QString();
                ordered.rank = 1;
            } else if (category == QLatin1String("pacer")) {
                event.kind =
                    name.startsWith(QLatin1String("held")) ? TraceEventKind::PacerHeld : TraceEventKind::PacerReleased;
                event.detail.clear();
            } else {
                event.kind = TraceEventKind::Mark;
            }
        } else {
            return true;
        }
        m_instants.push_back(std::move(ordered));
        return true;
    }

    bool readCounter(const QJsonObject &object, const QJsonObject &args, const QString &name, qint64 pid, qint64 tid,
                     qint64 timeNs)
    {
        const QString category = object.value(QLatin1String("cat")).toString();
        if (category == QLatin1String("cpu")) {
            static const QRegularExpression pattern(QStringLiteral("^CPU % (.*) \\((\\d+)\\)$"));
            const QRegularExpressionMatch match = pattern.match(name);
            TraceCpuSample sample;
            sample.timeNs = timeNs;
            sample.pid = pid;
            sample.tid = tid;
            sample.name = match.hasMatch() ? match.captured(1) : name;
            sample.cpuPercent = args.value(QLatin1String("cpu_percent")).toDouble(-1);
            m_recording.cpu.append(sample);
        } else if (category == QLatin1String("sync")) {
            static const QRegularExpression pattern(QStringLiteral("^(\\S+) \"(.*)\"$"));
            const QRegularExpressionMatch match = pattern.match(name);
            TraceSyncSample sample;
            sample.timeNs = timeNs;
            sample.kind = match.hasMatch() ? match.captured(1) : QString();
            sample.name = match.hasMatch() ? match.captured(2) : name;
            sample.waiters = args.value(QLatin1String("waiters")).toInt();
            sample.permits = args.value(QLatin1String("permits")).toInt(-1);
            sample.fill = args.value(QLatin1String("fill")).toInt(-1);
            m_recording.sync.append(sample);
        }
        return true;
    }

    void buildEvents()
    {
        std::stable_sort(m_slices.begin(), m_slices.end(), [](const Slice &a, const Slice &b) {
            return a.startNs != b.startNs ? a.startNs < b.startNs : a.fileIndex < b.fileIndex;
        });
        std::vector<Ordered> ordered;
        ordered.reserve(m_slices.size() + m_instants.size());
        QHash<int, LabWorkerStatus> workers;
        QList<int> workerOrder;
        for (const Slice &slice : m_slices) {
            Ordered item;
            item.rank = 1;
            item.fileIndex = slice.fileIndex;
            TraceEvent &event = item.event;
            event.timeNs = slice.startNs;
            event.pid = slice.pid;
            event.tid = slice.tid >= SyntheticTidBase ? 0 : slice.tid;
            event.workerId = slice.workerId;
            event.state = slice.state;
            event.detail = slice.detail;
            event.kind = TraceEventKind::StateChanged;
            auto it = workers.find(slice.workerId);
            if (it == workers.end()) {
                LabWorkerStatus status;
                status.workerId = slice.workerId;
                status.name = slice.labName;
                status.pid = slice.pid;
                status.isProcess = slice.tid == slice.pid && slice.pid != m_recording.labPid;
                status.tid = status.isProcess ? 0 : event.tid;
                status.createdNs = slice.startNs;
                it = workers.insert(slice.workerId, status);
                workerOrder.append(slice.workerId);
                // The first slice is how the worker began, unless the ring had dropped that event.
                if (status.isProcess && slice.state == ThreadState::Running && slice.detail.isEmpty()) {
                    event.kind = TraceEventKind::ProcessStarted;
                    event.detail = slice.labName;
                    event.tid = 0;
                } else if (!status.isProcess && slice.state == ThreadState::New) {
                    event.kind = TraceEventKind::ThreadCreated;
                    event.detail = slice.labName;
                }
            }
            ordered.push_back(std::move(item));
        }
        for (Ordered &item : m_instants) {
            const auto it = workers.constFind(item.event.workerId);
            if (item.event.workerId >= 0 && it == workers.cend())
                continue; // an instant of a worker that has no slice: nothing to attach it to
            if (item.event.kind == TraceEventKind::ThreadFinished && it->isProcess) {
                item.event.kind = TraceEventKind::ProcessFinished;
                item.event.tid = 0;
            }
            if (item.event.workerId < 0)
                item.event.pid = m_recording.labPid;
            ordered.push_back(std::move(item));
        }
        std::stable_sort(ordered.begin(), ordered.end(), [](const Ordered &a, const Ordered &b) {
            if (a.event.timeNs != b.event.timeNs)
                return a.event.timeNs < b.event.timeNs;
            return a.rank != b.rank ? a.rank < b.rank : a.fileIndex < b.fileIndex;
        });
        // Marks and pacer events carry the state their thread was in; the final status of each worker.
        QHash<int, ThreadState> current;
        quint64 sequence = 0;
        m_recording.events.reserve(qsizetype(ordered.size()));
        for (Ordered &item : ordered) {
            TraceEvent &event = item.event;
            event.sequence = ++sequence;
            if (event.workerId >= 0) {
                LabWorkerStatus &status = workers[event.workerId];
                switch (event.kind) {
                case TraceEventKind::Mark:
                case TraceEventKind::PacerHeld:
                case TraceEventKind::PacerReleased:
                    event.state = current.value(event.workerId, ThreadState::Running);
                    break;
                default:
                    current.insert(event.workerId, event.state);
                    if (event.state != status.state)
                        status.stateSinceNs = event.timeNs;
                    status.state = event.state;
                    if (event.kind != TraceEventKind::ThreadCreated && event.kind != TraceEventKind::ProcessStarted)
                        status.detail = event.detail;
                    if (event.tid != 0 && !status.isProcess)
                        status.tid = event.tid;
                    if (event.state == ThreadState::Terminated)
                        status.finishedNs = event.timeNs;
                    break;
                }
            }
            m_recording.events.append(std::move(event));
        }
        for (const int id : std::as_const(workerOrder))
            m_recording.workers.append(workers.value(id));
        m_recording.labProcessName = m_processNames.value(m_recording.labPid);
        m_recording.endNs = m_endNs;
        recoverKernelLetters();
    }

    // A CPU counter carries no kernel letter (a string would be a broken series in the viewers); the
    // slice it falls in names the letters the sampler saw, and when that is one letter, it is this one.
    void recoverKernelLetters()
    {
        QHash<qint64, std::vector<const Slice *>> byTid;
        for (const Slice &slice : m_slices)
            byTid[slice.tid].push_back(&slice);
        for (TraceCpuSample &sample : m_recording.cpu) {
            const auto it = byTid.constFind(sample.tid);
            if (it == byTid.cend())
                continue;
            const std::vector<const Slice *> &slices = *it;
            auto after = std::upper_bound(slices.cbegin(), slices.cend(), sample.timeNs,
                                          [](qint64 t, const Slice *slice) { return t < slice->startNs; });
            if (after == slices.cbegin())
                continue;
            const Slice *slice = *(after - 1);
            if (sample.timeNs < slice->endNs && slice->kernelSampled.size() == 1)
                sample.kernelState = slice->kernelSampled.at(0).toLatin1();
        }
    }

    TraceRecording m_recording;
    qint64 m_originNs = DefaultOriginNs;
    qint64 m_endNs = 0;
    qint64 m_firstProcessPid = 0;
    std::vector<Slice> m_slices;
    std::vector<Ordered> m_instants;
    QHash<QString, int> m_fallbackIds;
    QHash<qint64, QString> m_processNames;
};

bool isGzip(const QByteArray &data)
{
    return data.size() >= 2 && quint8(data.at(0)) == 0x1f && quint8(data.at(1)) == 0x8b;
}

} // namespace

std::optional<TraceRecording> ChromeTraceReader::read(const QString &path, QString *error)
{
    std::optional<QByteArray> data = InputFile::read(path, MaxFileBytes, error);
    if (!data)
        return std::nullopt;
    return parse(*data, error);
}

std::optional<TraceRecording> ChromeTraceReader::parse(const QByteArray &data, QString *error)
{
    if (isGzip(data)) {
        const std::optional<QByteArray> json = gunzip(data);
        if (!json) {
            if (error)
                *error = tr("not a complete gzip file (it may be truncated)");
            return std::nullopt;
        }
        return Parser().run(*json, error);
    }
    return Parser().run(data, error);
}

QByteArray ChromeTraceReader::gzip(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

std::optional<QByteArray> ChromeTraceReader::gunzip(const QByteArray &data, qint64 maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    int status = Z_OK;
    constexpr qsizetype Chunk = 1 << 20;
    while (status == Z_OK) {
        if (out.size() + Chunk > maxBytes + Chunk) {
            inflateEnd(&stream);
            return std::nullopt;
        }
        const qsizetype before = out.size();
        out.resize(before + Chunk);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = uInt(Chunk);
        status = inflate(&stream, Z_NO_FLUSH);
        out.truncate(before + Chunk - qsizetype(stream.avail_out));
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // input ended before the stream did: truncated
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END || out.size() > maxBytes)
        return std::nullopt;
    return out;
}

} // namespace Lab::Core
