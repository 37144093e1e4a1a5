// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistory.h"

#include "core/monitor/tracecapture.h"
#include "core/report/atomicfile.h"
#include "core/report/resultjson.h"
#include "core/trace/chrometrace.h"
#include "core/trace/chrometracereader.h"
#include "core/trace/tracerecorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>

namespace Lab::Core {

Q_LOGGING_CATEGORY(lcHistory, "lab.core.history")

namespace {

const QString JsonSuffix = QStringLiteral(".json");
const QString RecordingSuffix = QStringLiteral(".trace.json.gz");

// "20261125-110812-123": the id's time part, UTC; ids sort the way runs happened.
QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QDateTime timeOfId(const QString &id)
{
    QDateTime when = QDateTime::fromString(id.left(19), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    when.setTimeSpec(Qt::UTC);
    return when;
}

} // namespace

RunHistory::RunHistory(QString root)
    : m_root(std::move(root))
{}

QString RunHistory::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("history"));
}

bool RunHistory::isValidTopic(const QString &topic)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(topic).hasMatch();
}

bool RunHistory::isValidId(const QString &id)
{
    // No separators, no "..": an id can only name a file inside the topic folder.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    return pattern.match(id).hasMatch() && !id.contains(QLatin1String(".."));
}

QString RunHistory::folder(const QString &topic) const
{
    return QDir(m_root).filePath(topic);
}

std::optional<HistoryEntry> RunHistory::save(const QString &topic, const BenchmarkResult &result, QString *error,
                                             const QDateTime &when)
{
    if (!isValidTopic(topic)) {
        if (error)
            *error = tr("topic: must be lower-case letters, digits and '-' (got \"%1\")").arg(topic);
        return std::nullopt;
    }
    QDir dir(folder(topic));
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = tr("cannot create the history folder \"%1\"").arg(QDir::toNativeSeparators(dir.path()));
        return std::nullopt;
    }
    QString experiment = result.experiment;
    experiment.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("-"));
    const QString base = stamp(when) + QLatin1Char('-') + (experiment.isEmpty() ? QStringLiteral("run") : experiment);
    QString id = base;
    for (int n = 2; QFileInfo::exists(dir.filePath(id + JsonSuffix)); ++n)
        id = base + QLatin1Char('-') + QString::number(n);

    HistoryEntry entry{topic, id, dir.filePath(id + JsonSuffix), when.toUTC(), result};
    if (!ResultJson::write(result, entry.path, error))
        return std::nullopt;
    keepRecording(entry);
    return entry;
}

QString RunHistory::recordingPath(const QString &topic, const QString &id) const
{
    return QDir(folder(topic)).filePath(id + RecordingSuffix);
}

namespace {
// One thread, so recordings are written, and the oldest pruned, in the order the runs were saved.
QThreadPool *recordingPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        p->setObjectName(QStringLiteral("recordings"));
        return p;
    }();
    return pool;
}
} // namespace

void RunHistory::waitForKeptRecordings()
{
    recordingPool()->waitForDone();
}

void RunHistory::keepRecording(const HistoryEntry &entry) const
{
    TraceRecorder *recorder = TraceRecorder::instance();
    const QList<TraceEvent> events = recorder->events();
    // The run's start, as the panel marked it; without one (a test, a command) there is nothing to keep.
    qsizetype start = -1;
    for (qsizetype i = events.size() - 1; i >= 0 && start < 0; --i) {
        if (events.at(i).kind == TraceEventKind::RunStarted && events.at(i).detail == entry.topic)
            start = i;
    }
    if (start < 0)
        return;
    TraceRecording recording =
        TraceCapture::fromRecorder(recorder, QStringLiteral("%1: %2").arg(entry.topic, entry.result.experiment));
    recording.events = events.mid(start);
    recording.recordedAt = entry.savedAt;
    // Writing and compressing on the GUI thread would stall it (bench_replay: ~0.4 s for a full ring).
    recordingPool()->start(
        [recording = std::move(recording), path = recordingPath(entry.topic, entry.id), folder = folder(entry.topic)] {
            QByteArray json;
            ChromeTrace::produce(recording, [&json](QByteArrayView piece) {
                json.append(piece);
                return true;
            });
            QString error;
            if (!writeFileAtomically(path, ChromeTraceReader::gzip(json), &error)) {
                qCWarning(lcHistory).noquote() << "recording not kept:" << error;
                return;
            }
            // Bounded: the newest KeptRecordings of the topic (ids sort by time); their results stay.
            const QDir dir(folder);
            const QStringList kept =
                dir.entryList({QLatin1Char('*') + RecordingSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
            for (qsizetype i = KeptRecordings; i < kept.size(); ++i)
                QFile::remove(dir.filePath(kept.at(i)));
        });
}

QList<HistoryEntry> RunHistory::list(const QString &topic, QStringList *skipped) const
{
    QList<HistoryEntry> entries;
    if (!isValidTopic(topic))
        return entries;
    const QDir dir(folder(topic));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QString id = file.completeBaseName();
        QString why;
        std::optional<BenchmarkResult> result =
            isValidId(id) ? ResultJson::read(file.absoluteFilePath(), &why) : std::nullopt;
        if (!result) {
            if (why.isEmpty())
                why = tr("%1: not a history file name").arg(file.absoluteFilePath());
            qCWarning(lcHistory).noquote() << "skipping" << why;
            if (skipped)
                skipped->append(why);
            continue;
        }
        QDateTime when = timeOfId(id);
        if (!when.isValid())
            when = file.lastModified().toUTC();
        entries.append({topic, id, file.absoluteFilePath(), when, *std::move(result)});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

std::optional<HistoryEntry> RunHistory::load(const QString &topic, const QString &id, QString *error) const
{
    if (!isValidTopic(topic) || !isValidId(id)) {
        if (error)
            *error = tr("no run \"%1\" in \"%2\"").arg(id, topic);
        return std::nullopt;
    }
    const QString path = QDir(folder(topic)).filePath(id + JsonSuffix);
    std::optional<BenchmarkResult> result = ResultJson::read(path, error);
    if (!result)
        return std::nullopt;
    QDateTime when = timeOfId(id);
    if (!when.isValid())
        when = QFileInfo(path).lastModified().toUTC();
    return HistoryEntry{topic, id, path, when, *std::move(result)};
}

bool RunHistory::remove(const QString &topic, const QString &id, QString *error)
{
    if (!isValidTopic(topic) || !isValidId(id)) {
        if (error)
            *error = tr("no run \"%1\" in \"%2\"").arg(id, topic);
        return false;
    }
    QFile file(QDir(folder(topic)).filePath(id + JsonSuffix));
    if (!file.exists()) {
        if (error)
            *error = tr("no run \"%1\" in \"%2\"").arg(id, topic);
        return false;
    }
    if (!file.remove()) {
        if (error)
            *error = tr("cannot delete \"%1\": %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    waitForKeptRecordings(); // a recording still being written would come back after the delete
    QFile::remove(recordingPath(topic, id));
    return true;
}

} // namespace Lab::Core
