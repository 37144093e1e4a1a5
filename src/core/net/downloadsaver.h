// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloaditem.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Lab::Core {

// Saves downloads into a folder under their URL's last path segment: a clash with a name already
// used in this run or already on disk gets "-1", "-2", ... before the extension, so nothing is
// overwritten. Each file is written through QSaveFile, so it is either complete or absent.
class DownloadSaver final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::DownloadSaver)
public:
    explicit DownloadSaver(QString directory);

    // Creates the folder if needed; false with a message when it cannot.
    bool prepare(QString *error);
    // The file name a URL asks for: its last path segment, made safe (no separators, no leading
    // dots); "download" when it has none.
    static QString fileNameFor(const QString &source);
    // fileNameFor(source), made unique in this folder and run, and reserved.
    QString reserveName(const QString &source);
    // Writes a successful item; the saved path in `savedPath`. Failed items are never written.
    bool save(const DownloadItemResult &item, QString *savedPath, QString *error);

    // One URL per line; blank lines and lines starting with # are skipped, whitespace trimmed.
    static QStringList parseUrlList(const QString &text);

private:
    QString m_directory;
    QSet<QString> m_taken;
};

} // namespace Lab::Core
