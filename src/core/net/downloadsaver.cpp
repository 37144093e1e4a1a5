// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadsaver.h"

#include "core/report/atomicfile.h"
#include "core/system/printable.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Lab::Core {

DownloadSaver::DownloadSaver(QString directory)
    : m_directory(std::move(directory))
{}

bool DownloadSaver::prepare(QString *error)
{
    const QFileInfo info(m_directory);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1 exists and is not a folder").arg(m_directory);
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = tr("cannot create the folder %1").arg(m_directory);
        return false;
    }
    return true;
}

QString DownloadSaver::fileNameFor(const QString &source)
{
    const QUrl url(source.trimmed());
    QString name = url.fileName(QUrl::FullyDecoded);
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    // A name with a newline, ESC or a bidirectional override is a trap in every later `ls`.
    for (QChar &c : name) {
        if (isUnsafeToPrint(c))
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    name = name.trimmed().left(200);
    return name.isEmpty() ? QStringLiteral("download") : name;
}

QString DownloadSaver::reserveName(const QString &source)
{
    const QString wanted = fileNameFor(source);
    // "archive.tar.gz" -> "archive-1.tar.gz": the number goes before the first dot.
    const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? wanted.left(dot) : wanted;
    const QString suffix = dot > 0 ? wanted.mid(dot) : QString();
    const QDir dir(m_directory);
    QString candidate = wanted;
    for (int n = 1; m_taken.contains(candidate) || dir.exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
    m_taken.insert(candidate);
    return candidate;
}

bool DownloadSaver::save(const DownloadItemResult &item, QString *savedPath, QString *error)
{
    if (!item.ok())
        return false;
    const QString path = QDir(m_directory).filePath(reserveName(item.source));
    QString why;
    if (!writeFileAtomically(path, item.data, &why)) {
        *error = why; // names the path and the reason
        return false;
    }
    *savedPath = path;
    return true;
}

QStringList DownloadSaver::parseUrlList(const QString &text)
{
    QStringList urls;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            urls.append(trimmed);
    }
    return urls;
}

} // namespace Lab::Core
