// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Lab::Core {

namespace {

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error) {
        *error = QCoreApplication::translate("Lab::Core::AtomicFile", "cannot write \"%1\": %2")
                     .arg(QDir::toNativeSeparators(path), reason);
    }
    return false;
}

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct AtomicFileTr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::AtomicFile)
};

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return writeFileAtomically(
        path, [&data](const AtomicFileSink &sink) { return sink(data); }, error);
}

bool writeFileAtomically(const QString &path, const std::function<bool(const AtomicFileSink &)> &produce,
                         QString *error)
{
    if (path.isEmpty())
        return fail(error, path, AtomicFileTr::tr("no file name was given"));
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        return fail(error, path,
                    target.isDir() ? AtomicFileTr::tr("it is a folder")
                                   : AtomicFileTr::tr("it is not a regular file (a device or a pipe)"));
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return fail(error, path,
                    AtomicFileTr::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return fail(error, path,
                    AtomicFileTr::tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder.filePath())));

    QSaveFile file(path);
    // Unbuffered: QSaveFile::commit() ignores a failure of the last buffered flush, so a report that
    // did not fit on a full disk was renamed into place empty and reported as written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, path, file.errorString());
    QString reason;
    // Write until everything is out or a write takes nothing: a write that stops part-way (a full disk,
    // the file size limit of `ulimit -f`) returns a short count and sets no error, so its message was
    // "Unknown error"; the next write fails outright and says why ("No space left on device").
    const AtomicFileSink sink = [&file, &reason](QByteArrayView data) {
        if (!reason.isEmpty())
            return false;
        for (qint64 written = 0; written < data.size();) {
            const qint64 n = file.write(data.constData() + written, data.size() - written);
            if (n <= 0) {
                reason = file.errorString();
                return false;
            }
            written += n;
        }
        return true;
    };
    if (!produce(sink) || !reason.isEmpty()) {
        file.cancelWriting();
        return fail(error, path, reason.isEmpty() ? AtomicFileTr::tr("the output could not be produced") : reason);
    }
    // commit() flushes and fsyncs before the rename; a full disk often shows up only here.
    if (!file.commit())
        return fail(error, path, file.errorString());
    return true;
}

} // namespace Lab::Core
