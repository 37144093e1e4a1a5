// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Lab::Core {

// Limits every download strategy applies to each item.
struct DownloadOptions
{
    int timeoutMs = 10000;      // one deadline for the whole item, redirects included (curl's --max-time)
    qint64 maxBytes = 20000000; // larger replies are aborted, from Content-Length or while streaming
    int maxRedirects = 5;       // never to a less safe scheme (https -> http), only to http and https
    bool keepData = true;       // keep the bytes (thumbnails, --save-dir); the checksum needs none
    bool imagesOnly = true;     // a body that is not an image (an HTML page with 200) is a failed item
};

// One item's outcome. Times are seconds since the start of the run, so items of one run line up
// on a timeline: queued (start..sent), waiting for the server (sent..firstByte), transfer (..end).
struct DownloadItemResult
{
    int index = -1;
    QString source; // the URL as the user gave it
    QString worker; // the thread that ran it ("download-3", "pool-1", "sequential", "main")
    qint64 bytes = 0;
    int httpStatus = 0;
    double startSeconds = 0;      // the strategy handed the request to its network manager
    double sentSeconds = -1;      // the request went out on a connection (-1: never)
    double firstByteSeconds = -1; // the reply's header arrived (-1: never)
    double endSeconds = 0;
    QString error;     // empty on success, else plain words: "connection refused", "HTTP 404 (Not Found)"
    QByteArray sha256; // of the body, on success
    QByteArray data;   // the body, when DownloadOptions::keepData

    bool ok() const { return error.isEmpty(); }
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::DownloadItemResult)
