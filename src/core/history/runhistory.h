// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/benchmarkresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Lab::Core {

// One saved run: a result JSON file in <root>/<topic>/.
struct HistoryEntry
{
    QString topic;
    QString id;   // the file name without ".json"; stable, sorts by time
    QString path; // absolute
    QDateTime savedAt;
    BenchmarkResult result;
};

// The run history: every run of every experiment saved as result JSON (core/report's ResultJson,
// written through QSaveFile) in QStandardPaths::AppDataLocation/history/<topic>/. Files that are not
// results of this lab (corrupt, foreign, another shape) are skipped with a warning, never fatal.
// File work is small (a few kB per run) and synchronous; callers list a topic, not the whole store.
class RunHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::RunHistory)

public:
    // `root` defaults to AppDataLocation/history.
    explicit RunHistory(QString root = defaultRoot());

    static QString defaultRoot();
    const QString &root() const { return m_root; }
    // Topic ids are the lab's ("factorization", "downloads", ...): lower-case letters, digits, '-'.
    static bool isValidTopic(const QString &topic);
    QString folder(const QString &topic) const;

    // How many recordings a topic keeps (the newest); older entries keep their result JSON only.
    static constexpr int KeptRecordings = 20;

    // Saves a run; returns its entry (id, path, time) or nothing with *error set. When the lab's
    // recorder (TraceRecorder::instance()) holds the run's start (Trace::markRun(true, topic)), the
    // recording from there on is kept beside it (recordingPath), gzip-compressed Chrome trace JSON,
    // written on a background thread (a full ring takes a few hundred ms to write and compress); a
    // recording that cannot be written is logged, never an error of the save.
    std::optional<HistoryEntry> save(const QString &topic, const BenchmarkResult &result, QString *error = nullptr,
                                     const QDateTime &when = QDateTime::currentDateTimeUtc());
    // Every readable run of a topic, newest first. Unreadable files are skipped and logged
    // (lab.core.history); `skipped` receives one line per skipped file when given.
    QList<HistoryEntry> list(const QString &topic, QStringList *skipped = nullptr) const;
    std::optional<HistoryEntry> load(const QString &topic, const QString &id, QString *error = nullptr) const;
    bool remove(const QString &topic, const QString &id, QString *error = nullptr);
    // "<folder>/<id>.trace.json.gz": the entry's recording; it exists for the newest KeptRecordings runs
    // that had one. Opens in the lab (File > Open Recording...) and in Perfetto.
    QString recordingPath(const QString &topic, const QString &id) const;
    // Waits until every recording save() started is written (tests, benchmarks; the lab at exit).
    static void waitForKeptRecordings();

private:
    static bool isValidId(const QString &id);
    void keepRecording(const HistoryEntry &entry) const;

    QString m_root;
};

} // namespace Lab::Core
